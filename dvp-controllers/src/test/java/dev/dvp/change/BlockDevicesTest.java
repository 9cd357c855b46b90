package dev.dvp.change;

import static dev.dvp.change.Specs.builder;
import static dev.dvp.change.Specs.ce;
import static dev.dvp.change.Specs.clusterImage;
import static dev.dvp.change.Specs.disk;
import static dev.dvp.change.Specs.ee;
import static dev.dvp.change.Specs.image;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dvp.model.BlockDeviceRef;
import dev.dvp.model.OsType;
import dev.dvp.model.VirtualMachineSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** §5.4 block devices and the boot-attached upgrade of §6. */
class BlockDevicesTest {

  private static VirtualMachineSpec devices(BlockDeviceRef... refs) {
    return builder().blockDeviceRefs(List.of(refs)).build();
  }

  @Test
  void identityIsKindAndName() {
    // Same name, different kind: a different device.
    SpecChanges changes = SpecChanges.between(devices(disk("x")), devices(image("x")));
    assertThat(changes.changes()).extracting(FieldChange::toStatusEntry).containsExactly(Map.of(
        "operation", "replace", "path", "blockDeviceRefs.0",
        "currentValue", Map.of("kind", "VirtualDisk", "name", "x"),
        "desiredValue", Map.of("kind", "VirtualImage", "name", "x")));
    assertThat(changes.changes().get(0).fieldPath()).isEqualTo("spec.blockDeviceRefs[0]");
  }

  @Test
  void addingAndRemovingDisksIsHotplugWithParavirtualization() {
    for (ChangeContext context : List.of(ce(), ee())) {
      SpecChanges added = SpecChanges.between(devices(disk("root")), devices(disk("root"), disk("data")), context);
      assertThat(added.changes()).extracting(FieldChange::toStatusEntry).containsExactly(Map.of(
          "operation", "add", "path", "blockDeviceRefs.1", "desiredValue", Map.of("kind", "VirtualDisk",
              "name", "data")));
      assertThat(added.changes().get(0).action()).isEqualTo(ChangeAction.APPLY_IMMEDIATE);
      assertThat(added.restartAwaitingChanges()).isEmpty();
      SpecChanges removed = SpecChanges.between(devices(disk("root"), disk("data")), devices(disk("root")), context);
      assertThat(removed.changes()).extracting(FieldChange::operation, FieldChange::path, FieldChange::action)
          .containsExactly(tuple(ChangeOperation.REMOVE, "blockDeviceRefs.1", ChangeAction.APPLY_IMMEDIATE));
    }
  }

  @Test
  void withoutParavirtualizationInTheBaselineEveryItemChangeRestarts() {
    VirtualMachineSpec current = builder().enableParavirtualization(false).blockDeviceRefs(List.of(disk("root")))
        .build();
    VirtualMachineSpec desired = builder().enableParavirtualization(true)
        .blockDeviceRefs(List.of(disk("root"), disk("data"))).build();
    SpecChanges changes = SpecChanges.between(current, desired);
    assertThat(changes.changes()).extracting(FieldChange::path, FieldChange::action).containsExactly(
        tuple("blockDeviceRefs.1", ChangeAction.RESTART),
        tuple("enableParavirtualization", ChangeAction.RESTART));
    // The baseline decides, not the desired spec.
    SpecChanges turnedOff = SpecChanges.between(devices(disk("root")), builder().enableParavirtualization(false)
        .blockDeviceRefs(List.of(disk("root"), disk("data"))).build());
    assertThat(turnedOff.changes()).extracting(FieldChange::path, FieldChange::action).containsExactly(
        tuple("blockDeviceRefs.1", ChangeAction.APPLY_IMMEDIATE),
        tuple("enableParavirtualization", ChangeAction.RESTART));
  }

  @Test
  void movesAreInvisibleWhenAnyDeviceIsAddedOrRemoved() {
    SpecChanges changes = SpecChanges.between(
        devices(clusterImage("a"), disk("x"), disk("big"), image("j")),
        devices(image("j"), disk("x2"), disk("big"), disk("x")));
    assertThat(changes.changes()).extracting(FieldChange::toStatusEntry).containsExactly(
        Map.of("operation", "remove", "path", "blockDeviceRefs.0",
            "currentValue", Map.of("kind", "ClusterVirtualImage", "name", "a")),
        Map.of("operation", "add", "path", "blockDeviceRefs.1",
            "desiredValue", Map.of("kind", "VirtualDisk", "name", "x2")));
  }

  @Test
  void aSwapReportsOnlyTheIndexesWhoseOccupantMoved() {
    SpecChanges changes = SpecChanges.between(
        devices(disk("1"), disk("2"), disk("3"), disk("4"), disk("5")),
        devices(disk("2"), disk("5"), disk("3"), disk("4"), disk("1")));
    assertThat(changes.changes()).extracting(FieldChange::path, FieldChange::operation).containsExactly(
        tuple("blockDeviceRefs.0", ChangeOperation.REPLACE),
        tuple("blockDeviceRefs.1", ChangeOperation.REPLACE),
        tuple("blockDeviceRefs.4", ChangeOperation.REPLACE));
    assertThat(changes.changes().get(2).currentValue()).contains(Map.of("kind", "VirtualDisk", "name", "5"));
    assertThat(changes.changes().get(2).desiredValue()).contains(Map.of("kind", "VirtualDisk", "name", "1"));
  }

  @Test
  void addAndRemoveAtTheSameIndexCompactIntoOneReplace() {
    SpecChanges changes = SpecChanges.between(devices(disk("root"), disk("old")), devices(disk("root"), disk("new")));
    assertThat(changes.changes()).extracting(FieldChange::toStatusEntry).containsExactly(Map.of(
        "operation", "replace", "path", "blockDeviceRefs.1",
        "currentValue", Map.of("kind", "VirtualDisk", "name", "old"),
        "desiredValue", Map.of("kind", "VirtualDisk", "name", "new")));
  }

  @Test
  void indexesSortAsTextSoTenComesBeforeTwo() {
    List<BlockDeviceRef> current = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      current.add(disk("d" + i));
    }
    List<BlockDeviceRef> desired = new ArrayList<>(current);
    desired.set(2, disk("new2"));
    desired.set(10, disk("new10"));
    SpecChanges changes = SpecChanges.between(builder().blockDeviceRefs(current).enableParavirtualization(false)
        .build(), builder().blockDeviceRefs(desired).enableParavirtualization(false).build());
    assertThat(changes.changes()).extracting(FieldChange::path)
        .containsExactly("blockDeviceRefs.10", "blockDeviceRefs.2");
    assertThat(changes.restartAwaitingChanges()).extracting(e -> e.get("path"))
        .containsExactly("blockDeviceRefs.10", "blockDeviceRefs.2");
  }

  @Test
  void aRepeatedNameWithinAKindKeepsTheLastIndex() {
    SpecChanges changes = SpecChanges.between(devices(disk("a"), disk("b"), disk("a")),
        devices(disk("a"), disk("b"), disk("a"), disk("c")));
    assertThat(changes.changes()).extracting(FieldChange::path).containsExactly("blockDeviceRefs.3");
  }

  @Test
  void bootOrderOnlyChangeIsNotDetectedButWarned() {
    VirtualMachineSpec before = devices(disk("root").withBootOrder(1), disk("data").withBootOrder(2));
    VirtualMachineSpec after = devices(disk("root").withBootOrder(2), disk("data").withBootOrder(1));
    SpecChanges changes = SpecChanges.between(before, after);
    assertThat(changes.isEmpty()).isTrue();
    assertThat(changes.restartAwaitingChanges()).isEmpty();
    assertThat(changes.warnings()).containsExactly("bootOrder change is not detected by DVP; it reaches the VM only "
        + "when some other change is applied to the internal VM (for example while the VM is stopped)");
  }

  @Test
  void bootOrderIsRenderedWhenSet() {
    SpecChanges changes = SpecChanges.between(devices(disk("root")), devices(disk("root"), image("iso")
        .withBootOrder(1)));
    assertThat(changes.changes().get(0).desiredValue())
        .contains(Map.of("kind", "VirtualImage", "name", "iso", "bootOrder", 1));
  }

  @Test
  void changesTouchingBootAttachedDevicesRestartOthersStayHotplug() {
    ChangeContext context = ChangeContext.builder().addBootAttachedBlockDevices(disk("root"), disk("data")).build();
    SpecChanges removeBootDisk = SpecChanges.between(devices(disk("root"), disk("data")), devices(disk("root")),
        context);
    assertThat(removeBootDisk.changes()).extracting(FieldChange::action).containsExactly(ChangeAction.RESTART);
    SpecChanges addDisk = SpecChanges.between(devices(disk("root"), disk("data")),
        devices(disk("root"), disk("data"), disk("more")), context);
    assertThat(addDisk.changes()).extracting(FieldChange::action).containsExactly(ChangeAction.APPLY_IMMEDIATE);
    SpecChanges removeHotplugged = SpecChanges.between(devices(disk("root"), disk("data"), disk("more")),
        devices(disk("root"), disk("data")), context);
    assertThat(removeHotplugged.changes()).extracting(FieldChange::action)
        .containsExactly(ChangeAction.APPLY_IMMEDIATE);
    SpecChanges replaceBootDisk = SpecChanges.between(devices(disk("root"), disk("data")),
        devices(disk("root"), disk("other")), context);
    assertThat(replaceBootDisk.changes()).extracting(FieldChange::action).containsExactly(ChangeAction.RESTART);
  }

  @Test
  void legacyVmBootDisksAreNeverHotpluggable() {
    VirtualMachineSpec legacy = builder().osType(OsType.LEGACY).blockDeviceRefs(List.of(disk("root"), disk("data")))
        .build();
    ChangeContext context = ChangeContext.builder().addBootAttachedBlockDevices(disk("root"), disk("data")).build();
    SpecChanges changes = SpecChanges.between(legacy, legacy.withBlockDeviceRefs(disk("root")), context);
    assertThat(changes.changes()).extracting(FieldChange::action).containsExactly(ChangeAction.RESTART);
  }

  @Test
  void againstAMissingBaselineTheWholeListIsOneImmediateAdd() {
    SpecChanges changes = SpecChanges.againstMissingBaseline(devices(disk("root"), image("iso")), ce());
    FieldChange list = changes.changes().stream().filter(c -> c.path().equals("blockDeviceRefs")).findFirst()
        .orElseThrow();
    assertThat(list.toStatusEntry()).isEqualTo(Map.of("operation", "add", "path", "blockDeviceRefs",
        "desiredValue", List.of(Map.of("kind", "VirtualDisk", "name", "root"),
            Map.of("kind", "VirtualImage", "name", "iso"))));
    assertThat(list.action()).isEqualTo(ChangeAction.APPLY_IMMEDIATE);
    assertThat(changes.warnings().get(0)).contains("LastAppliedSpecIsInvalid");
  }

  @Test
  void seedGuideRulesMakeEveryBlockDeviceChangeARestart() {
    ChangeContext guide = ChangeContext.builder().seedGuideRules(true).build();
    SpecChanges changes = SpecChanges.between(devices(disk("root")), devices(disk("root"), disk("data")), guide);
    assertThat(changes.changes()).extracting(FieldChange::action).containsExactly(ChangeAction.RESTART);
  }
}

package dev.dvp.change;

import dev.dvp.model.cluster.Edition;
import static dev.dvp.change.Specs.base;
import static dev.dvp.change.Specs.builder;
import static dev.dvp.change.Specs.ce;
import static dev.dvp.change.Specs.ee;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvp.model.Bootloader;
import dev.dvp.model.Disruptions;
import dev.dvp.model.GpuRef;
import dev.dvp.model.LiveMigrationPolicy;
import dev.dvp.model.NodeAffinity;
import dev.dvp.model.OsType;
import dev.dvp.model.RestartApprovalMode;
import dev.dvp.model.RunPolicy;
import dev.dvp.model.TaintEffect;
import dev.dvp.model.Toleration;
import dev.dvp.model.TolerationOperator;
import dev.dvp.model.TopologySpreadConstraint;
import dev.dvp.model.UsbDeviceRef;
import dev.dvp.model.VirtualMachineAffinity;
import dev.dvp.model.VirtualMachineSpec;
import dev.dvp.model.WhenUnsatisfiable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The plain fields of §5.1: path, operation, action, values, in both editions. */
class FieldRulesTest {

  private static ChangeContext in(Edition edition) {
    return edition == Edition.CE ? ce() : ee();
  }

  private static FieldChange only(SpecChanges changes) {
    assertThat(changes.changes()).hasSize(1);
    return changes.changes().get(0);
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void sameSpecHasNoChange(Edition edition) {
    SpecChanges changes = SpecChanges.between(base(), base(), in(edition));
    assertThat(changes.isEmpty()).isTrue();
    assertThat(changes.restartAwaitingChanges()).isEmpty();
    assertThat(changes.restartAwaitingChangesJson()).isEmpty();
    assertThat(changes.conditions()).isEmpty();
    assertThat(changes.needsRestart()).isFalse();
    assertThat(changes.action()).isEqualTo(ChangeAction.NONE);
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void classNameReplaceNeedsRestartInBothEditions(Edition edition) {
    FieldChange change = only(SpecChanges.between(base(), builder().virtualMachineClassName("host").build(),
        in(edition)));
    assertThat(change.path()).isEqualTo("virtualMachineClassName");
    assertThat(change.fieldPath()).isEqualTo("spec.virtualMachineClassName");
    assertThat(change.toStatusEntry()).isEqualTo(Map.of("operation", "replace", "path", "virtualMachineClassName",
        "currentValue", "generic", "desiredValue", "host"));
    assertThat(change.action()).isEqualTo(ChangeAction.RESTART);
  }

  @Test
  void runPolicyIsImmediateAndComparedAfterCrdDefaulting() {
    FieldChange change = only(SpecChanges.between(base(), builder().runPolicy(RunPolicy.ALWAYS_ON).build()));
    assertThat(change.operation()).isEqualTo(ChangeOperation.REPLACE);
    assertThat(change.currentValue()).contains("AlwaysOnUnlessStoppedManually");
    assertThat(change.desiredValue()).contains("AlwaysOn");
    assertThat(change.action()).isEqualTo(ChangeAction.APPLY_IMMEDIATE);
    // Unset and the CRD default are the same stored value.
    assertThat(SpecChanges.between(base(), builder().runPolicy(RunPolicy.ALWAYS_ON_UNLESS_STOPPED_MANUALLY).build())
        .isEmpty()).isTrue();
  }

  @Test
  void runPolicyWithoutDefaultingIsAnImmediateAddEvenOfTheCrdDefault() {
    ChangeContext raw = ChangeContext.builder().crdDefaults(false).build();
    SpecChanges changes = SpecChanges.between(base(),
        builder().runPolicy(RunPolicy.ALWAYS_ON_UNLESS_STOPPED_MANUALLY).build(), raw);
    FieldChange change = only(changes);
    assertThat(change.operation()).isEqualTo(ChangeOperation.ADD);
    assertThat(change.action()).isEqualTo(ChangeAction.APPLY_IMMEDIATE);
    assertThat(changes.warnings()).anyMatch(w -> w.contains("without CRD defaults"));
  }

  @Test
  void ipAddressUsesDvpsPathWithoutTheNameSuffix() {
    SpecChanges added = SpecChanges.between(base(), builder().virtualMachineIPAddressName("ip-1").build());
    FieldChange change = only(added);
    assertThat(change.path()).isEqualTo("virtualMachineIPAddress");
    assertThat(change.fieldPath()).isEqualTo("spec.virtualMachineIPAddressName");
    assertThat(change.toStatusEntry()).isEqualTo(
        Map.of("operation", "add", "path", "virtualMachineIPAddress", "desiredValue", "ip-1"));
    assertThat(change.action()).isEqualTo(ChangeAction.RESTART);
    FieldChange removed = only(SpecChanges.between(builder().virtualMachineIPAddressName("ip-1").build(), base()));
    assertThat(removed.toStatusEntry()).isEqualTo(
        Map.of("operation", "remove", "path", "virtualMachineIPAddress", "currentValue", "ip-1"));
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void placementFollowsTheEdition(Edition edition) {
    ChangeAction placement = edition == Edition.EE ? ChangeAction.APPLY_IMMEDIATE : ChangeAction.RESTART;
    VirtualMachineSpec withSelector = builder().putNodeSelector("zone", "a").build();
    FieldChange selector = only(SpecChanges.between(base(), withSelector, in(edition)));
    assertThat(selector.toStatusEntry()).isEqualTo(
        Map.of("operation", "add", "path", "nodeSelector", "desiredValue", Map.of("zone", "a")));
    assertThat(selector.action()).isEqualTo(placement);

    FieldChange replaced = only(SpecChanges.between(withSelector, builder().putNodeSelector("zone", "b").build(),
        in(edition)));
    assertThat(replaced.operation()).isEqualTo(ChangeOperation.REPLACE);
    assertThat(replaced.action()).isEqualTo(placement);

    Toleration toleration = Toleration.builder().key("dedicated").operator(TolerationOperator.EQUAL).value("vm")
        .effect(TaintEffect.NO_SCHEDULE).build();
    FieldChange tolerations = only(SpecChanges.between(base(), builder().addTolerations(toleration).build(),
        in(edition)));
    assertThat(tolerations.path()).isEqualTo("tolerations");
    assertThat(tolerations.desiredValue()).contains(
        List.of(Map.of("key", "dedicated", "operator", "Equal", "value", "vm", "effect", "NoSchedule")));
    assertThat(tolerations.action()).isEqualTo(placement);

    VirtualMachineAffinity empty = VirtualMachineAffinity.builder().build();
    FieldChange affinity = only(SpecChanges.between(base(), builder().affinity(empty).build(), in(edition)));
    assertThat(affinity.toStatusEntry()).as("affinity: {} is set").isEqualTo(
        Map.of("operation", "add", "path", "affinity", "desiredValue", Map.of()));
    assertThat(affinity.action()).isEqualTo(placement);
    FieldChange affinityReplaced = only(SpecChanges.between(builder().affinity(empty).build(),
        builder().affinity(VirtualMachineAffinity.builder().nodeAffinity(NodeAffinity.builder().build()).build())
            .build(), in(edition)));
    assertThat(affinityReplaced.operation()).isEqualTo(ChangeOperation.REPLACE);
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void topologySpreadAndPriorityClassNeedRestartInBothEditions(Edition edition) {
    TopologySpreadConstraint spread = TopologySpreadConstraint.builder().maxSkew(1).topologyKey("zone")
        .whenUnsatisfiable(WhenUnsatisfiable.DO_NOT_SCHEDULE).build();
    FieldChange tsc = only(SpecChanges.between(base(), builder().addTopologySpreadConstraints(spread).build(),
        in(edition)));
    assertThat(tsc.desiredValue()).contains(
        List.of(Map.of("maxSkew", 1, "topologyKey", "zone", "whenUnsatisfiable", "DoNotSchedule")));
    assertThat(tsc.action()).isEqualTo(ChangeAction.RESTART);
    FieldChange priority = only(SpecChanges.between(base(), builder().priorityClassName("high").build(),
        in(edition)));
    assertThat(priority.path()).isEqualTo("priorityClassName");
    assertThat(priority.action()).isEqualTo(ChangeAction.RESTART);
  }

  @Test
  void emptyNodeSelectorAndTolerationsAreUnset() {
    assertThat(SpecChanges.between(base(), builder().nodeSelector(Map.of()).tolerations(List.of()).build()).isEmpty())
        .isTrue();
  }

  @Test
  void restartApprovalModeChangesNeverWaitForARestart() {
    VirtualMachineSpec automatic = builder()
        .disruptions(Disruptions.builder().restartApprovalMode(RestartApprovalMode.AUTOMATIC).build()).build();
    SpecChanges changes = SpecChanges.between(base(), automatic);
    FieldChange change = only(changes);
    assertThat(change.toStatusEntry()).isEqualTo(Map.of("operation", "replace",
        "path", "disruptions.restartApprovalMode", "currentValue", "Manual", "desiredValue", "Automatic"));
    assertThat(change.action()).isEqualTo(ChangeAction.NONE);
    assertThat(changes.restartAwaitingChanges()).isEmpty();
    assertThat(changes.immediateChanges()).containsExactly(change);
  }

  @Test
  void disruptionsObjectAddAndRemoveWhenOneSideIsAbsentWithoutDefaults() {
    ChangeContext raw = ChangeContext.builder().crdDefaults(false).build();
    VirtualMachineSpec manual = builder()
        .disruptions(Disruptions.builder().restartApprovalMode(RestartApprovalMode.MANUAL).build()).build();
    FieldChange removed = only(SpecChanges.between(manual, base(), raw));
    assertThat(removed.toStatusEntry()).isEqualTo(Map.of("operation", "remove", "path", "disruptions",
        "currentValue", Map.of("restartApprovalMode", "Manual")));
    assertThat(removed.action()).isEqualTo(ChangeAction.NONE);
    // With CRD defaults an absent disruptions is stored as {restartApprovalMode: Manual}: nothing changed.
    assertThat(SpecChanges.between(manual, base()).isEmpty()).isTrue();
  }

  @Test
  void disruptionsWithAnEmptyModeIsAFreeAddOfManual() {
    VirtualMachineSpec empty = builder().disruptions(Disruptions.builder().build()).build();
    VirtualMachineSpec manual = builder()
        .disruptions(Disruptions.builder().restartApprovalMode(RestartApprovalMode.MANUAL).build()).build();
    FieldChange change = only(SpecChanges.between(empty, manual));
    assertThat(change.toStatusEntry()).isEqualTo(Map.of("operation", "add",
        "path", "disruptions.restartApprovalMode", "desiredValue", "Manual"));
    assertThat(change.action()).isEqualTo(ChangeAction.NONE);
  }

  @Test
  void terminationGracePeriodIsARestartUnlessItIsTheDefault() {
    ChangeContext raw = ChangeContext.builder().crdDefaults(false).build();
    FieldChange toDefault = only(SpecChanges.between(base(), builder().terminationGracePeriodSeconds(60L).build(),
        raw));
    assertThat(toDefault.toStatusEntry()).isEqualTo(Map.of("operation", "add",
        "path", "terminationGracePeriodSeconds", "desiredValue", 60L));
    assertThat(toDefault.action()).isEqualTo(ChangeAction.NONE);
    FieldChange fromDefault = only(SpecChanges.between(builder().terminationGracePeriodSeconds(60L).build(), base(),
        raw));
    assertThat(fromDefault.operation()).isEqualTo(ChangeOperation.REMOVE);
    assertThat(fromDefault.action()).isEqualTo(ChangeAction.NONE);
    FieldChange other = only(SpecChanges.between(base(), builder().terminationGracePeriodSeconds(30L).build(), raw));
    assertThat(other.action()).isEqualTo(ChangeAction.RESTART);
    FieldChange zero = only(SpecChanges.between(base(), builder().terminationGracePeriodSeconds(0L).build()));
    assertThat(zero.toStatusEntry()).as("a present 0 is written").isEqualTo(Map.of("operation", "replace",
        "path", "terminationGracePeriodSeconds", "currentValue", 60L, "desiredValue", 0L));
    assertThat(SpecChanges.between(base(), builder().terminationGracePeriodSeconds(60L).build()).isEmpty()).isTrue();
  }

  @Test
  void paravirtualizationFalseIsWrittenAndNeedsRestart() {
    ChangeContext raw = ChangeContext.builder().crdDefaults(false).build();
    FieldChange change = only(SpecChanges.between(base(), builder().enableParavirtualization(false).build(), raw));
    assertThat(change.toStatusEntry()).isEqualTo(Map.of("operation", "add", "path", "enableParavirtualization",
        "desiredValue", false));
    assertThat(change.action()).isEqualTo(ChangeAction.RESTART);
    assertThat(only(SpecChanges.between(base(), builder().enableParavirtualization(true).build(), raw)).action())
        .isEqualTo(ChangeAction.NONE);
    FieldChange defaulted = only(SpecChanges.between(base(), builder().enableParavirtualization(false).build()));
    assertThat(defaulted.operation()).isEqualTo(ChangeOperation.REPLACE);
    assertThat(defaulted.currentValue()).contains(true);
  }

  @Test
  void osTypeAndBootloaderDefaultsAreFreeOtherValuesRestart() {
    ChangeContext raw = ChangeContext.builder().crdDefaults(false).build();
    assertThat(only(SpecChanges.between(base(), builder().osType(OsType.GENERIC).build(), raw)).action())
        .isEqualTo(ChangeAction.NONE);
    FieldChange windowsRemoved = only(SpecChanges.between(builder().osType(OsType.WINDOWS).build(), base(), raw));
    assertThat(windowsRemoved.toStatusEntry()).isEqualTo(Map.of("operation", "remove", "path", "osType",
        "currentValue", "Windows"));
    assertThat(windowsRemoved.action()).isEqualTo(ChangeAction.RESTART);
    assertThat(only(SpecChanges.between(builder().osType(OsType.WINDOWS).build(), base())).toStatusEntry())
        .isEqualTo(Map.of("operation", "replace", "path", "osType", "currentValue", "Windows",
            "desiredValue", "Generic"));
    assertThat(only(SpecChanges.between(base(), builder().bootloader(Bootloader.BIOS).build(), raw)).action())
        .isEqualTo(ChangeAction.NONE);
    FieldChange efi = only(SpecChanges.between(base(), builder().bootloader(Bootloader.EFI).build()));
    assertThat(efi.toStatusEntry()).isEqualTo(Map.of("operation", "replace", "path", "bootloader",
        "currentValue", "BIOS", "desiredValue", "EFI"));
    assertThat(efi.action()).isEqualTo(ChangeAction.RESTART);
  }

  @Test
  void liveMigrationPolicyIsNeverCompared() {
    assertThat(SpecChanges.between(base(), builder().liveMigrationPolicy(LiveMigrationPolicy.ALWAYS_FORCED).build())
        .isEmpty()).isTrue();
  }

  @Test
  void usbDevicesAreImmediateAndOrderSensitive() {
    UsbDeviceRef a = UsbDeviceRef.builder().name("a").build();
    UsbDeviceRef b = UsbDeviceRef.builder().name("b").build();
    for (ChangeContext context : List.of(ce(), ee())) {
      FieldChange added = only(SpecChanges.between(base(), builder().addUsbDevices(a).build(), context));
      assertThat(added.toStatusEntry()).isEqualTo(Map.of("operation", "add", "path", "usbDevices",
          "desiredValue", List.of(Map.of("name", "a"))));
      assertThat(added.action()).isEqualTo(ChangeAction.APPLY_IMMEDIATE);
      FieldChange reordered = only(SpecChanges.between(builder().addUsbDevices(a, b).build(),
          builder().addUsbDevices(b, a).build(), context));
      assertThat(reordered.operation()).isEqualTo(ChangeOperation.REPLACE);
      assertThat(reordered.action()).isEqualTo(ChangeAction.APPLY_IMMEDIATE);
      assertThat(only(SpecChanges.between(builder().addUsbDevices(a).build(), base(), context)).operation())
          .isEqualTo(ChangeOperation.REMOVE);
    }
  }

  @Test
  void gpusAreComparedSortedByClassAndNeedRestart() {
    GpuRef a = GpuRef.builder().gpuClassName("a100").build();
    GpuRef h = GpuRef.builder().gpuClassName("h100").build();
    for (ChangeContext context : List.of(ce(), ee())) {
      assertThat(SpecChanges.between(builder().addGpus(h, a).build(), builder().addGpus(a, h).build(), context)
          .isEmpty()).as("a pure reorder is no change").isTrue();
      FieldChange added = only(SpecChanges.between(builder().addGpus(h).build(), builder().addGpus(h, a).build(),
          context));
      assertThat(added.toStatusEntry()).isEqualTo(Map.of("operation", "replace", "path", "gpus",
          "currentValue", List.of(Map.of("gpuClassName", "h100")),
          "desiredValue", List.of(Map.of("gpuClassName", "a100"), Map.of("gpuClassName", "h100"))));
      assertThat(added.action()).isEqualTo(ChangeAction.RESTART);
      assertThat(only(SpecChanges.between(base(), builder().addGpus(a).build(), context)).operation())
          .isEqualTo(ChangeOperation.ADD);
    }
  }

  @Test
  void unknownFieldsAreNotCompared() {
    assertThat(SpecChanges.between(base(), builder().putAdditionalProperty("futureField", 1).build()).isEmpty())
        .isTrue();
  }
}

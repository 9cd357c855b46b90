package dev.dvp.change;

import dev.dvp.model.CpuTopology;
import dev.dvp.model.CoreFraction;
import static dev.dvp.change.HotplugFeatureGate.HOTPLUG_CPU_AND_MEMORY_WITH_IN_PLACE_RESIZE;
import static dev.dvp.change.HotplugFeatureGate.HOTPLUG_CPU_WITH_LIVE_MIGRATION;
import static dev.dvp.change.HotplugFeatureGate.HOTPLUG_MEMORY_WITH_LIVE_MIGRATION;
import static dev.dvp.change.Specs.builder;
import static dev.dvp.change.Specs.ce;
import static dev.dvp.change.Specs.ee;
import static dev.dvp.change.Specs.eeWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvp.model.Cpu;
import dev.dvp.model.Memory;
import dev.dvp.model.OsType;
import dev.dvp.model.Quantity;
import dev.dvp.model.VirtualMachineSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** §5.2 CPU, §5.3 memory, §8 edition and feature gates. */
class CpuMemoryTest {

  private static VirtualMachineSpec cpu(int cores) {
    return builder().cpu(Cpu.of(cores)).build();
  }

  private static VirtualMachineSpec cpu(int cores, String fraction) {
    return builder().cpu(Cpu.of(cores, fraction)).build();
  }

  private static VirtualMachineSpec memory(String size) {
    return builder().memory(Memory.of(Quantity.parse(size))).build();
  }

  private static FieldChange only(SpecChanges changes) {
    assertThat(changes.changes()).hasSize(1);
    return changes.changes().get(0);
  }

  @Test
  void coresNeedRestartInCeAndInEeWithoutGates() {
    for (ChangeContext context : List.of(ce(), ee())) {
      FieldChange change = only(SpecChanges.between(cpu(1), cpu(2), context));
      assertThat(change.toStatusEntry()).isEqualTo(
          Map.of("currentValue", 1, "desiredValue", 2, "operation", "replace", "path", "cpu.cores"));
      assertThat(change.action()).isEqualTo(ChangeAction.RESTART);
      assertThat(change.restartMessage()).isEmpty();
    }
  }

  @Test
  void coresWithinOneSocketBandAreImmediateWithAHotplugGate() {
    for (HotplugFeatureGate gate : List.of(HOTPLUG_CPU_WITH_LIVE_MIGRATION,
        HOTPLUG_CPU_AND_MEMORY_WITH_IN_PLACE_RESIZE)) {
      assertThat(only(SpecChanges.between(cpu(1), cpu(16), eeWith(gate))).action())
          .isEqualTo(ChangeAction.APPLY_IMMEDIATE);
      assertThat(only(SpecChanges.between(cpu(16), cpu(2), eeWith(gate))).action())
          .isEqualTo(ChangeAction.APPLY_IMMEDIATE);
      assertThat(only(SpecChanges.between(cpu(17), cpu(32), eeWith(gate))).action())
          .isEqualTo(ChangeAction.APPLY_IMMEDIATE);
    }
    assertThat(only(SpecChanges.between(cpu(1), cpu(2), eeWith(HOTPLUG_MEMORY_WITH_LIVE_MIGRATION))).action())
        .as("the memory gate does not hot-plug CPUs").isEqualTo(ChangeAction.RESTART);
  }

  @Test
  void crossingASocketBoundaryNeedsRestartWithTheTopologyMessageEvenWithoutGates() {
    int[][] crossings = {{16, 17}, {32, 33}, {64, 65}, {17, 16}, {2, 40}};
    for (int[] crossing : crossings) {
      for (ChangeContext context : List.of(ce(), eeWith(HOTPLUG_CPU_WITH_LIVE_MIGRATION))) {
        FieldChange change = only(SpecChanges.between(cpu(crossing[0]), cpu(crossing[1]), context));
        assertThat(change.action()).isEqualTo(ChangeAction.RESTART);
        assertThat(change.restartMessage()).contains(
            "Changing the number of CPU cores requires changing the CPU topology (number of sockets).");
      }
    }
  }

  @Test
  void legacyOsMakesCpuAndMemoryRestartEvenWithGates() {
    ChangeContext all = eeWith(HOTPLUG_CPU_AND_MEMORY_WITH_IN_PLACE_RESIZE);
    VirtualMachineSpec legacy = builder().osType(OsType.LEGACY).cpu(Cpu.of(1)).build();
    assertThat(only(SpecChanges.between(legacy, legacy.withCpu(Cpu.of(2)), all)).action())
        .isEqualTo(ChangeAction.RESTART);
    assertThat(only(SpecChanges.between(legacy, legacy.withMemory(Memory.of(Quantity.parse("2Gi"))), all)).action())
        .isEqualTo(ChangeAction.RESTART);
  }

  @Test
  void coreFractionWithinOneQosClassIsImmediateWithAGateAcross100PercentItRestarts() {
    ChangeContext gate = eeWith(HOTPLUG_CPU_WITH_LIVE_MIGRATION);
    FieldChange within = only(SpecChanges.between(cpu(1, "10%"), cpu(1, "60%"), gate));
    assertThat(within.toStatusEntry()).isEqualTo(Map.of("currentValue", "10%", "desiredValue", "60%",
        "operation", "replace", "path", "cpu.coreFraction"));
    assertThat(within.action()).isEqualTo(ChangeAction.APPLY_IMMEDIATE);
    FieldChange across = only(SpecChanges.between(cpu(1, "50%"), cpu(1, "100%"), gate));
    assertThat(across.action()).isEqualTo(ChangeAction.RESTART);
    assertThat(across.restartMessage()).contains("Changing the CPU core fraction to or from 100% changes the pod QoS "
        + "class, which cannot be applied in-place.");
    FieldChange unsetToBurstable = only(SpecChanges.between(cpu(1), cpu(1, "50%"), gate));
    assertThat(unsetToBurstable.operation()).isEqualTo(ChangeOperation.ADD);
    assertThat(unsetToBurstable.action()).isEqualTo(ChangeAction.RESTART);
    assertThat(only(SpecChanges.between(cpu(1, "10%"), cpu(1, "60%"), ce())).action())
        .isEqualTo(ChangeAction.RESTART);
  }

  @Test
  void coreFractionUnsetAndOneHundredPercentAreTheSame() {
    for (ChangeContext context : List.of(ce(), ee())) {
      FieldChange add = only(SpecChanges.between(cpu(1), cpu(1, "100%"), context));
      assertThat(add.toStatusEntry()).isEqualTo(Map.of("desiredValue", "100%", "operation", "add",
          "path", "cpu.coreFraction"));
      assertThat(add.action()).isEqualTo(ChangeAction.NONE);
      FieldChange remove = only(SpecChanges.between(cpu(1, "100%"), cpu(1), context));
      assertThat(remove.operation()).isEqualTo(ChangeOperation.REMOVE);
      assertThat(remove.action()).isEqualTo(ChangeAction.NONE);
    }
  }

  @Test
  void bothCpuFieldsChangingMergeIntoOneCpuEntry() {
    FieldChange merged = only(SpecChanges.between(cpu(2, "25%"), cpu(6, "100%"), ce()));
    assertThat(merged.toStatusEntry()).isEqualTo(Map.of("operation", "replace", "path", "cpu",
        "currentValue", Map.of("cores", 2, "coreFraction", "25%"),
        "desiredValue", Map.of("cores", 6, "coreFraction", "100%")));
    assertThat(merged.action()).isEqualTo(ChangeAction.RESTART);
    assertThat(merged.restartMessage()).as("no socket change, so the QoS message")
        .contains(SpecComparator.QOS_MESSAGE);
  }

  @Test
  void aFreeFractionAddStillMergesWithACoresChange() {
    FieldChange merged = only(SpecChanges.between(cpu(2), cpu(3, "100%"), ce()));
    assertThat(merged.toStatusEntry()).isEqualTo(Map.of("operation", "replace", "path", "cpu",
        "currentValue", Map.of("cores", 2), "desiredValue", Map.of("cores", 3, "coreFraction", "100%")));
    assertThat(merged.action()).isEqualTo(ChangeAction.RESTART);
    ChangeContext gate = eeWith(HOTPLUG_CPU_WITH_LIVE_MIGRATION);
    assertThat(only(SpecChanges.between(cpu(2), cpu(3, "100%"), gate)).action())
        .isEqualTo(ChangeAction.APPLY_IMMEDIATE);
  }

  @Test
  void mergedCpuEntryPrefersTheSocketMessage() {
    FieldChange merged = only(SpecChanges.between(cpu(16, "50%"), cpu(17, "100%"),
        eeWith(HOTPLUG_CPU_WITH_LIVE_MIGRATION)));
    assertThat(merged.path()).isEqualTo("cpu");
    assertThat(merged.restartMessage()).contains(SpecComparator.SOCKETS_MESSAGE);
  }

  @Test
  void autoCoreFractionIsResolvedBeforeComparing() {
    ChangeContext resolved = ChangeContext.builder().autoCoreFraction("25%").build();
    assertThat(SpecChanges.between(cpu(1, "25%"), cpu(1, "Auto"), resolved).isEmpty()).isTrue();
    FieldChange change = only(SpecChanges.between(cpu(1, "10%"), cpu(1, "Auto"), resolved));
    assertThat(change.desiredValue()).contains("25%");
    SpecChanges unresolved = SpecChanges.between(cpu(1, "10%"), cpu(1, "Auto"), ce());
    assertThat(unresolved.warnings()).anyMatch(w -> w.contains("Auto"));
  }

  @Test
  void memoryIsRenderedCanonicalAndComparedNumerically() {
    assertThat(SpecChanges.between(memory("1Gi"), memory("1024Mi")).isEmpty()).isTrue();
    FieldChange change = only(SpecChanges.between(memory("1024Mi"), memory("2048Mi")));
    assertThat(change.toStatusEntry()).isEqualTo(Map.of("currentValue", "1Gi", "desiredValue", "2Gi",
        "operation", "replace", "path", "memory.size"));
    assertThat(change.action()).isEqualTo(ChangeAction.RESTART);
    assertThat(only(SpecChanges.between(memory("1Gi"), memory("1536Mi"))).desiredValue()).contains("1536Mi");
    assertThat(only(SpecChanges.between(memory("1Gi"), memory("1000M"))).desiredValue()).contains("1G");
  }

  @Test
  void memoryGrowthAboveOneGibIsImmediateWithAMemoryGate() {
    for (HotplugFeatureGate gate : List.of(HOTPLUG_MEMORY_WITH_LIVE_MIGRATION,
        HOTPLUG_CPU_AND_MEMORY_WITH_IN_PLACE_RESIZE)) {
      assertThat(only(SpecChanges.between(memory("1Gi"), memory("4Gi"), eeWith(gate))).action())
          .isEqualTo(ChangeAction.APPLY_IMMEDIATE);
      assertThat(only(SpecChanges.between(memory("4Gi"), memory("2Gi"), eeWith(gate))).action())
          .as("a decrease").isEqualTo(ChangeAction.RESTART);
      assertThat(only(SpecChanges.between(memory("512Mi"), memory("2Gi"), eeWith(gate))).action())
          .as("from below the 1Gi hot-plug threshold").isEqualTo(ChangeAction.RESTART);
      assertThat(only(SpecChanges.between(memory("2Gi"), memory("1073741823"), eeWith(gate))).action())
          .isEqualTo(ChangeAction.RESTART);
    }
    assertThat(only(SpecChanges.between(memory("1Gi"), memory("4Gi"), eeWith(HOTPLUG_CPU_WITH_LIVE_MIGRATION)))
        .action()).isEqualTo(ChangeAction.RESTART);
    assertThat(only(SpecChanges.between(memory("1Gi"), memory("4Gi"), ce())).action())
        .isEqualTo(ChangeAction.RESTART);
  }

  @Test
  void ceRejectsHotplugGatesWithDvpsMessage() {
    assertThatThrownBy(() -> ChangeContext.builder().addFeatureGates(HOTPLUG_MEMORY_WITH_LIVE_MIGRATION,
        HOTPLUG_CPU_WITH_LIVE_MIGRATION).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("spec.settings.featureGates: feature gates not available in the CE edition: "
            + "HotplugCPUWithLiveMigration, HotplugMemoryWithLiveMigration")
        .hasMessageContaining("Maybe");
  }

  @Test
  void nonMigratableVmTurnsComputeHotplugsIntoRestarts() {
    ChangeContext context = ChangeContext.builder().from(eeWith(HOTPLUG_CPU_AND_MEMORY_WITH_IN_PLACE_RESIZE))
        .migratable(false).build();
    SpecChanges changes = SpecChanges.between(cpu(1), builder().cpu(Cpu.of(2))
        .memory(Memory.of(Quantity.parse("2Gi"))).build(), context);
    assertThat(changes.changes()).extracting(FieldChange::path).containsExactly("cpu.cores", "memory.size");
    assertThat(changes.changes()).allMatch(c -> c.action() == ChangeAction.RESTART && c.restartMessage().isEmpty());
  }

  @Test
  void quotaThatCannotAdmitTheFullNewRequestTurnsHotplugsIntoRestarts() {
    ProjectQuota tight = ProjectQuota.of("compute",
        Map.of(ProjectQuota.REQUESTS_CPU, Quantity.parse("4"), ProjectQuota.REQUESTS_MEMORY, Quantity.parse("8Gi")),
        Map.of(ProjectQuota.REQUESTS_CPU, Quantity.parse("3"), ProjectQuota.REQUESTS_MEMORY, Quantity.parse("9Gi")));
    ChangeContext context = ChangeContext.builder().from(eeWith(HOTPLUG_CPU_AND_MEMORY_WITH_IN_PLACE_RESIZE))
        .addQuotas(tight).build();
    SpecChanges changes = SpecChanges.between(cpu(1), builder().cpu(Cpu.of(2))
        .memory(Memory.of(Quantity.parse("2Gi"))).build(), context);
    assertThat(changes.changes()).allMatch(c -> c.action() == ChangeAction.RESTART);
    String expected = "Hotplug migration cannot start because project quota \"compute\" has insufficient "
        + "requests.cpu: required additional 2, available 1. Restart the virtual machine to apply the changes "
        + "without live migration. Hotplug migration cannot start because project quota \"compute\" has "
        + "insufficient requests.memory: required additional 2Gi, available 0. Restart the virtual machine to "
        + "apply the changes without live migration.";
    assertThat(changes.changes().get(0).restartMessage()).contains(expected);
    assertThat(changes.changes().get(1).restartMessage()).isEmpty();
    assertThat(changes.conditions().get(0).message())
        .isEqualTo("Waiting for the user to restart in order to apply the configuration changes. " + expected);
  }

  @Test
  void quotaHardLimitBelowTheRequestAndFractionalCpuRequest() {
    ProjectQuota small = ProjectQuota.of("small", Map.of(ProjectQuota.REQUESTS_CPU, Quantity.parse("500m")),
        Map.of());
    ChangeContext context = ChangeContext.builder().from(eeWith(HOTPLUG_CPU_WITH_LIVE_MIGRATION))
        .addQuotas(small).build();
    FieldChange change = only(SpecChanges.between(cpu(1, "25%"), cpu(3, "25%"), context));
    assertThat(change.restartMessage()).contains("Hotplug migration cannot start because requests.cpu request 750m "
        + "exceeds project quota \"small\" hard limit 500m. Restart the virtual machine to apply the changes without "
        + "live migration.");
    ProjectQuota roomy = ProjectQuota.of("roomy", Map.of(ProjectQuota.REQUESTS_CPU, Quantity.parse("1")), Map.of());
    FieldChange fits = only(SpecChanges.between(cpu(1, "25%"), cpu(3, "25%"),
        ChangeContext.builder().from(context).quotas(List.of(roomy)).build()));
    assertThat(fits.action()).isEqualTo(ChangeAction.APPLY_IMMEDIATE);
  }

  @Test
  void cpuRequestArithmetic() {
    assertThat(CoreFraction.requestMillis(2, CoreFraction.percent("").orElse(0))).isEqualTo(2000);
    assertThat(CoreFraction.requestMillis(2, CoreFraction.percent("25%").orElse(0))).isEqualTo(500);
    assertThat(CoreFraction.requestMillis(1, CoreFraction.percent("100%").orElse(0))).isEqualTo(1000);
    assertThat(CpuTopology.sockets(0)).isEqualTo(1);
    assertThat(CpuTopology.sockets(65)).isEqualTo(8);
    assertThat(CoreFraction.guaranteed("")).isTrue();
    assertThat(CoreFraction.guaranteed("Auto")).isFalse();
  }
}

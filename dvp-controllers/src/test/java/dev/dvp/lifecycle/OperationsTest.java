package dev.dvp.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvp.model.RunPolicy;
import dev.dvp.model.VirtualMachineOperation;
import dev.dvp.model.VirtualMachineOperationPhase;
import dev.dvp.model.VirtualMachineOperationSpec;
import dev.dvp.model.VirtualMachineOperationType;
import dev.dvp.model.VirtualMachinePhase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The applicability table and the supersede matrix of admission.md §7.3 and §7.5, every cell. */
class OperationsTest {
  // admission.md §7.5, transcribed: type -> allowed policies (null = any), phases, phases only with force.
  private static final Map<String, String[]> TABLE = Map.of(
      "Start", new String[] {"Manual,AlwaysOnUnlessStoppedManually", "Stopped,Stopping", ""},
      "Stop", new String[] {"Manual,AlwaysOnUnlessStoppedManually", "Running,Degraded,Starting,Pause,Pending", "Stopping"},
      "Restart", new String[] {"Manual,AlwaysOnUnlessStoppedManually,AlwaysOn", "Running,Degraded,Starting,Pause", "Stopping"},
      "Migrate", new String[] {"Manual,AlwaysOnUnlessStoppedManually,AlwaysOn", "Running", ""},
      "Evict", new String[] {"Manual,AlwaysOnUnlessStoppedManually,AlwaysOn", "Running", ""},
      "Clone", new String[] {null, "Stopped,Running", ""},
      "Restore", new String[] {null, "Stopped,Running,Pending", ""});

  private static Set<String> set(String csv) {
    return csv == null ? null : Set.of(csv.isEmpty() ? new String[0] : csv.split(","));
  }

  @Test
  void everyTypePolicyPhaseAndForceCell() {
    int cells = 0;
    for (VirtualMachineOperationType type : VirtualMachineOperationType.knownValues()) {
      String[] row = TABLE.get(type.value());
      for (RunPolicy policy : RunPolicy.knownValues()) {
        for (VirtualMachinePhase phase : VirtualMachinePhase.knownValues()) {
          for (boolean force : new boolean[] {false, true}) {
            Applicability a = Operations.applicability(type, force, policy, phase);
            Set<String> policies = set(row[0]);
            boolean policyOk = policies == null || policies.contains(policy.value());
            boolean phaseOk = set(row[1]).contains(phase.value()) || (force && set(row[2]).contains(phase.value()));
            String cell = type + "/" + policy + "/" + phase + "/force=" + force;
            assertThat(a.allowed()).as(cell).isEqualTo(policyOk && phaseOk);
            if (!policyOk) {
              assertThat(a.reason()).as(cell).contains("NotApplicableForVirtualMachineRunPolicy");
              assertThat(a.message()).contains("Operation type " + type
                  + " is not applicable for VirtualMachine with runPolicy " + policy);
            } else if (!phaseOk) {
              assertThat(a.reason()).as(cell).contains("NotApplicableForVirtualMachinePhase");
              assertThat(a.message()).contains("Operation type " + type
                  + " is not applicable for VirtualMachine in phase " + phase);
            }
            cells++;
          }
        }
      }
    }
    assertThat(cells).isEqualTo(7 * 4 * 9 * 2);
  }

  @Test
  void seedRunPolicies() {
    // AlwaysOff: no way to turn the VM on; only Clone and Restore.
    assertThat(Operations.applicability(VirtualMachineOperationType.START, false, RunPolicy.ALWAYS_OFF,
        VirtualMachinePhase.STOPPED).message()).contains(
        "Operation type Start is not applicable for VirtualMachine with runPolicy AlwaysOff");
    // AlwaysOn: Restart and Evict allowed, Stop refused.
    assertThat(Operations.applicability(VirtualMachineOperationType.RESTART, false, RunPolicy.ALWAYS_ON,
        VirtualMachinePhase.RUNNING).allowed()).isTrue();
    assertThat(Operations.applicability(VirtualMachineOperationType.STOP, false, RunPolicy.ALWAYS_ON,
        VirtualMachinePhase.RUNNING).allowed()).isFalse();
  }

  private static VirtualMachineOperationSpec op(String type, Boolean force) {
    var b = VirtualMachineOperationSpec.builder().type(VirtualMachineOperationType.of(type)).virtualMachineName("vm");
    if (force != null) {
      b.force(force);
    }
    return b.build();
  }

  @Test
  void supersedeMatrix() {
    // admission.md §7.3: old -> the new operations that supersede it (force: "" absent, "f" true, "n" false).
    Map<String, Set<String>> matrix = Map.ofEntries(
        Map.entry("Start", Set.of("Stop", "Stop+f", "Stop+n")),
        Map.entry("Start+n", Set.of("Stop", "Stop+f", "Stop+n")),
        Map.entry("Stop", Set.of("Stop+f", "Restart+f")),
        Map.entry("Stop+n", Set.of("Stop+f", "Restart+f")),
        Map.entry("Stop+f", Set.of()),
        Map.entry("Restart", Set.of("Stop+f", "Restart+f")),
        Map.entry("Restart+n", Set.of("Stop+f", "Restart+f")),
        Map.entry("Restart+f", Set.of()),
        Map.entry("Migrate", Set.of("Stop", "Stop+f", "Stop+n", "Restart", "Restart+f", "Restart+n")),
        Map.entry("Evict+f", Set.of("Stop", "Stop+f", "Stop+n", "Restart", "Restart+f", "Restart+n")),
        Map.entry("Restore", Set.of()),
        Map.entry("Clone", Set.of()));
    List<String> candidates = List.of("Start", "Start+n", "Stop", "Stop+f", "Stop+n", "Restart", "Restart+f",
        "Restart+n", "Migrate", "Migrate+f", "Evict", "Evict+f", "Restore", "Clone");
    matrix.forEach((old, supersededBy) -> {
      for (String candidate : candidates) {
        assertThat(Operations.canSupersede(parse(old), parse(candidate))).as(old + " by " + candidate)
            .isEqualTo(supersededBy.contains(candidate));
      }
    });
  }

  private static VirtualMachineOperationSpec parse(String s) {
    String[] p = s.split("\\+");
    return op(p[0], p.length == 1 ? null : p[1].equals("f"));
  }

  @Test
  void differentVmsNeverSupersede() {
    assertThat(Operations.canSupersede(op("Start", null), op("Stop", null).withVirtualMachineName("other"))).isFalse();
  }

  @Test
  void finishedPhases() {
    assertThat(VirtualMachineOperationPhase.knownValues()).filteredOn(Operations::isFinished)
        .containsExactlyInAnyOrder(VirtualMachineOperationPhase.COMPLETED, VirtualMachineOperationPhase.FAILED,
            VirtualMachineOperationPhase.SUPERSEDED);
  }

  @Test
  void d8CommandsBuildTheSeedsOperations() {
    VirtualMachineOperation restart = Operations.command(VirtualMachineOperationType.RESTART, "linux-vm", "default", false);
    assertThat(restart.metadata().generateName()).contains("restart-linux-vm-");
    assertThat(restart.spec().force()).isEmpty();
    VirtualMachineOperation evict = Operations.command(VirtualMachineOperationType.EVICT, "linux-vm", "default", true);
    assertThat(evict.spec().force()).contains(true);
    assertThatThrownBy(() -> Operations.command(VirtualMachineOperationType.START, "vm", "ns", true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maybe drop --force");
  }
}

package dev.dvp.lifecycle;

import dev.dvp.model.ObjectMeta;
import dev.dvp.model.RunPolicy;
import dev.dvp.model.VirtualMachineOperation;
import dev.dvp.model.VirtualMachineOperationPhase;
import dev.dvp.model.VirtualMachineOperationSpec;
import dev.dvp.model.VirtualMachineOperationType;
import dev.dvp.model.VirtualMachinePhase;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * DVP's rules for VirtualMachineOperations as pure functions: which operation applies to a VM's runPolicy and phase
 * ({@code images/virtualization-artifact/pkg/controller/vmop/powerstate/internal/service}, {@code migration},
 * {@code snapshot}), which active operation a new one supersedes
 * ({@code images/virtualization-artifact/pkg/controller/vmop/supersede/supersede.go}), and when an operation is
 * finished.
 *
 * <p>Applicability, runPolicy first, then phase:
 * <table>
 *   <caption>Allowed runPolicy and phase per type</caption>
 *   <tr><th>type</th><th>runPolicy</th><th>phase</th></tr>
 *   <tr><td>Start</td><td>Manual, AlwaysOnUnlessStoppedManually</td><td>Stopped, Stopping</td></tr>
 *   <tr><td>Stop</td><td>Manual, AlwaysOnUnlessStoppedManually</td><td>Running, Degraded, Starting, Pause, Pending;
 *       Stopping only with force</td></tr>
 *   <tr><td>Restart</td><td>Manual, AlwaysOnUnlessStoppedManually, AlwaysOn</td><td>Running, Degraded, Starting,
 *       Pause; Stopping only with force</td></tr>
 *   <tr><td>Migrate, Evict</td><td>Manual, AlwaysOnUnlessStoppedManually, AlwaysOn</td><td>Running</td></tr>
 *   <tr><td>Clone</td><td>any</td><td>Stopped, Running</td></tr>
 *   <tr><td>Restore</td><td>any</td><td>Stopped, Running, Pending</td></tr>
 * </table>
 * So {@code AlwaysOff} allows only Clone and Restore, and {@code AlwaysOn} refuses Start and Stop.
 *
 * <p>Stateless and thread-safe.
 */
public final class Operations {
  private static final Set<RunPolicy> USER_POWERED = Set.of(RunPolicy.MANUAL, RunPolicy.ALWAYS_ON_UNLESS_STOPPED_MANUALLY);
  private static final Set<RunPolicy> RUNNABLE =
      Set.of(RunPolicy.MANUAL, RunPolicy.ALWAYS_ON_UNLESS_STOPPED_MANUALLY, RunPolicy.ALWAYS_ON);

  private Operations() {}

  /**
   * Tells whether DVP would carry out an operation on a VM in this state.
   *
   * @param type the operation type
   * @param force the operation's {@code force} ({@code false} when absent)
   * @param runPolicy the VM's runPolicy (with its default applied)
   * @param phase the VM's phase; {@code Degraded} is accepted although DVP never sets it
   * @return the verdict, with DVP's reason and message when refused
   */
  public static Applicability applicability(VirtualMachineOperationType type, boolean force, RunPolicy runPolicy,
      VirtualMachinePhase phase) {
    Set<RunPolicy> policies;
    Set<VirtualMachinePhase> phases;
    if (type.equals(VirtualMachineOperationType.START)) {
      policies = USER_POWERED;
      phases = Set.of(VirtualMachinePhase.STOPPED, VirtualMachinePhase.STOPPING);
    } else if (type.equals(VirtualMachineOperationType.STOP)) {
      policies = USER_POWERED;
      phases = force
          ? Set.of(VirtualMachinePhase.RUNNING, VirtualMachinePhase.DEGRADED, VirtualMachinePhase.STARTING,
              VirtualMachinePhase.PAUSE, VirtualMachinePhase.PENDING, VirtualMachinePhase.STOPPING)
          : Set.of(VirtualMachinePhase.RUNNING, VirtualMachinePhase.DEGRADED, VirtualMachinePhase.STARTING,
              VirtualMachinePhase.PAUSE, VirtualMachinePhase.PENDING);
    } else if (type.equals(VirtualMachineOperationType.RESTART)) {
      policies = RUNNABLE;
      phases = force
          ? Set.of(VirtualMachinePhase.RUNNING, VirtualMachinePhase.DEGRADED, VirtualMachinePhase.STARTING,
              VirtualMachinePhase.PAUSE, VirtualMachinePhase.STOPPING)
          : Set.of(VirtualMachinePhase.RUNNING, VirtualMachinePhase.DEGRADED, VirtualMachinePhase.STARTING,
              VirtualMachinePhase.PAUSE);
    } else if (type.equals(VirtualMachineOperationType.MIGRATE) || type.equals(VirtualMachineOperationType.EVICT)) {
      policies = RUNNABLE;
      phases = Set.of(VirtualMachinePhase.RUNNING);
    } else if (type.equals(VirtualMachineOperationType.CLONE)) {
      policies = null;
      phases = Set.of(VirtualMachinePhase.STOPPED, VirtualMachinePhase.RUNNING);
    } else if (type.equals(VirtualMachineOperationType.RESTORE)) {
      policies = null;
      phases = Set.of(VirtualMachinePhase.STOPPED, VirtualMachinePhase.RUNNING, VirtualMachinePhase.PENDING);
    } else {
      throw new IllegalArgumentException("unknown operation type " + type + "; expected one of "
          + VirtualMachineOperationType.knownValues());
    }
    if (policies != null && !policies.contains(runPolicy)) {
      return Applicability.no(Applicability.NOT_APPLICABLE_FOR_RUN_POLICY,
          "Operation type " + type + " is not applicable for VirtualMachine with runPolicy " + runPolicy);
    }
    if (!phases.contains(phase)) {
      return Applicability.no(Applicability.NOT_APPLICABLE_FOR_PHASE,
          "Operation type " + type + " is not applicable for VirtualMachine in phase " + phase);
    }
    return Applicability.yes();
  }

  /**
   * DVP's {@code CanSupersede(old, new)}: whether a new operation replaces an active one of the same VM.
   * Start is superseded by any Stop; a Stop or Restart without force by a forced Stop or Restart; a migration
   * (Migrate, Evict) by any Stop or Restart; nothing supersedes a forced Stop or Restart, a Restore or a Clone.
   *
   * @param active the older, unfinished operation
   * @param newer the new operation
   * @return {@code true} when {@code newer} supersedes {@code active}; {@code false} for different VMs
   */
  public static boolean canSupersede(VirtualMachineOperationSpec active, VirtualMachineOperationSpec newer) {
    if (!active.virtualMachineName().equals(newer.virtualMachineName())) {
      return false;
    }
    VirtualMachineOperationType old = active.type();
    VirtualMachineOperationType now = newer.type();
    boolean stop = now.equals(VirtualMachineOperationType.STOP);
    boolean restart = now.equals(VirtualMachineOperationType.RESTART);
    if (old.equals(VirtualMachineOperationType.START)) {
      return stop;
    }
    if (old.equals(VirtualMachineOperationType.STOP) || old.equals(VirtualMachineOperationType.RESTART)) {
      return !active.forceOrDefault() && (stop || restart) && newer.forceOrDefault();
    }
    if (old.equals(VirtualMachineOperationType.MIGRATE) || old.equals(VirtualMachineOperationType.EVICT)) {
      return stop || restart;
    }
    return false;
  }

  /**
   * Tells whether a phase is final: {@code Completed}, {@code Failed} or {@code Superseded}. A client written
   * against the user guide (which says a superseded operation ends {@code Completed}) should test this instead.
   *
   * @param phase the phase
   * @return {@code true} for a finished operation
   */
  public static boolean isFinished(VirtualMachineOperationPhase phase) {
    return phase.equals(VirtualMachineOperationPhase.COMPLETED) || phase.equals(VirtualMachineOperationPhase.FAILED)
        || phase.equals(VirtualMachineOperationPhase.SUPERSEDED);
  }

  /**
   * Tells whether an operation is finished; one without a status (or {@code Terminating}) is active.
   *
   * @param op the operation
   * @return {@code true} when its phase is final
   */
  public static boolean isFinished(VirtualMachineOperation op) {
    return op.status().map(s -> isFinished(s.phase())).orElse(false);
  }

  /**
   * Returns the operation a {@code d8 v start|stop|restart|evict} command creates: a VMOP of that type for the VM,
   * named by {@code generateName} {@code <type>-<vm>-} as in the documentation's examples.
   *
   * @param type the operation type (Start, Stop, Restart, Evict or Migrate)
   * @param vmName the VM's name
   * @param namespace the VM's namespace
   * @param force the command's {@code --force}
   * @return the operation to create
   * @throws IllegalArgumentException for Restore and Clone, which {@code d8 v} does not create this way, or a
   *     forced Start, which the CRD forbids
   */
  public static VirtualMachineOperation command(VirtualMachineOperationType type, String vmName, String namespace,
      boolean force) {
    if (!POWER_COMMANDS.contains(type)) {
      throw new IllegalArgumentException("d8 v creates Start, Stop, Restart, Evict and Migrate operations; got " + type);
    }
    if (force && type.equals(VirtualMachineOperationType.START)) {
      throw new IllegalArgumentException("a Start operation cannot be forced (The `Start` operation cannot be"
          + " performed forcibly.); maybe drop --force");
    }
    dev.dvp.model.ImmutableVirtualMachineOperationSpec.Builder spec = VirtualMachineOperationSpec.builder().type(type).virtualMachineName(vmName);
    if (force) {
      spec.force(true);
    }
    return VirtualMachineOperation.builder()
        .metadata(ObjectMeta.builder().generateName(type.value().toLowerCase(Locale.ROOT) + "-" + vmName + "-")
            .namespace(namespace).build())
        .spec(spec.build())
        .build();
  }

  /** The operation types {@code d8 v} starts from the command line, in the order {@code dvp ops} lists them. */
  public static final List<VirtualMachineOperationType> POWER_COMMANDS = List.of(VirtualMachineOperationType.START,
      VirtualMachineOperationType.STOP, VirtualMachineOperationType.RESTART, VirtualMachineOperationType.MIGRATE,
      VirtualMachineOperationType.EVICT);
}

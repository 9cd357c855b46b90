package dev.dvp.lifecycle;

import dev.dvp.model.Condition;
import dev.dvp.model.RunPolicy;
import dev.dvp.model.VirtualMachinePhase;
import java.util.List;
import java.util.Optional;

/**
 * What DVP's VM controller sees of a VM and its KubeVirt objects when it derives the phase: the VM's own state and
 * the internal KubeVirt VirtualMachine (KVVM) it rendered.
 *
 * <pre>{@code
 * InternalState s = InternalState.of(RunPolicy.MANUAL, conditions).withPreviousPhase(VirtualMachinePhase.STARTING)
 *     .withKvvmPrintableStatus("Running");
 * VirtualMachinePhase phase = VirtualMachinePhases.derive(s);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param runPolicy the VM's runPolicy (default applied)
 * @param conditions the VM's {@code status.conditions} (the start gate and {@code Maintenance} read them)
 * @param deleting the VM has a {@code deletionTimestamp}
 * @param previousPhase the VM's current {@code status.phase}; empty on the first reconcile
 * @param kvvmPrintableStatus the KVVM's {@code status.printableStatus}; empty when there is no KVVM, {@code ""} for a
 *     KVVM without one
 * @param kvvmSynchronizedReason the reason of the KVVM's {@code Synchronized} condition, if any
 * @param kvvmPodScheduledFalse the KVVM has {@code PodScheduled=False}
 * @param kvvmRunStrategy the KVVM's run strategy ({@code Always}, {@code Manual}, ...), if any
 * @param startRequested the KVVM carries {@code virtualization.deckhouse.io/vm-start-requested: "true"}
 * @param restartRequested the KVVM carries {@code virtualization.deckhouse.io/vm-restart-requested: "true"}
 */
public record InternalState(RunPolicy runPolicy, List<Condition> conditions, boolean deleting,
    Optional<VirtualMachinePhase> previousPhase, Optional<String> kvvmPrintableStatus,
    Optional<String> kvvmSynchronizedReason, boolean kvvmPodScheduledFalse, Optional<String> kvvmRunStrategy,
    boolean startRequested, boolean restartRequested) {
  /**
   * Checks the shape.
   *
   * @throws IllegalArgumentException if a component is {@code null}
   */
  public InternalState {
    if (runPolicy == null || conditions == null || previousPhase == null || kvvmPrintableStatus == null
        || kvvmSynchronizedReason == null || kvvmRunStrategy == null) {
      throw new IllegalArgumentException("InternalState components must not be null; use Optional.empty()");
    }
    conditions = List.copyOf(conditions);
  }

  /**
   * A VM that has no KVVM yet and no phase.
   *
   * @param runPolicy its runPolicy
   * @param conditions its conditions
   * @return the state
   */
  public static InternalState of(RunPolicy runPolicy, List<Condition> conditions) {
    return new InternalState(runPolicy, conditions, false, Optional.empty(), Optional.empty(), Optional.empty(),
        false, Optional.empty(), false, false);
  }

  /**
   * @param phase the VM's current phase
   * @return a copy with that previous phase
   */
  public InternalState withPreviousPhase(VirtualMachinePhase phase) {
    return new InternalState(runPolicy, conditions, deleting, Optional.of(phase), kvvmPrintableStatus,
        kvvmSynchronizedReason, kvvmPodScheduledFalse, kvvmRunStrategy, startRequested, restartRequested);
  }

  /**
   * @param printableStatus the KVVM's printable status ({@code ""} for none)
   * @return a copy with a KVVM in that status
   */
  public InternalState withKvvmPrintableStatus(String printableStatus) {
    return new InternalState(runPolicy, conditions, deleting, previousPhase, Optional.of(printableStatus),
        kvvmSynchronizedReason, kvvmPodScheduledFalse, kvvmRunStrategy, startRequested, restartRequested);
  }

  /**
   * @param reason the KVVM {@code Synchronized} condition's reason
   * @return a copy with it
   */
  public InternalState withKvvmSynchronizedReason(String reason) {
    return new InternalState(runPolicy, conditions, deleting, previousPhase, kvvmPrintableStatus,
        Optional.of(reason), kvvmPodScheduledFalse, kvvmRunStrategy, startRequested, restartRequested);
  }

  /**
   * @param podScheduledFalse whether the KVVM has {@code PodScheduled=False}
   * @return a copy with it
   */
  public InternalState withKvvmPodScheduledFalse(boolean podScheduledFalse) {
    return new InternalState(runPolicy, conditions, deleting, previousPhase, kvvmPrintableStatus,
        kvvmSynchronizedReason, podScheduledFalse, kvvmRunStrategy, startRequested, restartRequested);
  }

  /**
   * @param runStrategy the KVVM's run strategy
   * @return a copy with it
   */
  public InternalState withKvvmRunStrategy(String runStrategy) {
    return new InternalState(runPolicy, conditions, deleting, previousPhase, kvvmPrintableStatus,
        kvvmSynchronizedReason, kvvmPodScheduledFalse, Optional.of(runStrategy), startRequested, restartRequested);
  }

  /**
   * @param start the start-request annotation
   * @param restart the restart-request annotation
   * @return a copy with them
   */
  public InternalState withRequests(boolean start, boolean restart) {
    return new InternalState(runPolicy, conditions, deleting, previousPhase, kvvmPrintableStatus,
        kvvmSynchronizedReason, kvvmPodScheduledFalse, kvvmRunStrategy, start, restart);
  }

  /**
   * @param isDeleting whether the VM is being deleted
   * @return a copy with it
   */
  public InternalState withDeleting(boolean isDeleting) {
    return new InternalState(runPolicy, conditions, isDeleting, previousPhase, kvvmPrintableStatus,
        kvvmSynchronizedReason, kvvmPodScheduledFalse, kvvmRunStrategy, startRequested, restartRequested);
  }
}

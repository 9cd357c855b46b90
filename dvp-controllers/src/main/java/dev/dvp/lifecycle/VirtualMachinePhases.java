package dev.dvp.lifecycle;

import dev.dvp.model.ConditionStatus;
import dev.dvp.model.RunPolicy;
import dev.dvp.model.VirtualMachinePhase;

/**
 * DVP's VM phase derivation ({@code images/virtualization-artifact/pkg/controller/vm/internal/lifecycle.go},
 * {@code util.go}): Terminating while deleting, Pending on the first reconcile, otherwise from the KVVM's printable
 * status, then the {@code PodScheduled=False} and Maintenance overrides. Never yields {@code Degraded} (in the enum,
 * never set) nor {@code Scheduling} (named in the CRD description, not in the enum). Stateless and thread-safe.
 */
public final class VirtualMachinePhases {

  private VirtualMachinePhases() {}

  /**
   * Derives the phase.
   *
   * @param state the VM and KVVM state
   * @return the phase DVP would write to {@code status.phase}
   */
  public static VirtualMachinePhase derive(InternalState state) {
    if (state.deleting()) {
      return VirtualMachinePhase.TERMINATING;
    }
    boolean firstReconcile = StartGate.find(state.conditions(), VirtualMachineConditions.RUNNING).isEmpty()
        || state.previousPhase().isEmpty();
    VirtualMachinePhase phase = firstReconcile ? VirtualMachinePhase.PENDING : fromKvvm(state);
    if (state.kvvmPodScheduledFalse() && state.kvvmPrintableStatus().isPresent()) {
      phase = VirtualMachinePhase.PENDING;
    }
    boolean maintenance = StartGate.find(state.conditions(), VirtualMachineConditions.MAINTENANCE)
        .map(c -> c.status().equals(ConditionStatus.TRUE)).orElse(false);
    if (maintenance && phase.equals(VirtualMachinePhase.PENDING)) {
      phase = VirtualMachinePhase.STOPPED;
    }
    return phase;
  }

  private static VirtualMachinePhase fromKvvm(InternalState s) {
    if (s.kvvmPrintableStatus().isEmpty()) {
      return VirtualMachinePhase.PENDING;
    }
    String status = s.kvvmPrintableStatus().get();
    switch (status) {
      case "Stopped":
        return stoppedOrPending(s);
      case "Provisioning":
        return VirtualMachinePhase.STARTING;
      case "Starting": {
        String reason = s.kvvmSynchronizedReason().orElse("");
        return reason.equals("FailedCreate") || reason.equals("FailedBackendStorageCreate")
            ? VirtualMachinePhase.PENDING : VirtualMachinePhase.STARTING;
      }
      case "Running":
        return VirtualMachinePhase.RUNNING;
      case "Paused":
        return VirtualMachinePhase.PAUSE;
      case "Stopping":
        return VirtualMachinePhase.STOPPING;
      case "Terminating":
        return VirtualMachinePhase.TERMINATING;
      case "Migrating":
      case "WaitingForReceiver":
        return VirtualMachinePhase.MIGRATING;
      default:
        // PENDING_STATUSES and any other value.
        // Known waiting and error statuses (and anything new) keep the VM Pending.
        return VirtualMachinePhase.PENDING;
    }
  }

  private static VirtualMachinePhase stoppedOrPending(InternalState s) {
    if (!StartGate.isOpen(s.conditions()) && s.startRequested()) {
      return VirtualMachinePhase.PENDING;
    }
    if (s.previousPhase().filter(VirtualMachinePhase.PENDING::equals).isPresent()) {
      if (s.runPolicy().equals(RunPolicy.ALWAYS_ON)) {
        return VirtualMachinePhase.PENDING;
      }
      if (s.runPolicy().equals(RunPolicy.ALWAYS_ON_UNLESS_STOPPED_MANUALLY)
          && (!s.kvvmRunStrategy().filter("Manual"::equals).isPresent() || s.startRequested()
              || s.restartRequested())) {
        return VirtualMachinePhase.PENDING;
      }
    }
    return VirtualMachinePhase.STOPPED;
  }
}

package dev.dvp.lifecycle;

import dev.dvp.model.RunPolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * DVP's runPolicy power-state machine
 * ({@code images/virtualization-artifact/pkg/controller/vm/internal/sync_power_state.go}): given the policy, the
 * running instance (KVVMI) and how its last run ended, what the controller does next. A pure function; see
 * {@link #decide(Input)}.
 *
 * <p>What users see: {@code AlwaysOn} cannot be powered off from the guest; {@code AlwaysOnUnlessStoppedManually}
 * restarts after a crash or a lost pod but stays off after an in-guest poweroff; {@code Manual} follows the guest
 * (poweroff stops, reboot restarts) and is not restarted after a crash; {@code AlwaysOff} is kept off.
 *
 * <p>Stateless and thread-safe.
 */
public final class PowerState {
  private PowerState() {}

  /** The state of the running instance (KVVMI). */
  public enum Instance {
    /** No instance. */
    ABSENT,
    /** The instance is being deleted. */
    DELETING,
    /** The instance runs. */
    RUNNING,
    /** The guest ended: poweroff or reboot ({@code Succeeded}). */
    SUCCEEDED,
    /** The instance crashed ({@code Failed}). */
    FAILED,
    /** Any other phase (scheduling, scheduled, ...). */
    OTHER
  }

  /** How the completed launcher pod says the last run ended. */
  public enum PodCompletion {
    /** The pod has not completed. */
    NOT_COMPLETED,
    /** Completed with reason {@code guest-reset}: an in-guest reboot. */
    GUEST_RESET,
    /** Completed with another reason, e.g. {@code guest-shutdown}: an in-guest poweroff. */
    OTHER_REASON,
    /** The launcher pod is gone or being deleted. */
    POD_GONE
  }

  /** What the controller does. */
  public enum Action {
    /** Nothing. */
    NOTHING,
    /** Start the VM (with the gate closed: delete any instance and set the start request instead). */
    START,
    /** Stop the VM (delete the instance). */
    STOP,
    /** Restart the VM (with the gate closed: as START). */
    RESTART,
    /** Only set the start-request annotation, so the VM starts once its dependencies are ready. */
    REQUEST_START
  }

  /**
   * How to read an in-guest poweroff under {@code AlwaysOnUnlessStoppedManually}.
   */
  public enum GuestPoweroff {
    /** DVP's code and the CRD description ("It can be switched off by the OS"): the VM stays stopped. The default. */
    STAYS_STOPPED,
    /** The user guide's reading (stopped only with {@code d8 v stop} or an operation): treated like a crash. */
    RESTARTS_AS_DOCUMENTED
  }

  /**
   * The inputs of one decision.
   *
   * @param runPolicy the VM's runPolicy
   * @param instance the KVVMI's state
   * @param pod how the completed launcher pod ended
   * @param configApplied the start gate is open ({@link StartGate#isOpen})
   * @param startOrRestartRequested a start or restart request annotation is set
   * @param restartRequested the restart request annotation is set
   * @param kvvmRestarting (AlwaysOn) the KVVM's state-change requests are Stop then Start
   * @param lastAppliedRunPolicy the runPolicy of the last applied spec, if known
   * @param maintenance the VM's {@code Maintenance} condition is True
   * @param guestPoweroff how to read an in-guest poweroff
   */
  public record Input(RunPolicy runPolicy, Instance instance, PodCompletion pod, boolean configApplied,
      boolean startOrRestartRequested, boolean restartRequested, boolean kvvmRestarting,
      Optional<RunPolicy> lastAppliedRunPolicy, boolean maintenance, GuestPoweroff guestPoweroff) {
    /**
     * Checks the shape.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public Input {
      Objects.requireNonNull(runPolicy, "runPolicy");
      Objects.requireNonNull(instance, "instance");
      Objects.requireNonNull(pod, "pod");
      Objects.requireNonNull(lastAppliedRunPolicy, "lastAppliedRunPolicy");
      Objects.requireNonNull(guestPoweroff, "guestPoweroff");
    }

    /**
     * Inputs with no requests, no maintenance, DVP's reading of a guest poweroff.
     *
     * @param runPolicy the policy
     * @param instance the instance state
     * @param pod the pod completion
     * @param configApplied whether the start gate is open
     * @return the inputs
     */
    public static Input of(RunPolicy runPolicy, Instance instance, PodCompletion pod, boolean configApplied) {
      return new Input(runPolicy, instance, pod, configApplied, false, false, false, Optional.empty(), false,
          GuestPoweroff.STAYS_STOPPED);
    }

    /**
     * @param start a start request is set
     * @param restart a restart request is set
     * @return a copy with those requests
     */
    public Input withRequests(boolean start, boolean restart) {
      return new Input(runPolicy, instance, pod, configApplied, start || restart, restart, kvvmRestarting,
          lastAppliedRunPolicy, maintenance, guestPoweroff);
    }

    /**
     * @param reading how to read an in-guest poweroff
     * @return a copy with it
     */
    public Input withGuestPoweroff(GuestPoweroff reading) {
      return new Input(runPolicy, instance, pod, configApplied, startOrRestartRequested, restartRequested,
          kvvmRestarting, lastAppliedRunPolicy, maintenance, reading);
    }

    /**
     * @param policy the runPolicy of the last applied spec
     * @return a copy with it
     */
    public Input withLastAppliedRunPolicy(RunPolicy policy) {
      return new Input(runPolicy, instance, pod, configApplied, startOrRestartRequested, restartRequested,
          kvvmRestarting, Optional.of(policy), maintenance, guestPoweroff);
    }

    /**
     * @param inMaintenance the VM's Maintenance condition is True
     * @return a copy with it
     */
    public Input withMaintenance(boolean inMaintenance) {
      return new Input(runPolicy, instance, pod, configApplied, startOrRestartRequested, restartRequested,
          kvvmRestarting, lastAppliedRunPolicy, inMaintenance, guestPoweroff);
    }
  }

  /**
   * Decides the controller's action.
   *
   * @param in the inputs
   * @return the action
   * @throws IllegalArgumentException for a runPolicy this SDK does not know
   */
  public static Action decide(Input in) {
    if (in.maintenance()) {
      return Action.STOP;
    }
    Instance vmi = in.instance();
    boolean runningRestart = in.restartRequested() && vmi == Instance.RUNNING;
    RunPolicy p = in.runPolicy();
    if (p.equals(RunPolicy.ALWAYS_OFF)) {
      return vmi == Instance.ABSENT ? Action.NOTHING : Action.STOP;
    }
    if (p.equals(RunPolicy.ALWAYS_ON)) {
      if (vmi == Instance.ABSENT) {
        if (in.kvvmRestarting()) {
          return Action.NOTHING;
        }
        return in.configApplied() ? Action.START : Action.REQUEST_START;
      }
      if (vmi == Instance.DELETING) {
        return in.configApplied() && in.startOrRestartRequested() ? Action.START : Action.NOTHING;
      }
      if (runningRestart || vmi == Instance.SUCCEEDED || vmi == Instance.FAILED) {
        return Action.RESTART;
      }
      return Action.NOTHING;
    }
    if (p.equals(RunPolicy.ALWAYS_ON_UNLESS_STOPPED_MANUALLY)) {
      if (vmi == Instance.ABSENT || vmi == Instance.DELETING) {
        if (in.configApplied() && in.startOrRestartRequested()) {
          return Action.START;
        }
        return in.lastAppliedRunPolicy().filter(RunPolicy.ALWAYS_OFF::equals).isPresent()
            ? Action.REQUEST_START : Action.NOTHING;
      }
      if (runningRestart) {
        return Action.RESTART;
      }
      if (vmi == Instance.SUCCEEDED) {
        switch (in.pod()) {
          case GUEST_RESET:
          case POD_GONE:
            return Action.RESTART;
          case OTHER_REASON:
            return in.guestPoweroff() == GuestPoweroff.RESTARTS_AS_DOCUMENTED ? Action.RESTART : Action.STOP;
          default:
            return Action.NOTHING;
        }
      }
      return vmi == Instance.FAILED ? Action.RESTART : Action.NOTHING;
    }
    if (p.equals(RunPolicy.MANUAL)) {
      boolean completed = vmi == Instance.SUCCEEDED || vmi == Instance.FAILED;
      if ((vmi == Instance.ABSENT || vmi == Instance.DELETING || completed)
          && in.configApplied() && in.startOrRestartRequested()) {
        return Action.START;
      }
      if (runningRestart) {
        return Action.RESTART;
      }
      if (completed) {
        switch (in.pod()) {
          case GUEST_RESET:
            return Action.RESTART;
          case OTHER_REASON:
            return Action.STOP;
          default:
            // The book's Manual rows name no "pod gone" case; a pod that has not completed leaves the VM alone.
            return Action.NOTHING;
        }
      }
      return Action.NOTHING;
    }
    throw new IllegalArgumentException("unknown runPolicy " + p + "; expected one of " + RunPolicy.knownValues());
  }
}

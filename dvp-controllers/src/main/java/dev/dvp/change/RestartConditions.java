package dev.dvp.change;

import dev.dvp.model.Condition;
import dev.dvp.model.ConditionStatus;
import dev.dvp.model.VirtualMachinePhase;
import java.util.ArrayList;
import java.util.List;

/**
 * The two conditions DVP derives from a change set ({@code sync_kvvm.go}, {@code vmcondition/condition.go}):
 * {@code ConfigurationApplied}, stored only when False, and {@code AwaitingRestartToApplyConfiguration}, stored only
 * when True; both are removed in the phases Pending, Starting and Stopped.
 */
final class RestartConditions {
  static final String AWAITING_RESTART = "AwaitingRestartToApplyConfiguration";
  static final String CONFIGURATION_APPLIED = "ConfigurationApplied";
  static final String CHANGES_PENDING_RESTART = "ChangesPendingRestart";
  static final String UNEXPECTED_STATE = "UnexpectedState";
  static final String CONFIGURATION_NOT_APPLIED = "ConfigurationNotApplied";

  static final String WAITING_FOR_RESTART =
      "Waiting for the user to restart in order to apply the configuration changes.";
  static final String CLASS_CHANGED = "VirtualMachineClass.spec has been modified. " + WAITING_FOR_RESTART;
  static final String DEPENDENCIES_NOT_READY = "Waiting for the dependent resources. Be careful restarting the "
      + "virtual machine: the virtual machine cannot be restarted immediately to apply pending configuration changes "
      + "as it is awaiting the availability of dependent resources.";
  static final String UNEXPECTED_STATE_MESSAGE = "Please restart the virtual machine to synchronize its configuration.";

  private RestartConditions() {}

  /** Whether DVP removes both conditions in this phase. */
  static boolean removedIn(VirtualMachinePhase phase) {
    return phase.equals(VirtualMachinePhase.PENDING) || phase.equals(VirtualMachinePhase.STARTING)
        || phase.equals(VirtualMachinePhase.STOPPED);
  }

  static List<Condition> of(List<FieldChange> published, boolean anyChange, ChangeContext context) {
    if (removedIn(context.phase())) {
      return List.of();
    }
    long generation = context.generation();
    List<Condition> out = new ArrayList<>(2);
    boolean classRestart = context.classChanges().stream().anyMatch(c -> c.action() == ChangeAction.RESTART);
    if (!context.dependenciesReady() && (anyChange || !context.classChanges().isEmpty())) {
      out.add(condition(CONFIGURATION_APPLIED, ConditionStatus.FALSE, CONFIGURATION_NOT_APPLIED,
          DEPENDENCIES_NOT_READY, generation));
      return out;
    }
    if (!published.isEmpty()) {
      StringBuilder message = new StringBuilder(WAITING_FOR_RESTART).append(' ');
      boolean first = true;
      for (FieldChange change : published) {
        if (change.restartMessage().isPresent()) {
          if (!first) {
            message.append(' ');
          }
          message.append(change.restartMessage().get());
          first = false;
        }
      }
      out.add(condition(AWAITING_RESTART, ConditionStatus.TRUE, CHANGES_PENDING_RESTART, message.toString(),
          generation));
      out.add(condition(CONFIGURATION_APPLIED, ConditionStatus.FALSE, CONFIGURATION_NOT_APPLIED,
          WAITING_FOR_RESTART, generation));
    } else if (classRestart) {
      out.add(condition(AWAITING_RESTART, ConditionStatus.TRUE, CHANGES_PENDING_RESTART, CLASS_CHANGED, generation));
      out.add(condition(CONFIGURATION_APPLIED, ConditionStatus.FALSE, CONFIGURATION_NOT_APPLIED, CLASS_CHANGED,
          generation));
    } else if (context.internalRestartRequired()) {
      out.add(condition(AWAITING_RESTART, ConditionStatus.TRUE, UNEXPECTED_STATE, UNEXPECTED_STATE_MESSAGE,
          generation));
    }
    return out;
  }

  private static Condition condition(String type, ConditionStatus status, String reason, String message,
      long generation) {
    return Condition.builder().type(type).status(status).reason(reason).message(message)
        .observedGeneration(generation).build();
  }
}

package dev.dvp.change;

import dev.dvp.model.cluster.Edition;
import dev.dvp.model.LabelSelector;
import dev.dvp.model.Toleration;
import dev.dvp.model.VirtualMachineClassSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The VirtualMachineClass changes DVP reacts to ({@code vmchange/vmclass_change.go}): the class's
 * {@code spec.nodeSelector} (labels and expressions) and {@code spec.tolerations}, compared with the class baseline
 * DVP keeps ({@code vmclass.last-applied-spec}). Both take the placement action: a restart in CE, applied in place
 * (with a live migration if the node no longer fits) in EE. Other class changes (CPU model, sizing policies)
 * produce nothing.
 *
 * <p>Class changes are never listed in {@code restartAwaitingChanges}; pass them to
 * {@link ChangeContext#classChanges()}, where a restart one raises {@code AwaitingRestartToApplyConfiguration} with
 * the message "VirtualMachineClass.spec has been modified. ...". Their {@link FieldChange#operation()} is the SDK's
 * (applied → current); DVP compares the two the other way round, which is invisible in its output.
 *
 * <pre>{@code
 * List<FieldChange> classChanges = ClassChanges.between(appliedClass.spec(), vmClass.spec(), Edition.CE);
 * ChangeContext context = ChangeContext.builder().addAllClassChanges(classChanges).build();
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ClassChanges {
  /** The path DVP gives a class nodeSelector change. */
  public static final String NODE_SELECTOR_PATH = "VirtualMachineClass:spec.nodeSelector";
  /** The path DVP gives a class tolerations change. */
  public static final String TOLERATIONS_PATH = "VirtualMachineClass:spec.tolerations";

  private ClassChanges() {}

  /**
   * Compares a class's applied baseline with its present spec.
   *
   * @param applied the class spec DVP last applied to the VM
   * @param current the class's present spec
   * @param edition the DVP edition, which decides the action
   * @return the changes, nodeSelector before tolerations; empty when neither changed
   * @throws IllegalArgumentException if an argument is {@code null}
   */
  public static List<FieldChange> between(VirtualMachineClassSpec applied, VirtualMachineClassSpec current,
      Edition edition) {
    if (applied == null || current == null || edition == null) {
      throw new IllegalArgumentException("ClassChanges.between needs the applied class spec, the present class spec "
          + "and the edition; one of them is null");
    }
    ChangeAction action = edition == Edition.EE ? ChangeAction.APPLY_IMMEDIATE : ChangeAction.RESTART;
    List<FieldChange> out = new ArrayList<>(2);
    LabelSelector before = applied.nodeSelector().filter(s -> !s.isEmpty()).map(ClassChanges::labelsAndExpressions)
        .orElse(null);
    LabelSelector after = current.nodeSelector().filter(s -> !s.isEmpty()).map(ClassChanges::labelsAndExpressions)
        .orElse(null);
    add(out, NODE_SELECTOR_PATH, "spec.nodeSelector", before, after, action);
    List<Toleration> tolerationsBefore = applied.tolerations();
    List<Toleration> tolerationsAfter = current.tolerations();
    add(out, TOLERATIONS_PATH, "spec.tolerations", tolerationsBefore.isEmpty() ? null : tolerationsBefore,
        tolerationsAfter.isEmpty() ? null : tolerationsAfter, action);
    return List.copyOf(out);
  }

  private static LabelSelector labelsAndExpressions(LabelSelector selector) {
    return LabelSelector.builder().putAllMatchLabels(selector.matchLabels())
        .addAllMatchExpressions(selector.matchExpressions()).build();
  }

  private static void add(List<FieldChange> out, String path, String fieldPath, Object before, Object after,
      ChangeAction action) {
    if (before == null && after == null || before != null && before.equals(after)) {
      return;
    }
    ImmutableFieldChange.Builder change = FieldChange.builder().path(path).fieldPath(fieldPath).action(action)
        .operation(before == null ? ChangeOperation.ADD : after == null ? ChangeOperation.REMOVE
            : ChangeOperation.REPLACE);
    if (before != null) {
      change.currentValue(ValueRendering.generic(before));
    }
    if (after != null) {
      change.desiredValue(ValueRendering.generic(after));
    }
    out.add(change.build());
  }
}

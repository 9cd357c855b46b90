package dev.dvp.model;

import dev.dvp.model.schema.SchemaRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The CEL rules of the VirtualMachineOperation CRD on {@code spec}, in the CRD's order, with its messages.
 *
 * <p>The first CRD rule, {@code self == oldSelf} ({@code .spec is immutable}), compares with the stored object and
 * so cannot be checked on one object; admission checks it on UPDATE ({@link #IMMUTABLE}).

 */
final class VirtualMachineOperationSpecRules implements SchemaRule<VirtualMachineOperationSpec> {
  /** The transition rule's message, used by admission on UPDATE. */
  static final String IMMUTABLE = ".spec is immutable";
  static final String START_FORCE = "The `Start` operation cannot be performed forcibly.";
  static final String RESTORE_REQUIRED = "Restore requires restore field.";
  static final String CLONE_REQUIRED = "Clone requires clone field.";
  static final String MIGRATE_ONLY = "spec.migrate can only be set when spec.type is 'Migrate'";

  @Override
  public List<RuleFailure> check(VirtualMachineOperationSpec spec) {
    List<RuleFailure> failures = new ArrayList<>(1);
    VirtualMachineOperationType type = spec.type();
    if (type.equals(VirtualMachineOperationType.START) && spec.forceOrDefault()) {
      failures.add(RuleFailure.of(START_FORCE));
    }
    if (type.equals(VirtualMachineOperationType.RESTORE) && spec.restore().isEmpty()) {
      failures.add(RuleFailure.of(RESTORE_REQUIRED));
    }
    if (type.equals(VirtualMachineOperationType.CLONE) && spec.clone().isEmpty()) {
      failures.add(RuleFailure.of(CLONE_REQUIRED));
    }
    if (spec.migrate().isPresent() && !type.equals(VirtualMachineOperationType.MIGRATE)) {
      failures.add(RuleFailure.of(MIGRATE_ONLY));
    }
    return failures;
  }
}

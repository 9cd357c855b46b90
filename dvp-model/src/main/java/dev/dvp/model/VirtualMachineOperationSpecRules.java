package dev.dvp.model;

import dev.dvp.model.schema.SchemaRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The CEL rules of the VirtualMachineOperation CRD on {@code spec}, in the CRD's order, with its messages.
 *
 * <p>The first CRD rule, {@code self == oldSelf} ({@code .spec is immutable}), compares with the stored object and
 * so cannot be checked on one object; admission checks it on UPDATE ({@link #IMMUTABLE}).
 *
 * <p>{@code spec.clone} is validated from here: {@link StructuralValidator} skips accessors named like
 * {@code Object} methods, {@code clone()} among them, so {@code @Valid} on {@link VirtualMachineOperationSpec#clone()}
 * does not cascade. Its violations are re-reported below {@code clone}, worded as if the cascade had happened.
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
    spec.clone().ifPresent(clone -> failures.addAll(cloneFailures(clone)));
    return failures;
  }

  private static List<RuleFailure> cloneFailures(VirtualMachineOperationClone clone) {
    List<RuleFailure> out = new ArrayList<>(1);
    for (Violation v : StructuralValidator.standard().validate(clone)) {
      String at = v.path().isEmpty() ? "clone" : "clone." + v.path();
      if (v.code().equals("rule")) {
        // "Invalid value: "<type>": <message>"
        String rest = v.message().substring("Invalid value: \"".length());
        int typeEnd = rest.indexOf('"');
        out.add(RuleFailure.cel(at, rest.substring(0, typeEnd), rest.substring(typeEnd + 3)));
      } else {
        out.add(RuleFailure.keyword(at, v.code(), v.message().replace(": " + v.path() + " in body", ": {path} in body")));
      }
    }
    return out;
  }
}

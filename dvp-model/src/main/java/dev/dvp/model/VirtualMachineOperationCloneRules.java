package dev.dvp.model;

import dev.dvp.model.schema.SchemaRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The CEL rules of the VirtualMachineOperation CRD on {@code spec.clone} and its {@code nameReplacement} list.
 * Lengths count Unicode code points, as CEL {@code size()} does.
 */
final class VirtualMachineOperationCloneRules implements SchemaRule<VirtualMachineOperationClone> {
  static final String SOMETHING_TO_RENAME =
      "At least one of customization.namePrefix, customization.nameSuffix, or nameReplacement must be set";
  static final String REPLACEMENT_LENGTH = "Each nameReplacement.to must be between 1 and 59 characters";
  static final int MAX_NAME_PART = 59;

  @Override
  public List<RuleFailure> check(VirtualMachineOperationClone clone) {
    List<RuleFailure> failures = new ArrayList<>(1);
    boolean customized = clone.customization()
        .map(c -> c.namePrefix().map(p -> !p.isEmpty()).orElse(false)
            || c.nameSuffix().map(s -> !s.isEmpty()).orElse(false))
        .orElse(false);
    if (!customized && clone.nameReplacement().isEmpty()) {
      failures.add(RuleFailure.of(SOMETHING_TO_RENAME));
    }
    boolean allFit = clone.nameReplacement().stream().allMatch(r -> lengthBetween1And59(r.to()));
    if (!allFit) {
      failures.add(RuleFailure.cel("nameReplacement", "array", REPLACEMENT_LENGTH));
    }
    return failures;
  }

  static boolean lengthBetween1And59(String text) {
    int size = text.codePointCount(0, text.length());
    return size >= 1 && size <= MAX_NAME_PART;
  }
}

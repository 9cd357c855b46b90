package dev.dvp.model;

import dev.dvp.model.schema.SchemaRule;
import java.util.ArrayList;
import java.util.List;

/** The CEL rules of the VirtualMachineOperation CRD on {@code spec.clone.customization}. */
final class VirtualMachineOperationCloneCustomizationRules
    implements SchemaRule<VirtualMachineOperationCloneCustomization> {
  static final String PREFIX_LENGTH = "namePrefix length must be between 1 and 59 characters if set";
  static final String SUFFIX_LENGTH = "nameSuffix length must be between 1 and 59 characters if set";

  @Override
  public List<RuleFailure> check(VirtualMachineOperationCloneCustomization customization) {
    List<RuleFailure> failures = new ArrayList<>(1);
    if (customization.namePrefix().isPresent()
        && !VirtualMachineOperationCloneRules.lengthBetween1And59(customization.namePrefix().get())) {
      failures.add(RuleFailure.of(PREFIX_LENGTH));
    }
    if (customization.nameSuffix().isPresent()
        && !VirtualMachineOperationCloneRules.lengthBetween1And59(customization.nameSuffix().get())) {
      failures.add(RuleFailure.of(SUFFIX_LENGTH));
    }
    return failures;
  }
}

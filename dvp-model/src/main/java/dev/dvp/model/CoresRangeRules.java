package dev.dvp.model;

import dev.dvp.model.schema.SchemaRule;
import java.util.ArrayList;
import java.util.List;

/** The CEL rules of the VirtualMachineClass CRD on {@code spec.sizingPolicies[].cores}. */
final class CoresRangeRules implements SchemaRule<CoresRange> {
  static final String MAX_ABOVE_MIN = "The maximum must be greater than the minimum";
  static final String MAX_ABOVE_STEP = "The maximum must be greater than the step";

  @Override
  public List<RuleFailure> check(CoresRange cores) {
    List<RuleFailure> failures = new ArrayList<>(1);
    if (!(cores.max() > cores.min())) {
      failures.add(RuleFailure.of(MAX_ABOVE_MIN));
    }
    if (cores.step().isPresent() && !(cores.max() > cores.step().get())) {
      failures.add(RuleFailure.of(MAX_ABOVE_STEP));
    }
    return failures;
  }
}

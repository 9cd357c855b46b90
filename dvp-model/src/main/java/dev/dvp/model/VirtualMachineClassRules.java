package dev.dvp.model;

import dev.dvp.model.schema.SchemaRule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The parts of the VirtualMachineClass schema that differ between the served versions: the type and range of
 * {@code coreFractions[]} and the form of {@code defaultCoreFraction}. {@code v1alpha2} wants integers 1..100 and
 * an int-or-string default that is 1..100 or {@code Auto}; {@code v1alpha3} wants {@code "N%"} strings.
 */
final class VirtualMachineClassRules implements SchemaRule<VirtualMachineClass> {
  static final String DEFAULT_V1ALPHA2 = "The default core fraction must be a number from 1 to 100, or 'Auto'.";
  static final String PERCENT = "^(100|[1-9][0-9]?)%$";
  static final String AUTO_OR_PERCENT = "^(Auto|(100|[1-9][0-9]?)%)$";
  private static final Pattern PERCENT_PATTERN = Pattern.compile(PERCENT);
  private static final Pattern AUTO_OR_PERCENT_PATTERN = Pattern.compile(AUTO_OR_PERCENT);

  @Override
  public List<RuleFailure> check(VirtualMachineClass vmClass) {
    boolean v1alpha3 = VirtualMachineClass.API_VERSION_V1ALPHA3.equals(vmClass.apiVersion());
    List<RuleFailure> failures = new ArrayList<>(0);
    List<SizingPolicy> policies = vmClass.spec().sizingPolicies();
    for (int i = 0; i < policies.size(); i++) {
      String at = "spec.sizingPolicies[" + i + "]";
      SizingPolicy policy = policies.get(i);
      List<IntOrString> fractions = policy.coreFractions();
      for (int j = 0; j < fractions.size(); j++) {
        checkFraction(fractions.get(j), at + ".coreFractions[" + j + "]", v1alpha3, failures);
      }
      policy.defaultCoreFraction().ifPresent(d -> checkDefault(d, at + ".defaultCoreFraction", v1alpha3, failures));
    }
    return failures;
  }

  private static void checkFraction(IntOrString f, String at, boolean v1alpha3, List<RuleFailure> failures) {
    if (v1alpha3) {
      if (f.isInt()) {
        failures.add(typeError(at, f, "string"));
      } else if (!PERCENT_PATTERN.matcher(f.toString()).find()) {
        failures.add(patternError(at, f, PERCENT));
      }
      return;
    }
    if (!f.isInt()) {
      failures.add(typeError(at, f, "integer"));
    } else if (f.intValue().getAsInt() < 1) {
      failures.add(RuleFailure.keyword(at, "minimum",
          "Invalid value: " + f + ": {path} in body should be greater than or equal to 1"));
    } else if (f.intValue().getAsInt() > 100) {
      failures.add(RuleFailure.keyword(at, "maximum",
          "Invalid value: " + f + ": {path} in body should be less than or equal to 100"));
    }
  }

  private static void checkDefault(IntOrString d, String at, boolean v1alpha3, List<RuleFailure> failures) {
    if (v1alpha3) {
      if (d.isInt()) {
        failures.add(typeError(at, d, "string"));
      } else if (!AUTO_OR_PERCENT_PATTERN.matcher(d.toString()).find()) {
        failures.add(patternError(at, d, AUTO_OR_PERCENT));
      }
      return;
    }
    if (!d.isInt() && d.toString().codePointCount(0, d.toString().length()) > 4) {
      failures.add(RuleFailure.keyword(at, "maxLength", "Too long: may not be more than 4 bytes"));
    }
    boolean valid = d.isInt()
        ? d.intValue().getAsInt() >= 1 && d.intValue().getAsInt() <= 100
        : d.toString().equals("Auto");
    if (!valid) {
      failures.add(RuleFailure.cel(at, d.isInt() ? "integer" : "string", DEFAULT_V1ALPHA2));
    }
  }

  private static RuleFailure typeError(String at, IntOrString value, String expected) {
    String actual = value.isInt() ? "integer" : "string";
    return RuleFailure.keyword(at, "type", "Invalid value: \"" + actual + "\": {path} in body must be of type "
        + expected + ": \"" + actual + "\"");
  }

  private static RuleFailure patternError(String at, IntOrString value, String pattern) {
    return RuleFailure.keyword(at, "pattern", "Invalid value: " + StructuralValidator.quote(value.toString())
        + ": {path} in body should match '" + pattern + "'");
  }
}

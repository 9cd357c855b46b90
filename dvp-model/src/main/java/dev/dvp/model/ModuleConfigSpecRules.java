package dev.dvp.model;

import dev.dvp.model.schema.SchemaRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The schema of the settings DVP's rules read, from the virtualization module's {@code config-values}:
 * {@code virtualMachineCIDRs} and {@code featureGates} are arrays of strings, {@code virtualMachineCIDRs} with at
 * least one item. Worded as the API server words structural schema errors.
 */
final class ModuleConfigSpecRules implements SchemaRule<ModuleConfigSpec> {
  @Override
  public List<RuleFailure> check(ModuleConfigSpec spec) {
    List<RuleFailure> failures = new ArrayList<>(1);
    checkStrings(spec, ModuleConfigSpec.VIRTUAL_MACHINE_CIDRS, 1, failures);
    checkStrings(spec, ModuleConfigSpec.FEATURE_GATES, 0, failures);
    return failures;
  }

  private static void checkStrings(ModuleConfigSpec spec, String key, int minItems, List<RuleFailure> failures) {
    if (!spec.settings().containsKey(key)) {
      return;
    }
    String path = "settings." + key;
    Object value = spec.settings().get(key);
    if (!(value instanceof List)) {
      failures.add(RuleFailure.keyword(path, "type", "Invalid value: \"" + jsonType(value) + "\": {path} in body must"
          + " be of type array: \"" + jsonType(value) + "\""));
      return;
    }
    List<?> items = (List<?>) value;
    if (items.size() < minItems) {
      failures.add(RuleFailure.keyword(path, "minItems", "Invalid value: " + items.size() + ": {path} in body should"
          + " have at least " + minItems + " items"));
    }
    for (int i = 0; i < items.size(); i++) {
      Object item = items.get(i);
      if (!(item instanceof String)) {
        failures.add(RuleFailure.keyword(path + "[" + i + "]", "type", "Invalid value: \"" + jsonType(item)
            + "\": {path} in body must be of type string: \"" + jsonType(item) + "\""));
      }
    }
  }

  private static String jsonType(Object value) {
    if (value instanceof String) {
      return "string";
    }
    if (value instanceof Boolean) {
      return "boolean";
    }
    if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
      return "integer";
    }
    if (value instanceof Number) {
      return "number";
    }
    if (value instanceof Map) {
      return "object";
    }
    if (value instanceof List) {
      return "array";
    }
    return "null";
  }
}

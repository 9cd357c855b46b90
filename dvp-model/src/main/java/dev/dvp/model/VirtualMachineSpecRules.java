package dev.dvp.model;

import dev.dvp.model.schema.SchemaRule;
import java.util.ArrayList;
import java.util.List;

/** The CEL rules of the VirtualMachine CRD on {@code spec}, in the CRD's order, with its messages. */
final class VirtualMachineSpecRules implements SchemaRule<VirtualMachineSpec> {
  static final String CORE_FRACTION = "Core fraction must be 'Auto' or a percentage between 1% and 100%.";
  static final String LEGACY_BIOS = "The Legacy osType requires the BIOS bootloader.";
  static final String LEGACY_PROVISIONING =
      "The Legacy osType does not support provisioning: such operating systems have no cloud-init or Sysprep"
          + " support.";
  static final String LEGACY_BLOCK_DEVICES =
      "The Legacy osType with enableParavirtualization=false supports at most 4 block devices.";

  @Override
  public List<RuleFailure> check(VirtualMachineSpec spec) {
    List<RuleFailure> failures = new ArrayList<>(1);
    if (!coreFractionValid(spec.cpu().coreFraction().orElse(null))) {
      failures.add(RuleFailure.of(CORE_FRACTION));
    }
    boolean legacy = spec.osType().map(OsType.LEGACY::equals).orElse(false);
    if (legacy) {
      if (spec.bootloader().isPresent() && !spec.bootloader().get().equals(Bootloader.BIOS)) {
        failures.add(RuleFailure.of(LEGACY_BIOS));
      }
      if (spec.provisioning().isPresent()) {
        failures.add(RuleFailure.of(LEGACY_PROVISIONING));
      }
      if (spec.enableParavirtualization().isPresent()
          && !spec.enableParavirtualization().get()
          && spec.blockDeviceRefs().size() > 4) {
        failures.add(RuleFailure.of(LEGACY_BLOCK_DEVICES));
      }
    }
    return failures;
  }

  // CEL: !has(coreFraction) || == 'Auto' || (endsWith('%') && 1 <= int(replace('%','')) <= 100).
  // CEL's int() of a non-number is an evaluation error, which the API server reports as the rule failing.
  static boolean coreFractionValid(String coreFraction) {
    if (coreFraction == null || coreFraction.equals("Auto")) {
      return true;
    }
    if (!coreFraction.endsWith("%")) {
      return false;
    }
    String digits = coreFraction.replace("%", "");
    try {
      long percent = Long.parseLong(digits);
      return percent >= 1 && percent <= 100;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}

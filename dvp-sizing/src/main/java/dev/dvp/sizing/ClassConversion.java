package dev.dvp.sizing;

import dev.dvp.model.GoQuote;

import dev.dvp.model.CoreFraction;

import dev.dvp.model.IntOrString;
import dev.dvp.model.SizingPolicy;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.model.Violation;
import java.util.Objects;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Converts a VirtualMachineClass between its served versions as DVP's conversion webhook does
 * ({@code api/core/v1alpha3/virtual_machine_class_conversion.go}):
 * {@code v1alpha3}'s {@code "N%"} core fractions become {@code v1alpha2} integers and back; everything else is
 * copied unchanged, in order. Failures are violations at the failing field with DVP's text, so
 * {@link Violation#toString()} reads exactly like DVP's error
 * ({@code spec.sizingPolicies[0].coreFractions[1]: coreFraction must be a percentage ...}).
 *
 * <pre>{@code
 * ClassConversion.Result r = ClassConversion.toV1alpha2(v3Class);
 * r.converted().orElseThrow();   // coreFractions [5, 10, 20], defaultCoreFraction 10 or "Auto"
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ClassConversion {
  private static final Pattern V3_FRACTION = Pattern.compile("^([1-9]|[1-9][0-9]|100)%$");
  /** The code of a conversion failure. */
  public static final String CODE = "conversion";

  private ClassConversion() {}

  /**
   * The outcome of a conversion.
   *
   * @param converted the class in the target version; empty when a value could not be converted
   * @param errors the values that could not be converted, in policy and item order
   */
  public record Result(Optional<VirtualMachineClass> converted, List<Violation> errors) {
    /**
     * Checks the record.
     *
     * @throws NullPointerException when an argument is null
     */
    public Result {
      Objects.requireNonNull(converted, "converted");
      Objects.requireNonNull(errors, "errors");
      errors = List.copyOf(errors);
    }

    /** @return whether the conversion succeeded */
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  /**
   * Converts to {@code v1alpha2} (the storage version): {@code "N%"} → N, {@code Auto} stays. A class already in
   * {@code v1alpha2} is returned unchanged.
   *
   * @param vmClass the class
   * @return the result
   */
  public static Result toV1alpha2(VirtualMachineClass vmClass) {
    if (!VirtualMachineClass.API_VERSION_V1ALPHA3.equals(vmClass.apiVersion())) {
      return new Result(Optional.of(vmClass), List.of());
    }
    List<Violation> errors = new ArrayList<>();
    List<SizingPolicy> policies = new ArrayList<>();
    List<SizingPolicy> source = vmClass.spec().sizingPolicies();
    for (int i = 0; i < source.size(); i++) {
      SizingPolicy p = source.get(i);
      String at = "spec.sizingPolicies[" + i + "]";
      List<IntOrString> fractions = new ArrayList<>(p.coreFractions().size());
      for (int j = 0; j < p.coreFractions().size(); j++) {
        String text = p.coreFractions().get(j).toString();
        if (!p.coreFractions().get(j).isInt() && V3_FRACTION.matcher(text).matches()) {
          fractions.add(IntOrString.of(Integer.parseInt(text.substring(0, text.length() - 1))));
        } else {
          errors.add(Violation.error(at + ".coreFractions[" + j + "]", CODE, "coreFraction must be a percentage "
              + "between 1% and 100% (e.g., 5%, 10%, 50%), got " + GoQuote.quote(text)));
        }
      }
      SizingPolicy converted = p.withCoreFractions(fractions);
      if (p.defaultCoreFraction().isPresent()) {
        IntOrString d = p.defaultCoreFraction().get();
        String text = d.toString();
        if (!d.isInt() && CoreFraction.isAuto(text)) {
          converted = converted.withDefaultCoreFraction(d);
        } else if (!d.isInt() && V3_FRACTION.matcher(text).matches()) {
          converted = converted.withDefaultCoreFraction(
              IntOrString.of(Integer.parseInt(text.substring(0, text.length() - 1))));
        } else {
          errors.add(Violation.error(at + ".defaultCoreFraction", CODE, "value must be a percentage between 1% and "
              + "100% (e.g., 5%, 10%, 50%) or \"Auto\", got " + GoQuote.quote(text)));
        }
      }
      policies.add(converted);
    }
    if (!errors.isEmpty()) {
      return new Result(Optional.empty(), errors);
    }
    return new Result(Optional.of(vmClass.withApiVersion(VirtualMachineClass.API_VERSION)
        .withSpec(vmClass.spec().withSizingPolicies(policies))), List.of());
  }

  /**
   * Converts to {@code v1alpha3}: N → {@code "N%"} (list items are not range-checked, as in DVP); an integer
   * default must be 1..100 and a string default exactly {@code Auto}. A class already in {@code v1alpha3} is
   * returned unchanged.
   *
   * @param vmClass the class
   * @return the result
   */
  public static Result toV1alpha3(VirtualMachineClass vmClass) {
    if (VirtualMachineClass.API_VERSION_V1ALPHA3.equals(vmClass.apiVersion())) {
      return new Result(Optional.of(vmClass), List.of());
    }
    List<Violation> errors = new ArrayList<>();
    List<SizingPolicy> policies = new ArrayList<>();
    List<SizingPolicy> source = vmClass.spec().sizingPolicies();
    for (int i = 0; i < source.size(); i++) {
      SizingPolicy p = source.get(i);
      List<IntOrString> fractions = new ArrayList<>(p.coreFractions().size());
      for (IntOrString f : p.coreFractions()) {
        fractions.add(f.isInt() ? IntOrString.of(f + "%") : f);
      }
      SizingPolicy converted = p.withCoreFractions(fractions);
      if (p.defaultCoreFraction().isPresent()) {
        IntOrString d = p.defaultCoreFraction().get();
        String at = "spec.sizingPolicies[" + i + "].defaultCoreFraction";
        if (d.isInt()) {
          int n = d.intValue().getAsInt();
          if (n >= 1 && n <= 100) {
            converted = converted.withDefaultCoreFraction(IntOrString.of(n + "%"));
          } else {
            errors.add(Violation.error(at, CODE, "value must be between 1 and 100, got " + n));
          }
        } else if (!CoreFraction.isAuto(d.toString())) {
          errors.add(Violation.error(at, CODE, "the only allowed string value is \"Auto\", got "
              + GoQuote.quote(d.toString())));
        }
      }
      policies.add(converted);
    }
    if (!errors.isEmpty()) {
      return new Result(Optional.empty(), errors);
    }
    return new Result(Optional.of(vmClass.withApiVersion(VirtualMachineClass.API_VERSION_V1ALPHA3)
        .withSpec(vmClass.spec().withSizingPolicies(policies))), List.of());
  }
}

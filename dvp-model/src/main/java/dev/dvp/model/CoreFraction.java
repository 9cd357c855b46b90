package dev.dvp.model;

import java.util.OptionalInt;

/**
 * The forms a core fraction takes in DVP ({@code api/core/v1alpha2/virtual_machine.go},
 * {@code api/core/v1alpha3/virtual_machine_class.go}) and how DVP reads them: a VM's {@code "N%"} (1–100, no
 * leading zero) or {@code Auto}; a class's integers ({@code v1alpha2}) or {@code "N%"} strings ({@code v1alpha3}).
 *
 * <pre>{@code
 * CoreFraction.percent("20%");                       // OptionalInt[20]
 * CoreFraction.percent("Auto");                      // empty
 * CoreFraction.percentOf(IntOrString.of(50));        // OptionalInt[50]
 * CoreFraction.percentOf(IntOrString.of("50%"));     // OptionalInt[50]
 * }</pre>
 *
 * <p>The one reader of core fractions in the SDK: dvp-sizing (policies, defaulting, requests) and dvp-controllers
 * (spec changes, QoS, controller upgrades) both call it.
 *
 * <p>Stateless and thread-safe.
 */
public final class CoreFraction {
  /** The automatic core fraction (Enterprise Edition). */
  public static final String AUTO = "Auto";

  private CoreFraction() {}

  /**
   * Reads a VM core fraction as the VM schema allows it: {@code "1%"} to {@code "100%"} without leading zeros.
   *
   * @param text e.g. {@code "20%"}
   * @return the percentage, or empty for {@code Auto} and anything else
   */
  public static OptionalInt percent(String text) {
    int p = parsePercent(text);
    return p < 0 ? OptionalInt.empty() : OptionalInt.of(p);
  }

  /**
   * Tells whether a text is {@code Auto} (exactly; {@code auto} is not).
   *
   * @param text a core fraction
   * @return whether it is {@link #AUTO}
   */
  public static boolean isAuto(String text) {
    return AUTO.equals(text);
  }

  /**
   * Reads a class core fraction in either served form: an integer 1–100 ({@code v1alpha2}) or a {@code "N%"}
   * string ({@code v1alpha3}).
   *
   * @param value a {@code coreFractions[]} item or a numeric {@code defaultCoreFraction}
   * @return the percentage, or empty when the value is neither form (e.g. {@code Auto}, {@code 0}, {@code "05%"})
   */
  public static OptionalInt percentOf(IntOrString value) {
    int p = classPercent(value);
    return p < 0 ? OptionalInt.empty() : OptionalInt.of(p);
  }

  /**
   * Writes a percentage as a VM core fraction.
   *
   * @param percent 1 to 100
   * @return e.g. {@code "20%"}
   * @throws IllegalArgumentException when {@code percent} is outside 1..100
   */
  public static String format(int percent) {
    if (percent < 1 || percent > 100) {
      throw new IllegalArgumentException("a core fraction is a percentage from 1 to 100; got " + percent);
    }
    return percent + "%";
  }

  /**
   * The CPU request of a VM's launcher pod in millicores ({@code images/virtualization-artifact/pkg/controller/kvbuilder/kvvm.go
   * GetCPURequest}): cores × 1000 × percent ÷ 100, or the whole cores when that is 0 (percent 0 stands for an empty
   * or unreadable fraction, which DVP requests as whole cores).
   *
   * <pre>{@code
   * CoreFraction.requestMillis(2, 25);   // 500
   * CoreFraction.requestMillis(2, 0);    // 2000
   * }</pre>
   *
   * @param cores the cores ({@code spec.cpu.cores}); a negative count is read as 0
   * @param percent the coreFraction, 1..100, or 0 for whole cores
   * @return the millicores
   */
  public static long requestMillis(int cores, int percent) {
    long millis = Math.max(0, (long) cores) * 10L * percent;
    return millis == 0 ? Math.max(0, (long) cores) * 1000L : millis;
  }

  /**
   * Tells whether a launcher pod with this VM core fraction is of QoS class Guaranteed: empty or exactly
   * {@code 100%}; anything else (a lower percentage, {@code Auto}, an unreadable text) is Burstable.
   *
   * @param text {@code spec.cpu.coreFraction}, empty when unset
   * @return whether requests equal limits
   */
  public static boolean guaranteed(String text) {
    return text.isEmpty() || parsePercent(text) == 100;
  }

  /** The percentage of a VM text, or -1. */
  static int parsePercent(String text) {
    int n = text.length();
    if (n < 2 || n > 4 || text.charAt(n - 1) != '%' || text.charAt(0) == '0') {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < n - 1; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value <= 100 ? value : -1;
  }

  /** The percentage of a class value in either version, or -1. */
  static int classPercent(IntOrString value) {
    if (value.isInt()) {
      int v = value.intValue().getAsInt();
      return v >= 1 && v <= 100 ? v : -1;
    }
    return parsePercent(value.toString());
  }
}

package dev.dvp.sizing;

import dev.dvp.model.IntOrString;
import java.util.List;
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

  /**
   * The class's fractions as DVP lists them in messages: each as {@code N%}, in stored order. Integers get a
   * {@code %}; strings are shown as written (they already end in {@code %}).
   */
  static String listed(List<IntOrString> fractions, String separator) {
    StringBuilder b = new StringBuilder();
    for (IntOrString f : fractions) {
      if (b.length() > 0) {
        b.append(separator);
      }
      b.append(f.isInt() ? f + "%" : f.toString());
    }
    return b.toString();
  }

  /**
   * Go's {@code strconv.Atoi}: optional sign, decimal digits, leading zeros allowed, within int64 (DVP runs 64-bit).
   *
   * @return the number, or empty when the text is not one
   */
  static java.util.OptionalLong goAtoi(String s) {
    int i = 0;
    int n = s.length();
    boolean negative = false;
    if (n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      negative = s.charAt(0) == '-';
      i = 1;
    }
    if (i >= n) {
      return java.util.OptionalLong.empty();
    }
    long value = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return java.util.OptionalLong.empty();
      }
      if (value > (Long.MAX_VALUE - (c - '0')) / 10) {
        return java.util.OptionalLong.empty();
      }
      value = value * 10 + (c - '0');
    }
    return java.util.OptionalLong.of(negative ? -value : value);
  }

  /** Go's {@code %q} for the plain strings DVP quotes. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format("\\x%02x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}

package dev.dvp.cli;

import dev.dvp.model.Quantity;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the sizes, rates and durations of {@code dvp migrate}: Kubernetes quantities ({@code 2Gi}, {@code 640Mi}),
 * plain bytes, the spelled-out units {@code MiB}/{@code GiB}/{@code MB}/{@code GB}, an optional {@code /s} on rates,
 * and durations like {@code 300ms}, {@code 5s}, {@code 2m}.
 */
final class MigrateUnits {

  private static final Pattern SPELLED = Pattern.compile("^([0-9.eE+-]+)\\s*([KMGTPE]i?B|kB)$");
  private static final Pattern DURATION = Pattern.compile("^([0-9]+(?:\\.[0-9]+)?)\\s*(ms|s|m|h)$");

  private MigrateUnits() {}

  /** Bytes of a size such as {@code 2Gi}, {@code 2GiB} or {@code 2147483648}. */
  static long bytes(String option, String text) {
    String t = text.trim();
    Matcher m = SPELLED.matcher(t);
    if (m.matches()) {
      String unit = m.group(2);
      t = m.group(1) + (unit.equals("kB") ? "k" : unit.substring(0, unit.length() - 1));
    }
    try {
      long v = Quantity.parse(t).value();
      if (v < 0) {
        throw new IllegalArgumentException(option + ": must not be negative, got " + text);
      }
      return v;
    } catch (IllegalArgumentException | ArithmeticException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(option)) {
        throw e;
      }
      throw new IllegalArgumentException(option + ": \"" + text + "\" is not a size. Maybe 2Gi, 512MiB or 67108864?");
    }
  }

  /** Bytes per second of a rate such as {@code 64MiB/s}, {@code 640Mi} or {@code 117e6}. */
  static long rate(String option, String text) {
    String t = text.trim();
    if (t.endsWith("/s")) {
      t = t.substring(0, t.length() - 2);
    }
    try {
      return bytes(option, t);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": \"" + text + "\" is not a rate. Maybe 64MiB/s, 640Mi or "
          + "117000000 (bytes per second)?");
    }
  }

  /** A duration such as {@code 300ms}, {@code 5s}, {@code 2m}. */
  static Duration duration(String option, String text) {
    Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(option + ": \"" + text + "\" is not a duration. Maybe 300ms or 5s?");
    }
    double v = Double.parseDouble(m.group(1));
    double nanos = switch (m.group(2)) {
      case "ms" -> v * 1e6;
      case "s" -> v * 1e9;
      case "m" -> v * 60e9;
      default -> v * 3600e9;
    };
    return Duration.ofNanos(Math.round(nanos));
  }
}

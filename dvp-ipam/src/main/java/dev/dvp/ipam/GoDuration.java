package dev.dvp.ipam;

import dev.dvp.model.GoQuote;
import java.math.BigDecimal;
import java.time.Duration;

/** Go's {@code time.ParseDuration} for the retention setting: {@code 10m}, {@code 1h30m}, {@code 1.5h}. Stateless. */
final class GoDuration {
  private GoDuration() {}

  static Duration parse(String text) {
    String s = text;
    boolean negative = false;
    if (s.startsWith("-") || s.startsWith("+")) {
      negative = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return Duration.ZERO;
    }
    if (s.isEmpty()) {
      throw invalid(text);
    }
    BigDecimal nanos = BigDecimal.ZERO;
    int i = 0;
    while (i < s.length()) {
      int start = i;
      while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
        i++;
      }
      String number = s.substring(start, i);
      int unitStart = i;
      while (i < s.length() && !Character.isDigit(s.charAt(i)) && s.charAt(i) != '.') {
        i++;
      }
      String unit = s.substring(unitStart, i);
      if (number.isEmpty() || number.equals(".") || number.chars().filter(c -> c == '.').count() > 1) {
        throw invalid(text);
      }
      if (unit.isEmpty()) {
        throw new IllegalArgumentException("parse retention duration: time: missing unit in duration "
            + GoQuote.quote(text));
      }
      long scale = switch (unit) {
        case "ns" -> 1L;
        case "us", "µs", "μs" -> 1_000L;
        case "ms" -> 1_000_000L;
        case "s" -> 1_000_000_000L;
        case "m" -> 60_000_000_000L;
        case "h" -> 3_600_000_000_000L;
        default -> throw new IllegalArgumentException("parse retention duration: time: unknown unit "
            + GoQuote.quote(unit) + " in duration " + GoQuote.quote(text));
      };
      nanos = nanos.add(new BigDecimal(number).multiply(BigDecimal.valueOf(scale)));
    }
    Duration d = Duration.ofNanos(nanos.longValue());
    return negative ? d.negated() : d;
  }

  private static IllegalArgumentException invalid(String text) {
    return new IllegalArgumentException("parse retention duration: time: invalid duration " + GoQuote.quote(text));
  }
}

package dev.dvp.ipam;

import java.util.List;
import java.util.Map;

/** Go's {@code %v} of a value decoded from JSON ({@code interface{}}), for messages that print one. Stateless. */
final class GoValue {
  private GoValue() {}

  static String format(Object value) {
    if (value == null) {
      return "<nil>";
    }
    if (value instanceof Map<?, ?> map) {
      StringBuilder out = new StringBuilder("map[");
      map.entrySet().stream().sorted((a, b) -> a.getKey().toString().compareTo(b.getKey().toString()))
          .forEach(e -> out.append(out.length() > 4 ? " " : "").append(e.getKey()).append(':')
              .append(format(e.getValue())));
      return out.append(']').toString();
    }
    if (value instanceof List<?> list) {
      StringBuilder out = new StringBuilder("[");
      for (Object item : list) {
        out.append(out.length() > 1 ? " " : "").append(format(item));
      }
      return out.append(']').toString();
    }
    if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e21) {
      return Long.toString(d.longValue());
    }
    return value.toString();
  }
}

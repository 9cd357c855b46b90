package dev.dvp.model;

import java.util.Objects;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The declared members of one {@link OpenEnum} type and the lookup from wire text. */
final class OpenEnumMembers<E extends OpenEnum<E>> {
  private final Map<String, E> byValue = new LinkedHashMap<>();
  private final Function<String, E> unknown;
  private final List<E> known;

  @SafeVarargs
  OpenEnumMembers(Function<String, E> unknown, E... members) {
    this.unknown = unknown;
    for (E member : members) {
      byValue.put(member.value(), member);
    }
    this.known = List.of(members);
  }

  E of(String value) {
    Objects.requireNonNull(value, "value");
    E member = byValue.get(value);
    return member != null ? member : unknown.apply(value);
  }

  List<E> known() {
    return known;
  }
}

package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A node taint ({@code spec.taints[]} of a Node).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTaint.class)
@JsonDeserialize(as = ImmutableTaint.class)
@JsonPropertyOrder({"key", "value", "effect", "timeAdded"})
public interface Taint extends WithTaint {
  /** @return the taint key */
  String key();

  /** @return the taint value */
  Optional<String> value();

  /** @return {@code NoSchedule}, {@code PreferNoSchedule} or {@code NoExecute} */
  TaintEffect effect();

  /** @return when a {@code NoExecute} taint was added (RFC 3339) */
  Optional<String> timeAdded();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableTaint.Builder builder() {
    return ImmutableTaint.builder();
  }

  /**
   * Returns a taint.
   *
   * @param key the key
   * @param value the value, may be empty
   * @param effect the effect
   * @return the taint
   */
  static Taint of(String key, String value, TaintEffect effect) {
    ImmutableTaint.Builder b = builder().key(key).effect(effect);
    if (!value.isEmpty()) {
      b.value(value);
    }
    return b.build();
  }
}

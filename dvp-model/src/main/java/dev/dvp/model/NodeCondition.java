package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A node condition ({@code status.conditions[]} of a {@link Node}). Unlike {@link Condition} it has a
 * {@code lastHeartbeatTime} and no {@code observedGeneration}; times are RFC 3339 text.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNodeCondition.class)
@JsonDeserialize(as = ImmutableNodeCondition.class)
@JsonPropertyOrder({"type", "status", "lastHeartbeatTime", "lastTransitionTime", "reason", "message"})
public interface NodeCondition extends WithNodeCondition {
  /** @return the condition type, e.g. {@code Ready} */
  String type();

  /** @return {@code True}, {@code False} or {@code Unknown} */
  ConditionStatus status();

  /** @return when the kubelet last reported the condition */
  Optional<String> lastHeartbeatTime();

  /** @return when the status last changed */
  Optional<String> lastTransitionTime();

  /** @return the machine-readable reason, e.g. {@code KubeletReady} */
  Optional<String> reason();

  /** @return the human-readable message */
  Optional<String> message();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableNodeCondition.Builder builder() {
    return ImmutableNodeCondition.builder();
  }
}

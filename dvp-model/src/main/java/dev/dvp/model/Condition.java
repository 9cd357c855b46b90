package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.KnownValue;
import dev.dvp.model.schema.MaxLength;
import dev.dvp.model.schema.Minimum;
import dev.dvp.model.schema.MinLength;
import dev.dvp.model.schema.Pattern;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A status condition ({@code status.conditions[]}, Kubernetes {@code metav1.Condition}): a type, a status, and the
 * reason and message of its last transition.
 *
 * <p>The CRDs require every field but {@code observedGeneration}; the model keeps {@code lastTransitionTime},
 * {@code reason} and {@code message} as plain strings (empty when a manifest omits them) so that conditions the SDK
 * computes need no clock. Immutable and thread-safe.
 *
 * <pre>{@code
 * Condition c = Condition.of("SizingPolicyMatched", ConditionStatus.FALSE, "SizingPolicyNotMatched", "...");
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCondition.class)
@JsonDeserialize(as = ImmutableCondition.class)
@JsonPropertyOrder({"type", "status", "reason", "message", "lastTransitionTime", "observedGeneration"})
public interface Condition extends WithCondition {
  /** @return the condition type, e.g. {@code Running} */
  @MaxLength(316)
  @Pattern("^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$")
  String type();

  /** @return {@code True}, {@code False} or {@code Unknown} */
  @KnownValue
  ConditionStatus status();

  /** @return the machine-readable reason of the last transition, e.g. {@code SizingPolicyNotMatched} */
  @Value.Default
  @MinLength(1)
  @MaxLength(1024)
  @Pattern("^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$")
  default String reason() {
    return "";
  }

  /** @return the human-readable message of the last transition */
  @Value.Default
  @MaxLength(32768)
  default String message() {
    return "";
  }

  /** @return the RFC 3339 time of the last status change; empty text when not known */
  @Value.Default
  default String lastTransitionTime() {
    return "";
  }

  /** @return the {@code metadata.generation} the condition was computed from */
  Optional<@Minimum(0) Long> observedGeneration();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableCondition.Builder builder() {
    return ImmutableCondition.builder();
  }

  /**
   * Returns a condition without a transition time or generation.
   *
   * @param type the condition type
   * @param status its status
   * @param reason the reason
   * @param message the message
   * @return the condition
   */
  static Condition of(String type, ConditionStatus status, String reason, String message) {
    return builder().type(type).status(status).reason(reason).message(message).build();
  }
}

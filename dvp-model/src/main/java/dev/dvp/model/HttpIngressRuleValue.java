package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The HTTP paths of an {@link IngressRule} ({@code spec.rules[].http}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHttpIngressRuleValue.class)
@JsonDeserialize(as = ImmutableHttpIngressRuleValue.class)
@JsonPropertyOrder({"paths"})
public interface HttpIngressRuleValue extends WithHttpIngressRuleValue {
  /** @return the paths; at least one */
  List<@Valid HttpIngressPath> paths();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableHttpIngressRuleValue.Builder builder() {
    return ImmutableHttpIngressRuleValue.builder();
  }
}

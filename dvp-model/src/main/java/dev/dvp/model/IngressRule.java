package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A host rule of an {@link Ingress} ({@code spec.rules[]}); no host matches every host.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIngressRule.class)
@JsonDeserialize(as = ImmutableIngressRule.class)
@JsonPropertyOrder({"host", "http"})
public interface IngressRule extends WithIngressRule {
  /** @return the host, exact or a one-label wildcard such as {@code *.example.com} */
  Optional<String> host();

  /** @return the HTTP paths */
  Optional<@Valid HttpIngressRuleValue> http();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableIngressRule.Builder builder() {
    return ImmutableIngressRule.builder();
  }
}

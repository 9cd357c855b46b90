package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.Rules;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The desired state of an {@link Ingress} ({@code spec}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIngressSpec.class)
@JsonDeserialize(as = ImmutableIngressSpec.class)
@JsonPropertyOrder({"ingressClassName", "defaultBackend", "tls", "rules"})
@Rules(IngressSpecRules.class)
public interface IngressSpec extends WithIngressSpec {
  /** @return the IngressClass that implements the Ingress */
  Optional<String> ingressClassName();

  /** @return where requests that match no rule go */
  Optional<@Valid IngressBackend> defaultBackend();

  /** @return the TLS settings */
  List<@Valid IngressTls> tls();

  /** @return the host rules */
  List<@Valid IngressRule> rules();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableIngressSpec.Builder builder() {
    return ImmutableIngressSpec.builder();
  }
}

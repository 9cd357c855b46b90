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
 * The observed state of an {@link Ingress} ({@code status}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIngressStatus.class)
@JsonDeserialize(as = ImmutableIngressStatus.class)
@JsonPropertyOrder({"loadBalancer"})
public interface IngressStatus extends WithIngressStatus {
  /** @return the addresses of the Ingress controller's load balancer */
  Optional<@Valid LoadBalancerStatus> loadBalancer();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableIngressStatus.Builder builder() {
    return ImmutableIngressStatus.builder();
  }
}

package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry point of a load balancer ({@code status.loadBalancer.ingress[]}). {@code ipMode} exists for Services only.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLoadBalancerIngress.class)
@JsonDeserialize(as = ImmutableLoadBalancerIngress.class)
@JsonPropertyOrder({"ip", "hostname", "ipMode", "ports"})
public interface LoadBalancerIngress extends WithLoadBalancerIngress {
  /** @return the IP address */
  Optional<String> ip();

  /** @return the DNS name */
  Optional<String> hostname();

  /** @return {@code VIP} or {@code Proxy} (Services only) */
  Optional<String> ipMode();

  /** @return the state of each port */
  List<@Valid PortStatus> ports();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableLoadBalancerIngress.Builder builder() {
    return ImmutableLoadBalancerIngress.builder();
  }
}

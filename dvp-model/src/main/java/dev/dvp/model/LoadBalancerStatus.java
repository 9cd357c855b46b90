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
 * The addresses of a load balancer ({@code status.loadBalancer} of a {@link Service} or an {@link Ingress}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLoadBalancerStatus.class)
@JsonDeserialize(as = ImmutableLoadBalancerStatus.class)
@JsonPropertyOrder({"ingress"})
public interface LoadBalancerStatus extends WithLoadBalancerStatus {
  /** @return the load balancer's entry points */
  List<@Valid LoadBalancerIngress> ingress();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableLoadBalancerStatus.Builder builder() {
    return ImmutableLoadBalancerStatus.builder();
  }
}

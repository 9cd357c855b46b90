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
 * The observed state of a {@link Service} ({@code status}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceStatus.class)
@JsonDeserialize(as = ImmutableServiceStatus.class)
@JsonPropertyOrder({"loadBalancer", "conditions"})
public interface ServiceStatus extends WithServiceStatus {
  /** @return the load balancer's addresses */
  Optional<@Valid LoadBalancerStatus> loadBalancer();

  /** @return the Service's conditions */
  List<@Valid Condition> conditions();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableServiceStatus.Builder builder() {
    return ImmutableServiceStatus.builder();
  }
}

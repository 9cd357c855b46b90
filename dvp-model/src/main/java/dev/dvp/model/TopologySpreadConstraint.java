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
 * A topology spread constraint ({@code spec.topologySpreadConstraints[]}), as for pods.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTopologySpreadConstraint.class)
@JsonDeserialize(as = ImmutableTopologySpreadConstraint.class)
@JsonPropertyOrder({"labelSelector", "maxSkew", "topologyKey", "whenUnsatisfiable"})
public interface TopologySpreadConstraint extends WithTopologySpreadConstraint {
  /** @return the VMs and pods counted */
  Optional<@Valid LabelSelector> labelSelector();

  /** @return the largest allowed difference in count between topology domains */
  int maxSkew();

  /** @return the node label that defines the domains */
  String topologyKey();

  /** @return {@code DoNotSchedule} or {@code ScheduleAnyway} */
  WhenUnsatisfiable whenUnsatisfiable();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableTopologySpreadConstraint.Builder builder() {
    return ImmutableTopologySpreadConstraint.builder();
  }
}

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
 * How a {@code Discovery} CPU finds its nodes ({@code spec.cpu.discovery}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCpuDiscovery.class)
@JsonDeserialize(as = ImmutableCpuDiscovery.class)
@JsonPropertyOrder({"nodeSelector"})
public interface CpuDiscovery extends WithCpuDiscovery {
  /** @return the nodes whose common CPU features are used */
  Optional<@Valid LabelSelector> nodeSelector();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableCpuDiscovery.Builder builder() {
    return ImmutableCpuDiscovery.builder();
  }
}

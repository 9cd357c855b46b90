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
 * The CPU the VM uses ({@code status.resources.cpu}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCpuResources.class)
@JsonDeserialize(as = ImmutableCpuResources.class)
@JsonPropertyOrder({"cores", "coreFraction", "requestedCores", "runtimeOverhead", "topology"})
public interface CpuResources extends WithCpuResources {
  /** @return the number of cores */
  int cores();

  /** @return the core fraction in effect */
  Optional<String> coreFraction();

  /** @return the CPU requested from the scheduler */
  Optional<Quantity> requestedCores();

  /** @return the CPU the runtime needs on top */
  Optional<Quantity> runtimeOverhead();

  /** @return the CPU topology */
  Optional<@Valid CpuTopologyStatus> topology();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableCpuResources.Builder builder() {
    return ImmutableCpuResources.builder();
  }
}

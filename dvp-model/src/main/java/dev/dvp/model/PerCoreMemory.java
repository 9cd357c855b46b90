package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Bounds on memory per core.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePerCoreMemory.class)
@JsonDeserialize(as = ImmutablePerCoreMemory.class)
@JsonPropertyOrder({"min", "max"})
public interface PerCoreMemory extends WithPerCoreMemory {
  /** @return the smallest memory per core */
  Optional<Quantity> min();

  /** @return the largest memory per core */
  Optional<Quantity> max();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutablePerCoreMemory.Builder builder() {
    return ImmutablePerCoreMemory.builder();
  }
}

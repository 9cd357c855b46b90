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
 * The memory bounds of a {@link SizingPolicy}.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMemoryPolicy.class)
@JsonDeserialize(as = ImmutableMemoryPolicy.class)
@JsonPropertyOrder({"min", "max", "step", "perCore"})
public interface MemoryPolicy extends WithMemoryPolicy {
  /** @return the smallest memory size */
  Optional<Quantity> min();

  /** @return the largest memory size */
  Optional<Quantity> max();

  /** @return the step between allowed sizes, from {@code min} */
  Optional<Quantity> step();

  /** @return bounds on memory per core */
  Optional<@Valid PerCoreMemory> perCore();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableMemoryPolicy.Builder builder() {
    return ImmutableMemoryPolicy.builder();
  }
}

package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The memory the VM uses ({@code status.resources.memory}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMemoryResources.class)
@JsonDeserialize(as = ImmutableMemoryResources.class)
@JsonPropertyOrder({"size", "runtimeOverhead"})
public interface MemoryResources extends WithMemoryResources {
  /** @return the memory size */
  Quantity size();

  /** @return the memory the runtime needs on top */
  Optional<Quantity> runtimeOverhead();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableMemoryResources.Builder builder() {
    return ImmutableMemoryResources.builder();
  }
}

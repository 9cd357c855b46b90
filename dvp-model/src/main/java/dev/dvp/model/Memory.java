package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The memory settings of a VM ({@code spec.memory}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMemory.class)
@JsonDeserialize(as = ImmutableMemory.class)
@JsonPropertyOrder({"size"})
public interface Memory extends WithMemory {
  /** @return the amount of RAM, e.g. {@code 1Gi} */
  Quantity size();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableMemory.Builder builder() {
    return ImmutableMemory.builder();
  }

  /**
   * Returns memory settings.
   *
   * @param size the amount of RAM
   * @return the settings
   */
  static Memory of(Quantity size) {
    return builder().size(size).build();
  }
}

package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The discovered sizes of an image ({@code status.size}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImageSize.class)
@JsonDeserialize(as = ImmutableImageSize.class)
@JsonPropertyOrder({"stored", "storedBytes", "unpacked", "unpackedBytes"})
public interface ImageSize extends WithImageSize {
  /** @return the stored size, human-readable, e.g. {@code 199M} */
  Optional<String> stored();

  /** @return the stored size in bytes */
  Optional<String> storedBytes();

  /** @return the unpacked size, human-readable, e.g. {@code 1G} */
  Optional<String> unpacked();

  /** @return the unpacked size in bytes */
  Optional<String> unpackedBytes();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableImageSize.Builder builder() {
    return ImmutableImageSize.builder();
  }
}

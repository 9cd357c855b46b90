package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The download speed of an image or disk source ({@code status.downloadSpeed}); only during {@code Provisioning}.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDownloadSpeed.class)
@JsonDeserialize(as = ImmutableDownloadSpeed.class)
@JsonPropertyOrder({"avg", "avgBytes", "current", "currentBytes"})
public interface DownloadSpeed extends WithDownloadSpeed {
  /** @return the average, human-readable, e.g. {@code 1 Mbps} */
  Optional<String> avg();

  /** @return the average in bytes per second */
  Optional<String> avgBytes();

  /** @return the current speed, human-readable */
  Optional<String> current();

  /** @return the current speed in bytes per second */
  Optional<String> currentBytes();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableDownloadSpeed.Builder builder() {
    return ImmutableDownloadSpeed.builder();
  }
}

package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to upload data into an image or disk with {@code type: Upload} ({@code status.imageUploadURLs}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImageUploadUrls.class)
@JsonDeserialize(as = ImmutableImageUploadUrls.class)
@JsonPropertyOrder({"external", "inCluster"})
public interface ImageUploadUrls extends WithImageUploadUrls {
  /** @return the command to upload through the Ingress, from outside the cluster */
  Optional<String> external();

  /** @return the command to upload through the Service, inside the cluster */
  Optional<String> inCluster();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableImageUploadUrls.Builder builder() {
    return ImmutableImageUploadUrls.builder();
  }
}

package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The registry credentials of a {@link ContainerImageDataSource} ({@code containerImage.imagePullSecret}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImagePullSecret.class)
@JsonDeserialize(as = ImmutableImagePullSecret.class)
@JsonPropertyOrder({"name"})
public interface ImagePullSecret extends WithImagePullSecret {
  /** @return the Secret's name, in the same namespace */
  Optional<String> name();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableImagePullSecret.Builder builder() {
    return ImmutableImagePullSecret.builder();
  }
}

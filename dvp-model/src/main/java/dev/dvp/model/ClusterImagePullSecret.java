package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The registry credentials of a {@link ClusterVirtualImage} source ({@code containerImage.imagePullSecret}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClusterImagePullSecret.class)
@JsonDeserialize(as = ImmutableClusterImagePullSecret.class)
@JsonPropertyOrder({"name", "namespace"})
public interface ClusterImagePullSecret extends WithClusterImagePullSecret {
  /** @return the Secret's name */
  Optional<String> name();

  /** @return the Secret's namespace */
  Optional<String> namespace();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableClusterImagePullSecret.Builder builder() {
    return ImmutableClusterImagePullSecret.builder();
  }
}

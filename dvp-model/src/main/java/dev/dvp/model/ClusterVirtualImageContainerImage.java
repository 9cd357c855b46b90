package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.Rules;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A registry image a {@link ClusterVirtualImage} is filled from ({@code spec.dataSource.containerImage}); the pull
 * Secret may live in any namespace.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClusterVirtualImageContainerImage.class)
@JsonDeserialize(as = ImmutableClusterVirtualImageContainerImage.class)
@JsonPropertyOrder({"caBundle", "image", "imagePullSecret"})
@Rules(ContainerImageRules.class)
public interface ClusterVirtualImageContainerImage extends WithClusterVirtualImageContainerImage {
  /** @return the CA chain, Base64, to verify the registry */
  Optional<String> caBundle();

  /** @return the image reference, e.g. {@code registry.example.com/images/slackware:15} */
  String image();

  /** @return the Secret with registry credentials */
  Optional<@Valid ClusterImagePullSecret> imagePullSecret();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableClusterVirtualImageContainerImage.Builder builder() {
    return ImmutableClusterVirtualImageContainerImage.builder();
  }

  /**
   * Returns a source without a CA bundle or pull Secret.
   *
   * @param image the image reference
   * @return the source
   */
  static ClusterVirtualImageContainerImage of(String image) {
    return builder().image(image).build();
  }
}

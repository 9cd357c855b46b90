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
 * A registry image a {@link VirtualDisk} or {@link VirtualImage} is filled from ({@code spec.dataSource.containerImage});
 * only registries with TLS are supported.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContainerImageDataSource.class)
@JsonDeserialize(as = ImmutableContainerImageDataSource.class)
@JsonPropertyOrder({"caBundle", "image", "imagePullSecret"})
@Rules(ContainerImageRules.class)
public interface ContainerImageDataSource extends WithContainerImageDataSource {
  /** @return the CA chain, Base64, to verify the registry */
  Optional<String> caBundle();

  /** @return the image reference, e.g. {@code registry.example.com/images/slackware:15} */
  String image();

  /** @return the Secret with registry credentials, in the same namespace */
  Optional<@Valid ImagePullSecret> imagePullSecret();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableContainerImageDataSource.Builder builder() {
    return ImmutableContainerImageDataSource.builder();
  }

  /**
   * Returns a source without a CA bundle or pull Secret.
   *
   * @param image the image reference
   * @return the source
   */
  static ContainerImageDataSource of(String image) {
    return builder().image(image).build();
  }
}

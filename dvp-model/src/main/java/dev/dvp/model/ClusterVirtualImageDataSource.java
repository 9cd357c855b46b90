package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.KnownValue;
import dev.dvp.model.schema.Rules;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a {@link ClusterVirtualImage}'s data comes from ({@code spec.dataSource}); unlike the namespaced kinds,
 * {@code type} is required and references carry namespaces.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClusterVirtualImageDataSource.class)
@JsonDeserialize(as = ImmutableClusterVirtualImageDataSource.class)
@JsonPropertyOrder({"containerImage", "http", "objectRef", "type", "upload"})
@Rules(DataSourceRules.class)
public interface ClusterVirtualImageDataSource extends WithClusterVirtualImageDataSource {
  /** @return the registry image, for {@code type: ContainerImage} */
  Optional<@Valid ClusterVirtualImageContainerImage> containerImage();

  /** @return the URL, for {@code type: HTTP} */
  Optional<@Valid HttpDataSource> http();

  /** @return the existing image, disk or snapshot, for {@code type: ObjectRef} */
  Optional<@Valid ClusterVirtualImageObjectRef> objectRef();

  /** @return the kind of source */
  @KnownValue
  DataSourceType type();

  /** @return the upload checksums, for {@code type: Upload} */
  Optional<@Valid UploadDataSource> upload();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableClusterVirtualImageDataSource.Builder builder() {
    return ImmutableClusterVirtualImageDataSource.builder();
  }
}

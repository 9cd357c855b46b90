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
 * Where a {@link VirtualDisk}'s data comes from ({@code spec.dataSource}).
 * <p>The CRD does not require {@code type}; its CEL rules read it all the same, so a data source without a type fails
 * each of the four rules with the API server's {@code no such key: type} evaluation error.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualDiskDataSource.class)
@JsonDeserialize(as = ImmutableVirtualDiskDataSource.class)
@JsonPropertyOrder({"containerImage", "http", "objectRef", "type", "upload"})
@Rules(DataSourceRules.class)
public interface VirtualDiskDataSource extends WithVirtualDiskDataSource {
  /** @return the registry image, for {@code type: ContainerImage} */
  Optional<@Valid ContainerImageDataSource> containerImage();

  /** @return the URL, for {@code type: HTTP} */
  Optional<@Valid HttpDataSource> http();

  /** @return the existing image or snapshot, for {@code type: ObjectRef} */
  Optional<@Valid VirtualDiskObjectRef> objectRef();

  /** @return the kind of source */
  Optional<@KnownValue DataSourceType> type();

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
  static ImmutableVirtualDiskDataSource.Builder builder() {
    return ImmutableVirtualDiskDataSource.builder();
  }
}

package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.KnownValue;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The desired state of a {@link VirtualImage} ({@code spec}); immutable once created.
 * <p>{@code storage} is required by the CRD but defaulted before validation, so it may be absent here;
 * {@link #storageOrDefault()} gives the value DVP uses.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualImageSpec.class)
@JsonDeserialize(as = ImmutableVirtualImageSpec.class)
@JsonPropertyOrder({"dataSource", "persistentVolumeClaim", "storage"})
public interface VirtualImageSpec extends WithVirtualImageSpec {
  /** @return where the image's data comes from */
  @Valid VirtualImageDataSource dataSource();

  /** @return the PVC settings, for PVC storage */
  Optional<@Valid VirtualImagePersistentVolumeClaim> persistentVolumeClaim();

  /** @return where the image is kept */
  Optional<@KnownValue VirtualImageStorage> storage();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualImageSpec.Builder builder() {
    return ImmutableVirtualImageSpec.builder();
  }

  /** @return {@link #storage()}, or the CRD default {@code ContainerRegistry} */
  @JsonIgnore
  default VirtualImageStorage storageOrDefault() {
    return storage().orElse(VirtualImageStorage.CONTAINER_REGISTRY);
  }
}

package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The PVC settings of a {@link VirtualImage} with PVC storage ({@code spec.persistentVolumeClaim}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualImagePersistentVolumeClaim.class)
@JsonDeserialize(as = ImmutableVirtualImagePersistentVolumeClaim.class)
@JsonPropertyOrder({"storageClassName"})
public interface VirtualImagePersistentVolumeClaim extends WithVirtualImagePersistentVolumeClaim {
  /** @return the StorageClass; the default StorageClass when absent */
  Optional<String> storageClassName();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualImagePersistentVolumeClaim.Builder builder() {
    return ImmutableVirtualImagePersistentVolumeClaim.builder();
  }
}

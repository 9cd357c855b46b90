package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The PVC settings of a {@link VirtualDisk} ({@code spec.persistentVolumeClaim}); only {@code size} and
 * {@code storageClassName} may change after creation.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualDiskPersistentVolumeClaim.class)
@JsonDeserialize(as = ImmutableVirtualDiskPersistentVolumeClaim.class)
@JsonPropertyOrder({"size", "storageClassName"})
public interface VirtualDiskPersistentVolumeClaim extends WithVirtualDiskPersistentVolumeClaim {
  /** @return the PVC size; DVP derives it from the unpacked source image when absent */
  Optional<Quantity> size();

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
  static ImmutableVirtualDiskPersistentVolumeClaim.Builder builder() {
    return ImmutableVirtualDiskPersistentVolumeClaim.builder();
  }
}

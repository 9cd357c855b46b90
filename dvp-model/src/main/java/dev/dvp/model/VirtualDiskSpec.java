package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The desired state of a {@link VirtualDisk} ({@code spec}). Without a data source the disk is blank and needs
 * {@code persistentVolumeClaim.size}.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualDiskSpec.class)
@JsonDeserialize(as = ImmutableVirtualDiskSpec.class)
@JsonPropertyOrder({"dataSource", "persistentVolumeClaim"})
public interface VirtualDiskSpec extends WithVirtualDiskSpec {
  /** @return where the disk's data comes from; absent for a blank disk */
  Optional<@Valid VirtualDiskDataSource> dataSource();

  /** @return the PVC settings (size, StorageClass) */
  Optional<@Valid VirtualDiskPersistentVolumeClaim> persistentVolumeClaim();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualDiskSpec.Builder builder() {
    return ImmutableVirtualDiskSpec.builder();
  }
}

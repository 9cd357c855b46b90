package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.KnownValue;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The observed state of a {@link VirtualDisk} ({@code status}), set by DVP.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualDiskStatus.class)
@JsonDeserialize(as = ImmutableVirtualDiskStatus.class)
@JsonPropertyOrder({"attachedToVirtualMachines", "capacity", "conditions", "downloadSpeed", "imageUploadURLs", "migrationState", "observedGeneration", "phase", "progress", "sourceUID", "stats", "storageClassName", "target", "uploadCommand"})
public interface VirtualDiskStatus extends WithVirtualDiskStatus {
  /** @return the VMs that use the disk */
  List<@Valid AttachedVirtualMachine> attachedToVirtualMachines();

  /** @return the requested PVC capacity in human-readable form, e.g. {@code 50G} */
  Optional<String> capacity();

  /** @return the latest observations ({@code DatasourceReady}, {@code Ready}, {@code InUse}, ...) */
  List<@Valid Condition> conditions();

  /** @return the download speed; only while {@code Provisioning} */
  Optional<@Valid DownloadSpeed> downloadSpeed();

  /** @return the upload commands, for {@code type: Upload} */
  Optional<@Valid ImageUploadUrls> imageUploadURLs();

  /** @return the last volume migration */
  Optional<@Valid VirtualDiskMigrationState> migrationState();

  /** @return the generation last processed by the controller */
  Optional<Long> observedGeneration();

  /** @return the phase */
  Optional<@KnownValue VirtualDiskPhase> phase();

  /** @return the copy progress, e.g. {@code 45%}; only while {@code Provisioning} */
  Optional<String> progress();

  /** @return the UID of the source resource */
  Optional<String> sourceUID();

  /** @return creation timings */
  Optional<@Valid VirtualDiskStats> stats();

  /** @return the StorageClass of the PVC */
  Optional<String> storageClassName();

  /** @return the created PVC */
  Optional<@Valid VirtualDiskTarget> target();

  /** @return deprecated; use {@code imageUploadURLs} */
  Optional<String> uploadCommand();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualDiskStatus.Builder builder() {
    return ImmutableVirtualDiskStatus.builder();
  }
}

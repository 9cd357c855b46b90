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
 * The observed state of a {@link VirtualImage} ({@code status}), set by DVP.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualImageStatus.class)
@JsonDeserialize(as = ImmutableVirtualImageStatus.class)
@JsonPropertyOrder({"cdrom", "conditions", "downloadSpeed", "format", "imageUploadURLs", "observedGeneration", "phase", "progress", "size", "sourceUID", "storageClassName", "target", "uploadCommand"})
public interface VirtualImageStatus extends WithVirtualImageStatus {
  /** @return whether the image is mounted as a CD-ROM (ISO images) */
  Optional<Boolean> cdrom();

  /** @return the latest observations ({@code DatasourceReady}, {@code Ready}, ...) */
  List<@Valid Condition> conditions();

  /** @return the download speed; only while {@code Provisioning} */
  Optional<@Valid DownloadSpeed> downloadSpeed();

  /** @return the discovered image format, e.g. {@code qcow2} or {@code iso} */
  Optional<String> format();

  /** @return the upload commands, for {@code type: Upload} */
  Optional<@Valid ImageUploadUrls> imageUploadURLs();

  /** @return the generation last processed by the controller */
  Optional<Long> observedGeneration();

  /** @return the phase */
  Optional<@KnownValue VirtualImagePhase> phase();

  /** @return the copy progress */
  Optional<String> progress();

  /** @return the discovered sizes */
  Optional<@Valid ImageSize> size();

  /** @return the UID of the source resource */
  Optional<String> sourceUID();

  /** @return the StorageClass of the PVC, for PVC storage */
  Optional<String> storageClassName();

  /** @return where the image was stored */
  Optional<@Valid VirtualImageTarget> target();

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
  static ImmutableVirtualImageStatus.Builder builder() {
    return ImmutableVirtualImageStatus.builder();
  }
}

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
 * The observed state of a {@link ClusterVirtualImage} ({@code status}), set by DVP.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClusterVirtualImageStatus.class)
@JsonDeserialize(as = ImmutableClusterVirtualImageStatus.class)
@JsonPropertyOrder({"cdrom", "conditions", "downloadSpeed", "format", "imageUploadURLs", "observedGeneration", "phase", "progress", "size", "sourceUID", "target", "uploadCommand", "usedInNamespaces"})
public interface ClusterVirtualImageStatus extends WithClusterVirtualImageStatus {
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
  Optional<@KnownValue ClusterVirtualImagePhase> phase();

  /** @return the copy progress; only while {@code Provisioning} */
  Optional<String> progress();

  /** @return the discovered sizes */
  Optional<@Valid ImageSize> size();

  /** @return the UID of the source resource */
  Optional<String> sourceUID();

  /** @return where the image was stored */
  Optional<@Valid ClusterVirtualImageTarget> target();

  /** @return deprecated; use {@code imageUploadURLs} */
  Optional<String> uploadCommand();

  /** @return the namespaces that currently use the image */
  List<String> usedInNamespaces();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableClusterVirtualImageStatus.Builder builder() {
    return ImmutableClusterVirtualImageStatus.builder();
  }
}

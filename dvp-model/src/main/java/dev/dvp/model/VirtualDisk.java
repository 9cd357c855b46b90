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
 * A DVP virtual disk ({@code VirtualDisk}, {@code virtualization.deckhouse.io/v1alpha2}): a PVC-backed disk, blank or
 * filled from an image, a registry, a URL or an upload.
 * <pre>{@code
 * VirtualDisk disk = VirtualDisk.builder()
 *     .metadata(ObjectMeta.named("linux-disk"))
 *     .spec(VirtualDiskSpec.builder()
 *         .dataSource(VirtualDiskDataSource.builder()
 *             .type(DataSourceType.OBJECT_REF)
 *             .objectRef(VirtualDiskObjectRef.of(VirtualDiskObjectRefKind.VIRTUAL_IMAGE, "ubuntu"))
 *             .build())
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualDisk.class)
@JsonDeserialize(as = ImmutableVirtualDisk.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
public interface VirtualDisk extends Resource, WithVirtualDisk {
  /** The {@code apiVersion} this type reads and writes by default. */
  String API_VERSION = "virtualization.deckhouse.io/v1alpha2";

  /** The {@code kind}. */
  String KIND = "VirtualDisk";

  @Override
  @Value.Default
  default String apiVersion() {
    return API_VERSION;
  }

  @Override
  @Value.Default
  default String kind() {
    return KIND;
  }

  /** @return the desired state */
  @Valid VirtualDiskSpec spec();

  /** @return the observed state, set by DVP */
  Optional<@Valid VirtualDiskStatus> status();

  @Override
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualDisk.Builder builder() {
    return ImmutableVirtualDisk.builder();
  }
}

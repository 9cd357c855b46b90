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
 * A DVP virtual image ({@code VirtualImage}, {@code virtualization.deckhouse.io/v1alpha2}): a namespaced disk image
 * or ISO kept in DVCR or a PVC, a source for disks and a read-only block device for VMs.
 * <pre>{@code
 * VirtualImage image = VirtualImage.builder()
 *     .metadata(ObjectMeta.named("ubuntu"))
 *     .spec(VirtualImageSpec.builder()
 *         .storage(VirtualImageStorage.CONTAINER_REGISTRY)
 *         .dataSource(VirtualImageDataSource.builder()
 *             .type(DataSourceType.HTTP)
 *             .http(HttpDataSource.of("https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img"))
 *             .build())
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualImage.class)
@JsonDeserialize(as = ImmutableVirtualImage.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
public interface VirtualImage extends Resource, WithVirtualImage {
  /** The {@code apiVersion} this type reads and writes by default. */
  String API_VERSION = "virtualization.deckhouse.io/v1alpha2";

  /** The {@code kind}. */
  String KIND = "VirtualImage";

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
  @Valid VirtualImageSpec spec();

  /** @return the observed state, set by DVP */
  Optional<@Valid VirtualImageStatus> status();

  @Override
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualImage.Builder builder() {
    return ImmutableVirtualImage.builder();
  }
}

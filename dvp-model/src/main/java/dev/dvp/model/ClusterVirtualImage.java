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
 * A DVP cluster-wide virtual image ({@code ClusterVirtualImage}, {@code virtualization.deckhouse.io/v1alpha2}), kept
 * in DVCR and usable from every namespace.
 * <pre>{@code
 * ClusterVirtualImage image = ClusterVirtualImage.builder()
 *     .metadata(ObjectMeta.named("ubuntu-22-04"))
 *     .spec(ClusterVirtualImageSpec.of(ClusterVirtualImageDataSource.builder()
 *         .type(DataSourceType.HTTP)
 *         .http(HttpDataSource.of("https://cloud-images.ubuntu.com/jammy/current/jammy-server-cloudimg-amd64.img"))
 *         .build()))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClusterVirtualImage.class)
@JsonDeserialize(as = ImmutableClusterVirtualImage.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
public interface ClusterVirtualImage extends Resource, WithClusterVirtualImage {
  /** The {@code apiVersion} this type reads and writes by default. */
  String API_VERSION = "virtualization.deckhouse.io/v1alpha2";

  /** The {@code kind}. */
  String KIND = "ClusterVirtualImage";

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
  @Valid ClusterVirtualImageSpec spec();

  /** @return the observed state, set by DVP */
  Optional<@Valid ClusterVirtualImageStatus> status();

  @Override
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableClusterVirtualImage.Builder builder() {
    return ImmutableClusterVirtualImage.builder();
  }
}

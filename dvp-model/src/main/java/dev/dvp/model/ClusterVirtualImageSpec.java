package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The desired state of a {@link ClusterVirtualImage} ({@code spec}); DVP refuses spec changes once it is ready.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClusterVirtualImageSpec.class)
@JsonDeserialize(as = ImmutableClusterVirtualImageSpec.class)
@JsonPropertyOrder({"dataSource"})
public interface ClusterVirtualImageSpec extends WithClusterVirtualImageSpec {
  /** @return where the image's data comes from */
  @Valid ClusterVirtualImageDataSource dataSource();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableClusterVirtualImageSpec.Builder builder() {
    return ImmutableClusterVirtualImageSpec.builder();
  }

  /**
   * Returns a spec with this data source.
   *
   * @param dataSource the source
   * @return the spec
   */
  static ClusterVirtualImageSpec of(ClusterVirtualImageDataSource dataSource) {
    return builder().dataSource(dataSource).build();
  }
}

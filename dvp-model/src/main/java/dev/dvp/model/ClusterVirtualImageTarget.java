package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where DVP stored a {@link ClusterVirtualImage} ({@code status.target}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClusterVirtualImageTarget.class)
@JsonDeserialize(as = ImmutableClusterVirtualImageTarget.class)
@JsonPropertyOrder({"registryURL"})
public interface ClusterVirtualImageTarget extends WithClusterVirtualImageTarget {
  /** @return the image in DVCR, e.g. {@code dvcr.<ns>.svc/cvi/<name>:latest} */
  Optional<String> registryURL();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableClusterVirtualImageTarget.Builder builder() {
    return ImmutableClusterVirtualImageTarget.builder();
  }
}

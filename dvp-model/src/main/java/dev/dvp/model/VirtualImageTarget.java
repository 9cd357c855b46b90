package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where DVP stored a {@link VirtualImage} ({@code status.target}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualImageTarget.class)
@JsonDeserialize(as = ImmutableVirtualImageTarget.class)
@JsonPropertyOrder({"persistentVolumeClaimName", "registryURL"})
public interface VirtualImageTarget extends WithVirtualImageTarget {
  /** @return the PVC, for PVC storage */
  Optional<String> persistentVolumeClaimName();

  /** @return the image in DVCR, e.g. {@code dvcr.<ns>.svc/vi/<namespace>/<name>:latest} */
  Optional<String> registryURL();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualImageTarget.Builder builder() {
    return ImmutableVirtualImageTarget.builder();
  }
}

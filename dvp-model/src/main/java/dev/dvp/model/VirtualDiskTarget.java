package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The PVC DVP created for a {@link VirtualDisk} ({@code status.target}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualDiskTarget.class)
@JsonDeserialize(as = ImmutableVirtualDiskTarget.class)
@JsonPropertyOrder({"persistentVolumeClaimName"})
public interface VirtualDiskTarget extends WithVirtualDiskTarget {
  /** @return the PVC's name */
  Optional<String> persistentVolumeClaimName();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualDiskTarget.Builder builder() {
    return ImmutableVirtualDiskTarget.builder();
  }
}

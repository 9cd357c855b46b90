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
 * Statistics of a {@link VirtualDisk} ({@code status.stats}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualDiskStats.class)
@JsonDeserialize(as = ImmutableVirtualDiskStats.class)
@JsonPropertyOrder({"creationDuration"})
public interface VirtualDiskStats extends WithVirtualDiskStats {
  /** @return how long creating the disk took */
  Optional<@Valid VirtualDiskCreationDuration> creationDuration();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualDiskStats.Builder builder() {
    return ImmutableVirtualDiskStats.builder();
  }
}

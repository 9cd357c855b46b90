package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How long creating a {@link VirtualDisk} took ({@code status.stats.creationDuration}), as Go duration strings.
 * <p>The CRD marks each field nullable; a JSON {@code null} reads as absent and is not written back.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualDiskCreationDuration.class)
@JsonDeserialize(as = ImmutableVirtualDiskCreationDuration.class)
@JsonPropertyOrder({"dvcrProvisioning", "totalProvisioning", "waitingForDependencies", "waitingForFirstConsumer"})
public interface VirtualDiskCreationDuration extends WithVirtualDiskCreationDuration {
  /** @return loading into DVCR */
  Optional<String> dvcrProvisioning();

  /** @return from dependencies ready to {@code Ready} */
  Optional<String> totalProvisioning();

  /** @return waiting for dependent resources */
  Optional<String> waitingForDependencies();

  /** @return in the {@code WaitForFirstConsumer} phase */
  Optional<String> waitingForFirstConsumer();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualDiskCreationDuration.Builder builder() {
    return ImmutableVirtualDiskCreationDuration.builder();
  }
}

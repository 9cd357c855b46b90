package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.KnownValue;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The last volume migration of a {@link VirtualDisk} ({@code status.migrationState}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualDiskMigrationState.class)
@JsonDeserialize(as = ImmutableVirtualDiskMigrationState.class)
@JsonPropertyOrder({"endTimestamp", "message", "result", "sourcePVC", "startTimestamp", "targetPVC"})
public interface VirtualDiskMigrationState extends WithVirtualDiskMigrationState {
  /** @return when it ended, RFC 3339 */
  Optional<String> endTimestamp();

  /** @return a human-readable message */
  Optional<String> message();

  /** @return {@code Succeeded} or {@code Failed} */
  Optional<@KnownValue VirtualDiskMigrationResult> result();

  /** @return the source PVC's name */
  Optional<String> sourcePVC();

  /** @return when it started, RFC 3339 */
  Optional<String> startTimestamp();

  /** @return the target PVC's name */
  Optional<String> targetPVC();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualDiskMigrationState.Builder builder() {
    return ImmutableVirtualDiskMigrationState.builder();
  }
}

package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.KnownValue;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Details of a VM's live migration ({@code status.migrationState}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMigrationState.class)
@JsonDeserialize(as = ImmutableMigrationState.class)
@JsonPropertyOrder({"startTimestamp", "endTimestamp", "source", "target", "result"})
public interface MigrationState extends WithMigrationState {
  /** @return when the migration started (RFC 3339) */
  Optional<String> startTimestamp();

  /** @return when it ended (RFC 3339) */
  Optional<String> endTimestamp();

  /** @return where the VM ran */
  Optional<@Valid MigrationEndpoint> source();

  /** @return where the VM moves to */
  Optional<@Valid MigrationEndpoint> target();

  /** @return {@code Succeeded} or {@code Failed}; empty while running */
  Optional<@KnownValue MigrationResult> result();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableMigrationState.Builder builder() {
    return ImmutableMigrationState.builder();
  }
}

package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The node and pod at one end of a migration.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMigrationEndpoint.class)
@JsonDeserialize(as = ImmutableMigrationEndpoint.class)
@JsonPropertyOrder({"node", "pod"})
public interface MigrationEndpoint extends WithMigrationEndpoint {
  /** @return the node */
  Optional<String> node();

  /** @return the pod */
  Optional<String> pod();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableMigrationEndpoint.Builder builder() {
    return ImmutableMigrationEndpoint.builder();
  }
}

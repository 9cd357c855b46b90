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
 * How changes that need a restart are applied ({@code spec.disruptions}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDisruptions.class)
@JsonDeserialize(as = ImmutableDisruptions.class)
@JsonPropertyOrder({"restartApprovalMode"})
public interface Disruptions extends WithDisruptions {
  /** @return {@code Manual} (the default) or {@code Automatic} */
  Optional<@KnownValue RestartApprovalMode> restartApprovalMode();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableDisruptions.Builder builder() {
    return ImmutableDisruptions.builder();
  }
}

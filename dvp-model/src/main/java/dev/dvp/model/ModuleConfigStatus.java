package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What Deckhouse reports about a {@link ModuleConfig} ({@code status}), as the {@code moduleconfigs.deckhouse.io}
 * CRD defines it ({@code deckhouse/deckhouse deckhouse-controller/crds/module-config.yaml}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableModuleConfigStatus.class)
@JsonDeserialize(as = ImmutableModuleConfigStatus.class)
@JsonPropertyOrder({"version", "message"})
public interface ModuleConfigStatus extends WithModuleConfigStatus {
  /** @return the version of the settings' schema in use */
  Optional<String> version();

  /** @return additional information, e.g. why the settings are not applied */
  Optional<String> message();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableModuleConfigStatus.Builder builder() {
    return ImmutableModuleConfigStatus.builder();
  }
}

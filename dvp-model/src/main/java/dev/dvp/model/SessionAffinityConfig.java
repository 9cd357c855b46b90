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
 * The settings of a {@link Service}'s session affinity ({@code spec.sessionAffinityConfig}), as
 * {@code k8s.io/api core/v1 SessionAffinityConfig} defines them.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 *
 * <pre>{@code
 * SessionAffinityConfig config = SessionAffinityConfig.builder().clientIP(ClientIpConfig.of(600)).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSessionAffinityConfig.class)
@JsonDeserialize(as = ImmutableSessionAffinityConfig.class)
@JsonPropertyOrder({"clientIP"})
public interface SessionAffinityConfig extends WithSessionAffinityConfig {
  /** @return the settings of {@code ClientIP} affinity */
  Optional<@Valid ClientIpConfig> clientIP();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableSessionAffinityConfig.Builder builder() {
    return ImmutableSessionAffinityConfig.builder();
  }
}

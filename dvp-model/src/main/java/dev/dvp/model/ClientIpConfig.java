package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The settings of {@code ClientIP} session affinity ({@code spec.sessionAffinityConfig.clientIP}), as
 * {@code k8s.io/api core/v1 ClientIPConfig} defines them.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()} or {@link #of(int)}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClientIpConfig.class)
@JsonDeserialize(as = ImmutableClientIpConfig.class)
@JsonPropertyOrder({"timeoutSeconds"})
public interface ClientIpConfig extends WithClientIpConfig {
  /**
   * @return how long a client sticks to one endpoint, in seconds; Kubernetes defaults it to 10800 (3 hours) and
   *     accepts 1 to 86400
   */
  Optional<Integer> timeoutSeconds();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableClientIpConfig.Builder builder() {
    return ImmutableClientIpConfig.builder();
  }

  /**
   * Returns the settings with a timeout.
   *
   * @param timeoutSeconds the timeout in seconds
   * @return the settings
   */
  static ClientIpConfig of(int timeoutSeconds) {
    return builder().timeoutSeconds(timeoutSeconds).build();
  }
}

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
 * The state of one load-balancer port ({@code status.loadBalancer.ingress[].ports[]}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePortStatus.class)
@JsonDeserialize(as = ImmutablePortStatus.class)
@JsonPropertyOrder({"port", "protocol", "error"})
public interface PortStatus extends WithPortStatus {
  /** @return the port */
  int port();

  /** @return the protocol */
  Optional<@KnownValue ServiceProtocol> protocol();

  /** @return why the port is not working, CamelCase */
  Optional<String> error();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutablePortStatus.Builder builder() {
    return ImmutablePortStatus.builder();
  }
}

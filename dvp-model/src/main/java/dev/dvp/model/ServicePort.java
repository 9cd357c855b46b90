package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.KnownValue;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One port of a {@link Service} ({@code spec.ports[]}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServicePort.class)
@JsonDeserialize(as = ImmutableServicePort.class)
@JsonPropertyOrder({"name", "protocol", "appProtocol", "port", "targetPort", "nodePort"})
public interface ServicePort extends WithServicePort {
  /** @return the port's name; required when the Service has more than one port */
  Optional<String> name();

  /** @return {@code TCP}, {@code UDP} or {@code SCTP} */
  Optional<@KnownValue ServiceProtocol> protocol();

  /** @return the application protocol, e.g. {@code http} */
  Optional<String> appProtocol();

  /** @return the Service's port */
  int port();

  /** @return the port, or named port, on the backing pods; Kubernetes defaults it to {@code port} */
  Optional<IntOrString> targetPort();

  /** @return the port on every node, for {@code NodePort} and {@code LoadBalancer} */
  Optional<Integer> nodePort();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableServicePort.Builder builder() {
    return ImmutableServicePort.builder();
  }

  /**
   * Returns a TCP port forwarding to a target port.
   *
   * @param port the Service's port
   * @param targetPort the port on the backing pods
   * @return the port
   */
  static ServicePort of(int port, IntOrString targetPort) {
    return builder().port(port).targetPort(targetPort).build();
  }

  /** @return {@link #protocol()}, or the Kubernetes default {@code TCP} */
  @JsonIgnore
  default ServiceProtocol protocolOrDefault() {
    return protocol().orElse(ServiceProtocol.TCP);
  }

  /** @return {@link #targetPort()}, or {@link #port()} as Kubernetes defaults it */
  @JsonIgnore
  default IntOrString targetPortOrDefault() {
    return targetPort().orElse(IntOrString.of(port()));
  }
}

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
 * The Service an {@link Ingress} path sends requests to ({@code backend.service}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIngressServiceBackend.class)
@JsonDeserialize(as = ImmutableIngressServiceBackend.class)
@JsonPropertyOrder({"name", "port"})
public interface IngressServiceBackend extends WithIngressServiceBackend {
  /** @return the Service's name, in the Ingress's namespace */
  String name();

  /** @return the Service's port, by number or name */
  Optional<@Valid ServiceBackendPort> port();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableIngressServiceBackend.Builder builder() {
    return ImmutableIngressServiceBackend.builder();
  }

  /**
   * Returns a backend for a Service port number.
   *
   * @param name the Service's name
   * @param port the port number
   * @return the backend
   */
  static IngressServiceBackend of(String name, int port) {
    return builder().name(name).port(ServiceBackendPort.builder().number(port).build()).build();
  }
}

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
 * A Kubernetes Ingress ({@code networking.k8s.io/v1}): HTTP(S) routes from host names and paths to Services. See
 * {@code dev.dvp.services.IngressRouting} (module dvp-controllers) for which Service, and which VMs, a request reaches.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIngress.class)
@JsonDeserialize(as = ImmutableIngress.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
public interface Ingress extends Resource, WithIngress {
  /** The {@code apiVersion} this type reads and writes by default. */
  String API_VERSION = "networking.k8s.io/v1";

  /** The {@code kind}. */
  String KIND = "Ingress";

  @Override
  @Value.Default
  default String apiVersion() {
    return API_VERSION;
  }

  @Override
  @Value.Default
  default String kind() {
    return KIND;
  }

  /** @return the desired state */
  @Valid IngressSpec spec();

  /** @return the observed state */
  Optional<@Valid IngressStatus> status();

  @Override
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableIngress.Builder builder() {
    return ImmutableIngress.builder();
  }
}

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
 * Where an {@link Ingress} sends requests: a Service port or another resource.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIngressBackend.class)
@JsonDeserialize(as = ImmutableIngressBackend.class)
@JsonPropertyOrder({"service", "resource"})
public interface IngressBackend extends WithIngressBackend {
  /** @return the Service */
  Optional<@Valid IngressServiceBackend> service();

  /** @return another resource, e.g. a storage bucket */
  Optional<@Valid TypedLocalObjectReference> resource();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableIngressBackend.Builder builder() {
    return ImmutableIngressBackend.builder();
  }
}

package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * TLS for some hosts of an {@link Ingress} ({@code spec.tls[]}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIngressTls.class)
@JsonDeserialize(as = ImmutableIngressTls.class)
@JsonPropertyOrder({"hosts", "secretName"})
public interface IngressTls extends WithIngressTls {
  /** @return the hosts the certificate covers */
  List<String> hosts();

  /** @return the Secret with the certificate and key */
  Optional<String> secretName();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableIngressTls.Builder builder() {
    return ImmutableIngressTls.builder();
  }
}

package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Service port an {@link Ingress} refers to: by {@code number} or by {@code name}, not both.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceBackendPort.class)
@JsonDeserialize(as = ImmutableServiceBackendPort.class)
@JsonPropertyOrder({"name", "number"})
public interface ServiceBackendPort extends WithServiceBackendPort {
  /** @return the port's name */
  Optional<String> name();

  /** @return the port's number */
  Optional<Integer> number();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableServiceBackendPort.Builder builder() {
    return ImmutableServiceBackendPort.builder();
  }
}

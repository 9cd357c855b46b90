package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.KnownValue;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One path of an {@link IngressRule} ({@code spec.rules[].http.paths[]}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHttpIngressPath.class)
@JsonDeserialize(as = ImmutableHttpIngressPath.class)
@JsonPropertyOrder({"path", "pathType", "backend"})
public interface HttpIngressPath extends WithHttpIngressPath {
  /** @return the URL path, absolute for {@code Exact} and {@code Prefix}; no path matches everything */
  Optional<String> path();

  /** @return how the path is matched; Kubernetes requires it */
  Optional<@KnownValue PathType> pathType();

  /** @return where matching requests go */
  @Valid IngressBackend backend();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableHttpIngressPath.Builder builder() {
    return ImmutableHttpIngressPath.builder();
  }
}

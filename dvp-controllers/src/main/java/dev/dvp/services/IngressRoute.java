package dev.dvp.services;

import dev.dvp.model.IngressBackend;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where an Ingress sends one request: the backend of the best matching path, or the default backend.
 *
 * <p>Immutable and thread-safe.
 *
 * @param backend the backend (a Service port or a resource)
 * @param ruleIndex the index in {@code spec.rules} of the matching rule; empty for the default backend
 * @param pathIndex the index in that rule's {@code http.paths}; empty for the default backend
 */
public record IngressRoute(IngressBackend backend, OptionalInt ruleIndex, OptionalInt pathIndex) {
  /**
   * Tells whether the request fell through to {@code spec.defaultBackend}.
   *
   * @return {@code true} when no rule matched
   */
  public boolean isDefaultBackend() {
    return ruleIndex.isEmpty();
  }

  /**
   * Returns the name of the Service the request goes to.
   *
   * @return the Service's name, or empty for a resource backend
   */
  public Optional<String> serviceName() {
    return backend.service().map(s -> s.name());
  }
}

package dev.dvp.model;

import java.util.Objects;

/**
 * A {@link Violation} of one object in a {@link ResourceSet}, as a {@link ResourceSetCheck} reports it.
 *
 * @param subject the object the violation is about
 * @param violation what is wrong, with a path relative to {@code subject}
 */
public record Finding(Resource subject, Violation violation) {
  /**
   * Creates a finding.
   *
   * @throws NullPointerException if an argument is {@code null}
   */
  public Finding {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(violation, "violation");
  }
}

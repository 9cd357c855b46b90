package dev.dvp.model;

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
   * @throws IllegalArgumentException if an argument is {@code null}
   */
  public Finding {
    if (subject == null || violation == null) {
      throw new IllegalArgumentException("a Finding needs a subject and a violation");
    }
  }
}

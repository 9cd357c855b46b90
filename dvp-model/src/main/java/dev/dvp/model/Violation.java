package dev.dvp.model;

import java.util.Objects;

/**
 * One broken rule: where (a JSON path such as {@code spec.cpu.cores} or {@code spec.blockDeviceRefs[0].kind}),
 * which rule (a stable code such as {@code required} or {@code minimum}) and what a person reads (the message,
 * worded as DVP or the Kubernetes API server words it).
 *
 * <p>Domain rules return violations as values; they never throw them. Immutable and thread-safe.
 *
 * @param path the JSON path of the offending field from the object's root; empty for the object as a whole
 * @param code a stable, machine-readable code for the rule
 * @param message the message shown to people, without the path in front (see {@link #toString()})
 * @param severity whether the object is rejected ({@link Severity#ERROR}) or only warned about
 */
public record Violation(String path, String code, String message, Severity severity) {
  /** How serious a {@link Violation} is. */
  public enum Severity {
    /** The object is rejected. */
    ERROR,
    /** The object is accepted with a warning. */
    WARNING
  }

  /**
   * Creates a violation.
   *
   * @throws IllegalArgumentException if an argument is {@code null}
   */
  public Violation {
    if (path == null || code == null || message == null || severity == null) {
      throw new IllegalArgumentException(
          "a Violation needs a path, a code, a message and a severity; got path=" + path + ", code=" + code
              + ", message=" + message + ", severity=" + severity);
    }
  }

  /**
   * Creates an error.
   *
   * @param path the JSON path
   * @param code the rule's code
   * @param message the message
   * @return the violation
   */
  public static Violation error(String path, String code, String message) {
    return new Violation(path, code, message, Severity.ERROR);
  }

  /**
   * Creates a warning.
   *
   * @param path the JSON path
   * @param code the rule's code
   * @param message the message
   * @return the violation
   */
  public static Violation warning(String path, String code, String message) {
    return new Violation(path, code, message, Severity.WARNING);
  }

  /**
   * Tells whether this is an error.
   *
   * @return {@code true} for {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Returns the same violation at a path below another: {@code at("spec")} turns {@code cpu.cores} into
   * {@code spec.cpu.cores}.
   *
   * @param parent the path to put in front
   * @return the moved violation
   */
  public Violation under(String parent) {
    Objects.requireNonNull(parent, "parent");
    if (parent.isEmpty()) {
      return this;
    }
    String joined = path.isEmpty() ? parent : path.startsWith("[") ? parent + path : parent + "." + path;
    return new Violation(joined, code, message, severity);
  }

  /**
   * Returns {@code "<path>: <message>"} (the line the Kubernetes API server prints for a field error), or the
   * message alone when the path is empty.
   */
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}

package dev.dvp.cli;

import dev.dvp.model.Violation;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code --validate} does with fields the schema does not define and fields written twice, as kubectl's
 * {@code --validate} flag asks the API server ({@code fieldValidation=Strict|Warn|Ignore};
 * {@code k8s.io/kubectl/pkg/cmd/util/helpers.go GetValidationDirective}).
 */
enum FieldValidation {
  /** Unknown and duplicate fields are errors (kubectl's default). */
  STRICT,
  /** They are warnings, as the API server sends them in {@code Warning} headers. */
  WARN,
  /** They are not reported; the API server drops unknown fields silently. */
  IGNORE;

  /**
   * Parses the flag as kubectl does: {@code strict} or {@code true}, {@code warn}, {@code ignore} or {@code false}.
   *
   * @param value the flag's value
   * @return the directive
   * @throws IllegalArgumentException with kubectl's message for any other value
   */
  static FieldValidation parse(String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "strict":
      case "true":
        return STRICT;
      case "warn":
        return WARN;
      case "ignore":
      case "false":
        return IGNORE;
      default:
        throw new IllegalArgumentException("invalid - validate option \"" + value
            + "\"; must be one of: strict (or true), warn, ignore (or false)");
    }
  }

  /**
   * Applies the directive to a strict-field finding.
   *
   * @param v an unknown- or duplicate-field error
   * @return the finding as this directive reports it, or empty when it is ignored
   */
  Optional<Violation> apply(Violation v) {
    switch (this) {
      case STRICT:
        return Optional.of(v);
      case WARN:
        return Optional.of(Violation.warning(v.path(), v.code(), v.message()));
      default:
        return Optional.empty();
    }
  }
}

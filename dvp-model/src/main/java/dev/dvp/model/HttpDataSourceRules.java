package dev.dvp.model;

import dev.dvp.model.schema.SchemaRule;
import java.util.List;
import java.util.Optional;

/**
 * The {@code format: byte} of {@code dataSource.http.caBundle}: the API server decodes it with Go's standard Base64
 * and reports text that does not decode as a type error.
 */
final class HttpDataSourceRules implements SchemaRule<HttpDataSource> {
  @Override
  public List<RuleFailure> check(HttpDataSource http) {
    return http.caBundle().flatMap(HttpDataSourceRules::notBase64).map(List::of).orElse(List.of());
  }

  /** The failure of a {@code caBundle} that is not Base64, reported at {@code caBundle} below the rule's object. */
  static Optional<RuleFailure> notBase64(String caBundle) {
    if (GoBase64.isValid(caBundle)) {
      return Optional.empty();
    }
    String quoted = StructuralValidator.quote(caBundle);
    return Optional.of(RuleFailure.keyword("caBundle", "type",
        "Invalid value: " + quoted + ": {path} in body must be of type byte: " + quoted));
  }
}

package dev.dvp.admission;

import dev.dvp.model.GoQuote;
import dev.dvp.model.KubernetesNames;
import java.util.ArrayList;
import java.util.List;

/**
 * An ordered list of Kubernetes field errors ({@code field.ErrorList}) worded as {@code field.Error.Error()} prints
 * them, and their aggregate text ({@code utilerrors.NewAggregate}: one error alone, several as {@code [e1, e2]}).
 */
final class FieldErrors {
  private final List<String> texts = new ArrayList<>();
  private String firstPath = "";

  void required(String path, String detail) {
    add(path, "Required value" + (detail.isEmpty() ? "" : ": " + detail));
  }

  void forbidden(String path, String detail) {
    add(path, "Forbidden: " + detail);
  }

  void invalid(String path, String value, String detail) {
    add(path, "Invalid value: " + GoQuote.quote(value) + ": " + detail);
  }

  void invalid(String path, long value, String detail) {
    add(path, "Invalid value: " + value + ": " + detail);
  }

  void unsupported(String path, String value, String... supported) {
    StringBuilder s = new StringBuilder("Unsupported value: ").append(GoQuote.quote(value)).append(": supported values: ");
    for (int i = 0; i < supported.length; i++) {
      s.append(i > 0 ? ", " : "").append(GoQuote.quote(supported[i]));
    }
    add(path, s.toString());
  }

  void duplicate(String path, String value) {
    add(path, "Duplicate value: " + GoQuote.quote(value));
  }

  void labelName(String path, String key) {
    KubernetesNames.qualifiedName(key).forEach(m -> invalid(path, key, m));
  }

  private void add(String path, String body) {
    if (texts.isEmpty()) {
      firstPath = path;
    }
    texts.add(path + ": " + body);
  }

  boolean isEmpty() {
    return texts.isEmpty();
  }

  /** The path of the first error, for the SDK's violation path. */
  String firstPath() {
    return firstPath;
  }

  String aggregate() {
    return texts.size() == 1 ? texts.get(0) : "[" + String.join(", ", texts) + "]";
  }
}

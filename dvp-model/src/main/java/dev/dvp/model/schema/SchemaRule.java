package dev.dvp.model.schema;

import java.util.List;

/**
 * One CRD validation rule ({@code x-kubernetes-validations} entry) rewritten in Java.
 *
 * <p>Implementations are stateless; {@link #check(Object)} returns the rule's message when the object breaks it,
 * exactly as the CRD's {@code message} field words it, or nothing when it holds.
 *
 * @param <T> the type the rule is declared on
 */
public interface SchemaRule<T> {
  /**
   * Checks one object.
   *
   * @param value the object the rule is declared on, never {@code null}
   * @return the failures, each the CRD's message and the field path it is reported at, relative to the object
   *     (empty for the object itself); empty when the rule holds
   */
  List<RuleFailure> check(T value);

  /**
   * A failed rule: where it is reported, its code and its message.
   *
   * @param relativePath the path below the object that carries the rule, e.g. {@code "cores"}, or empty
   * @param code {@code "rule"} for a CEL rule (reported as {@code Invalid value: "<type>": <message>}), or the
   *     code of a schema keyword whose complete message is {@code message}
   * @param message the CRD's message for a CEL rule; the complete message otherwise
   * @param valueType for a CEL rule, the JSON type of the checked value as the API server names it
   *     ({@code "object"}, {@code "string"}, ...)
   */
  record RuleFailure(String relativePath, String code, String message, String valueType) {
    /**
     * A CEL failure reported at the object that carries the rule.
     *
     * @param message the CRD's message
     * @return the failure
     */
    public static RuleFailure of(String message) {
      return new RuleFailure("", "rule", message, "object");
    }

    /**
     * A CEL failure of a rule declared on a field below the object.
     *
     * @param relativePath the field's path relative to the object
     * @param valueType the field's JSON type ({@code "string"}, {@code "integer"}, ...)
     * @param message the CRD's message
     * @return the failure
     */
    public static RuleFailure cel(String relativePath, String valueType, String message) {
      return new RuleFailure(relativePath, "rule", message, valueType);
    }

    /**
     * A schema-keyword failure (e.g. a version-dependent type or pattern) with its complete message.
     *
     * @param relativePath the field's path relative to the object
     * @param code the keyword's code, e.g. {@code "pattern"}
     * @param message the complete message, without the path in front; {@code {path}} in it stands for the
     *     field's full JSON path
     * @return the failure
     */
    public static RuleFailure keyword(String relativePath, String code, String message) {
      return new RuleFailure(relativePath, code, message, "");
    }
  }
}

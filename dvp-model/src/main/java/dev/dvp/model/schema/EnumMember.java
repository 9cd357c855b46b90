package dev.dvp.model.schema;

/**
 * A value of an OpenAPI {@code enum}, which may be one the schema declares or one a newer DVP added: what
 * {@link KnownValue} checks. The model's enumerations ({@code dev.dvp.model.OpenEnum}) implement it, so that the
 * schema keywords need nothing from the model.
 */
public interface EnumMember {
  /**
   * Tells whether the value is one the schema declares.
   *
   * @return {@code true} for a declared member
   */
  boolean isKnown();
}

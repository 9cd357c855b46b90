package dev.dvp.model.schema;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * OpenAPI {@code minLength}: the string must have at least {@link #value()} characters (Unicode code points).
 *
 * <p>Reported by {@link dev.dvp.model.StructuralValidator} with the Kubernetes API server's wording.
 */
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SchemaKeywordValidators.MinLengthCheck.class)
public @interface MinLength {
  /** @return the smallest allowed length */
  int value();

  /** @return not used: the message is built by {@link dev.dvp.model.StructuralValidator} */
  String message() default "MinLength";

  /** @return validation groups (unused) */
  Class<?>[] groups() default {};

  /** @return payload (unused) */
  Class<? extends Payload>[] payload() default {};
}

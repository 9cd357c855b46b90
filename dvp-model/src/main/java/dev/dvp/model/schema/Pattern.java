package dev.dvp.model.schema;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * OpenAPI {@code pattern}: the string must match the regular expression {@link #value()} (searched, not anchored, as in Kubernetes).
 *
 * <p>Reported by {@link dev.dvp.model.StructuralValidator} with the Kubernetes API server's wording.
 */
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SchemaKeywordValidators.PatternCheck.class)
public @interface Pattern {
  /** @return the regular expression, in the CRD's syntax */
  String value();

  /** @return not used: the message is built by {@link dev.dvp.model.StructuralValidator} */
  String message() default "Pattern";

  /** @return validation groups (unused) */
  Class<?>[] groups() default {};

  /** @return payload (unused) */
  Class<? extends Payload>[] payload() default {};
}

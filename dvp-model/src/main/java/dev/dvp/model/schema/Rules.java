package dev.dvp.model.schema;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * CRD {@code x-kubernetes-validations} (CEL rules), rewritten in Java: each class in {@link #value()} checks the annotated object.
 *
 * <p>Reported by {@link dev.dvp.model.StructuralValidator} with the Kubernetes API server's wording.
 */
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SchemaKeywordValidators.RulesCheck.class)
public @interface Rules {
  /** @return the rules, each a class with a no-argument constructor implementing {@link SchemaRule} */
  Class<? extends SchemaRule<?>>[] value();

  /** @return not used: the message is built by {@link dev.dvp.model.StructuralValidator} */
  String message() default "Rules";

  /** @return validation groups (unused) */
  Class<?>[] groups() default {};

  /** @return payload (unused) */
  Class<? extends Payload>[] payload() default {};
}

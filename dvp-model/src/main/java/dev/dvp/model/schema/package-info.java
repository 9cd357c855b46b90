/**
 * The OpenAPI keywords of the CRD schemas ({@code required}, {@code enum}, {@code minimum}, {@code pattern}, ...)
 * and their CEL rules as Jakarta Validation constraints. The model's values carry them; users validate with
 * {@link dev.dvp.model.StructuralValidator} and need not use this package directly.
 */
package dev.dvp.model.schema;

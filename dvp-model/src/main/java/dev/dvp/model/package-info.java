/**
 * The DVP resource model: every DVP and Kubernetes resource the SDK works with as an immutable value with a fluent
 * builder, Kubernetes {@link dev.dvp.model.Quantity quantities}, label and node selectors, taints and tolerations,
 * conditions, the YAML/JSON codec ({@link dev.dvp.model.Manifests}) and structural validation
 * ({@link dev.dvp.model.StructuralValidator}).
 *
 * <p>Field names on the wire are exactly the CRDs'. Fields the model does not know are kept in each value's
 * {@code additionalProperties()} and written back, so a manifest from a newer DVP loses nothing on a round trip.
 * Enumerations are open ({@link dev.dvp.model.OpenEnum}): a value the model does not know is kept and reported by
 * validation instead of failing the read.
 *
 * <p>All values are immutable and thread-safe.
 */
@ModelStyle
package dev.dvp.model;

/**
 * DVP's sizing rules, offline: a VirtualMachine against its VirtualMachineClass's sizing policies
 * ({@link dev.dvp.sizing.Sizing}), the coreFraction defaulting rule ({@link dev.dvp.sizing.CoreFractionDefaulting}),
 * the class's own rules and version conversion ({@link dev.dvp.sizing.ClassValidation},
 * {@link dev.dvp.sizing.ClassConversion}), the requests a VM asks the scheduler for ({@link dev.dvp.sizing.ResourceRequests}), advice on the nearest valid configurations
 * ({@link dev.dvp.sizing.Suggestion}) and the {@code dvp check} plug-in ({@link dev.dvp.sizing.SizingCheck}).
 * The CPU topology and the reading of core fractions live in dvp-model ({@link dev.dvp.model.CpuTopology},
 * {@link dev.dvp.model.CoreFraction}) so that dvp-controllers shares them.
 *
 * <p>Messages DVP shows are reproduced word for word, and every
 * place where the SDK deliberately differs from DVP says so in its Javadoc. Every type is immutable or stateless,
 * and thread-safe.
 */
package dev.dvp.sizing;

/**
 * Live migration of DVP virtual machines, simulated offline: QEMU's precopy loop (bulk pass, dirty syncs,
 * switchover by downtime limit, auto-converge throttle ladder, zero pages and wire bytes), KubeVirt's migration
 * monitor (completion and progress timeouts), DVP's decision layer ({@code liveMigrationPolicy} × VMOP {@code force})
 * and its projection into VMOP/VM status, plus the evacuation of many VMs under DVP's concurrency limits.
 *
 * <p>Entry points: {@link dev.dvp.migration.MigrationSimulator} (one migration),
 * {@link dev.dvp.migration.MigrationQuestions} (will it converge, minimum bandwidth, needed throttle, effect of
 * {@code force}), {@link dev.dvp.migration.EvacuationSimulator} (drain/evacuation of many VMs),
 * {@link dev.dvp.migration.AutoConvergePolicy} (the policy × force table) and
 * {@link dev.dvp.migration.CompletionTimeout} (KubeVirt's timeout rule). Every constant is a named parameter whose
 * default is DVP's.
 *
 * <p>All public types are immutable values or stateless services and are safe to share between threads.
 */
@Value.Style(
    typeImmutable = "Immutable*",
    defaults = @Value.Immutable(copy = true),
    strictBuilder = false,
    // As ModelStyle: no org.immutables.value.Generated in the class files, whose jar consumers do not have.
    allowedClasspathAnnotations = {Override.class})
package dev.dvp.migration;

import org.immutables.value.Value;

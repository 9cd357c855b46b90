/**
 * What DVP does when a VM's spec changes: the classification behind {@code .status.restartAwaitingChanges}, the
 * {@code AwaitingRestartToApplyConfiguration} and {@code ConfigurationApplied} conditions, the {@code NEED RESTART}
 * column, {@code restartApprovalMode: Automatic}, and kubectl-style patches of a VM.
 *
 * <p>Start with {@link dev.dvp.change.SpecChanges#between(dev.dvp.model.VirtualMachineSpec,
 * dev.dvp.model.VirtualMachineSpec, dev.dvp.change.ChangeContext)}: the applied baseline (the spec DVP last
 * pushed to the internal KubeVirt VM) against the VM's present spec, in an edition with a set of hot-plug feature
 * gates and runtime facts ({@link dev.dvp.change.ChangeContext}). Patches are
 * {@link dev.dvp.change.Patch} values applied with {@link dev.dvp.change.Patch#applyTo
 * Patch.applyTo(vm)}.
 *
 * <pre>{@code
 * VirtualMachine vm = ...;                                            // running, 1 core
 * PatchResult patched = Patch.merge("{\"spec\":{\"cpu\":{\"cores\":2}}}").applyTo(vm);
 * SpecChanges changes = SpecChanges.between(vm.spec(), patched.virtualMachine().spec(), ChangeContext.defaults());
 * changes.restartAwaitingChangesJson();
 * // [{"currentValue":1,"desiredValue":2,"operation":"replace","path":"cpu.cores"}]
 * changes.needsRestart();                                              // true: NEED RESTART
 * }</pre>
 *
 * <p>The rules are those of DVP's {@code vmchange} package and {@code sync_kvvm.go} (under
 * {@code images/virtualization-artifact/pkg/controller/}); every value here is immutable and thread-safe.
 */
@ModelStyle
package dev.dvp.change;

import dev.dvp.model.ModelStyle;

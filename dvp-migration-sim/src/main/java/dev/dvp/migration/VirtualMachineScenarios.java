package dev.dvp.migration;

import dev.dvp.model.VirtualMachine;
import java.util.Objects;

/**
 * Starts a {@link MigrationScenario} from a DVP {@code VirtualMachine}: the guest memory from
 * {@code spec.memory.size} (KubeVirt's {@code domain.memory.guest}) and the VM's {@code spec.liveMigrationPolicy}.
 * The workload, path and force flag are the caller's (they are not in the manifest).
 *
 * <pre>{@code
 * MigrationScenario s = VirtualMachineScenarios.builderFor(vm)
 *         .workload(Workload.builder().dirtyRate(64L << 20).workingSetBytes(2L << 30).build())
 *         .build();
 * }</pre>
 *
 * Stateless; thread-safe.
 */
public final class VirtualMachineScenarios {

    private VirtualMachineScenarios() {
    }

    /**
     * A scenario builder with the VM's memory and policy filled in.
     *
     * @throws IllegalArgumentException naming {@code spec.memory.size} or {@code spec.liveMigrationPolicy} when the
     *     VM's values cannot be migrated (non-positive size, policy the CRD does not know)
     */
    public static ImmutableMigrationScenario.Builder builderFor(VirtualMachine vm) {
        Objects.requireNonNull(vm, "vm");
        String name = vm.metadata().name().orElse("<unnamed>");
        long memory;
        try {
            memory = vm.spec().memory().size().value();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("VirtualMachine " + name + ": spec.memory.size "
                    + vm.spec().memory().size() + " does not fit in bytes. Maybe a size like 16Gi?", e);
        }
        if (memory <= 0) {
            throw new IllegalArgumentException("VirtualMachine " + name + ": spec.memory.size must be > 0, got "
                    + vm.spec().memory().size() + ". Maybe a size like 4Gi?");
        }
        ImmutableMigrationScenario.Builder b = MigrationScenario.builder().memoryBytes(memory);
        vm.spec().liveMigrationPolicy().ifPresent(p -> {
            try {
                b.policy(AutoConvergePolicy.policyOf(p.value()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("VirtualMachine " + name + ": spec." + e.getMessage(), e);
            }
        });
        return b;
    }
}

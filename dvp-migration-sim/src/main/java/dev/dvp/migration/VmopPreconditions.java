package dev.dvp.migration;

import dev.dvp.model.RunPolicy;
import dev.dvp.model.VirtualMachineOperationType;
import dev.dvp.model.VirtualMachinePhase;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facts about a VM and its cluster that DVP's pre-start checks of a {@code Migrate}/{@code Evict} VMOP read
 * ({@code images/virtualization-artifact/pkg/controller/vmop/migration/internal/handler/lifecycle.go}), apart from the
 * policy × force decision and the {@code Migratable} condition, which {@link PreStartCheck#evaluate} takes separately.
 * Every attribute defaults to "ready": a running VM with the default run policy, a resolved migration interface, no
 * other migration, and {@code Migrating=ReadyToMigrate} whenever the VM is {@code Migratable}.
 *
 * <pre>{@code
 * VmopPreconditions facts = VmopPreconditions.builder()
 *         .vmopType(VirtualMachineOperationType.EVICT)
 *         .vmPhase("Stopped")
 *         .build();
 * }</pre>
 *
 * Immutable; thread-safe.
 */
@Value.Immutable
public abstract class VmopPreconditions {
  // Immutables generates the one subclass, in this package; users build values with builder().
  VmopPreconditions() {}


    /** The VM phases of the VM CRD's {@code status.phase} enum (the model's {@link VirtualMachinePhase}). */
    public static final List<String> VM_PHASES =
            VirtualMachinePhase.knownValues().stream().map(VirtualMachinePhase::value).toList();

    /** A new builder. */
    public static ImmutableVmopPreconditions.Builder builder() {
        return ImmutableVmopPreconditions.builder();
    }

    /** All defaults: nothing stands in the way of the migration. */
    public static VmopPreconditions ready() {
        return builder().build();
    }

    /**
     * The VMOP's {@code spec.type}: {@link VirtualMachineOperationType#MIGRATE} (default) or
     * {@link VirtualMachineOperationType#EVICT}, the two that migrate a VM ({@code Evict} is created by the system or
     * {@code d8 v evict} and never carries {@code force}). Only shows in failure messages.
     */
    @Value.Default
    public VirtualMachineOperationType vmopType() {
        return VirtualMachineOperationType.MIGRATE;
    }

    /** The VM's {@code spec.runPolicy}; default the CRD default {@code AlwaysOnUnlessStoppedManually}. */
    @Value.Default
    public RunPolicy runPolicy() {
        return RunPolicy.ALWAYS_ON_UNLESS_STOPPED_MANUALLY;
    }

    /** The VM's {@code status.phase} (one of {@link #VM_PHASES}); default {@code Running}. */
    @Value.Default
    public String vmPhase() {
        return "Running";
    }

    /**
     * Whether the source node has a resolved migration interface (always true without {@code liveMigration.network});
     * default true.
     */
    @Value.Default
    public boolean migrationNetworkAvailable() {
        return true;
    }

    /** Whether another unfinished migration of the same VM exists; default false. */
    @Value.Default
    public boolean otherMigrationInProgress() {
        return false;
    }

    /**
     * Whether the VM's {@code Migrating} condition has reason {@code ReadyToMigrate} (its disks are ready). Empty
     * (default): ready exactly when the {@code Migratable} condition is True, i.e. a migratable VM never waits. When
     * false and {@code Migratable} is True the VMOP waits, at most {@link PreStartCheck#READINESS_LIMIT}.
     */
    public abstract Optional<Boolean> readyToMigrate();

    /** How long the VMOP has already waited for {@code ReadyToMigrate}; default zero. */
    @Value.Default
    public Duration waitedForReadiness() {
        return Duration.ZERO;
    }

    @Value.Check
    protected void check() {
        if (!vmopType().equals(VirtualMachineOperationType.MIGRATE)
                && !vmopType().equals(VirtualMachineOperationType.EVICT)) {
            throw new IllegalArgumentException("preconditions.vmopType: " + vmopType()
                    + " does not migrate a VM. Maybe Migrate or Evict?");
        }
        if (!VM_PHASES.contains(vmPhase())) {
            throw new IllegalArgumentException("preconditions.vmPhase: unsupported value \"" + vmPhase()
                    + "\". Maybe one of " + String.join(", ", VM_PHASES) + " (case-sensitive)?");
        }
        if (waitedForReadiness().isNegative()) {
            throw new IllegalArgumentException("preconditions.waitedForReadiness must be >= 0, got "
                    + waitedForReadiness() + ". Maybe PT0S?");
        }
    }
}

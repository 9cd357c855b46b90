package dev.dvp.migration;

import java.util.Objects;

/**
 * KubeVirt's {@code LiveMigratable} condition on the KVVM, the input from which DVP derives the VM's
 * {@code Migratable} condition ({@link MigratableCondition#derive}). Immutable; thread-safe.
 *
 * <pre>{@code
 * LiveMigratableCondition c = LiveMigratableCondition.notMigratable(
 *         LiveMigratableCondition.DISKS_NOT_LIVE_MIGRATABLE, "cannot migrate VMI: PVC disk is not shared");
 * }</pre>
 *
 * @param status the condition's status ({@code True}/{@code False})
 * @param reason KubeVirt's reason, e.g. {@value #DISKS_NOT_LIVE_MIGRATABLE}; empty when True
 * @param message KubeVirt's message; empty when none
 */
public record LiveMigratableCondition(boolean status, String reason, String message) {

    /** KubeVirt's reason for a disk without shared access (not RWX, non-shared host disk, unknown PVC). */
    public static final String DISKS_NOT_LIVE_MIGRATABLE = "DisksNotLiveMigratable";
    /** KubeVirt's reason for PCI host devices. */
    public static final String HOST_DEVICE_NOT_LIVE_MIGRATABLE = "HostDeviceNotLiveMigratable";

    /** Validates the components. */
    public LiveMigratableCondition {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    /** KubeVirt's condition for a live-migratable VMI (True, no reason, no message). */
    public static LiveMigratableCondition migratable() {
        return new LiveMigratableCondition(true, "", "");
    }

    /** KubeVirt's False condition with the given reason and message. */
    public static LiveMigratableCondition notMigratable(String reason, String message) {
        return new LiveMigratableCondition(false, reason, message);
    }
}

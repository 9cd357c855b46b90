package dev.dvp.migration;

import java.util.Objects;
import java.util.Optional;

/**
 * The VM's {@code Migratable} condition as DVP derives it from KubeVirt's {@code LiveMigratable} condition on the KVVM
 * ({@code images/virtualization-artifact/pkg/controller/vm/internal/migrating.go}, reasons in
 * {@code api/core/v1alpha2/vmcondition/condition.go}):
 * <ul>
 *   <li>no KVVM → False;</li>
 *   <li>KubeVirt {@code DisksNotLiveMigratable} → with the {@code VolumeMigration} feature gate (EE) True,
 *       {@value #DISKS_SHOULD_BE_MIGRATING} (KubeVirt copies the local disks); without it (CE) False,
 *       {@value #DISKS_NOT_MIGRATABLE} with {@value #RWX_MESSAGE};</li>
 *   <li>KubeVirt {@code HostDeviceNotLiveMigratable} → False, {@value #HOST_DEVICES_NOT_MIGRATABLE};</li>
 *   <li>any other False → False, {@value #NON_MIGRATABLE} with KubeVirt's message;</li>
 *   <li>KVVM {@code updateVolumesStrategy = Migration} with RWO disks → the disks rule above;</li>
 *   <li>otherwise True, {@value #MIGRATABLE}.</li>
 * </ul>
 * DVP's code gives no reason for the no-KVVM case nor messages for the host-device and True cases: the SDK uses
 * {@value #NON_MIGRATABLE} without a message for the former, passes KubeVirt's message through for host devices, and
 * writes no message for True. Immutable; thread-safe.
 *
 * <pre>{@code
 * MigratableCondition c = MigratableCondition.derive(Optional.of(LiveMigratableCondition.notMigratable(
 *         LiveMigratableCondition.DISKS_NOT_LIVE_MIGRATABLE, "...")), false, false);
 * c.status(); // false
 * c.reason(); // VirtualMachineDisksNotMigratable
 * }</pre>
 *
 * @param status whether the VM can be live-migrated (feeds {@link PreStartCheck#evaluate})
 * @param reason the condition's reason, e.g. {@value #MIGRATABLE}
 * @param message the condition's message, empty when none
 */
public record MigratableCondition(boolean status, String reason, Optional<String> message) {

    /** True: the VM can be migrated. */
    public static final String MIGRATABLE = "VirtualMachineMigratable";
    /** False: KubeVirt's reason is in the message. */
    public static final String NON_MIGRATABLE = "VirtualMachineNonMigratable";
    /** False: disks on storage reachable from one node only, and no volume migration. */
    public static final String DISKS_NOT_MIGRATABLE = "VirtualMachineDisksNotMigratable";
    /** True: local disks are moved along with the VM (EE volume migration). */
    public static final String DISKS_SHOULD_BE_MIGRATING = "VirtualMachineDisksShouldBeMigrating";
    /** False: a PCI host device is attached. */
    public static final String HOST_DEVICES_NOT_MIGRATABLE = "VirtualMachineHostDevicesNotMigratable";
    /** DVP's message for {@value #DISKS_NOT_MIGRATABLE}. */
    public static final String RWX_MESSAGE = "Live migration requires all disks to use ReadWriteMany (shared) "
            + "storage. Make sure the StorageClass supports the ReadWriteMany access mode.";

    /** Validates the components. */
    public MigratableCondition {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Derives the condition.
     *
     * @param kvvmCondition KubeVirt's {@code LiveMigratable} condition on the KVVM; empty when there is no KVVM
     * @param volumeMigrationGate whether DVP's {@code VolumeMigration} feature gate is on (EE: on, CE: off)
     * @param updateVolumesMigrationWithRwoDisks whether the KVVM has {@code updateVolumesStrategy: Migration} while
     *     some of its disks are ReadWriteOnce
     * @return the condition; never throws for a domain outcome
     */
    public static MigratableCondition derive(Optional<LiveMigratableCondition> kvvmCondition,
                                             boolean volumeMigrationGate,
                                             boolean updateVolumesMigrationWithRwoDisks) {
        Objects.requireNonNull(kvvmCondition, "kvvmCondition");
        if (kvvmCondition.isEmpty()) {
            return new MigratableCondition(false, NON_MIGRATABLE, Optional.empty());
        }
        LiveMigratableCondition kv = kvvmCondition.get();
        if (!kv.status()) {
            switch (kv.reason()) {
                case LiveMigratableCondition.DISKS_NOT_LIVE_MIGRATABLE:
                    return disks(volumeMigrationGate);
                case LiveMigratableCondition.HOST_DEVICE_NOT_LIVE_MIGRATABLE:
                    return new MigratableCondition(false, HOST_DEVICES_NOT_MIGRATABLE, nonEmpty(kv.message()));
                default:
                    return new MigratableCondition(false, NON_MIGRATABLE, nonEmpty(kv.message()));
            }
        }
        if (updateVolumesMigrationWithRwoDisks) {
            return disks(volumeMigrationGate);
        }
        return new MigratableCondition(true, MIGRATABLE, Optional.empty());
    }

    private static MigratableCondition disks(boolean volumeMigrationGate) {
        return volumeMigrationGate
                ? new MigratableCondition(true, DISKS_SHOULD_BE_MIGRATING, Optional.empty())
                : new MigratableCondition(false, DISKS_NOT_MIGRATABLE, Optional.of(RWX_MESSAGE));
    }

    private static Optional<String> nonEmpty(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}

package dev.dvp.migration;

/**
 * Why DVP created a system {@code Evict} VMOP, with the {@code generateName} prefix it uses (the workload updater,
 * {@code images/virtualization-artifact/pkg/controller/evacuation/internal/handler/evacuation.go} and
 * {@code images/virtualization-artifact/pkg/controller/volumemigration/internal/handler/migration.go}). System
 * evictions carry no {@code force}, so they follow the "force unset" column of the policy table. Immutable;
 * thread-safe.
 */
public enum EvictionCause {
    /** Workload updater, firmware change. */
    FIRMWARE_UPDATE("firmware-update-"),
    /** Workload updater, placement change (EE). */
    NODE_PLACEMENT_UPDATE("nodeplacement-update-"),
    /** Node drain and load redistribution. */
    EVACUATION("evacuation-"),
    /** Storage-class change of a disk. */
    VOLUME_MIGRATION("volume-migration-");

    private final String namePrefix;

    EvictionCause(String namePrefix) {
        this.namePrefix = namePrefix;
    }

    /** The VMOP {@code metadata.generateName}, e.g. {@code evacuation-}. */
    public String namePrefix() {
        return namePrefix;
    }
}

package dev.dvp.migration;

/**
 * A VM's {@code spec.runPolicy} (the four values of the VM CRD; default {@link #ALWAYS_ON_UNLESS_STOPPED_MANUALLY}).
 * Only {@link #ALWAYS_OFF} refuses migration: {@code Migrate}/{@code Evict} VMOPs accept {@code Manual},
 * {@code AlwaysOn} and {@code AlwaysOnUnlessStoppedManually} (the first check of
 * {@code images/virtualization-artifact/pkg/controller/vmop/migration/internal/handler/lifecycle.go}). Immutable;
 * thread-safe.
 */
public enum RunPolicy {
    /** The VM is kept running. */
    ALWAYS_ON("AlwaysOn"),
    /** The VM is kept powered off; migration VMOPs fail with {@code NotApplicableForVirtualMachineRunPolicy}. */
    ALWAYS_OFF("AlwaysOff"),
    /** The user starts and stops the VM. */
    MANUAL("Manual"),
    /** CRD default: running unless stopped from the guest or with {@code d8 v stop}. */
    ALWAYS_ON_UNLESS_STOPPED_MANUALLY("AlwaysOnUnlessStoppedManually");

    private final String wireName;

    RunPolicy(String wireName) {
        this.wireName = wireName;
    }

    /** The value as written in {@code spec.runPolicy}, e.g. {@code AlwaysOn}. */
    public String wireName() {
        return wireName;
    }

    /** Whether {@code Migrate} and {@code Evict} VMOPs may run under this policy (all but {@code AlwaysOff}). */
    public boolean allowsMigration() {
        return this != ALWAYS_OFF;
    }

    @Override
    public String toString() {
        return wireName;
    }
}

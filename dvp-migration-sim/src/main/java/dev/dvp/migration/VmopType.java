package dev.dvp.migration;

/**
 * The two VMOP types that migrate a VM ({@code spec.type}): {@code Migrate} (created by a user) and {@code Evict}
 * (created by the system or {@code d8 v evict}; never carries {@code force}). The type only appears in the texts of
 * the applicability failures
 * ({@code images/virtualization-artifact/pkg/controller/vmop/migration/internal/handler/lifecycle.go},
 * {@code images/virtualization-artifact/pkg/controller/vmop/service/service.go}). Immutable; thread-safe.
 */
public enum VmopType {
    /** A user's migration request; may carry {@code force} and, in EE, a node selector. */
    MIGRATE("Migrate"),
    /** A system eviction (drain, firmware or placement update, volume migration). */
    EVICT("Evict");

    private final String wireName;

    VmopType(String wireName) {
        this.wireName = wireName;
    }

    /** The value as written in {@code spec.type}, e.g. {@code Evict}. */
    public String wireName() {
        return wireName;
    }

    @Override
    public String toString() {
        return wireName;
    }
}

package dev.dvp.migration;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A VM's {@code spec.liveMigrationPolicy} (or the system override), as DVP's VMOP controller sees it.
 *
 * <p>The VM CRD accepts only {@link #ALWAYS_SAFE}, {@link #PREFER_SAFE} (default), {@link #ALWAYS_FORCED} and
 * {@link #PREFER_FORCED}. {@link #NEVER} and {@link #MANUAL} exist only in DVP's Go validity list: no VMOP path
 * refuses them, they map to auto-converge off, and the SDK flags them as uncertain
 * ({@link #isCrdValue()} is {@code false}). Immutable; thread-safe.
 */
public enum LiveMigrationPolicy {
    /** Never throttle the guest; {@code force=true} is an error. */
    ALWAYS_SAFE("AlwaysSafe"),
    /** Default: no throttling unless the VMOP says {@code force=true}. */
    PREFER_SAFE("PreferSafe"),
    /** Always throttle; {@code force=false} is an error. */
    ALWAYS_FORCED("AlwaysForced"),
    /** Throttle unless the VMOP says {@code force=false}. */
    PREFER_FORCED("PreferForced"),
    /** Go API only (not accepted by the CRD); treated as auto-converge off, force ignored. */
    NEVER("Never"),
    /** Go API only (not accepted by the CRD); treated as auto-converge off, force ignored. */
    MANUAL("Manual");

    private final String wireName;

    LiveMigrationPolicy(String wireName) {
        this.wireName = wireName;
    }

    /** The value as written in manifests, e.g. {@code "PreferSafe"}. */
    public String wireName() {
        return wireName;
    }

    /** Whether the VM CRD's enum accepts this value (only the four documented ones). */
    public boolean isCrdValue() {
        return this != NEVER && this != MANUAL;
    }

    /**
     * Parses a manifest value (exact spelling, e.g. {@code AlwaysForced}).
     *
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static LiveMigrationPolicy fromWireName(String value) {
        for (LiveMigrationPolicy p : values()) {
            if (p.wireName.equals(value)) {
                return p;
            }
        }
        for (LiveMigrationPolicy p : values()) {
            if (p.wireName.toLowerCase(Locale.ROOT).equals(String.valueOf(value).toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("liveMigrationPolicy: unsupported value \"" + value
                        + "\". Maybe \"" + p.wireName + "\" (values are case-sensitive)?");
            }
        }
        throw new IllegalArgumentException("liveMigrationPolicy: unsupported value \"" + value + "\". Maybe one of "
                + Arrays.stream(values()).filter(LiveMigrationPolicy::isCrdValue).map(LiveMigrationPolicy::wireName)
                        .collect(Collectors.joining(", ")) + "?");
    }

    @Override
    public String toString() {
        return wireName;
    }
}

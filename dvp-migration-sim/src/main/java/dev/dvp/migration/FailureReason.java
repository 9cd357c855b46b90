package dev.dvp.migration;

/**
 * Why a simulated migration failed (rule book §5.4). Immutable; thread-safe.
 */
public enum FailureReason {
    /** KubeVirt aborted it: not completed within {@code completionTimeoutPerGiB × ceil(GB)}; VMOP reason Aborted. */
    COMPLETION_TIMEOUT,
    /** KubeVirt aborted it: remaining data did not decrease for longer than progressTimeout; VMOP reason Aborted. */
    PROGRESS_TIMEOUT,
    /** The policy × force table refused the VMOP before any migration was created. */
    NOT_APPLICABLE_FOR_LIVE_MIGRATION_POLICY,
    /** The VM's {@code Migratable} condition is False; VMOP reason OperationFailed. */
    NOT_MIGRATABLE
}

package dev.dvp.migration;

/**
 * Why a simulated migration failed
 * ({@code images/virtualization-artifact/pkg/controller/vmop/migration/internal/handler/lifecycle.go}), with the reason
 * of the VMOP {@code Completed} condition DVP sets. Immutable; thread-safe.
 */
public enum FailureReason {
    /** KubeVirt aborted it: not completed within {@code completionTimeoutPerGiB × ceil(GB)}; VMOP reason Aborted. */
    COMPLETION_TIMEOUT("Aborted", false),
    /** KubeVirt aborted it: remaining data did not decrease for longer than progressTimeout; VMOP reason Aborted. */
    PROGRESS_TIMEOUT("Aborted", false),
    /** The VM's run policy ({@code AlwaysOff}) does not allow migration. */
    NOT_APPLICABLE_FOR_VIRTUAL_MACHINE_RUN_POLICY("NotApplicableForVirtualMachineRunPolicy", true),
    /** The VM is not {@code Running}. */
    NOT_APPLICABLE_FOR_VIRTUAL_MACHINE_PHASE("NotApplicableForVirtualMachinePhase", true),
    /** The source node has no resolved migration interface ({@code liveMigration.network}). */
    MIGRATION_NETWORK_UNAVAILABLE("MigrationNetworkUnavailable", true),
    /** The policy × force table refused the VMOP before any migration was created. */
    NOT_APPLICABLE_FOR_LIVE_MIGRATION_POLICY("NotApplicableForLiveMigrationPolicy", true),
    /** Another unfinished migration of the same VM exists. */
    OTHER_MIGRATION_IN_PROGRESS("OtherMigrationInProgress", true),
    /** The VM stayed {@code Migratable} but never became {@code ReadyToMigrate} within 5 minutes. */
    READY_TO_MIGRATE_TIMEOUT("OperationFailed", true),
    /** The VM's {@code Migratable} condition is False; VMOP reason OperationFailed. */
    NOT_MIGRATABLE("OperationFailed", true);

    private final String vmopReason;
    private final boolean beforeStart;

    FailureReason(String vmopReason, boolean beforeStart) {
        this.vmopReason = vmopReason;
        this.beforeStart = beforeStart;
    }

    /** The reason of the VMOP {@code Completed} condition, e.g. {@code OtherMigrationInProgress}. */
    public String vmopReason() {
        return vmopReason;
    }

    /** Whether this failure happens in the pre-start checks, before any VMIM exists. */
    public boolean beforeStart() {
        return beforeStart;
    }
}

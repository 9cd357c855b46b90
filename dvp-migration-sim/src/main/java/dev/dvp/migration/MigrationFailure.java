package dev.dvp.migration;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A failed migration, with what each layer shows. Immutable; thread-safe.
 *
 * @param reason the simulator's classification
 * @param at when it failed, since the transfer started; for pre-start failures zero, or the rest of the 5-minute
 *     readiness wait for {@link FailureReason#READY_TO_MIGRATE_TIMEOUT}
 * @param kubevirtFailureReason KubeVirt's {@code migrationState.failureReason}, e.g.
 *     {@code Live migration is not completed after 1600 seconds and has been aborted}; empty when no VMIM ran
 * @param vmopReason the VMOP {@code Completed} condition reason ({@link FailureReason#vmopReason()}), e.g.
 *     {@code Aborted}, {@code NotApplicableForLiveMigrationPolicy}, {@code OtherMigrationInProgress}
 * @param vmopMessage the VMOP message, e.g. {@code Migration aborted: Live migration is not completed after ...};
 *     empty for {@code MigrationNetworkUnavailable}, whose text DVP's sources do not show
 */
public record MigrationFailure(FailureReason reason, Duration at, Optional<String> kubevirtFailureReason,
                               String vmopReason, String vmopMessage) {

    /** Validates the components. */
    public MigrationFailure {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kubevirtFailureReason, "kubevirtFailureReason");
        Objects.requireNonNull(vmopReason, "vmopReason");
        Objects.requireNonNull(vmopMessage, "vmopMessage");
    }
}

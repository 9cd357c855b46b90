package dev.dvp.migration;

import dev.dvp.model.VirtualMachineOperationPhase;
import java.util.Objects;
import java.util.Optional;

/**
 * What DVP's pre-start checks make of a {@code Migrate}/{@code Evict} VMOP
 * ({@code images/virtualization-artifact/pkg/controller/vmop/migration/internal/handler/lifecycle.go}): it may start
 * (phase {@code Pending}, reason {@code MigrationPending}, the VMIM is created), it waits for the VM's disks (phase
 * {@code Pending}, reason {@code WaitingForVirtualMachineToBeReadyToMigrate}), or it failed (phase {@code Failed} with
 * the reason and message of its {@code Completed} condition). Obtain one from {@link PreStartCheck#evaluate}.
 * Immutable; thread-safe.
 *
 * @param outcome start, wait or fail
 * @param phase the VMOP {@code status.phase} the checks leave
 * @param reason the reason of the VMOP {@code Completed} condition
 * @param message its message, empty where DVP writes none or its sources show no text
 *     ({@code MigrationNetworkUnavailable})
 * @param failure the simulator's classification when {@link Outcome#FAILED}, else empty
 */
public record PreStartVerdict(Outcome outcome, VirtualMachineOperationPhase phase, String reason, Optional<String> message,
                              Optional<FailureReason> failure) {

    /** The three results of the pre-start checks. */
    public enum Outcome {
        /** All checks passed; DVP creates the VMIM. */
        MAY_START,
        /** {@code Migratable} is True but the VM is not yet {@code ReadyToMigrate}; the VMOP stays Pending. */
        WAITING,
        /** A check failed; the VMOP is {@code Failed} and no VMIM is created. */
        FAILED
    }

    /** Validates the components. */
    public PreStartVerdict {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(failure, "failure");
        if ((outcome == Outcome.FAILED) != failure.isPresent()) {
            throw new IllegalArgumentException("a verdict has a failure classification exactly when it failed");
        }
    }

    /** Whether the migration may start. */
    public boolean mayStart() {
        return outcome == Outcome.MAY_START;
    }
}

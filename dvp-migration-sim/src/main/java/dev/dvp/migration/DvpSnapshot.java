package dev.dvp.migration;

import dev.dvp.model.VirtualMachineOperationPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The DVP objects at one moment of a migration
 * ({@code images/virtualization-artifact/pkg/controller/vmop/migration/internal/handler/lifecycle.go},
 * {@code images/virtualization-artifact/pkg/controller/vm/internal/util.go}): the VMOP's phase, reason, message and the
 * fixed progress points, the VM's phase and its {@code status.migrationState}. Immutable; thread-safe.
 *
 * @param offset time since the transfer started
 * @param time wall-clock time (the simulator's clock at start + offset)
 * @param vmopPhase VMOP {@code status.phase}
 * @param vmopReason reason of the VMOP {@code Completed} condition, e.g. {@code Syncing}, {@code NotConverging}
 * @param vmopMessage its message, empty when DVP writes none
 * @param vmopProgress {@code status.progress} where DVP sets a fixed value (0, 91, 92, 100); the 10–90% estimate
 *     while syncing is UI-only and not modelled (empty)
 * @param vmPhase VM {@code status.phase}: {@code Running} or {@code Migrating}
 * @param migrationStart {@code status.migrationState.startTimestamp}
 * @param migrationEnd {@code status.migrationState.endTimestamp}
 * @param migrationResult {@code status.migrationState.result}: {@code ""}, {@code Succeeded} or {@code Failed}
 */
public record DvpSnapshot(Duration offset, Instant time, VirtualMachineOperationPhase vmopPhase, String vmopReason,
                          Optional<String> vmopMessage, OptionalInt vmopProgress, String vmPhase,
                          Optional<Instant> migrationStart, Optional<Instant> migrationEnd, String migrationResult) {

    /** Validates the components. */
    public DvpSnapshot {
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(vmopPhase, "vmopPhase");
        Objects.requireNonNull(vmopReason, "vmopReason");
        Objects.requireNonNull(vmopMessage, "vmopMessage");
        Objects.requireNonNull(vmopProgress, "vmopProgress");
        Objects.requireNonNull(vmPhase, "vmPhase");
        Objects.requireNonNull(migrationStart, "migrationStart");
        Objects.requireNonNull(migrationEnd, "migrationEnd");
        Objects.requireNonNull(migrationResult, "migrationResult");
    }
}

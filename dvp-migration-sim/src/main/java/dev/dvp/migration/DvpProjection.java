package dev.dvp.migration;

import dev.dvp.model.VirtualMachineOperationPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Builds the VMOP / VM timeline of one migration
 * ({@code images/virtualization-artifact/pkg/controller/vmop/migration/internal/handler/lifecycle.go},
 * {@code images/virtualization-artifact/pkg/controller/vm/internal/util.go}) from the engine's events. The preparation
 * stages (target scheduling, slot waits) take no time in a single-migration run. Not thread-safe.
 */
final class DvpProjection {

    static final String RUNNING = "Running";
    static final String MIGRATING = "Migrating";
    static final String SYNCING = "Syncing";
    static final String NOT_CONVERGING = "NotConverging";

    private final Instant start;
    private final List<DvpSnapshot> timeline = new ArrayList<>();
    private Optional<Instant> migrationStart = Optional.empty();
    private String reason = "";

    DvpProjection(Instant start) {
        this(start, PreStartCheck.PENDING_REASON);
    }

    /** A timeline whose first, Pending snapshot carries {@code pendingReason} (0% progress). */
    DvpProjection(Instant start, String pendingReason) {
        this.start = start;
        add(Duration.ZERO, VirtualMachineOperationPhase.PENDING, pendingReason, Optional.empty(), OptionalInt.of(0), RUNNING,
                Optional.empty(), "");
    }

    void transferStarted() {
        migrationStart = Optional.of(start);
        add(Duration.ZERO, VirtualMachineOperationPhase.IN_PROGRESS, SYNCING, Optional.empty(), OptionalInt.empty(), MIGRATING,
                Optional.empty(), "");
    }

    /** Switches between Syncing and NotConverging; repeated calls with the same reason add nothing. */
    void syncingReason(double seconds, String newReason) {
        if (!newReason.equals(reason)) {
            add(seconds(seconds), VirtualMachineOperationPhase.IN_PROGRESS, newReason, Optional.empty(), OptionalInt.empty(), MIGRATING,
                    Optional.empty(), "");
        }
    }

    void completed(double stopSeconds, double totalSeconds) {
        add(seconds(stopSeconds), VirtualMachineOperationPhase.IN_PROGRESS, "SourceSuspended", Optional.empty(), OptionalInt.of(91),
                MIGRATING, Optional.empty(), "");
        Duration end = seconds(totalSeconds);
        add(end, VirtualMachineOperationPhase.IN_PROGRESS, "TargetResumed", Optional.empty(), OptionalInt.of(92), MIGRATING,
                Optional.empty(), "");
        add(end, VirtualMachineOperationPhase.COMPLETED, "Completed", Optional.empty(), OptionalInt.of(100), RUNNING,
                Optional.of(start.plus(end)), "Succeeded");
    }

    void failed(Duration at, String vmopReason, String message, boolean migrationRan) {
        add(at, VirtualMachineOperationPhase.FAILED, vmopReason, Optional.of(message), OptionalInt.empty(), RUNNING,
                migrationRan ? Optional.of(start.plus(at)) : Optional.empty(), migrationRan ? "Failed" : "");
    }

    List<DvpSnapshot> timeline() {
        return timeline;
    }

    private void add(Duration offset, VirtualMachineOperationPhase phase, String newReason, Optional<String> message,
                     OptionalInt progress, String vmPhase, Optional<Instant> end, String result) {
        reason = newReason;
        timeline.add(new DvpSnapshot(offset, start.plus(offset), phase, newReason, message, progress, vmPhase,
                migrationStart, end, result));
    }

    static Duration seconds(double s) {
        return Duration.ofNanos(Math.round(s * 1e9));
    }
}

package dev.dvp.migration;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one simulated migration (the figures QEMU's {@code query-migrate} reports,
 * {@code migration/migration.c}). Immutable; thread-safe.
 *
 * @param completed whether the VM switched over to the target
 * @param failure why it failed, when it did not complete
 * @param decision DVP's auto-converge decision (policy × force)
 * @param totalTime QEMU {@code total-time}: transfer start to completion or abort (excludes target preparation and
 *     slot waits); zero when the VMOP failed before start
 * @param downtime QEMU {@code downtime} (zero unless completed)
 * @param wireBytes every byte sent: normal pages × 4104 + zero pages × 9 + device state
 * @param normalPagesSent normal (non-zero) pages sent, rounded from the model's fractional page counts
 * @param zeroPagesSent all-zero pages sent
 * @param iterations rounds (threshold-triggered syncs while the guest runs; the bulk pass is iteration 1)
 * @param dirtySyncCount QEMU {@code dirty-sync-count}: setup + rounds + timer syncs (+ the final sync if completed)
 * @param timerSyncs periodic 5 s syncs (QEMU ≥ 9.2 with auto-converge)
 * @param maxThrottlePercent highest throttle reached, 0 if never throttled
 * @param thresholdBytes the switchover threshold T = B × downtime-limit
 * @param acceptableCompletionTime KubeVirt's completion timeout for this VM (zero when disabled)
 * @param samples {@code query-migrate}-like time series (every sync before and after, and periodic)
 * @param iterationTable per-round records (at most the scenario's {@code maxIterationRecords}, the first ones)
 * @param dvpTimeline VMOP / VM states in time order
 * @param warnings remarks that do not change the outcome (ignored force, uncertain policy, volume timeout quirk)
 */
public record MigrationOutcome(boolean completed, Optional<MigrationFailure> failure, AutoConvergeDecision decision,
                              Duration totalTime, Duration downtime, long wireBytes, long normalPagesSent,
                              long zeroPagesSent, int iterations, int dirtySyncCount, int timerSyncs,
                              int maxThrottlePercent, long thresholdBytes, Duration acceptableCompletionTime,
                              List<MigrationSample> samples, List<IterationRecord> iterationTable,
                              List<DvpSnapshot> dvpTimeline, List<String> warnings) {

    /** Validates and copies the components. */
    public MigrationOutcome {
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(totalTime, "totalTime");
        Objects.requireNonNull(downtime, "downtime");
        Objects.requireNonNull(acceptableCompletionTime, "acceptableCompletionTime");
        if (completed == failure.isPresent()) {
            throw new IllegalArgumentException("a result is either completed or has a failure");
        }
        samples = List.copyOf(samples);
        iterationTable = List.copyOf(iterationTable);
        dvpTimeline = List.copyOf(dvpTimeline);
        warnings = List.copyOf(warnings);
    }

    /**
     * Whether the VMOP failed in the pre-start checks (run policy, VM phase, migration network, policy × force,
     * another migration, readiness or {@code Migratable}; see {@link PreStartCheck}), so no migration ran.
     */
    public boolean failedBeforeStart() {
        return failure.map(f -> f.reason().beforeStart()).orElse(false);
    }

    /** A one-line verdict, e.g. {@code Completed in 27.4 s (downtime 162 ms, 3 iterations, throttle 0%)}. */
    public String verdict() {
        if (completed) {
            return String.format(java.util.Locale.ROOT, "Completed in %.1f s (downtime %d ms, %d iterations, "
                            + "%d dirty syncs, max throttle %d%%)", totalTime.toNanos() / 1e9, downtime.toMillis(),
                    iterations, dirtySyncCount, maxThrottlePercent);
        }
        MigrationFailure f = failure.orElseThrow();
        return String.format(java.util.Locale.ROOT, "Failed after %.1f s: %s (%s)", f.at().toNanos() / 1e9,
                f.vmopReason(), f.vmopMessage());
    }
}

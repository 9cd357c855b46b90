package dev.dvp.migration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One run of the simulator's fixed-step model of QEMU's precopy loop ({@code migration/migration.c},
 * {@code migration/ram.c}): send, dirty, threshold check with dirty sync and period evaluation, switchover, QEMU 9.2's
 * periodic sync, and KubeVirt's 400 ms monitor. Pages are fractional counts in three classes (hot, cold non-zero, cold
 * zero) drained in proportion. Single use; not thread-safe.
 */
final class PrecopyRun {

    /** DVP marks a migration NotConverging only at this throttle when auto-converge is on (progress.go). */
    static final int NOT_CONVERGING_THROTTLE = 99;
    /** DVP's NotConverging rule: the smallest remaining has not improved for this long. */
    static final long NOT_CONVERGING_STALL_NANOS = 10_000_000_000L;
    /** DVP's reconcile interval while a migration is active. */
    static final long DVP_RECONCILE_NANOS = 10_000_000_000L;

    private static final double P = QemuSettings.PAGE_SIZE;
    private static final double NORMAL = QemuSettings.NORMAL_PAGE_WIRE_BYTES;
    private static final double ZERO = QemuSettings.ZERO_PAGE_WIRE_BYTES;
    private static final long SECOND = 1_000_000_000L;

    private final MigrationScenario scenario;
    private final AutoConvergeDecision decision;
    private final DvpProjection dvp;
    private final List<String> warnings;

    // Parameters, in primitives for the hot loop.
    private final double w;
    private final double bandwidth;
    private final double budget;
    private final double threshold;
    private final double switchoverRate;
    private final long dtNanos;
    private final double dt;
    private final boolean autoConverge;
    private final QemuSettings qemu;
    private final long periodicNanos;
    private final long pollNanos;
    private final long progressTimeoutSeconds;
    private final long acceptableSeconds;
    private final boolean throttleable;
    private final boolean random;
    private final long[] changeNanos;
    private final long[] changeRates;
    private final long sampleNanos;

    // State.
    private double rHot;
    private double rColdNonZero;
    private double rColdZero;
    private double q;
    private int throttle;
    private int highCount;
    private long n;
    private double sent;
    private long periodStartStep;
    private double periodStartSent;
    private double periodNewDirtyBytes;
    private int rounds;
    private int syncCount = 1;
    private int timerSyncs;
    private double normalSent;
    private double zeroSent;
    private int previousTickSyncCount = 2;
    private long dirtyPagesRate;
    private long expectedDowntimeMs;
    private int maxThrottle;

    // Workload state.
    private int nextChange;
    private long baseRate;
    private double writesPerStep;
    private double decay;

    // Monitor and DVP state.
    private boolean polled;
    private boolean polledSinceSync;
    private long nextPoll;
    private final boolean fastForward;
    private double previousRemaining;
    private long lastProgressNanos;
    private double minRemaining = Double.MAX_VALUE;
    private long minRemainingNanos;

    // Trace.
    private final SampleBuffer samples;
    private final List<IterationRecord> iterationTable = new ArrayList<>();
    private double roundStart;
    private double roundStartSent;

    PrecopyRun(MigrationScenario s, AutoConvergeDecision decision, Instant start, List<String> warnings) {
        this(s, decision, start, warnings, true);
    }

    /** {@code fastForward = false} runs every step one by one (the reference the closed-form jumps must match). */
    PrecopyRun(MigrationScenario s, AutoConvergeDecision decision, Instant start, List<String> warnings,
               boolean fastForward) {
        this.scenario = s;
        this.decision = decision;
        this.warnings = warnings;
        this.dvp = new DvpProjection(start);
        this.qemu = s.qemu();
        Workload wl = s.workload();
        double pages = Math.floor(s.memoryBytes() / P);
        this.w = Math.floor(wl.workingSetBytes().orElse(s.memoryBytes()) / P);
        double cold = pages - w;
        this.rHot = w;
        this.rColdZero = cold * wl.zeroPageFraction();
        this.rColdNonZero = cold - rColdZero;
        this.bandwidth = s.path().precopyRate();
        this.dtNanos = s.effectiveStep().toNanos();
        this.dt = dtNanos / 1e9;
        this.budget = bandwidth * dt;
        this.threshold = s.thresholdBytes();
        this.switchoverRate = s.path().linkBandwidth();
        this.autoConverge = decision.autoConverge();
        this.periodicNanos = autoConverge ? qemu.periodicSync().toNanos() : 0;
        this.pollNanos = s.monitor().pollInterval().toNanos();
        this.progressTimeoutSeconds = s.monitor().progressTimeout().getSeconds();
        this.acceptableSeconds = s.acceptableCompletionTime().getSeconds();
        this.throttleable = wl.dirtyThrottleable();
        this.random = wl.pattern() == DirtyPattern.RANDOM;
        this.changeNanos = wl.dirtyRateChanges().stream().mapToLong(c -> c.at().toNanos()).toArray();
        this.changeRates = wl.dirtyRateChanges().stream().mapToLong(RateChange::bytesPerSecond).toArray();
        this.baseRate = wl.dirtyRate();
        this.sampleNanos = s.sampleInterval().map(Duration::toNanos).orElse(Long.MAX_VALUE);
        this.samples = new SampleBuffer(s.maxSamples());
        this.expectedDowntimeMs = qemu.downtimeLimit().toMillis();
        this.fastForward = fastForward && pollNanos >= dtNanos;
        updateWriteRate();
    }

    MigrationOutcome run() {
        dvp.transferStarted();
        sample(0, true);
        long nextTick = periodicNanos > 0 ? periodicNanos : Long.MAX_VALUE;
        nextPoll = pollNanos;
        long nextReconcile = DVP_RECONCILE_NANOS;
        long nextSample = sampleNanos;
        long nextChangeAt = nextChange < changeNanos.length ? changeNanos[nextChange] : Long.MAX_VALUE;
        while (true) {
            if (fastForward && polledSinceSync) {
                long k = stepsWithoutEvent(Math.min(Math.min(nextTick, nextReconcile), Math.min(nextSample,
                        nextChangeAt)));
                if (k >= 2) {
                    jump(k);
                }
            }
            long tNow = n * dtNanos;
            if (tNow >= nextChangeAt) {
                while (nextChange < changeNanos.length && changeNanos[nextChange] <= tNow) {
                    baseRate = changeRates[nextChange++];
                }
                nextChangeAt = nextChange < changeNanos.length ? changeNanos[nextChange] : Long.MAX_VALUE;
                updateWriteRate();
                sample(tNow / 1e9, true);
            }
            send();
            dirty();
            n++;
            long t = n * dtNanos;
            double pending = rHot + rColdNonZero + rColdZero;
            if (pending == 0 || pending * P < threshold) {
                sync(true);
                pending = rHot + rColdNonZero + rColdZero;
                if (pending == 0 || pending * P < threshold) {
                    return switchover(t);
                }
            }
            if (t >= nextTick) {
                nextTick += periodicNanos;
                if (syncCount > 1 && syncCount == previousTickSyncCount) {
                    sync(false);
                    timerSyncs++;
                }
                previousTickSyncCount = syncCount;
            }
            if (t >= nextSample) {
                nextSample += sampleNanos;
                sample(t / 1e9, false);
            }
            if (t >= nextPoll) {
                nextPoll += pollNanos;
                MigrationOutcome failed = poll(t);
                if (failed != null) {
                    return failed;
                }
            }
            if (t >= nextReconcile) {
                nextReconcile += DVP_RECONCILE_NANOS;
                boolean maxedOut = !autoConverge || throttle >= NOT_CONVERGING_THROTTLE;
                boolean stalled = rounds > 0 && maxedOut && t - minRemainingNanos >= NOT_CONVERGING_STALL_NANOS;
                dvp.syncingReason(t / 1e9, stalled ? DvpProjection.NOT_CONVERGING : DvpProjection.SYNCING);
            }
        }
    }

    /**
     * How many steps can be taken in closed form: every one sends a full budget, none crosses the threshold, and no
     * event (timer tick, DVP reconcile, sample, rate change, completion-timeout poll) falls inside. One step of
     * margin on each bound keeps the boundaries to the step-by-step loop.
     */
    private long stepsWithoutEvent(long nextEvent) {
        double pages = rHot + rColdNonZero + rColdZero;
        double wire = (rHot + rColdNonZero) * NORMAL + rColdZero * ZERO;
        if (pages == 0 || wire <= budget) {
            return 0;
        }
        double thresholdWire = threshold * wire / (pages * P);
        long k = (long) Math.floor((wire - thresholdWire) / budget) - 1;
        k = Math.min(k, stepIndexAt(nextEvent) - 1 - n);
        if (acceptableSeconds > 0) {
            long timeoutAt = (acceptableSeconds + 1) * SECOND - pollNanos;
            k = Math.min(k, stepIndexAt(timeoutAt) - 1 - n);
        }
        return k;
    }

    private long stepIndexAt(long nanos) {
        if (nanos == Long.MAX_VALUE) {
            return Long.MAX_VALUE / 2;
        }
        return Math.floorDiv(nanos + dtNanos - 1, dtNanos);
    }

    /** Takes {@code k} full-budget steps at once; monitor polls inside all see a decrease (folded in closed form). */
    private void jump(long k) {
        double pages0 = rHot + rColdNonZero + rColdZero;
        double wire0 = (rHot + rColdNonZero) * NORMAL + rColdZero * ZERO;
        double scale = (wire0 - k * budget) / wire0;
        normalSent += (rHot + rColdNonZero) * (1 - scale);
        zeroSent += rColdZero * (1 - scale);
        rHot *= scale;
        rColdNonZero *= scale;
        rColdZero *= scale;
        sent += k * budget;
        if (writesPerStep > 0) {
            q = random ? w - (w - q) * Math.pow(decay, k) : Math.min(w, q + k * writesPerStep);
        }
        long endNanos = (n + k) * dtNanos;
        if (nextPoll <= endNanos) {
            long polls = (endNanos - nextPoll) / pollNanos + 1;
            long lastPoll = nextPoll + (polls - 1) * pollNanos;
            long lastPollStep = stepIndexAt(lastPoll);
            double remaining = pages0 * (wire0 - (lastPollStep - n) * budget) / wire0 * P;
            lastProgressNanos = lastPollStep * dtNanos;
            previousRemaining = remaining;
            if (remaining < minRemaining) {
                minRemaining = remaining;
                minRemainingNanos = lastProgressNanos;
            }
            nextPoll += polls * pollNanos;
        }
        n += k;
    }

    private void send() {
        double wire = (rHot + rColdNonZero) * NORMAL + rColdZero * ZERO;
        if (wire <= 0) {
            return;
        }
        double sh;
        double sc;
        double sz;
        if (wire <= budget) {
            sh = rHot;
            sc = rColdNonZero;
            sz = rColdZero;
            rHot = 0;
            rColdNonZero = 0;
            rColdZero = 0;
            sent += wire;
        } else {
            double f = budget / wire;
            sh = rHot * f;
            sc = rColdNonZero * f;
            sz = rColdZero * f;
            rHot -= sh;
            rColdNonZero -= sc;
            rColdZero -= sz;
            sent += budget;
        }
        normalSent += sh + sc;
        zeroSent += sz;
    }

    private void dirty() {
        if (writesPerStep == 0) {
            return;
        }
        if (random) {
            q = w - (w - q) * decay;
        } else {
            q = Math.min(w, q + writesPerStep);
        }
    }

    private void updateWriteRate() {
        double factor = throttleable ? 1 - throttle / 100.0 : 1;
        writesPerStep = w == 0 ? 0 : baseRate * dt * factor / P;
        decay = w == 0 ? 1 : Math.exp(-writesPerStep / w);
    }

    private double effectiveRate() {
        return writesPerStep * P / dt;
    }

    /** Pull newly dirtied pages into the bitmap, then evaluate the period when it is over 1 s. */
    private void sync(boolean round) {
        double before = (rHot + rColdNonZero + rColdZero) * P;
        double t = n * dt;
        sample(t, false, before);
        double newBits = w == 0 ? 0 : q * (1 - rHot / w);
        rHot += newBits;
        q = 0;
        polledSinceSync = false;
        syncCount++;
        periodNewDirtyBytes += newBits * P;
        long periodNanos = (n - periodStartStep) * dtNanos;
        if (periodNanos > SECOND) {
            double xfer = sent - periodStartSent;
            double dirtyThreshold = xfer * qemu.triggerThresholdPercent() / 100.0;
            dirtyPagesRate = (long) (periodNewDirtyBytes / P * 1e9 / periodNanos);
            if (periodNewDirtyBytes > dirtyThreshold && ++highCount >= 2) {
                highCount = 0;
                if (autoConverge) {
                    throttleDown(periodNewDirtyBytes, dirtyThreshold);
                }
            }
            periodStartStep = n;
            periodStartSent = sent;
            periodNewDirtyBytes = 0;
        }
        double remaining = (rHot + rColdNonZero + rColdZero) * P;
        if (dirtyPagesRate > 0) {
            expectedDowntimeMs = (long) (remaining / bandwidth * 1000);
        }
        if (round) {
            rounds++;
            if (iterationTable.size() < scenario.maxIterationRecords()) {
                iterationTable.add(new IterationRecord(rounds, roundStart, t, Math.round(sent - roundStartSent),
                        Math.round(newBits), Math.round(remaining), throttle));
            }
            roundStart = t;
            roundStartSent = sent;
        }
        sample(t, false);
    }

    /** QEMU's mig_throttle_guest_down: first the initial step, then +increment (or tailslow's), clamped. */
    private void throttleDown(double dirtyBytes, double dirtyThreshold) {
        if (throttle == 0) {
            throttle = qemu.throttleInitialPercent();
        } else {
            long inc = qemu.throttleIncrementPercent();
            if (qemu.tailslow()) {
                long cpuNow = 100 - throttle;
                long cpuIdeal = (long) (cpuNow * (dirtyThreshold / dirtyBytes));
                inc = Math.min(cpuNow - cpuIdeal, inc);
            }
            throttle = (int) Math.min(throttle + inc, qemu.maxThrottlePercent());
        }
        throttle = Math.max(1, Math.min(99, throttle));
        maxThrottle = Math.max(maxThrottle, throttle);
        updateWriteRate();
    }

    private MigrationOutcome poll(long t) {
        double remaining = (rHot + rColdNonZero + rColdZero) * P;
        if (!polled || remaining < previousRemaining) {
            lastProgressNanos = t;
        }
        polled = true;
        polledSinceSync = true;
        previousRemaining = remaining;
        if (remaining < minRemaining) {
            minRemaining = remaining;
            minRemainingNanos = t;
        }
        long stuck = (t - lastProgressNanos) / SECOND;
        if (progressTimeoutSeconds > 0 && stuck > progressTimeoutSeconds) {
            return fail(t, FailureReason.PROGRESS_TIMEOUT,
                    "Live migration stuck for " + stuck + " seconds and has been aborted");
        }
        if (acceptableSeconds > 0 && t / SECOND > acceptableSeconds) {
            return fail(t, FailureReason.COMPLETION_TIMEOUT,
                    CompletionTimeout.failureMessage(Duration.ofSeconds(acceptableSeconds)));
        }
        return null;
    }

    private MigrationOutcome switchover(long tNanos) {
        double t = tNanos / 1e9;
        double wire = (rHot + rColdNonZero) * NORMAL + rColdZero * ZERO + qemu.deviceStateBytes();
        normalSent += rHot + rColdNonZero;
        zeroSent += rColdZero;
        rHot = 0;
        rColdNonZero = 0;
        rColdZero = 0;
        sent += wire;
        syncCount++;
        double downtime = wire / switchoverRate + qemu.fixedDowntime().toNanos() / 1e9;
        double total = t + downtime;
        throttle = 0;
        sample(total, true);
        dvp.completed(t, total);
        return result(true, Optional.empty(), DvpProjection.seconds(total), DvpProjection.seconds(downtime));
    }

    private MigrationOutcome fail(long tNanos, FailureReason reason, String kubevirtReason) {
        Duration at = Duration.ofNanos(tNanos);
        String message = "Migration aborted: " + kubevirtReason;
        throttle = 0;
        sample(tNanos / 1e9, true);
        dvp.failed(at, "Aborted", message, true);
        return result(false, Optional.of(new MigrationFailure(reason, at, Optional.of(kubevirtReason), "Aborted",
                message)), at, Duration.ZERO);
    }

    private MigrationOutcome result(boolean completed, Optional<MigrationFailure> failure, Duration total,
                                   Duration downtime) {
        return new MigrationOutcome(completed, failure, decision, total, downtime, Math.round(sent),
                Math.round(normalSent), Math.round(zeroSent), rounds, syncCount, timerSyncs, maxThrottle,
                Math.round(threshold), scenario.acceptableCompletionTime(), samples.toList(), iterationTable,
                dvp.timeline(), warnings);
    }

    private void sample(double t, boolean force) {
        sample(t, force, (rHot + rColdNonZero + rColdZero) * P);
    }

    private void sample(double t, boolean force, double remaining) {
        samples.offer(t, remaining, sent, dirtyPagesRate, expectedDowntimeMs, throttle, syncCount, effectiveRate(),
                force);
    }
}

package dev.dvp.migration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Simulates one live migration end to end: DVP's pre-start checks ({@link PreStartCheck}: run policy, VM phase,
 * migration network, policy × force, other migrations, readiness, {@code Migratable}), QEMU's
 * precopy loop with auto-converge, KubeVirt's monitor, and the VMOP/VM projection.
 *
 * <pre>{@code
 * MigrationOutcome r = MigrationSimulator.create().run(MigrationScenario.builder()
 *         .memoryBytes(16L << 30)
 *         .workload(Workload.builder().dirtyRate(64L << 20).workingSetBytes(2L << 30).build())
 *         .build());
 * System.out.println(r.verdict());
 * }</pre>
 *
 * <p>Deterministic: the same scenario always gives the same result; the clock only dates the DVP timeline.
 * Stateless and thread-safe: one instance may run many scenarios concurrently.
 */
public final class MigrationSimulator {

    private final Clock clock;

    private MigrationSimulator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A simulator whose DVP timeline starts at the clock's current instant. */
    public static MigrationSimulator using(Clock clock) {
        return new MigrationSimulator(clock);
    }

    /** A simulator whose DVP timeline starts at the Unix epoch (fully reproducible output). */
    public static MigrationSimulator create() {
        return new MigrationSimulator(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    }

    /**
     * Runs one migration.
     *
     * @param scenario the inputs
     * @return the outcome; domain failures (timeouts, policy errors) are values, never exceptions. A VMOP refused by
     *     a pre-start check fails at offset zero; one waiting for {@code ReadyToMigrate} (the scenario's facts never
     *     change) fails when the 5-minute wait runs out, at the remaining wait time, with reason
     *     {@link FailureReason#READY_TO_MIGRATE_TIMEOUT}
     */
    public MigrationOutcome run(MigrationScenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        AutoConvergeDecision decision = scenario.autoConvergeDecision();
        List<String> warnings = new ArrayList<>(decision.warnings());
        volumeWarning(scenario).ifPresent(warnings::add);
        Instant start = clock.instant();
        PreStartVerdict verdict = scenario.preStartVerdict();
        if (verdict.outcome() == PreStartVerdict.Outcome.FAILED) {
            return refused(scenario, decision, warnings, start, verdict.failure().orElseThrow(), Duration.ZERO,
                    verdict.message().orElse(""));
        }
        if (verdict.outcome() == PreStartVerdict.Outcome.WAITING) {
            // A scenario's facts are static: a VM that is not ReadyToMigrate never becomes so, and DVP gives up
            // once the wait exceeds the limit.
            Duration rest = PreStartCheck.READINESS_LIMIT.minus(scenario.preconditions().waitedForReadiness());
            return refused(scenario, decision, warnings, start, FailureReason.READY_TO_MIGRATE_TIMEOUT, rest,
                    "Timed out waiting for the VirtualMachine to become ready to migrate.");
        }
        return new PrecopyRun(scenario, decision, start, warnings).run();
    }

    private static MigrationOutcome refused(MigrationScenario s, AutoConvergeDecision decision, List<String> warnings,
                                           Instant start, FailureReason reason, Duration at, String message) {
        DvpProjection dvp = at.isZero() ? new DvpProjection(start)
                : new DvpProjection(start, PreStartCheck.WAITING_REASON);
        dvp.failed(at, reason.vmopReason(), message, false);
        MigrationFailure failure = new MigrationFailure(reason, at, Optional.empty(), reason.vmopReason(), message);
        return new MigrationOutcome(false, Optional.of(failure), decision, Duration.ZERO, Duration.ZERO, 0, 0, 0, 0, 0,
                0, 0, Math.round(s.thresholdBytes()), s.acceptableCompletionTime(), List.of(), List.of(),
                dvp.timeline(), warnings);
    }

    /** KubeVirt ≤ 1.7 adds nothing for migrated volumes; warn when they alone would outlast the timeout. */
    private static Optional<String> volumeWarning(MigrationScenario s) {
        long volumes = s.monitor().migratedVolumeBytes();
        Duration acceptable = s.acceptableCompletionTime();
        if (volumes == 0 || acceptable.isZero()) {
            return Optional.empty();
        }
        double seconds = (s.memoryBytes() + s.monitor().extraDataBytes() + volumes)
                / (double) s.path().precopyRate();
        if (seconds <= acceptable.getSeconds()) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "copying memory and %d bytes of migrated volumes needs about "
                        + "%.0f s at %d bytes/s, but KubeVirt's completion timeout counts memory only: %d s",
                volumes, seconds, s.path().precopyRate(), acceptable.getSeconds()));
    }
}

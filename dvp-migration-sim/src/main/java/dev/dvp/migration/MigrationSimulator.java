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
 * Simulates one live migration end to end: DVP's pre-start checks (policy × force, {@code Migratable}), QEMU's
 * precopy loop with auto-converge, KubeVirt's monitor, and the VMOP/VM projection (rule book §5).
 *
 * <pre>{@code
 * MigrationResult r = MigrationSimulator.create().run(MigrationScenario.builder()
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
     * @return the outcome; domain failures (timeouts, policy errors) are values, never exceptions
     */
    public MigrationResult run(MigrationScenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        AutoConvergeDecision decision = scenario.autoConvergeDecision();
        List<String> warnings = new ArrayList<>(decision.warnings());
        volumeWarning(scenario).ifPresent(warnings::add);
        Instant start = clock.instant();
        if (decision.error().isPresent()) {
            return refused(scenario, decision, warnings, start, FailureReason.NOT_APPLICABLE_FOR_LIVE_MIGRATION_POLICY,
                    AutoConvergeDecision.NOT_APPLICABLE_REASON, decision.vmopMessage().orElseThrow());
        }
        if (!scenario.migratable()) {
            return refused(scenario, decision, warnings, start, FailureReason.NOT_MIGRATABLE, "OperationFailed",
                    "VirtualMachine is not migratable, cannot be processed.");
        }
        return new PrecopyRun(scenario, decision, start, warnings).run();
    }

    private static MigrationResult refused(MigrationScenario s, AutoConvergeDecision decision, List<String> warnings,
                                           Instant start, FailureReason reason, String vmopReason, String message) {
        DvpProjection dvp = new DvpProjection(start);
        dvp.failed(Duration.ZERO, vmopReason, message, false);
        MigrationFailure failure = new MigrationFailure(reason, Duration.ZERO, Optional.empty(), vmopReason, message);
        return new MigrationResult(false, Optional.of(failure), decision, Duration.ZERO, Duration.ZERO, 0, 0, 0, 0, 0,
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

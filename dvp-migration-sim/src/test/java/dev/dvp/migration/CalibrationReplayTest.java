package dev.dvp.migration;

import dev.dvp.model.LiveMigrationPolicy;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dvp.testing.SharedReference;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the measured QEMU migrations of {@code reference/data/qemu-migrations-calibration.json} through the engine.
 * Inputs come only from each run's {@code inputs}, {@code guest_memory} and pre-migration write rate; the outcome is
 * compared within the tolerances recorded in {@code benchmarks/RESULTS.md}. Skipped when the reference data is absent.
 */
class CalibrationReplayTest {

    /** Relative tolerance on total time and wire bytes of runs that were not throttled. */
    static final double TIME_AND_BYTES = 0.25;
    /** Relative tolerance on the times of the throttle steps (auto-converge runs). */
    static final double THROTTLE_STEP_TIME = 0.12;
    /** Relative tolerance on total time and bytes of auto-converge runs. */
    static final double THROTTLED_TIME_AND_BYTES = 0.15;
    /** Relative tolerance on the dirty-sync count (at least ±2). */
    static final double SYNCS = 0.30;
    /** Downtime at a link as fast as max-bandwidth: 25% or 30 ms. */
    static final double DOWNTIME = 0.25;
    /** Iterations of about one rate-limit window are dominated by TCG's sync stalls: only bounds are asserted. */
    static final double WINDOW_LENGTH_ITERATION_FACTOR = 2.2;

    private static final long MI = 1L << 20;
    private static final long LOOPBACK = 2_000_000_000L;

    static Stream<JsonNode> runs() throws IOException {
        Path file = SharedReference.file("data", "qemu-migrations-calibration.json");
        List<JsonNode> list = new ArrayList<>();
        new ObjectMapper().readTree(file.toFile()).forEach(list::add);
        return list.stream();
    }

    /** Builds the scenario from a measured run's inputs only. */
    static MigrationScenario scenarioOf(JsonNode run, long link) {
        JsonNode in = run.get("inputs");
        long memory = in.get("guest_ram_mib").asLong() * MI;
        double ws = in.get("working_set_mib").asDouble() * MI;
        double nonZero = run.get("guest_memory").get("nonfree_guest_ram_mib_after_touch").asDouble() * MI;
        double cold = memory - ws;
        double zeroFraction = cold <= 0 ? 0 : Math.max(0, Math.min(1, (cold - (nonZero - ws)) / cold));
        long rate = run.get("measured_dirty_rate").get("guest_write_rate_pages_per_s_before_migration").asLong()
                * QemuSettings.PAGE_SIZE;
        String pattern = in.get("dirty_pattern").asText();
        boolean ac = in.get("auto_converge").asBoolean();
        double cancelAt = run.get("outcome").path("cancelled_by_harness_at_ms").asDouble(0) / 1000;
        long gb = CompletionTimeout.dataSizeGb(memory);
        return MigrationScenario.builder().memoryBytes(memory)
                .workload(Workload.builder().dirtyRate(rate).workingSetBytes((long) ws).zeroPageFraction(zeroFraction)
                        .dirtyThrottleable(in.get("workload_maxlag_ms").asInt() == 0)
                        .pattern(pattern.equals("rand") ? DirtyPattern.RANDOM : DirtyPattern.SWEEP).build())
                .path(MigrationPath.builder().bandwidthPerMigration(in.get("max_bandwidth_bytes_per_s").asLong())
                        .linkBandwidth(link).build())
                .qemu(QemuSettings.builder().periodicSync(Duration.ZERO)
                        .downtimeLimit(Duration.ofMillis(in.get("downtime_limit_ms").asLong()))
                        .throttleInitialPercent(in.get("cpu_throttle_initial").asInt())
                        .throttleIncrementPercent(in.get("cpu_throttle_increment").asInt())
                        .maxThrottlePercent(in.get("max_cpu_throttle").asInt())
                        .triggerThresholdPercent(in.get("throttle_trigger_threshold").asInt())
                        .tailslow(in.get("cpu_throttle_tailslow").asBoolean()).build())
                // The harness cancelled non-converging runs; model that as the completion timeout.
                .monitor(MonitorSettings.builder().progressTimeout(Duration.ZERO)
                        .completionTimeoutPerGiB(cancelAt > 0 ? (long) Math.floor(cancelAt) / gb : 0).build())
                .policy(ac ? LiveMigrationPolicy.ALWAYS_FORCED : LiveMigrationPolicy.ALWAYS_SAFE).build();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("runs")
    void replay(JsonNode run) {
        String name = run.get("scenario").asText();
        JsonNode out = run.get("outcome");
        MigrationScenario s = scenarioOf(run, LOOPBACK);
        MigrationOutcome r = MigrationSimulator.create().run(s);
        boolean completed = out.get("completed").asBoolean();
        assertThat(r.completed()).as(name + " completed").isEqualTo(completed);
        if (!completed) {
            double cancelAt = out.get("cancelled_by_harness_at_ms").asDouble() / 1000;
            int syncsAtCancel = r.samples().stream().filter(x -> x.timeSeconds() <= cancelAt)
                    .mapToInt(MigrationSample::dirtySyncCount).max().orElse(0);
            assertSyncs(name, syncsAtCancel, out.get("dirty_sync_count").asInt());
            assertThat(r.maxThrottlePercent()).isEqualTo(out.get("max_cpu_throttle_pct").asInt());
            return;
        }
        double measuredTotal = out.get("total_time_ms").asDouble() / 1000;
        double total = r.totalTime().toNanos() / 1e9;
        int measuredThrottle = out.get("max_cpu_throttle_pct").asInt();
        boolean windowLengthIterations = s.autoConvergeDecision().autoConverge()
                && s.workload().workingSetBytes().orElse(s.memoryBytes()) <= 2 * s.path().precopyRate() * 0.1;
        if (windowLengthIterations) {
            assertThat(r.maxThrottlePercent()).as(name + " throttle (model is conservative)")
                    .isGreaterThanOrEqualTo(measuredThrottle);
            assertThat(total).as(name + " total time").isBetween(measuredTotal / WINDOW_LENGTH_ITERATION_FACTOR,
                    measuredTotal * WINDOW_LENGTH_ITERATION_FACTOR);
            return;
        }
        double tol = measuredThrottle > 0 ? THROTTLED_TIME_AND_BYTES : TIME_AND_BYTES;
        assertThat(total).as(name + " total time").isBetween(measuredTotal * (1 - tol), measuredTotal * (1 + tol));
        double bytes = out.get("transferred_bytes").asDouble();
        assertThat((double) r.wireBytes()).as(name + " bytes").isBetween(bytes * (1 - tol), bytes * (1 + tol));
        assertSyncs(name, r.dirtySyncCount(), out.get("dirty_sync_count").asInt());
        assertThat(r.maxThrottlePercent()).as(name + " max throttle").isEqualTo(measuredThrottle);
        List<double[]> steps = throttleSteps(r);
        JsonNode measuredSteps = out.get("throttle_steps_t_ms_pct");
        assertThat(steps).as(name + " throttle steps").hasSize(measuredSteps.size());
        for (int i = 0; i < steps.size(); i++) {
            double at = measuredSteps.get(i).get(0).asDouble() / 1000;
            assertThat(steps.get(i)[1]).isEqualTo(measuredSteps.get(i).get(1).asDouble());
            assertThat(steps.get(i)[0]).as(name + " step " + i).isBetween(at * (1 - THROTTLE_STEP_TIME),
                    at * (1 + THROTTLE_STEP_TIME));
        }
        JsonNode derived = out.get("derived_downtime_if_link_were_max_bandwidth_ms");
        MigrationOutcome slowLink = MigrationSimulator.create().run(scenarioOf(run, s.path().qemuMaxBandwidth()));
        double downtime = slowLink.downtime().toNanos() / 1e6;
        assertThat(Math.abs(downtime - derived.asDouble())).as(name + " downtime at max-bandwidth")
                .isLessThanOrEqualTo(Math.max(30, DOWNTIME * derived.asDouble()));
    }

    private static void assertSyncs(String name, int model, int measured) {
        assertThat((double) model).as(name + " dirty-sync-count").isBetween(measured - Math.max(2, SYNCS * measured),
                measured + Math.max(2, SYNCS * measured));
    }

    private static List<double[]> throttleSteps(MigrationOutcome r) {
        List<double[]> steps = new ArrayList<>();
        int last = 0;
        for (MigrationSample x : r.samples()) {
            if (x.throttlePercent() > last) {
                steps.add(new double[] {x.timeSeconds(), x.throttlePercent()});
            }
            if (x.throttlePercent() > 0) {
                last = x.throttlePercent();
            }
        }
        return steps;
    }
}

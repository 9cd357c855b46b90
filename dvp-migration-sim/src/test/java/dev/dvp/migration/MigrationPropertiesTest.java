package dev.dvp.migration;

import dev.dvp.model.LiveMigrationPolicy;
import static dev.dvp.migration.Scenarios.MI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** Invariants of the §5 model: monotonicity, conservation, convergence condition, fast-forward fidelity. */
class MigrationPropertiesTest {

    private static final MigrationSimulator SIM = MigrationSimulator.create();
    private static final long LINK = 2_000_000_000L;

    /** Completion time, or "infinity" for a failure. */
    private static double cost(MigrationOutcome r) {
        return r.completed() ? r.totalTime().toNanos() / 1e9 : Double.POSITIVE_INFINITY;
    }

    private static MigrationScenario scenario(int memMi, int wsPct, int rateMi, int bwMi, boolean ac, boolean random) {
        long memory = memMi * MI;
        return MigrationScenario.builder().memoryBytes(memory)
                .workload(Workload.builder().dirtyRate(rateMi * MI).workingSetBytes(memory * wsPct / 100)
                        .pattern(random ? DirtyPattern.RANDOM : DirtyPattern.SWEEP).build())
                .path(Scenarios.path(bwMi * MI, LINK))
                .policy(ac ? LiveMigrationPolicy.ALWAYS_FORCED : LiveMigrationPolicy.ALWAYS_SAFE)
                .qemu(Scenarios.qemu72()).build();
    }

    @Test
    void moreBandwidthNeverMakesAMigrationSlower() {
        qt().withExamples(150).forAll(integers().between(256, 4096), integers().between(1, 100),
                integers().between(0, 600), integers().between(16, 1200))
                .checkAssert((mem, ws, rate, bw) -> {
                    boolean random = mem % 2 == 0;
                    MigrationOutcome slow = SIM.run(scenario(mem, ws, rate, bw, false, random));
                    MigrationOutcome fast = SIM.run(scenario(mem, ws, rate, bw + 64, false, random));
                    // One rate-limit window of slack: switchover happens at window granularity.
                    assertThat(cost(fast)).isLessThanOrEqualTo(cost(slow) + 0.1 + 1e-9);
                });
    }

    @Test
    void aHigherDirtyRateNeverMakesAMigrationFaster() {
        qt().withExamples(150).forAll(integers().between(256, 4096), integers().between(1, 100),
                integers().between(0, 600), integers().between(16, 1200))
                .checkAssert((mem, ws, rate, bw) -> {
                    boolean random = mem % 2 == 0;
                    MigrationOutcome calm = SIM.run(scenario(mem, ws, rate, bw, false, random));
                    MigrationOutcome busy = SIM.run(scenario(mem, ws, rate + 32, bw, false, random));
                    assertThat(cost(busy)).isGreaterThanOrEqualTo(cost(calm) - 1e-9);
                });
    }

    @Test
    void bytesOnTheWireArePagesTimesTheirWireSize() {
        qt().withExamples(100).forAll(integers().between(64, 8192), integers().between(0, 100),
                integers().between(0, 2000), integers().between(0, 100))
                .checkAssert((mem, ws, rate, zeroPct) -> {
                    boolean ac = mem % 2 == 0;
                    long memory = mem * MI;
                    MigrationOutcome r = SIM.run(MigrationScenario.builder().memoryBytes(memory)
                            .workload(Workload.builder().dirtyRate(rate * MI).workingSetBytes(memory * ws / 100)
                                    .zeroPageFraction(zeroPct / 100.0).build())
                            .force(ac).build());
                    double pages = r.normalPagesSent() * 4104.0 + r.zeroPagesSent() * 9.0;
                    assertThat((double) r.wireBytes()).isCloseTo(pages,
                            org.assertj.core.data.Offset.offset(4104.0 * 2 + pages * 1e-9));
                    assertThat(r.normalPagesSent() + r.zeroPagesSent()).isGreaterThanOrEqualTo(memory / 4096 - 2);
                });
    }

    /**
     * Without throttling the sweep model reaches a steady pending of W·(1 − B/rate) when rate ≥ B (re-dirtied pending
     * pages are not new), plus up to one window of sending (B·dt) because the check runs once per window; so it
     * converges iff rate &lt; B or W·(1 − B/rate) + B·dt &lt; T. Margins keep clear of the edge.
     */
    @Test
    void convergesIffTheSteadyPendingFitsTheThreshold() {
        qt().withExamples(120).forAll(integers().between(256, 2048), integers().between(5, 100),
                integers().between(0, 3000), integers().between(32, 640))
                .assuming((mem, ws, rate, bw) -> {
                    double w = mem * MI * ws / 100.0;
                    double t = bw * MI * 0.3;
                    double steady = rate <= bw ? 0 : w * (1 - bw / (double) rate) + bw * MI * 0.1;
                    return Math.abs(rate - bw) > 0.1 * bw && (steady < 0.8 * t || steady > 1.25 * t);
                })
                .checkAssert((mem, ws, rate, bw) -> {
                    double w = mem * MI * ws / 100.0;
                    double steady = rate <= bw ? 0 : w * (1 - bw / (double) rate) + bw * MI * 0.1;
                    boolean expected = steady < bw * MI * 0.3;
                    MigrationOutcome r = SIM.run(scenario(mem, ws, rate, bw, false, false));
                    assertThat(r.completed()).as("steady %s vs T %s", steady, bw * MI * 0.3).isEqualTo(expected);
                    if (!expected) {
                        // A small hot set settles into an exactly repeating window: the progress timeout fires first.
                        assertThat(r.failure().orElseThrow().reason()).isIn(FailureReason.COMPLETION_TIMEOUT,
                                FailureReason.PROGRESS_TIMEOUT);
                    }
                });
    }

    @Test
    void closedFormJumpsMatchTheStepByStepLoop() {
        qt().withExamples(60).forAll(integers().between(256, 16384), integers().between(1, 100),
                integers().between(0, 1500), integers().between(16, 1200))
                .checkAssert((mem, ws, rate, bw) -> {
                    boolean ac = mem % 2 == 0;
                    MigrationScenario s = MigrationScenario.builder().memoryBytes(mem * MI)
                            .workload(Workload.builder().dirtyRate(rate * MI).workingSetBytes(mem * MI * ws / 100)
                                    .pattern(ws % 2 == 0 ? DirtyPattern.RANDOM : DirtyPattern.SWEEP).build())
                            .path(Scenarios.path(bw * MI, MigrationPath.TEN_GIGABIT_ETHERNET_GOODPUT))
                            .force(ac).build();
                    AutoConvergeDecision d = s.autoConvergeDecision();
                    MigrationOutcome fast = new PrecopyRun(s, d, Instant.EPOCH, new ArrayList<>(), true).run();
                    MigrationOutcome slow = new PrecopyRun(s, d, Instant.EPOCH, new ArrayList<>(), false).run();
                    assertThat(fast.completed()).isEqualTo(slow.completed());
                    assertThat(fast.totalTime().toMillis()).isCloseTo(slow.totalTime().toMillis(),
                            org.assertj.core.data.Offset.offset(1L));
                    assertThat(fast.iterations()).isEqualTo(slow.iterations());
                    assertThat(fast.maxThrottlePercent()).isEqualTo(slow.maxThrottlePercent());
                    assertThat((double) fast.wireBytes()).isCloseTo(slow.wireBytes(),
                            org.assertj.core.data.Offset.offset(slow.wireBytes() * 1e-9 + 8208));
                });
    }
}

package dev.dvp.migration;

import dev.dvp.model.LiveMigrationPolicy;
import static dev.dvp.migration.Scenarios.GI;
import static dev.dvp.migration.Scenarios.MI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MigrationQuestionsTest {

    private final MigrationSimulator sim = MigrationSimulator.create();
    private final MigrationQuestions q = MigrationQuestions.using(sim);

    /** The DVP user guide's case: ~120-150 MB/s of dirtying over 1 GbE (110 MB/s) never converges without force. */
    private final MigrationScenario stress = MigrationScenario.builder().memoryBytes(8 * GI)
            .workload(Workload.builder().dirtyRate(135_000_000L).workingSetBytes(4 * GI).build())
            .path(Scenarios.path(640 * MI, 110_000_000L)).build();

    @Test
    void userGuideStressDoesNotConvergeUntilForced() {
        assertThat(q.willConverge(stress).converges()).isFalse();
        ForceEffect effect = q.forceEffect(stress);
        assertThat(effect.changesOutcome()).isTrue();
        assertThat(effect.withForce().completed()).isTrue();
        assertThat(effect.summary()).isEqualTo("force=true enables auto-converge: Failed (Aborted) -> Completed");
        ThrottleForecast t = q.throttleNeeded(stress);
        assertThat(t.converges()).isTrue();
        assertThat(t.maxThrottlePercent().getAsInt()).isBetween(20, 99);
    }

    @Test
    void forceUnderAlwaysSafeIsRefusedAndUnderAlwaysForcedChangesNothing() {
        ForceEffect refused = q.forceEffect(ImmutableMigrationScenario.copyOf(stress)
                .withPolicy(LiveMigrationPolicy.ALWAYS_SAFE));
        assertThat(refused.changesOutcome()).isTrue();
        assertThat(refused.summary()).isEqualTo("force=true is refused: Operation is invalid: force=true is not "
                + "applicable for VM liveMigrationPolicy AlwaysSafe");
        ForceEffect same = q.forceEffect(ImmutableMigrationScenario.copyOf(stress)
                .withPolicy(LiveMigrationPolicy.ALWAYS_FORCED));
        assertThat(same.changesOutcome()).isFalse();
        assertThat(same.summary()).startsWith("force=true does not change auto-converge under AlwaysForced");
    }

    @Test
    void minimumBandwidthIsTheConvergenceEdge() {
        MigrationScenario s = MigrationScenario.builder().memoryBytes(16 * GI)
                .workload(Workload.builder().dirtyRate(300 * MI).workingSetBytes(4 * GI).build()).build();
        OptionalLong min = q.minimumBandwidthWithoutThrottling(s);
        assertThat(min).isPresent();
        long b = min.getAsLong();
        assertThat(b % MI).isZero();
        assertThat(sim.run(ImmutableMigrationScenario.copyOf(s).withPath(Scenarios.path(b, s.path().linkBandwidth())))
                .completed()).isTrue();
        assertThat(sim.run(ImmutableMigrationScenario.copyOf(s)
                .withPath(Scenarios.path(b - MI, s.path().linkBandwidth()))).completed()).isFalse();
        // Steady pending W(1 - B/rate) + B·dt must fall below T = 0.3·B: B > ~296 MiB/s.
        assertThat(b).isBetween(290 * MI, 300 * MI);
    }

    @Test
    void noBandwidthSufficesWhenTheLinkIsTooSlow() {
        assertThat(q.minimumBandwidthWithoutThrottling(stress)).isEmpty();
    }

    @Test
    void idleVmConvergesAtOnce() {
        ConvergenceForecast f = q.willConverge(MigrationScenario.builder().memoryBytes(GI).build());
        assertThat(f.converges()).isTrue();
        assertThat(f.completesAfter()).hasValue(f.result().totalTime());
        assertThat(q.throttleNeeded(MigrationScenario.builder().memoryBytes(GI).build()).maxThrottlePercent())
                .hasValue(0);
    }
}

package dev.dvp.migration;

import dev.dvp.model.LiveMigrationPolicy;
import static dev.dvp.migration.Scenarios.GI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvacuationSimulatorTest {

    private final EvacuationSimulator drain = EvacuationSimulator.using(MigrationSimulator.create());
    private final MigrationScenario idle = MigrationScenario.builder().memoryBytes(GI).build();
    private final double idleSeconds = MigrationSimulator.create().run(idle).totalTime().toNanos() / 1e9;

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    @Test
    void oneOutboundMigrationPerSourceNodeRetriedEveryFiveSeconds() {
        EvacuationResult r = drain.run(List.of(
                new EvacuationMove("a", "n1", "n2", idle),
                new EvacuationMove("b", "n1", "n3", idle),
                new EvacuationMove("c", "n1", "n4", idle)), ConcurrencyLimits.dvpDefault());
        assertThat(r.entries()).extracting(e -> seconds(e.transferStartedAt().orElseThrow()))
                .containsExactly(0.0, 5.0, 10.0);
        assertThat(seconds(r.totalTime())).isEqualTo(10 + idleSeconds);
        assertThat(r.failures()).isEmpty();
        assertThat(r.entries()).extracting(EvacuationEntry::vmopGenerateName).containsOnly("evacuation-");
        assertThat(r.clusterLimit()).isEqualTo(4);
    }

    @Test
    void inboundSlotOfTheTargetHoldsTheSecondMigrationAfterAdmission() {
        EvacuationResult r = drain.run(List.of(
                new EvacuationMove("a", "n1", "t", idle),
                new EvacuationMove("b", "n2", "t", idle)), ConcurrencyLimits.dvpDefault());
        EvacuationEntry b = r.entries().get(1);
        assertThat(b.admittedAt()).hasValue(Duration.ZERO);
        assertThat(b.transferStartedAt()).hasValue(Duration.ofSeconds(5));
    }

    @Test
    void clusterLimitDefaultsToTwoOnASmallCluster() {
        EvacuationResult r = drain.run(List.of(
                new EvacuationMove("a", "n1", "n2", idle),
                new EvacuationMove("b", "n2", "n1", idle),
                new EvacuationMove("c", "n2", "n1", idle)),
                ConcurrencyLimits.builder().parallelOutboundMigrationsPerNode(ConcurrencyLimits.DISABLED)
                        .parallelInboundMigrationsPerNode(ConcurrencyLimits.DISABLED)
                        .parallelSyncMigrationsPerNode(ConcurrencyLimits.DISABLED).build());
        assertThat(r.clusterLimit()).isEqualTo(2);
        assertThat(r.entries()).extracting(e -> seconds(e.transferStartedAt().orElseThrow()))
                .containsExactly(0.0, 0.0, 5.0);
    }

    @Test
    void disabledLimitsRunEverythingAtOnce() {
        ConcurrencyLimits off = ConcurrencyLimits.builder().parallelMigrationsPerCluster(ConcurrencyLimits.DISABLED)
                .parallelOutboundMigrationsPerNode(ConcurrencyLimits.DISABLED)
                .parallelInboundMigrationsPerNode(ConcurrencyLimits.DISABLED)
                .parallelSyncMigrationsPerNode(ConcurrencyLimits.DISABLED).build();
        EvacuationResult r = drain.run(List.of(new EvacuationMove("a", "n1", "n2", idle),
                new EvacuationMove("b", "n1", "n2", idle)), off);
        assertThat(seconds(r.totalTime())).isEqualTo(idleSeconds);
    }

    @Test
    void failuresSayWhyAndEvictionsIgnoreForce() {
        MigrationScenario safeButForced = ImmutableMigrationScenario.copyOf(idle)
                .withPolicy(LiveMigrationPolicy.ALWAYS_SAFE).withForce(true);
        MigrationScenario stuck = MigrationScenario.builder().memoryBytes(GI)
                .workload(Workload.builder().dirtyRate(2 * GI).workingSetBytes(GI / 2).build()).build();
        EvacuationResult r = drain.run(List.of(
                new EvacuationMove("forced", "n1", "n2", safeButForced),
                new EvacuationMove("pinned", "n1", "n3", ImmutableMigrationScenario.copyOf(idle).withMigratable(false)),
                new EvacuationMove("busy", "n2", "n3", stuck)), ConcurrencyLimits.dvpDefault());
        assertThat(r.entries().get(0).result().completed()).isTrue();
        assertThat(r.failures()).extracting(e -> e.move().vmName()).containsExactly("pinned", "busy");
        assertThat(r.failures().get(0).result().failure().orElseThrow().vmopReason()).isEqualTo("OperationFailed");
        assertThat(r.failures().get(0).transferStartedAt()).isEmpty();
        assertThat(r.failures().get(1).result().failure().orElseThrow().reason())
                .isEqualTo(FailureReason.COMPLETION_TIMEOUT);
        assertThat(seconds(r.totalTime())).isGreaterThan(1600);
    }

    @Test
    void misuseIsExplained() {
        assertThatThrownBy(() -> new EvacuationMove("a", "n1", "n1", idle)).hasMessageContaining("Maybe");
        assertThatThrownBy(() -> drain.run(List.of(new EvacuationMove("a", "n1", "n2", idle),
                new EvacuationMove("a", "n2", "n3", idle)), ConcurrencyLimits.dvpDefault()))
                .hasMessageContaining("appears twice");
    }
}

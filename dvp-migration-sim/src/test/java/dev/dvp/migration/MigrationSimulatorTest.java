package dev.dvp.migration;

import dev.dvp.model.VirtualMachineOperationPhase;
import dev.dvp.model.LiveMigrationPolicy;
import static dev.dvp.migration.Scenarios.GI;
import static dev.dvp.migration.Scenarios.MI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MigrationSimulatorTest {

    private final MigrationSimulator sim = MigrationSimulator.create();

    @Test
    void idleGigabyteOnTenGigabitEthernet() {
        MigrationOutcome r = sim.run(MigrationScenario.builder().memoryBytes(GI).build());
        assertThat(r.completed()).isTrue();
        assertThat(r.iterations()).isEqualTo(1);
        assertThat(r.dirtySyncCount()).isEqualTo(3);
        assertThat(r.totalTime().toMillis() / 1e3).isCloseTo(1.5, within(0.1));
        assertThat(r.downtime().toMillis()).isBetween(115L, 170L);
        assertThat(r.thresholdBytes()).isEqualTo(192 * MI);
    }

    @Test
    void idleSixtyFourGigabytesTakeAboutHundredSeconds() {
        MigrationOutcome r = sim.run(MigrationScenario.builder().memoryBytes(64 * GI).build());
        assertThat(r.totalTime().toMillis() / 1e3).isCloseTo(102.5, within(0.3));
        double t = 64 * GI / 1e0;
        double expected = (t - 192 * MI) / (640 * MI) * 4104 / 4096;
        assertThat(r.totalTime().toMillis() / 1e3 - r.downtime().toMillis() / 1e3).isCloseTo(expected, within(0.1));
    }

    @Test
    void thresholdOnGigabitEthernetIsAbout35Megabytes() {
        MigrationScenario s = MigrationScenario.builder().memoryBytes(GI)
                .path(MigrationPath.builder().linkBandwidth(MigrationPath.GIGABIT_ETHERNET_GOODPUT).build()).build();
        assertThat(s.thresholdBytes()).isCloseTo(35.1e6, within(0.1e6));
    }

    @Test
    void kubevirtRoundsTheBandwidthToWholeMebibytes() {
        assertThat(Scenarios.path(640 * MI + 300_000, 2_000_000_000L).qemuMaxBandwidth()).isEqualTo(640 * MI);
        assertThat(Scenarios.path(1000, 2_000_000_000L).qemuMaxBandwidth()).isEqualTo(MI);
        assertThat(Scenarios.path(0, 2_000_000_000L).precopyRate()).isEqualTo(2_000_000_000L);
        assertThat(MigrationScenario.builder().memoryBytes(GI).path(Scenarios.path(0, 2_000_000_000L)).build()
                .effectiveStep()).isEqualTo(Duration.ofMillis(50));
    }

    @Test
    void hotSetSmallerThanTheThresholdConvergesEvenAboveTheBandwidth() {
        // E7: a 16 MiB hot set written at 300 MB/s over a 128 MiB/s limit: threshold 38.4 MiB, so one round.
        MigrationOutcome r = sim.run(Scenarios.safe(512 * MI, 300_000_000L, 16 * MI)
                .path(Scenarios.path(128 * MI, 2_000_000_000L)).qemu(Scenarios.qemu72()).build());
        assertThat(r.completed()).isTrue();
        assertThat(r.iterations()).isBetween(1, 2);
        assertThat(r.totalTime().toMillis()).isBetween(3_800L, 4_200L);
        assertThat(r.downtime().toMillis()).isBetween(10L, 21L);
    }

    @Test
    void nonConvergingMigrationEndsAtTheCompletionTimeout() {
        // 1 GiB: 1600 s; dirtying 3.2x the bandwidth: the steady pending W(1 - B/rate) = 352 MiB stays above T.
        MigrationOutcome r = sim.run(Scenarios.safe(GI, 2 * GI, 512 * MI).build());
        assertThat(r.completed()).isFalse();
        MigrationFailure f = r.failure().orElseThrow();
        assertThat(f.reason()).isEqualTo(FailureReason.COMPLETION_TIMEOUT);
        assertThat(f.at().toMillis()).isBetween(1_601_000L, 1_601_400L);
        assertThat(f.kubevirtFailureReason())
                .hasValue("Live migration is not completed after 1600 seconds and has been aborted");
        assertThat(f.vmopReason()).isEqualTo("Aborted");
        assertThat(f.vmopMessage())
                .isEqualTo("Migration aborted: Live migration is not completed after 1600 seconds and has been aborted");
        DvpSnapshot last = r.dvpTimeline().get(r.dvpTimeline().size() - 1);
        assertThat(last.vmopPhase()).isEqualTo(VirtualMachineOperationPhase.FAILED);
        assertThat(last.migrationResult()).isEqualTo("Failed");
        assertThat(last.vmPhase()).isEqualTo("Running");
        assertThat(r.dvpTimeline()).extracting(DvpSnapshot::vmopReason).contains("NotConverging");
    }

    @Test
    void progressTimeoutFiresWhenEveryPollSeesTheSameRemaining() {
        // Hot set just above the threshold, rewritten entirely in every window: each sync restores 200 MiB.
        MigrationOutcome r = sim.run(Scenarios.safe(GI, 100 * GI, 200 * MI)
                .workload(Workload.builder().dirtyRate(100 * GI).workingSetBytes(200 * MI).dirtyThrottleable(false)
                        .build()).build());
        MigrationFailure f = r.failure().orElseThrow();
        assertThat(f.reason()).isEqualTo(FailureReason.PROGRESS_TIMEOUT);
        assertThat(f.kubevirtFailureReason()).hasValue("Live migration stuck for 151 seconds and has been aborted");
        assertThat(f.vmopMessage()).startsWith("Migration aborted: Live migration stuck for 151 seconds");
    }

    @Test
    void throttleLadderStepsOnEverySecondHighPeriod() {
        // E3-like: 256 MiB hot set at 300 MB/s over 32 MiB/s; iterations of about 8 s.
        MigrationOutcome r = sim.run(MigrationScenario.builder().memoryBytes(384 * MI)
                .workload(Workload.builder().dirtyRate(300_000_000L).workingSetBytes(256 * MI).build())
                .path(Scenarios.path(32 * MI, 2_000_000_000L)).qemu(Scenarios.qemu72())
                .policy(LiveMigrationPolicy.ALWAYS_FORCED).build());
        assertThat(r.completed()).isTrue();
        assertThat(r.maxThrottlePercent()).isEqualTo(99);
        int[] ladder = {20, 30, 40, 50, 60, 70, 80, 90, 99};
        for (int i = 0; i < ladder.length; i++) {
            int step = ladder[i];
            MigrationSample first = r.samples().stream().filter(s -> s.throttlePercent() == step).findFirst()
                    .orElseThrow();
            assertThat(first.dirtySyncCount()).as("throttle %d%%", step).isEqualTo(3 + 2 * i);
        }
        double reached99 = r.samples().stream().filter(s -> s.throttlePercent() == 99).findFirst().orElseThrow()
                .timeSeconds();
        assertThat(reached99).isGreaterThanOrEqualTo(18);
    }

    @Test
    void unsaturatedWriterStopsAtTheFirstSufficientStep() {
        // 125 MB/s of sweeping over a 1 GbE path (110 MB/s): the ladder stops once dirtying <= half the bandwidth.
        MigrationOutcome r = sim.run(MigrationScenario.builder().memoryBytes(8 * GI)
                .workload(Workload.builder().dirtyRate(125_000_000L).build())
                .path(Scenarios.path(640 * MI, 110_000_000L)).qemu(Scenarios.qemu72()).force(true).build());
        assertThat(r.completed()).isTrue();
        assertThat(r.maxThrottlePercent()).isBetween(60, 70);
    }

    @Test
    void bytesAreConserved() {
        MigrationOutcome r = sim.run(MigrationScenario.builder().memoryBytes(4 * GI)
                .workload(Workload.builder().dirtyRate(200 * MI).workingSetBytes(GI).zeroPageFraction(0.4).build())
                .qemu(QemuSettings.builder().deviceStateBytes(1_000_000).build()).force(true).build());
        double expected = r.normalPagesSent() * 4104.0 + r.zeroPagesSent() * 9.0 + 1_000_000;
        assertThat((double) r.wireBytes()).isCloseTo(expected, within(4104.0 * 2));
    }

    @Test
    void policyErrorFailsBeforeStart() {
        MigrationOutcome r = sim.run(MigrationScenario.builder().memoryBytes(GI)
                .policy(LiveMigrationPolicy.ALWAYS_SAFE).force(true).build());
        assertThat(r.failedBeforeStart()).isTrue();
        MigrationFailure f = r.failure().orElseThrow();
        assertThat(f.reason()).isEqualTo(FailureReason.NOT_APPLICABLE_FOR_LIVE_MIGRATION_POLICY);
        assertThat(f.vmopReason()).isEqualTo("NotApplicableForLiveMigrationPolicy");
        assertThat(f.vmopMessage())
                .isEqualTo("Operation is invalid: force=true is not applicable for VM liveMigrationPolicy AlwaysSafe");
        assertThat(r.wireBytes()).isZero();
        assertThat(r.samples()).isEmpty();
        assertThat(r.dvpTimeline()).extracting(DvpSnapshot::vmPhase).containsOnly("Running");
        assertThat(r.dvpTimeline().get(1).migrationStart()).isEmpty();
        assertThat(r.dvpTimeline().get(1).migrationResult()).isEmpty();
    }

    @Test
    void policyCheckComesBeforeTheMigratableCheck() {
        MigrationOutcome r = sim.run(MigrationScenario.builder().memoryBytes(GI).migratable(false)
                .policy(LiveMigrationPolicy.ALWAYS_FORCED).force(false).build());
        assertThat(r.failure().orElseThrow().reason()).isEqualTo(FailureReason.NOT_APPLICABLE_FOR_LIVE_MIGRATION_POLICY);
        MigrationOutcome notMigratable = sim.run(MigrationScenario.builder().memoryBytes(GI).migratable(false).build());
        assertThat(notMigratable.failure().orElseThrow().vmopReason()).isEqualTo("OperationFailed");
        assertThat(notMigratable.failure().orElseThrow().vmopMessage())
                .isEqualTo("VirtualMachine is not migratable, cannot be processed.");
    }

    @Test
    void dvpTimelineOfACompletedMigration() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        MigrationOutcome r = MigrationSimulator.using(Clock.fixed(start, ZoneOffset.UTC))
                .run(MigrationScenario.builder().memoryBytes(GI).build());
        List<DvpSnapshot> t = r.dvpTimeline();
        assertThat(t).extracting(DvpSnapshot::vmopReason)
                .containsExactly("MigrationPending", "Syncing", "SourceSuspended", "TargetResumed", "Completed");
        assertThat(t).extracting(DvpSnapshot::vmPhase)
                .containsExactly("Running", "Migrating", "Migrating", "Migrating", "Running");
        DvpSnapshot done = t.get(4);
        assertThat(done.vmopPhase()).isEqualTo(VirtualMachineOperationPhase.COMPLETED);
        assertThat(done.vmopProgress()).hasValue(100);
        assertThat(done.migrationStart()).hasValue(start);
        assertThat(done.migrationEnd()).hasValue(start.plus(r.totalTime()));
        assertThat(done.migrationResult()).isEqualTo("Succeeded");
    }

    @Test
    void periodicSyncOfQemu92AddsTimerSyncsOnLongIterations() {
        MigrationScenario s = MigrationScenario.builder().memoryBytes(512 * MI)
                .workload(Workload.builder().dirtyRate(300_000_000L).workingSetBytes(256 * MI).build())
                .path(Scenarios.path(32 * MI, 2_000_000_000L)).policy(LiveMigrationPolicy.ALWAYS_FORCED).build();
        MigrationOutcome with92 = sim.run(s);
        MigrationOutcome with72 = sim.run(ImmutableMigrationScenario.copyOf(s).withQemu(Scenarios.qemu72()));
        assertThat(with92.timerSyncs()).isPositive();
        assertThat(with72.timerSyncs()).isZero();
        assertThat(with92.totalTime()).isLessThan(with72.totalTime());
        assertThat(with92.dirtySyncCount()).isEqualTo(with92.iterations() + with92.timerSyncs() + 2);
    }

    @Test
    void dirtyRateProfileChangesTheOutcome() {
        Workload burstThenIdle = Workload.builder().dirtyRate(GI).workingSetBytes(2 * GI)
                .addDirtyRateChanges(RateChange.at(Duration.ofSeconds(60), 0)).build();
        MigrationOutcome r = sim.run(MigrationScenario.builder().memoryBytes(8 * GI).workload(burstThenIdle).build());
        assertThat(r.completed()).isTrue();
        assertThat(r.totalTime()).isGreaterThan(Duration.ofSeconds(60));
        assertThat(r.samples()).anyMatch(s -> s.workloadDirtyRate() == 0);
    }

    @Test
    void volumeQuirkIsAWarning() {
        MigrationOutcome r = sim.run(MigrationScenario.builder().memoryBytes(GI)
                .monitor(MonitorSettings.builder().migratedVolumeBytes(2000 * GI).build()).build());
        assertThat(r.completed()).isTrue();
        assertThat(r.warnings()).singleElement().asString().contains("counts memory only: 1600 s");
    }

    @Test
    void misuseNamesTheFieldAndAFix() {
        assertThatThrownBy(() -> MigrationScenario.builder().memoryBytes(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("memoryBytes")
                .hasMessageContaining("Maybe");
        assertThatThrownBy(() -> MigrationScenario.builder().memoryBytes(GI)
                .workload(Workload.builder().workingSetBytes(2 * GI).build()).build())
                .hasMessageContaining("workingSetBytes").hasMessageContaining("Maybe");
        assertThatThrownBy(() -> Workload.builder().zeroPageFraction(1.5).build())
                .hasMessageContaining("zeroPageFraction");
        assertThatThrownBy(() -> QemuSettings.builder().maxThrottlePercent(100).build())
                .hasMessageContaining("maxThrottlePercent");
        assertThat(Optional.of(sim)).isPresent();
    }
}

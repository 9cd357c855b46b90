package dev.dvp.migration;

import dev.dvp.model.VirtualMachineOperationPhase;
import dev.dvp.model.RunPolicy;
import static dev.dvp.migration.Scenarios.GI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreStartSimulationTest {

    private final MigrationSimulator sim = MigrationSimulator.create();

    @Test
    void defaultPreconditionsLeaveTheRunUnchanged() {
        MigrationScenario plain = MigrationScenario.builder().memoryBytes(GI).build();
        MigrationScenario explicit = MigrationScenario.builder().memoryBytes(GI)
                .preconditions(VmopPreconditions.ready()).build();
        assertThat(sim.run(explicit)).isEqualTo(sim.run(plain));
        assertThat(plain.preStartVerdict().mayStart()).isTrue();
    }

    @Test
    void stoppedVmFailsBeforeStart() {
        MigrationOutcome r = sim.run(MigrationScenario.builder().memoryBytes(GI)
                .preconditions(VmopPreconditions.builder().vmPhase("Stopped").build()).build());
        assertThat(r.failedBeforeStart()).isTrue();
        MigrationFailure f = r.failure().orElseThrow();
        assertThat(f.reason()).isEqualTo(FailureReason.NOT_APPLICABLE_FOR_VIRTUAL_MACHINE_PHASE);
        assertThat(f.vmopReason()).isEqualTo("NotApplicableForVirtualMachinePhase");
        assertThat(f.vmopMessage()).isEqualTo("Operation type Migrate is not applicable for VirtualMachine in phase "
                + "Stopped");
        assertThat(r.totalTime()).isZero();
        DvpSnapshot last = r.dvpTimeline().get(r.dvpTimeline().size() - 1);
        assertThat(last.vmopPhase()).isEqualTo(VirtualMachineOperationPhase.FAILED);
        assertThat(last.migrationResult()).isEmpty();
    }

    @Test
    void waitingForReadinessFailsWhenTheFiveMinutesRunOut() {
        MigrationOutcome r = sim.run(MigrationScenario.builder().memoryBytes(GI)
                .preconditions(VmopPreconditions.builder().readyToMigrate(false)
                        .waitedForReadiness(Duration.ofMinutes(2)).build()).build());
        MigrationFailure f = r.failure().orElseThrow();
        assertThat(f.reason()).isEqualTo(FailureReason.READY_TO_MIGRATE_TIMEOUT);
        assertThat(f.at()).isEqualTo(Duration.ofMinutes(3));
        assertThat(f.vmopMessage()).isEqualTo("Timed out waiting for the VirtualMachine to become ready to migrate.");
        assertThat(r.dvpTimeline()).extracting(DvpSnapshot::vmopReason)
                .containsExactly("WaitingForVirtualMachineToBeReadyToMigrate", "OperationFailed");
        assertThat(r.failedBeforeStart()).isTrue();
    }

    @Test
    void evacuationRefusesAnAlwaysOffVmAsAnEvict() {
        MigrationScenario off = MigrationScenario.builder().memoryBytes(GI)
                .preconditions(VmopPreconditions.builder().runPolicy(RunPolicy.ALWAYS_OFF).build()).build();
        EvacuationResult r = EvacuationSimulator.using(sim).run(
                List.of(new EvacuationMove("vm-a", "n1", "n2", off)), ConcurrencyLimits.dvpDefault());
        MigrationFailure f = r.entries().get(0).result().failure().orElseThrow();
        assertThat(f.vmopMessage()).isEqualTo(
                "Operation type Evict is not applicable for VirtualMachine with runPolicy AlwaysOff");
        assertThat(r.totalTime()).isZero();
    }
}

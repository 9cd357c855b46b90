package dev.dvp.migration;

import dev.dvp.model.VirtualMachineOperationType;
import dev.dvp.model.VirtualMachineOperationPhase;
import dev.dvp.model.LiveMigrationPolicy;
import dev.dvp.model.RunPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class PreStartCheckTest {

    private static final AutoConvergeDecision OK =
            AutoConvergePolicy.decide(Optional.empty(), Optional.empty(), Optional.empty());
    private static final AutoConvergeDecision POLICY_ERROR = AutoConvergePolicy.decide(
            Optional.of(LiveMigrationPolicy.ALWAYS_SAFE), Optional.of(true), Optional.empty());

    @Test
    void everythingReadyMayStart() {
        PreStartVerdict v = PreStartCheck.evaluate(VmopPreconditions.ready(), OK, true);
        assertThat(v.mayStart()).isTrue();
        assertThat(v.phase()).isEqualTo(VirtualMachineOperationPhase.PENDING);
        assertThat(v.reason()).isEqualTo("MigrationPending");
        assertThat(v.message()).isEmpty();
        assertThat(v.failure()).isEmpty();
    }

    @Test
    void alwaysOffRunPolicyFailsWithTheTypeAndPolicyInTheMessage() {
        PreStartVerdict v = PreStartCheck.evaluate(VmopPreconditions.builder().vmopType(VirtualMachineOperationType.EVICT)
                .runPolicy(RunPolicy.ALWAYS_OFF).build(), OK, true);
        assertThat(v.phase()).isEqualTo(VirtualMachineOperationPhase.FAILED);
        assertThat(v.reason()).isEqualTo("NotApplicableForVirtualMachineRunPolicy");
        assertThat(v.message()).contains(
                "Operation type Evict is not applicable for VirtualMachine with runPolicy AlwaysOff");
    }

    @Test
    void everyRunPolicyButAlwaysOffAllowsMigration() {
        for (RunPolicy p : RunPolicy.knownValues()) {
            PreStartVerdict v = PreStartCheck.evaluate(VmopPreconditions.builder().runPolicy(p).build(), OK, true);
            assertThat(v.mayStart()).as(p.value()).isEqualTo(!p.equals(RunPolicy.ALWAYS_OFF));
        }
    }

    @Test
    void onlyTheRunningPhaseMayMigrate() {
        for (String phase : VmopPreconditions.VM_PHASES) {
            PreStartVerdict v = PreStartCheck.evaluate(VmopPreconditions.builder().vmPhase(phase).build(), OK, true);
            if (phase.equals("Running")) {
                assertThat(v.mayStart()).isTrue();
            } else {
                assertThat(v.reason()).isEqualTo("NotApplicableForVirtualMachinePhase");
                assertThat(v.message()).contains(
                        "Operation type Migrate is not applicable for VirtualMachine in phase " + phase);
            }
        }
    }

    @Test
    void missingMigrationNetworkFailsWithoutInventedText() {
        PreStartVerdict v = PreStartCheck.evaluate(
                VmopPreconditions.builder().migrationNetworkAvailable(false).build(), OK, true);
        assertThat(v.reason()).isEqualTo("MigrationNetworkUnavailable");
        assertThat(v.message()).isEmpty();
        assertThat(v.failure()).contains(FailureReason.MIGRATION_NETWORK_UNAVAILABLE);
    }

    @Test
    void policyErrorComesAfterTheNetworkAndBeforeOtherMigrations() {
        VmopPreconditions noNetwork = VmopPreconditions.builder().migrationNetworkAvailable(false)
                .otherMigrationInProgress(true).build();
        assertThat(PreStartCheck.evaluate(noNetwork, POLICY_ERROR, true).reason())
                .isEqualTo("MigrationNetworkUnavailable");
        PreStartVerdict v = PreStartCheck.evaluate(
                VmopPreconditions.builder().otherMigrationInProgress(true).build(), POLICY_ERROR, true);
        assertThat(v.reason()).isEqualTo("NotApplicableForLiveMigrationPolicy");
        assertThat(v.message())
                .contains("Operation is invalid: force=true is not applicable for VM liveMigrationPolicy AlwaysSafe");
    }

    @Test
    void anotherMigrationInProgress() {
        PreStartVerdict v = PreStartCheck.evaluate(
                VmopPreconditions.builder().otherMigrationInProgress(true).build(), OK, false);
        assertThat(v.reason()).isEqualTo("OtherMigrationInProgress");
        assertThat(v.message()).contains("Other Migrations are in progress");
    }

    @Test
    void readyToMigrateProceedsEvenWhenNotMigratable() {
        assertThat(PreStartCheck.evaluate(VmopPreconditions.builder().readyToMigrate(true).build(), OK, false)
                .mayStart()).isTrue();
    }

    @Test
    void byDefaultReadinessFollowsMigratable() {
        assertThat(PreStartCheck.evaluate(VmopPreconditions.ready(), OK, true).mayStart()).isTrue();
        assertThat(PreStartCheck.evaluate(VmopPreconditions.ready(), OK, false).failure())
                .contains(FailureReason.NOT_MIGRATABLE);
    }

    @Test
    void notMigratableAndNotReadyFails() {
        PreStartVerdict v = PreStartCheck.evaluate(
                VmopPreconditions.builder().readyToMigrate(false).build(), OK, false);
        assertThat(v.reason()).isEqualTo("OperationFailed");
        assertThat(v.message()).contains("VirtualMachine is not migratable, cannot be processed.");
        assertThat(v.failure()).contains(FailureReason.NOT_MIGRATABLE);
    }

    @Test
    void migratableButNotReadyWaitsFiveMinutesThenFails() {
        ImmutableVmopPreconditions.Builder waiting = VmopPreconditions.builder().readyToMigrate(false);
        PreStartVerdict atLimit = PreStartCheck.evaluate(
                waiting.waitedForReadiness(Duration.ofMinutes(5)).build(), OK, true);
        assertThat(atLimit.outcome()).isEqualTo(PreStartVerdict.Outcome.WAITING);
        assertThat(atLimit.phase()).isEqualTo(VirtualMachineOperationPhase.PENDING);
        assertThat(atLimit.reason()).isEqualTo("WaitingForVirtualMachineToBeReadyToMigrate");
        PreStartVerdict over = PreStartCheck.evaluate(
                waiting.waitedForReadiness(Duration.ofMinutes(5).plusMillis(1)).build(), OK, true);
        assertThat(over.phase()).isEqualTo(VirtualMachineOperationPhase.FAILED);
        assertThat(over.reason()).isEqualTo("OperationFailed");
        assertThat(over.message()).contains("Timed out waiting for the VirtualMachine to become ready to migrate.");
    }

    @Test
    void unknownPhaseIsRejectedWithAHint() {
        assertThatThrownBy(() -> VmopPreconditions.builder().vmPhase("running").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("preconditions.vmPhase")
                .hasMessageContaining("Maybe one of Pending, Running");
        assertThatThrownBy(() -> VmopPreconditions.builder().waitedForReadiness(Duration.ofSeconds(-1)).build())
                .hasMessageContaining("preconditions.waitedForReadiness");
    }

    /** The verdict is decided by the first failing check in the rule book's order. */
    @Test
    void firstFailingCheckWins() {
        Gen<VmopPreconditions> facts = SourceDSL.integers().between(0, 127).zip(
                SourceDSL.arbitrary().pick(VmopPreconditions.VM_PHASES), (bits, phase) -> VmopPreconditions.builder()
                        .runPolicy((bits & 1) != 0 ? RunPolicy.ALWAYS_OFF : RunPolicy.ALWAYS_ON)
                        .vmPhase((bits & 2) != 0 ? phase : "Running")
                        .migrationNetworkAvailable((bits & 4) == 0)
                        .otherMigrationInProgress((bits & 8) != 0)
                        .readyToMigrate((bits & 16) == 0 ? Optional.empty() : Optional.of(false))
                        .waitedForReadiness((bits & 32) != 0 ? Duration.ofMinutes(6) : Duration.ZERO)
                        .vmopType((bits & 64) != 0 ? VirtualMachineOperationType.EVICT : VirtualMachineOperationType.MIGRATE)
                        .build());
        qt().forAll(facts, SourceDSL.booleans().all(), SourceDSL.booleans().all()).checkAssert((f, err, mig) -> {
            PreStartVerdict v = PreStartCheck.evaluate(f, err ? POLICY_ERROR : OK, mig);
            String expected = f.runPolicy().equals(RunPolicy.ALWAYS_OFF) ? "NotApplicableForVirtualMachineRunPolicy"
                    : !f.vmPhase().equals("Running") ? "NotApplicableForVirtualMachinePhase"
                    : !f.migrationNetworkAvailable() ? "MigrationNetworkUnavailable"
                    : err ? "NotApplicableForLiveMigrationPolicy"
                    : f.otherMigrationInProgress() ? "OtherMigrationInProgress"
                    : f.readyToMigrate().orElse(mig) ? "MigrationPending"
                    : mig && f.waitedForReadiness().isZero() ? "WaitingForVirtualMachineToBeReadyToMigrate"
                    : "OperationFailed";
            assertThat(v.reason()).isEqualTo(expected);
            assertThat(v.phase().equals(VirtualMachineOperationPhase.FAILED)).isEqualTo(v.failure().isPresent());
            v.failure().ifPresent(r -> assertThat(r.beforeStart()).isTrue());
        });
    }
}

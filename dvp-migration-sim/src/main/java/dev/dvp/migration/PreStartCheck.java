package dev.dvp.migration;

import dev.dvp.model.RunPolicy;
import dev.dvp.model.VirtualMachineOperationPhase;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * DVP's pre-start checks of a {@code Migrate}/{@code Evict} VMOP, in DVP's order
 * ({@code images/virtualization-artifact/pkg/controller/vmop/migration/internal/handler/lifecycle.go},
 * {@code images/virtualization-artifact/pkg/controller/vmop/service/service.go}); the first failing check decides:
 * <ol>
 *   <li>run policy not {@code Manual}/{@code AlwaysOn}/{@code AlwaysOnUnlessStoppedManually} →
 *       {@code NotApplicableForVirtualMachineRunPolicy},
 *       {@code Operation type <Type> is not applicable for VirtualMachine with runPolicy <Policy>};</li>
 *   <li>VM phase not {@code Running} → {@code NotApplicableForVirtualMachinePhase},
 *       {@code Operation type <Type> is not applicable for VirtualMachine in phase <Phase>};</li>
 *   <li>no migration interface on the source node → {@code MigrationNetworkUnavailable} (DVP's sources show
 *       no message text, so the verdict carries none);</li>
 *   <li>policy × force error ({@link AutoConvergePolicy}) → {@code NotApplicableForLiveMigrationPolicy},
 *       {@code Operation is invalid: ...};</li>
 *   <li>another unfinished migration of the VM → {@code OtherMigrationInProgress},
 *       {@code Other Migrations are in progress};</li>
 *   <li>{@code ReadyToMigrate} → start; else {@code Migratable} True → Pending,
 *       {@code WaitingForVirtualMachineToBeReadyToMigrate}, and failed ({@code OperationFailed},
 *       {@code Timed out waiting for the VirtualMachine to become ready to migrate.}) once the wait exceeds
 *       {@link #READINESS_LIMIT}; else {@code OperationFailed},
 *       {@code VirtualMachine is not migratable, cannot be processed.}</li>
 * </ol>
 * All failures leave the VMOP {@code Failed}. DVP fails it "after 5 min"; the SDK treats a wait of exactly 5 min as
 * still waiting (strictly longer fails).
 *
 * <pre>{@code
 * PreStartVerdict v = PreStartCheck.evaluate(VmopPreconditions.ready(),
 *         AutoConvergePolicy.decide(Optional.empty(), Optional.empty(), Optional.empty()), true);
 * v.mayStart(); // true
 * }</pre>
 *
 * A pure function; stateless and thread-safe.
 */
public final class PreStartCheck {

    /** How long a VMOP may wait for {@code ReadyToMigrate} before it fails. */
    public static final Duration READINESS_LIMIT = Duration.ofMinutes(5);
    /** The VMOP reason while waiting for the VM's disks. */
    public static final String WAITING_REASON = "WaitingForVirtualMachineToBeReadyToMigrate";
    /** The VMOP reason once the checks pass and the VMIM exists but has not progressed. */
    public static final String PENDING_REASON = "MigrationPending";

    private PreStartCheck() {
    }

    /**
     * Runs the checks.
     *
     * @param facts the VM and cluster facts
     * @param decision the policy × force decision ({@link AutoConvergePolicy#decide})
     * @param migratable the status of the VM's {@code Migratable} condition ({@link MigratableCondition#status()})
     * @return the verdict; never throws for a domain outcome
     */
    public static PreStartVerdict evaluate(VmopPreconditions facts, AutoConvergeDecision decision,
                                           boolean migratable) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(decision, "decision");
        String type = facts.vmopType().value();
        // Only AlwaysOff refuses: Manual, AlwaysOn, AlwaysOnUnlessStoppedManually (and values DVP does not know) pass.
        if (facts.runPolicy().equals(RunPolicy.ALWAYS_OFF)) {
            return failed(FailureReason.NOT_APPLICABLE_FOR_VIRTUAL_MACHINE_RUN_POLICY,
                    "Operation type " + type + " is not applicable for VirtualMachine with runPolicy "
                            + facts.runPolicy().value());
        }
        if (!facts.vmPhase().equals("Running")) {
            return failed(FailureReason.NOT_APPLICABLE_FOR_VIRTUAL_MACHINE_PHASE,
                    "Operation type " + type + " is not applicable for VirtualMachine in phase " + facts.vmPhase());
        }
        if (!facts.migrationNetworkAvailable()) {
            return new PreStartVerdict(PreStartVerdict.Outcome.FAILED, VirtualMachineOperationPhase.FAILED,
                    FailureReason.MIGRATION_NETWORK_UNAVAILABLE.vmopReason(), Optional.empty(),
                    Optional.of(FailureReason.MIGRATION_NETWORK_UNAVAILABLE));
        }
        if (decision.vmopMessage().isPresent()) {
            return failed(FailureReason.NOT_APPLICABLE_FOR_LIVE_MIGRATION_POLICY, decision.vmopMessage().get());
        }
        if (facts.otherMigrationInProgress()) {
            return failed(FailureReason.OTHER_MIGRATION_IN_PROGRESS, "Other Migrations are in progress");
        }
        if (facts.readyToMigrate().orElse(migratable)) {
            return new PreStartVerdict(PreStartVerdict.Outcome.MAY_START, VirtualMachineOperationPhase.PENDING, PENDING_REASON,
                    Optional.empty(), Optional.empty());
        }
        if (migratable) {
            if (facts.waitedForReadiness().compareTo(READINESS_LIMIT) > 0) {
                return failed(FailureReason.READY_TO_MIGRATE_TIMEOUT,
                        "Timed out waiting for the VirtualMachine to become ready to migrate.");
            }
            return new PreStartVerdict(PreStartVerdict.Outcome.WAITING, VirtualMachineOperationPhase.PENDING, WAITING_REASON,
                    Optional.empty(), Optional.empty());
        }
        return failed(FailureReason.NOT_MIGRATABLE, "VirtualMachine is not migratable, cannot be processed.");
    }

    private static PreStartVerdict failed(FailureReason reason, String message) {
        return new PreStartVerdict(PreStartVerdict.Outcome.FAILED, VirtualMachineOperationPhase.FAILED, reason.vmopReason(),
                Optional.of(message), Optional.of(reason));
    }
}

package dev.dvp.migration;

import dev.dvp.model.LiveMigrationPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What DVP decides from the effective {@code liveMigrationPolicy} and the VMOP {@code force} flag: either
 * auto-converge on/off, or an error that fails the VMOP before any migration starts (reason
 * {@value #NOT_APPLICABLE_REASON}, message {@code Operation is invalid: <error>}).
 *
 * <p>Obtain one from {@link AutoConvergePolicy#decide}. Immutable; thread-safe.
 *
 * @param effectivePolicy the policy that applied (the system override if set, else the VM's, else PreferSafe)
 * @param autoConverge whether KubeVirt's {@code allowAutoConverge} (QEMU capability {@code auto-converge}) is on;
 *     with an {@link #error()}, the effective policy's own value, as DVP's {@code CalculateEffectivePolicy}
 *     returns it beside the error (no migration starts then)
 * @param error DVP's error text, e.g. {@code force=true is not applicable for VM liveMigrationPolicy AlwaysSafe}
 * @param warnings remarks that do not change the outcome (force ignored, uncertain policy value)
 */
public record AutoConvergeDecision(LiveMigrationPolicy effectivePolicy, boolean autoConverge,
                                   Optional<String> error, List<String> warnings) {

    /** The VMOP {@code Completed} condition reason DVP sets when the policy refuses the force flag. */
    public static final String NOT_APPLICABLE_REASON = "NotApplicableForLiveMigrationPolicy";

    /** Validates and copies the components. */
    public AutoConvergeDecision {
        Objects.requireNonNull(effectivePolicy, "effectivePolicy");
        Objects.requireNonNull(error, "error");
        warnings = List.copyOf(warnings);
    }

    /** Whether the migration may start (no policy error). */
    public boolean allowed() {
        return error.isEmpty();
    }

    /** The VMOP message DVP writes for the error, {@code Operation is invalid: <error>}, if any. */
    public Optional<String> vmopMessage() {
        return error.map(e -> "Operation is invalid: " + e);
    }

    static AutoConvergeDecision of(LiveMigrationPolicy policy, boolean ac, String error, List<String> warnings) {
        return new AutoConvergeDecision(policy, ac, Optional.ofNullable(error), new ArrayList<>(warnings));
    }
}

package dev.dvp.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * DVP's mapping of {@code liveMigrationPolicy} × VMOP {@code force} to KubeVirt's {@code allowAutoConverge}
 * ({@code images/virtualization-artifact/pkg/livemigration/policy.go}).
 *
 * <pre>{@code
 * AutoConvergeDecision d = AutoConvergePolicy.decide(
 *         Optional.of(LiveMigrationPolicy.PREFER_SAFE), Optional.of(true), Optional.empty());
 * d.autoConverge(); // true
 * }</pre>
 *
 * <table>
 *   <caption>policy × force</caption>
 *   <tr><th>policy</th><th>force unset</th><th>true</th><th>false</th></tr>
 *   <tr><td>AlwaysSafe</td><td>off</td><td>error</td><td>off</td></tr>
 *   <tr><td>PreferSafe</td><td>off</td><td>on</td><td>off</td></tr>
 *   <tr><td>AlwaysForced</td><td>on</td><td>on</td><td>error</td></tr>
 *   <tr><td>PreferForced</td><td>on</td><td>on</td><td>off</td></tr>
 * </table>
 *
 * <p>With a system override the force flag is ignored entirely (no error). System {@code Evict} VMOPs carry no
 * force, so they follow the "unset" column. Stateless; thread-safe.
 */
public final class AutoConvergePolicy {

    /** DVP's module default when neither the VM nor an override names a policy. */
    public static final LiveMigrationPolicy DEFAULT_POLICY = LiveMigrationPolicy.PREFER_SAFE;

    private AutoConvergePolicy() {
    }

    /**
     * Decides auto-converge for one VMOP.
     *
     * @param vmPolicy the VM's {@code spec.liveMigrationPolicy}, empty for the CRD default
     * @param force the VMOP's {@code spec.force}, empty when not set (always empty for system evictions)
     * @param systemOverride the {@code virtualization.deckhouse.io/system-migration-policy} override, if set
     * @return the decision; never throws for a domain outcome
     */
    public static AutoConvergeDecision decide(Optional<LiveMigrationPolicy> vmPolicy, Optional<Boolean> force,
                                              Optional<LiveMigrationPolicy> systemOverride) {
        Objects.requireNonNull(vmPolicy, "vmPolicy");
        Objects.requireNonNull(force, "force");
        Objects.requireNonNull(systemOverride, "systemOverride");
        List<String> warnings = new ArrayList<>();
        LiveMigrationPolicy policy = systemOverride.orElse(vmPolicy.orElse(DEFAULT_POLICY));
        Optional<Boolean> f = force;
        if (systemOverride.isPresent() && force.isPresent()) {
            warnings.add("force=" + force.get() + " is ignored: the system migration policy "
                    + systemOverride.get().wireName() + " overrides the VM's policy");
            f = Optional.empty();
        }
        if (!policy.isCrdValue()) {
            warnings.add("liveMigrationPolicy " + policy.wireName() + " is not accepted by the VM CRD; "
                    + "DVP would treat it as auto-converge off (uncertain)");
            return AutoConvergeDecision.of(policy, false, null, warnings);
        }
        switch (policy) {
            case ALWAYS_SAFE:
                if (f.orElse(false)) {
                    return AutoConvergeDecision.of(policy, false,
                            "force=true is not applicable for VM liveMigrationPolicy AlwaysSafe", warnings);
                }
                return AutoConvergeDecision.of(policy, false, null, warnings);
            case PREFER_SAFE:
                return AutoConvergeDecision.of(policy, f.orElse(false), null, warnings);
            case ALWAYS_FORCED:
                if (f.isPresent() && !f.get()) {
                    return AutoConvergeDecision.of(policy, false,
                            "force=false is not applicable for VM liveMigrationPolicy AlwaysForced", warnings);
                }
                return AutoConvergeDecision.of(policy, true, null, warnings);
            case PREFER_FORCED:
                return AutoConvergeDecision.of(policy, f.orElse(true), null, warnings);
            default:
                throw new IllegalStateException("unhandled policy " + policy);
        }
    }
}

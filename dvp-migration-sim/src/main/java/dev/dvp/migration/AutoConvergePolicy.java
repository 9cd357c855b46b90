package dev.dvp.migration;

import dev.dvp.model.LiveMigrationPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
                    + systemOverride.get().value() + " overrides the VM's policy");
            f = Optional.empty();
        }
        if (!policy.isKnown()) {
            warnings.add("liveMigrationPolicy " + policy.value() + " is not accepted by the VM CRD; "
                    + "DVP would treat it as auto-converge off (uncertain)");
            return AutoConvergeDecision.of(policy, false, null, warnings);
        }
        if (policy.equals(LiveMigrationPolicy.ALWAYS_SAFE)) {
            if (f.orElse(false)) {
                return AutoConvergeDecision.of(policy, false,
                        "force=true is not applicable for VM liveMigrationPolicy AlwaysSafe", warnings);
            }
            return AutoConvergeDecision.of(policy, false, null, warnings);
        }
        if (policy.equals(LiveMigrationPolicy.PREFER_SAFE)) {
            return AutoConvergeDecision.of(policy, f.orElse(false), null, warnings);
        }
        if (policy.equals(LiveMigrationPolicy.ALWAYS_FORCED)) {
            if (f.isPresent() && !f.get()) {
                // DVP returns the policy's own value beside the error (CalculateEffectivePolicy in
                // images/virtualization-artifact/pkg/livemigration/policy.go; policy_test.go,
                // "AlwaysForced with force=false": true, with an error).
                return AutoConvergeDecision.of(policy, true,
                        "force=false is not applicable for VM liveMigrationPolicy AlwaysForced", warnings);
            }
            return AutoConvergeDecision.of(policy, true, null, warnings);
        }
        // PreferForced, the last of the CRD's four.
        return AutoConvergeDecision.of(policy, f.orElse(true), null, warnings);
    }

    /**
     * Reads a policy as DVP's Go API knows it ({@code api/core/v1alpha2/virtual_machine.go}): the CRD's four values
     * and {@code Never} and {@code Manual}, which only the Go list has (they come back as members of
     * {@link LiveMigrationPolicy} that are not {@link LiveMigrationPolicy#isKnown() known}, and {@link #decide}
     * treats them as auto-converge off with a warning).
     *
     * <pre>{@code
     * AutoConvergePolicy.policyOf("AlwaysForced");   // LiveMigrationPolicy.ALWAYS_FORCED
     * AutoConvergePolicy.policyOf("alwaysforced");   // throws: Maybe "AlwaysForced" (values are case-sensitive)?
     * }</pre>
     *
     * @param value the manifest value, exact spelling
     * @return the policy
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static LiveMigrationPolicy policyOf(String value) {
        List<String> accepted = new ArrayList<>();
        LiveMigrationPolicy.knownValues().forEach(p -> accepted.add(p.value()));
        accepted.addAll(GO_ONLY_POLICIES);
        if (accepted.contains(value)) {
            return LiveMigrationPolicy.of(value);
        }
        for (String p : accepted) {
            if (p.toLowerCase(Locale.ROOT).equals(String.valueOf(value).toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("liveMigrationPolicy: unsupported value \"" + value
                        + "\". Maybe \"" + p + "\" (values are case-sensitive)?");
            }
        }
        throw new IllegalArgumentException("liveMigrationPolicy: unsupported value \"" + value + "\". Maybe one of "
                + String.join(", ", accepted.subList(0, LiveMigrationPolicy.knownValues().size())) + "?");
    }

    /** The policies of DVP's Go list that the VM CRD does not accept. */
    private static final List<String> GO_ONLY_POLICIES = List.of("Never", "Manual");
}

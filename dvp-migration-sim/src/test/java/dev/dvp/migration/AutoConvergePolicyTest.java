package dev.dvp.migration;

import static dev.dvp.model.LiveMigrationPolicy.ALWAYS_FORCED;
import static dev.dvp.model.LiveMigrationPolicy.ALWAYS_SAFE;
import static dev.dvp.model.LiveMigrationPolicy.PREFER_FORCED;
import static dev.dvp.model.LiveMigrationPolicy.PREFER_SAFE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AutoConvergePolicyTest {

    /**
     * DVP's table ({@code images/virtualization-artifact/pkg/livemigration/policy_test.go}); "unset" is an absent
     * force; ERROR-on / ERROR-off mark DVP's refusal with the auto-converge value it returns beside the error.
     */
    @ParameterizedTest(name = "{0} force={1} -> {2}")
    @CsvSource({
        "AlwaysSafe, unset, off", "AlwaysSafe, true, ERROR-off", "AlwaysSafe, false, off",
        "PreferSafe, unset, off", "PreferSafe, true, on", "PreferSafe, false, off",
        "AlwaysForced, unset, on", "AlwaysForced, true, on", "AlwaysForced, false, ERROR-on",
        "PreferForced, unset, on", "PreferForced, true, on", "PreferForced, false, off",
        "Never, unset, off", "Never, true, off", "Manual, false, off"})
    void policyTimesForce(String policy, String force, String expected) {
        AutoConvergeDecision d = AutoConvergePolicy.decide(Optional.of(AutoConvergePolicy.policyOf(policy)),
                force.equals("unset") ? Optional.empty() : Optional.of(Boolean.parseBoolean(force)), Optional.empty());
        if (expected.startsWith("ERROR")) {
            assertThat(d.allowed()).isFalse();
            assertThat(d.autoConverge()).isEqualTo(expected.equals("ERROR-on"));
            assertThat(d.error()).hasValue("force=" + force + " is not applicable for VM liveMigrationPolicy " + policy);
            assertThat(d.vmopMessage()).hasValue("Operation is invalid: force=" + force
                    + " is not applicable for VM liveMigrationPolicy " + policy);
        } else {
            assertThat(d.allowed()).isTrue();
            assertThat(d.autoConverge()).isEqualTo(expected.equals("on"));
        }
    }

    @Test
    void defaultPolicyIsPreferSafe() {
        AutoConvergeDecision d = AutoConvergePolicy.decide(Optional.empty(), Optional.of(true), Optional.empty());
        assertThat(d.effectivePolicy()).isEqualTo(PREFER_SAFE);
        assertThat(d.autoConverge()).isTrue();
    }

    @Test
    void systemOverrideIgnoresForceEntirely() {
        AutoConvergeDecision d = AutoConvergePolicy.decide(Optional.of(PREFER_FORCED), Optional.of(true),
                Optional.of(ALWAYS_SAFE));
        assertThat(d.allowed()).isTrue();
        assertThat(d.autoConverge()).isFalse();
        assertThat(d.effectivePolicy()).isEqualTo(ALWAYS_SAFE);
        assertThat(d.warnings()).singleElement().asString().contains("ignored");
        assertThat(AutoConvergePolicy.decide(Optional.of(ALWAYS_SAFE), Optional.of(false), Optional.of(ALWAYS_FORCED))
                .autoConverge()).isTrue();
    }

    @Test
    void goOnlyValuesAreFlagged() {
        assertThat(AutoConvergePolicy.policyOf("Never").isKnown()).isFalse();
        assertThat(AutoConvergePolicy.policyOf("Manual").isKnown()).isFalse();
        assertThat(ALWAYS_FORCED.isKnown()).isTrue();
        assertThat(AutoConvergePolicy.decide(Optional.of(AutoConvergePolicy.policyOf("Never")), Optional.empty(),
                Optional.empty()).warnings())
                .singleElement().asString().contains("uncertain");
    }

    @Test
    void badPolicySpellingNamesTheFixInTheMessage() {
        assertThatThrownBy(() -> AutoConvergePolicy.policyOf("alwaysforced"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"alwaysforced\"").hasMessageContaining("Maybe \"AlwaysForced\"");
        assertThatThrownBy(() -> AutoConvergePolicy.policyOf("Sometimes"))
                .hasMessageContaining("Maybe one of AlwaysSafe, PreferSafe, AlwaysForced, PreferForced?");
    }
}

package dev.dvp.migration;

import dev.dvp.model.LiveMigrationPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvp.model.Manifests;
import dev.dvp.model.VirtualMachine;
import org.junit.jupiter.api.Test;

class VirtualMachineScenariosTest {

    private static VirtualMachine vm(String memory, String policyLine) throws Exception {
        return Manifests.standard().readOne("""
                apiVersion: virtualization.deckhouse.io/v1alpha2
                kind: VirtualMachine
                metadata:
                  name: linux-vm
                spec:
                  virtualMachineClassName: generic
                  cpu:
                    cores: 1
                  memory:
                    size: %s
                %s
                  blockDeviceRefs:
                    - kind: VirtualDisk
                      name: linux-vm-root
                """.formatted(memory, policyLine), VirtualMachine.class);
    }

    @Test
    void memoryAndPolicyComeFromTheSpec() throws Exception {
        MigrationScenario s = VirtualMachineScenarios.builderFor(vm("1Gi", "  liveMigrationPolicy: AlwaysForced"))
                .build();
        assertThat(s.memoryBytes()).isEqualTo(1L << 30);
        assertThat(s.policy()).hasValue(LiveMigrationPolicy.ALWAYS_FORCED);
        assertThat(s.acceptableCompletionTime().getSeconds()).isEqualTo(1600);
    }

    @Test
    void absentPolicyIsTheCrdDefault() throws Exception {
        MigrationScenario s = VirtualMachineScenarios.builderFor(vm("4Gi", "")).build();
        assertThat(s.policy()).isEmpty();
        assertThat(s.autoConvergeDecision().effectivePolicy()).isEqualTo(LiveMigrationPolicy.PREFER_SAFE);
        assertThat(MigrationSimulator.create().run(s).completed()).isTrue();
    }

    @Test
    void unknownPolicyNamesTheField() throws Exception {
        VirtualMachine odd = vm("1Gi", "  liveMigrationPolicy: Sometimes");
        assertThatThrownBy(() -> VirtualMachineScenarios.builderFor(odd))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("linux-vm").hasMessageContaining("spec.liveMigrationPolicy")
                .hasMessageContaining("Maybe");
    }
}

package dev.dvp.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvp.model.BlockDeviceKind;
import dev.dvp.model.BlockDeviceRef;
import dev.dvp.model.Cpu;
import dev.dvp.model.Manifests;
import dev.dvp.model.Memory;
import dev.dvp.model.ObjectMeta;
import dev.dvp.model.Quantity;
import dev.dvp.model.Resource;
import dev.dvp.model.StructuralValidator;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineSpec;
import dev.dvp.model.Violation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's Java quick start, as written there, so that it keeps compiling and working. */
class ReadmeQuickStartTest {
  @Test
  void quickStart() throws Exception {
    List<Resource> objects = Manifests.standard().read(
        Path.of("..", "..", "examples", "quickstart", "virtualmachine-linux-vm.yaml"));
    VirtualMachine vm = (VirtualMachine) objects.get(0);

    VirtualMachine built = VirtualMachine.builder()
        .metadata(ObjectMeta.of("linux-vm", "default"))
        .spec(VirtualMachineSpec.builder()
            .virtualMachineClassName("generic")
            .cpu(Cpu.of(1, "10%"))
            .memory(Memory.of(Quantity.parse("1Gi")))
            .addBlockDeviceRefs(BlockDeviceRef.of(BlockDeviceKind.VIRTUAL_DISK, "linux-vm-root"))
            .build())
        .build();
    VirtualMachine bigger = built.withSpec(built.spec().withCpu(Cpu.of(2, "10%")));
    List<Violation> violations = StructuralValidator.standard().validate(bigger);
    String yaml = Manifests.standard().toYaml(bigger);

    assertThat(vm.name()).isEqualTo("linux-vm");
    assertThat(violations).isEmpty();
    assertThat(Manifests.standard().readOne(yaml, VirtualMachine.class)).isEqualTo(bigger);
    assertThat(StructuralValidator.standard().validate(bigger.withSpec(bigger.spec().withCpu(Cpu.of(0)))))
        .extracting(Violation::toString)
        .containsExactly("spec.cpu.cores: Invalid value: 0: spec.cpu.cores in body should be greater than or equal"
            + " to 1");
  }
}

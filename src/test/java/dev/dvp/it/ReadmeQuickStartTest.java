package dev.dvp.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvp.model.BlockDeviceKind;
import dev.dvp.model.BlockDeviceRef;
import dev.dvp.model.Cpu;
import dev.dvp.model.ManifestDocument;
import dev.dvp.model.Manifests;
import dev.dvp.model.Memory;
import dev.dvp.model.ObjectMeta;
import dev.dvp.model.Quantity;
import dev.dvp.model.Resource;
import dev.dvp.model.ServedKinds;
import dev.dvp.model.StructuralValidator;
import dev.dvp.model.UnknownFields;
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

  @Test
  void strictnessAsValues() throws Exception {
    VirtualMachine typo = Manifests.standard().readOne(
        "apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachine\nmetadata: {name: vm}\n"
            + "spec: {virtualMachineClassName: generic, cpu: {cores: 1, corefraction: 10%}, memory: {size: 1Gi},"
            + " blockDeviceRefs: [{kind: VirtualDisk, name: d}]}", VirtualMachine.class);
    assertThat(UnknownFields.of(typo)).extracting(Violation::toString).containsExactly(
        "spec.cpu.corefraction: unknown field \"spec.cpu.corefraction\". Maybe \"coreFraction\"?");
    assertThat(ServedKinds.check("virtualization.deckhouse.io/v1alpha1", "VirtualMachine")).get()
        .extracting(Violation::toString).asString().startsWith("apiVersion: no matches for kind \"VirtualMachine\""
            + " in version \"virtualization.deckhouse.io/v1alpha1\". Maybe");
    java.nio.file.Path file = java.nio.file.Files.createTempFile("vm", ".yaml");
    java.nio.file.Files.writeString(file, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n");
    for (ManifestDocument d : Manifests.standard().readDocuments(file)) {
      for (Violation v : d.duplicateFields()) {
        assertThat(d.locateDuplicate(v) + ": " + v).isEqualTo(file + ":5:3: metadata.name: duplicate field"
            + " \"metadata.name\"");
      }
      assertThat(d.duplicateFields()).hasSize(1);
    }
    java.nio.file.Files.delete(file);
  }
}

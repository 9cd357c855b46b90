package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The VirtualMachineOperation and VirtualMachineBlockDeviceAttachment kinds: codec, schema and CEL rules. */
class VirtualMachineOperationKindTest {
  private static final Path EXAMPLES = Path.of("../examples");

  private static List<String> violations(Resource r) {
    return StructuralValidator.standard().validate(r).stream().map(Violation::toString).toList();
  }

  private static VirtualMachineOperation vmop(String specYaml) throws Exception {
    return Manifests.standard().readOne(
        "apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachineOperation\n"
            + "metadata: {name: op}\nspec:\n" + specYaml, VirtualMachineOperation.class);
  }

  @Test
  void seedExamplesReadAsTypedKindsAndRoundTrip() throws Exception {
    assumeThat(Files.isDirectory(EXAMPLES)).as("examples/ is beside dvp-model").isTrue();
    for (String file : List.of("operations/restart-linux-vm.yaml", "operations/evict-linux-vm.yaml",
        "blockdevices/attach-blank-disk.yaml", "blockdevices/attach-ubuntu-iso.yaml")) {
      Path path = EXAMPLES.resolve(file);
      List<Resource> read = Manifests.standard().read(path);
      assertThat(read).singleElement().satisfies(r -> {
        assertThat(r).isInstanceOfAny(VirtualMachineOperation.class, VirtualMachineBlockDeviceAttachment.class);
        assertThat(violations(r)).as(file).isEmpty();
      });
      JsonNode original = new YAMLMapper().readTree(Files.readString(path));
      assertThat(new YAMLMapper().readTree(Manifests.standard().toYaml(read.get(0)))).isEqualTo(original);
    }
  }

  @Test
  void evictExampleCarriesForce() throws Exception {
    assumeThat(Files.isDirectory(EXAMPLES)).as("examples/ is beside dvp-model").isTrue();
    VirtualMachineOperation op = (VirtualMachineOperation) Manifests.standard()
        .read(EXAMPLES.resolve("operations/evict-linux-vm.yaml")).get(0);
    assertThat(op.spec().type()).isEqualTo(VirtualMachineOperationType.EVICT);
    assertThat(op.spec().forceOrDefault()).isTrue();
    assertThat(op.metadata().generateName()).contains("evict-linux-vm-");
  }

  @Test
  void startCannotBeForced() throws Exception {
    assertThat(violations(vmop("  type: Start\n  virtualMachineName: vm\n  force: true\n")))
        .containsExactly("spec: Invalid value: \"object\": The `Start` operation cannot be performed forcibly.");
    assertThat(violations(vmop("  type: Start\n  virtualMachineName: vm\n  force: false\n"))).isEmpty();
    assertThat(violations(vmop("  type: Evict\n  virtualMachineName: vm\n  force: true\n"))).isEmpty();
  }

  @Test
  void restoreAndCloneNeedTheirFields() throws Exception {
    assertThat(violations(vmop("  type: Restore\n  virtualMachineName: vm\n")))
        .containsExactly("spec: Invalid value: \"object\": Restore requires restore field.");
    assertThat(violations(vmop("  type: Clone\n  virtualMachineName: vm\n")))
        .containsExactly("spec: Invalid value: \"object\": Clone requires clone field.");
    assertThat(violations(vmop("  type: Restore\n  virtualMachineName: vm\n"
        + "  restore: {mode: Strict, virtualMachineSnapshotName: snap}\n"))).isEmpty();
  }

  @Test
  void migrateOnlyWithTypeMigrate() throws Exception {
    assertThat(violations(vmop("  type: Evict\n  virtualMachineName: vm\n  migrate: {nodeSelector: {a: b}}\n")))
        .containsExactly("spec: Invalid value: \"object\": spec.migrate can only be set when spec.type is 'Migrate'");
    assertThat(violations(vmop("  type: Migrate\n  virtualMachineName: vm\n  migrate: {nodeSelector: {a: b}}\n")))
        .isEmpty();
  }

  @Test
  void cloneNamingRulesAtTheirBoundaries() throws Exception {
    String base = "  type: Clone\n  virtualMachineName: vm\n  clone:\n    mode: Strict\n";
    assertThat(violations(vmop(base))).containsExactly("spec.clone: Invalid value: \"object\": At least one of "
        + "customization.namePrefix, customization.nameSuffix, or nameReplacement must be set");
    assertThat(violations(vmop(base + "    customization: {namePrefix: \"" + "a".repeat(59) + "\"}\n"))).isEmpty();
    assertThat(violations(vmop(base + "    customization: {namePrefix: \"" + "a".repeat(60) + "\"}\n")))
        .containsExactly("spec.clone.customization: Invalid value: \"object\": "
            + "namePrefix length must be between 1 and 59 characters if set");
    assertThat(violations(vmop(base + "    customization: {namePrefix: x, nameSuffix: \"\"}\n")))
        .containsExactly("spec.clone.customization: Invalid value: \"object\": "
            + "nameSuffix length must be between 1 and 59 characters if set");
    // 59 Cyrillic letters are 118 bytes but 59 characters for CEL size().
    assertThat(violations(vmop(base + "    nameReplacement: [{from: {name: a}, to: \"" + "ж".repeat(59) + "\"}]\n")))
        .isEmpty();
    assertThat(violations(vmop(base + "    nameReplacement: [{from: {name: a}, to: \"" + "b".repeat(60) + "\"}]\n")))
        .containsExactly("spec.clone.nameReplacement: Invalid value: \"array\": "
            + "Each nameReplacement.to must be between 1 and 59 characters");
  }

  @Test
  void cloneFieldsAreValidatedBelowClone() throws Exception {
    assertThat(violations(vmop("  type: Clone\n  virtualMachineName: vm\n  clone:\n    mode: Sloppy\n"
        + "    nameReplacement: [{from: {name: \"\"}, to: b}]\n")))
        .containsExactly(
            "spec.clone.mode: Unsupported value: \"Sloppy\": supported values: \"DryRun\", \"Strict\", \"BestEffort\"",
            "spec.clone.nameReplacement[0].from.name: Invalid value: \"\": "
                + "spec.clone.nameReplacement[0].from.name in body should be at least 1 chars long");
  }

  @Test
  void unknownTypeIsReportedAndKept() throws Exception {
    VirtualMachineOperation op = vmop("  type: Hibernate\n  virtualMachineName: vm\n");
    assertThat(violations(op)).singleElement().asString().startsWith("spec.type: Unsupported value: \"Hibernate\"");
    assertThat(Manifests.standard().toYaml(op)).contains("type: Hibernate");
  }

  @Test
  void attachmentRefRequiresKindAndName() {
    String yaml = "apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachineBlockDeviceAttachment\n"
        + "metadata: {name: a}\nspec:\n  virtualMachineName: vm\n  blockDeviceRef: {name: d}\n";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Manifests.standard().read(yaml, "a.yaml"))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("spec.blockDeviceRef.kind: Required value");
  }
}

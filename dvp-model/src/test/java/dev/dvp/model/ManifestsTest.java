package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The codec: formats, dispatch, lists, unknown kinds, positions, errors and limits. */
class ManifestsTest {
  static final String VM = ManifestsSmokeTest.VM;
  static final String CLASS = String.join("\n",
      "apiVersion: virtualization.deckhouse.io/v1alpha3",
      "kind: VirtualMachineClass",
      "metadata:",
      "  name: small",
      "spec:",
      "  cpu:",
      "    type: Discovery",
      "  sizingPolicies:",
      "    - cores: {min: 1, max: 4}",
      "      coreFractions: [\"5%\", \"100%\"]",
      "      defaultCoreFraction: \"5%\"",
      "");
  static final Manifests CODEC = Manifests.standard();

  @Test
  void readsSeveralDocumentsAndSkipsEmptyOnes() throws Exception {
    List<Resource> all = CODEC.read("---\n" + VM + "---\n---\n" + CLASS, "all.yaml");
    assertThat(all).extracting(Resource::kind).containsExactly("VirtualMachine", "VirtualMachineClass");
    assertThat(all.get(1)).isInstanceOf(VirtualMachineClass.class);
  }

  @Test
  void keepsTheClassVersionThatWasRead() throws Exception {
    VirtualMachineClass v3 = CODEC.readOne(CLASS, VirtualMachineClass.class);
    assertThat(v3.apiVersion()).isEqualTo(VirtualMachineClass.API_VERSION_V1ALPHA3);
    assertThat(CODEC.toYaml(v3)).startsWith("apiVersion: virtualization.deckhouse.io/v1alpha3\n").contains("- 5%");
    assertThat(CODEC.readOne(CODEC.toYaml(v3), VirtualMachineClass.class)).isEqualTo(v3);
    assertThat(StructuralValidator.standard().validate(v3)).isEmpty();
    VirtualMachineClass wrongTypes = CODEC.readOne(CLASS.replace("[\"5%\", \"100%\"]", "[5, 100]"),
        VirtualMachineClass.class);
    assertThat(StructuralValidator.standard().validate(wrongTypes)).extracting(Violation::toString).containsExactly(
        "spec.sizingPolicies[0].coreFractions[0]: Invalid value: \"integer\": spec.sizingPolicies[0]"
            + ".coreFractions[0] in body must be of type string: \"integer\"",
        "spec.sizingPolicies[0].coreFractions[1]: Invalid value: \"integer\": spec.sizingPolicies[0]"
            + ".coreFractions[1] in body must be of type string: \"integer\"");
  }

  @Test
  void v1alpha2ClassRules() throws Exception {
    String v2 = CLASS.replace("v1alpha3", "v1alpha2").replace("[\"5%\", \"100%\"]", "[0, 5, 101]")
        .replace("defaultCoreFraction: \"5%\"", "defaultCoreFraction: auto");
    VirtualMachineClass c = CODEC.readOne(v2, VirtualMachineClass.class);
    assertThat(StructuralValidator.standard().validate(c)).extracting(Violation::toString).containsExactly(
        "spec.sizingPolicies[0].coreFractions[0]: Invalid value: 0: spec.sizingPolicies[0].coreFractions[0] in body"
            + " should be greater than or equal to 1",
        "spec.sizingPolicies[0].coreFractions[2]: Invalid value: 101: spec.sizingPolicies[0].coreFractions[2] in"
            + " body should be less than or equal to 100",
        "spec.sizingPolicies[0].defaultCoreFraction: Invalid value: \"string\": The default core fraction must be a"
            + " number from 1 to 100, or 'Auto'.");
  }

  @Test
  void classCpuAndCoresRules() throws Exception {
    String bad = CLASS.replace("type: Discovery", "type: Model").replace("{min: 1, max: 4}", "{min: 4, max: 4, step: 4}");
    VirtualMachineClass c = CODEC.readOne(bad, VirtualMachineClass.class);
    assertThat(StructuralValidator.standard().validate(c)).extracting(Violation::toString).containsExactly(
        "spec.cpu: Invalid value: \"object\": Model requires model and cannot have features or discovery",
        "spec.sizingPolicies[0].cores: Invalid value: \"object\": The maximum must be greater than the minimum",
        "spec.sizingPolicies[0].cores: Invalid value: \"object\": The maximum must be greater than the step");
  }

  @Test
  void readsKubectlListsAndJson() throws Exception {
    String list = "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":["
        + new ObjectMapper().writeValueAsString(CODEC.toJsonTree(CODEC.readOne(VM, VirtualMachine.class)))
        + ",{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"c\"},\"data\":{\"a\":\"b\"}}]}";
    List<Resource> all = CODEC.read(list, "list.json");
    assertThat(all).hasSize(2);
    assertThat(all.get(0)).isInstanceOf(VirtualMachine.class);
    assertThat(all.get(1)).isInstanceOf(GenericResource.class);
    GenericResource cm = (GenericResource) all.get(1);
    assertThat(cm.name()).isEqualTo("c");
    assertThat(cm.field("data")).hasValue(java.util.Map.of("a", "b"));
    JsonNode back = new ObjectMapper().readTree(CODEC.toJson(cm));
    assertThat(back.path("data").path("a").asText()).isEqualTo("b");
  }

  @Test
  void readsFromPathReaderAndStream(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("vm.yaml");
    Files.writeString(file, VM);
    assertThat(CODEC.read(file)).hasSize(1);
    assertThat(CODEC.read(new StringReader(VM), "reader")).hasSize(1);
    assertThat(CODEC.read(new ByteArrayInputStream(VM.getBytes(StandardCharsets.UTF_8)), "stream")).hasSize(1);
    assertThatThrownBy(() -> CODEC.read(dir.resolve("missing.yaml")))
        .isInstanceOf(ManifestException.class).hasMessageContaining("missing.yaml: cannot read the file");
  }

  @Test
  void locatesFieldsOfEachDocument() throws Exception {
    List<ManifestDocument> docs = CODEC.readDocuments(VM + "---\n" + CLASS, "all.yaml");
    assertThat(docs.get(0).locate("spec.blockDeviceRefs[0].name")).hasToString("all.yaml:20:13");
    assertThat(docs.get(1).locate("spec.sizingPolicies[0].cores.max")).hasToString("all.yaml:30:28");
    assertThat(docs.get(1).start().line()).isEqualTo(22);
    assertThat(docs.get(0).locate("spec.no.such.field").line()).isEqualTo(6);
  }

  @Test
  void keepsGoingPastADocumentThatDoesNotBind() throws Exception {
    List<ManifestDocument> docs = CODEC.readDocuments(VM.replace("cores: 1", "cores: [1]") + "---\n" + CLASS, "x");
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).problem()).get().extracting(ManifestException::getMessage)
        .isEqualTo("x:14:12: spec.cpu.cores: expected an integer, got a list");
    assertThat(docs.get(1).resource()).isPresent();
  }

  @Test
  void strictTypesAsInKubernetes() {
    assertThatThrownBy(() -> CODEC.read(VM.replace("cores: 1", "cores: \"1\""), "vm.yaml"))
        .hasMessage("vm.yaml:14:12: spec.cpu.cores: expected an integer, got \"1\"");
    assertThatThrownBy(() -> CODEC.read(VM.replace("name: linux-vm-root", "name: 42"), "vm.yaml"))
        .hasMessage("vm.yaml:20:13: spec.blockDeviceRefs[0].name: expected a string, got the number 42");
    assertThatThrownBy(() -> CODEC.read(VM.replace("size: 1Gi", "size: 1GB"), "vm.yaml"))
        .hasMessageStartingWith("vm.yaml:17:11: spec.memory.size: quantity \"1GB\": ");
  }

  @Test
  void missingHeaderAndNonObjects() throws Exception {
    assertThat(CODEC.readDocuments("metadata: {name: x}\n", "x.yaml").get(0).problem()).get()
        .extracting(ManifestException::getMessage).asString().startsWith("x.yaml:1:1: apiVersion: Required value");
    assertThat(CODEC.readDocuments("- a\n- b\n", "x.yaml").get(0).problem()).get()
        .extracting(ManifestException::reason).asString().contains("must be an object");
  }

  @Test
  void syntaxErrorsAreUnreadableWithPosition() {
    assertThatThrownBy(() -> CODEC.read("apiVersion: v1\nkind: [oops\n", "bad.yaml"))
        .isInstanceOfSatisfying(ManifestException.class, e -> {
          assertThat(e.isUnreadable()).isTrue();
          assertThat(e.getMessage()).startsWith("bad.yaml:3:1: invalid YAML");
        });
    assertThatThrownBy(() -> CODEC.read("{\"apiVersion\": ", "bad.json"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("bad.json:1:");
  }

  @Test
  void limitsAreEnforcedWithClearMessages() {
    Manifests small = Manifests.builder().maxSourceSize(100).maxDocuments(2).maxDepth(8).maxAliases(1).build();
    assertThatThrownBy(() -> small.read("a: " + "x".repeat(200), "big.yaml"))
        .hasMessageContaining("larger than 100 characters").hasMessageContaining("maxSourceSize");
    assertThatThrownBy(() -> small.read("a: 1\n---\nb: 2\n---\nc: 3\n", "many.yaml"))
        .hasMessageContaining("more than 2 documents");
    assertThatThrownBy(() -> small.read("a: [[[[[[[[[[1]]]]]]]]]]", "deep.yaml"))
        .hasMessageContaining("nesting deeper than 8 levels");
    assertThatThrownBy(() -> small.read("a: &x [1]\nb: *x\nc: *x\n", "alias.yaml"))
        .hasMessageContaining("more than 1 YAML aliases");
    assertThatThrownBy(() -> Manifests.builder().maxDepth(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxDepth must be positive, got 0");
  }

  @Test
  void expandsModestAliases() throws Exception {
    String yaml = "apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachine\n"
        + "metadata: {name: a, labels: &l {app: web}, annotations: *l}\n"
        + "spec: {cpu: {cores: 1}, memory: {size: 1Gi}, blockDeviceRefs: [{kind: VirtualDisk, name: d}]}\n";
    VirtualMachine vm = CODEC.readOne(yaml, VirtualMachine.class);
    assertThat(vm.metadata().annotations()).containsEntry("app", "web");
  }

  @Test
  void stringsThatLookLikeNumbersOrBooleansStayStrings() throws Exception {
    VirtualMachine vm = CODEC.readOne(VM, VirtualMachine.class);
    VirtualMachine odd = vm.withSpec(vm.spec().withCpu(Cpu.of(1, "50")))
        .withMetadata(vm.metadata().withLabels(java.util.Map.of("a", "true", "b", "1e3", "c", "null", "d", "0x1F")));
    String yaml = CODEC.toYaml(odd);
    assertThat(CODEC.readOne(yaml, VirtualMachine.class)).isEqualTo(odd);
  }
}

package dev.dvp.model.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.dvp.model.Manifests;
import dev.dvp.model.Resource;
import dev.dvp.model.RunPolicy;
import dev.dvp.model.StructuralValidator;
import dev.dvp.model.VirtualMachine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The full manifests of the user documentation ({@code virtual-machines.ru.md}) read, validate and write back as
 * the same JSON tree; fields and enum values the SDK does not know survive.
 */
class SeedRoundTripTest {
  private static final Manifests CODEC = Manifests.standard();
  private static final YAMLMapper YAML = new YAMLMapper();

  private static List<SeedExamples.Example> seedManifests() throws IOException {
    String markdown = Files.readString(ReferenceMaterial.virtualMachinesSeed(), StandardCharsets.UTF_8);
    List<SeedExamples.Example> full = SeedExamples.extract(markdown).stream()
        .filter(SeedExamples.Example::isFullManifest).toList();
    assumeTrue(!full.isEmpty(), "the seed documentation has no full manifests; skipping");
    return full;
  }

  @TestFactory
  Stream<DynamicTest> everySeedManifestReadsValidatesAndRoundTrips() throws IOException {
    return seedManifests().stream().map(example -> DynamicTest.dynamicTest(example.toString(), () -> {
      List<Resource> read = CODEC.read(example.yaml(), example.toString());
      assertThat(read).hasSameSizeAs(example.documents());
      for (int i = 0; i < read.size(); i++) {
        JsonNode document = example.documents().get(i);
        assertThat(CODEC.toJsonTree(read.get(i))).as("document %d written back", i).isEqualTo(document);
        assertThat(StructuralValidator.standard().validate(read.get(i))).extracting(Object::toString)
            .as("violations of document %d", i).containsExactlyElementsOf(expectedViolations(document));
      }
    }));
  }

  /**
   * What Kubernetes (and so the SDK) says about a documentation example: nothing, except for two kinds of examples
   * that are not valid as printed: Secrets with a {@code <base64 data>} placeholder in {@code data} (rejected in
   * Go's words), and a ClusterIP Service without {@code ports} (Kubernetes requires ports unless the Service is
   * headless or ExternalName).
   */
  static List<String> expectedViolations(JsonNode document) {
    List<String> out = new ArrayList<>();
    String kind = document.path("apiVersion").asText() + " " + document.path("kind").asText();
    if (kind.equals("v1 Secret")) {
      document.path("data").fields().forEachRemaining(e -> {
        if (e.getValue().asText().startsWith("<")) {
          out.add("data[" + e.getKey() + "]: illegal base64 data at input byte 0");
        }
      });
    }
    JsonNode spec = document.path("spec");
    if (kind.equals("v1 Service") && !spec.has("ports") && !spec.path("clusterIP").asText().equals("None")
        && !spec.path("type").asText().equals("ExternalName")) {
      out.add("spec.ports: Required value");
    }
    return out;
  }

  @Test
  void theSeedHoldsTheExpectedManifests() throws IOException {
    List<String> kinds = seedManifests().stream()
        .flatMap(e -> e.documents().stream()).map(d -> d.path("kind").asText()).toList();
    assertThat(kinds).contains("VirtualMachine", "VirtualMachineOperation", "Secret");
  }

  private static ObjectNode firstVirtualMachine() throws IOException {
    return (ObjectNode) seedManifests().stream().flatMap(e -> e.documents().stream())
        .filter(d -> d.path("kind").asText().equals("VirtualMachine")).findFirst().orElseThrow().deepCopy();
  }

  @Test
  void unknownFieldsSurviveAtEveryDepth() throws Exception {
    ObjectNode vm = firstVirtualMachine();
    vm.put("topLevelFuture", "t");
    ((ObjectNode) vm.get("metadata")).putObject("metadataFuture").put("a", 1);
    ObjectNode spec = (ObjectNode) vm.get("spec");
    spec.putArray("specFuture").add(1).add("two").addObject().put("three", true);
    ((ObjectNode) spec.get("cpu")).put("cpuFuture", 2.5);
    ((ObjectNode) spec.get("memory")).putArray("memoryFuture").add(false);
    ((ObjectNode) ((ArrayNode) spec.get("blockDeviceRefs")).get(0)).put("refFuture", "r");
    if (spec.has("provisioning")) {
      ((ObjectNode) spec.get("provisioning")).putObject("provisioningFuture").putObject("deeper").put("x", "y");
    }
    String yaml = YAML.writeValueAsString(vm);

    VirtualMachine read = CODEC.readOne(yaml, VirtualMachine.class);

    assertThat(read.additionalProperties()).containsKey("topLevelFuture");
    assertThat(read.spec().cpu().additionalProperties()).containsKey("cpuFuture");
    assertThat(CODEC.toJsonTree(read)).isEqualTo(vm);
    assertThat(YAML.readTree(CODEC.toYaml(read))).isEqualTo(vm);
    assertThat(StructuralValidator.standard().validate(read)).isEmpty();
  }

  @Test
  void anUnknownEnumValueIsKeptAndReported() throws Exception {
    ObjectNode vm = firstVirtualMachine();
    ((ObjectNode) vm.get("spec")).put("runPolicy", "AlwaysOnOnTuesdays");

    VirtualMachine read = CODEC.readOne(YAML.writeValueAsString(vm), VirtualMachine.class);

    RunPolicy policy = read.spec().runPolicy().orElseThrow();
    assertThat(policy.isKnown()).isFalse();
    assertThat(policy.value()).isEqualTo("AlwaysOnOnTuesdays");
    JsonNode written = CODEC.toJsonTree(read);
    assertThat(written).isEqualTo(vm);
    assertThat(StructuralValidator.standard().validate(read)).extracting(Object::toString).containsExactly(
        "spec.runPolicy: Unsupported value: \"AlwaysOnOnTuesdays\": supported values: \"AlwaysOn\", \"AlwaysOff\","
            + " \"Manual\", \"AlwaysOnUnlessStoppedManually\"");
    assertThat(CrdSchemas.reference().validate(written)).extracting(CrdSchemas.SchemaError::path)
        .containsExactly("spec.runPolicy");
  }
}

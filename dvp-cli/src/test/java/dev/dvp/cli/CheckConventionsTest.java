package dev.dvp.cli;

import static dev.dvp.cli.CheckCommandTest.VM;
import static dev.dvp.cli.CheckCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

/** {@code dvp check} and friends as kubectl users expect them: help, -f and -, exit codes, output formats. */
class CheckConventionsTest {
  static final String CLASS = String.join("\n",
      "apiVersion: virtualization.deckhouse.io/v1alpha3",
      "kind: VirtualMachineClass",
      "metadata:",
      "  name: generic",
      "spec:",
      "  cpu:",
      "    type: Host",
      "");
  static final String DISK = String.join("\n",
      "apiVersion: virtualization.deckhouse.io/v1alpha2",
      "kind: VirtualDisk",
      "metadata:",
      "  name: linux-disk",
      "spec:",
      "  persistentVolumeClaim:",
      "    size: 10Gi",
      "");

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return CheckCommandTest.write(dir, name, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "convert", "diff", "sizing", "ops", "place", "drain", "ipam", "ipam audit",
      "ipam allocate", "migrate", "lsp"})
  void everyCommandAnswersHelp(String command) {
    for (String flag : List.of("-h", "--help")) {
      String[] args = (command + " " + flag).split(" ");
      CheckCommandTest.Run r = run(args);
      assertThat(r.code()).as(command + " " + flag).isZero();
      assertThat(r.out()).as(command + " " + flag).startsWith("Usage: dvp " + command);
    }
  }

  @Test
  void standardInputIsReadForADash() throws IOException {
    CheckCommandTest.Run r = withStdin(VM.replace("cores: 1", "cores: 0"), () -> run("check", "-"));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("STDIN:8:12: error: VirtualMachine linux-vm: spec.cpu.cores: Invalid value: 0");
  }

  @Test
  void filenameOptionWorksLikeAnArgument() throws IOException {
    Path file = write("vm.yaml", CLASS + "---\n" + DISK + "---\n" + VM);
    CheckCommandTest.Run r = run("check", "-f", file.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("3 objects in 1 file: 0 errors");
  }

  @Test
  void emptyDirectoryIsNoManifestsFoundAndExitsTwo() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CheckCommandTest.Run r = run("check", empty.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("error: no manifests found in " + empty);
  }

  @Test
  void fileWithoutDocumentsIsNoManifestsFound() throws IOException {
    Path file = write("empty.yaml", "# nothing here\n---\n");
    CheckCommandTest.Run r = run("check", file.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no manifests found");
  }

  @Test
  void noArgumentsIsAUsageError() {
    CheckCommandTest.Run r = run("check");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("must specify one of -f");
  }

  @Test
  void excludeLeavesFilesOut() throws IOException {
    write("ok/vm.yaml", CLASS + "---\n" + DISK + "---\n" + VM);
    write("ok/kustomization.yaml", "resources: [vm.yaml]\n");
    write("ok/broken/vm.yaml", VM.replace("cores: 1", "cores: 0"));
    CheckCommandTest.Run r = run("check", dir.resolve("ok").toString(), "--exclude", "kustomization.yaml",
        "--exclude", "broken/**");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("3 objects in 1 file: 0 errors");
  }

  @Test
  void unservedVersionIsTheApiServersNoMatchError() throws IOException {
    Path file = write("vm.yaml", VM.replace("v1alpha2", "v1alpha1"));
    CheckCommandTest.Run r = run("check", file.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains(file + ":1:13: error: VirtualMachine linux-vm: apiVersion: no matches for kind"
        + " \"VirtualMachine\" in version \"virtualization.deckhouse.io/v1alpha1\". Maybe apiVersion:"
        + " virtualization.deckhouse.io/v1alpha2?");
    // Nothing else is said about an object the API server cannot map.
    assertThat(r.out()).doesNotContain("linux-disk");
  }

  @Test
  void misspeltKindInDvpGroupIsAnError() throws IOException {
    Path file = write("vm.yaml", VM.replace("kind: VirtualMachine", "kind: VirtualMachin"));
    CheckCommandTest.Run r = run("check", file.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("kind: no matches for kind \"VirtualMachin\" in version"
        + " \"virtualization.deckhouse.io/v1alpha2\". Maybe kind: VirtualMachine?");
  }

  @Test
  void deprecatedVersionWarnsWithTheCrdsText() throws IOException {
    Path file = write("class.yaml", CLASS.replace("v1alpha3", "v1alpha2"));
    CheckCommandTest.Run r = run("check", file.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("warning: VirtualMachineClass generic: apiVersion: v1alpha2.VirtualMachineClass is"
        + " deprecated; use v1alpha3.VirtualMachineClass");
    assertThat(run("check", "--strict", file.toString()).code()).isEqualTo(1);
  }

  @Test
  void unmodelledKindsAreListedAsNotChecked() throws IOException {
    Path file = write("cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: b\n"
        + "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec: {}\n");
    CheckCommandTest.Run r = run("check", file.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("2 objects in 1 file: all valid; 2 not checked beyond metadata (kinds the SDK does"
        + " not model: 1 ConfigMap (v1), 1 Deployment (apps/v1))");
    JsonNode json = new ObjectMapper().readTree(run("check", "-o", "json", file.toString()).out());
    assertThat(json.get("notChecked")).hasSize(2);
    assertThat(json.get("notChecked").get(0).get("kind").asText()).isEqualTo("ConfigMap");
    assertThat(json.get("notChecked").get(0).get("line").asInt()).isEqualTo(1);
    assertThat(json.get("findings")).isEmpty();
    assertThat(json.get("unreadable")).isEmpty();
  }

  @Test
  void sameObjectTwiceNamesBothLocations() throws IOException {
    Path a = write("a.yaml", CLASS + "---\n" + DISK + "---\n" + VM);
    Path b = write("b.yaml", VM);
    CheckCommandTest.Run r = run("check", a.toString(), b.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains(b + ":4:9: error: VirtualMachine linux-vm: metadata.name: Duplicate value:"
        + " \"linux-vm\": VirtualMachine linux-vm is already defined at " + a + ":17:1");
  }

  @Test
  void sameNameInAnotherNamespaceOrKindIsNoDuplicate() throws IOException {
    Path a = write("a.yaml", CLASS + "---\n" + DISK + "---\n" + VM + "---\n"
        + VM.replace("name: linux-vm", "name: linux-vm\n  namespace: other").replace("cores: 1", "cores: 1"));
    CheckCommandTest.Run r = run("check", a.toString());
    assertThat(r.out()).doesNotContain("Duplicate value");
  }

  @Test
  void validateOptionSpellingsAreKubectls() throws IOException {
    Path file = write("vm.yaml", CLASS + "---\n" + DISK + "---\n" + VM);
    for (String value : List.of("strict", "warn", "ignore", "true", "false")) {
      assertThat(run("check", "--validate", value, file.toString()).code()).as(value).isZero();
    }
    CheckCommandTest.Run bad = run("check", "--validate", "loose", file.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("invalid - validate option \"loose\"; must be one of: strict (or true), warn,"
        + " ignore (or false)");
  }

  @Test
  void unknownFieldsAreErrorsWithAHint() throws IOException {
    Path file = write("vm.yaml", CLASS + "---\n" + DISK + "---\n" + VM
        .replace("    cores: 1\n", "    cores: 1\n    corefraction: 10%\n")
        .replace("      name: linux-disk", "      nmae: linux-disk\n      name: linux-disk"));
    CheckCommandTest.Run r = run("check", file.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains(file + ":25:19: error: VirtualMachine linux-vm: spec.cpu.corefraction: unknown field"
        + " \"spec.cpu.corefraction\". Maybe \"coreFraction\"?")
        .contains(file + ":30:13: error: VirtualMachine linux-vm: spec.blockDeviceRefs[0].nmae: unknown field"
        + " \"spec.blockDeviceRefs[0].nmae\". Maybe \"name\"?");
    CheckCommandTest.Run warn = run("check", "--validate", "warn", file.toString());
    assertThat(warn.code()).isZero();
    assertThat(warn.out()).contains("warning: VirtualMachine linux-vm: spec.cpu.corefraction: unknown field");
    assertThat(run("check", "--validate=false", file.toString()).out()).doesNotContain("unknown field");
  }

  @Test
  void aMisspeltRequiredFieldIsNamedBesideTheRequiredValue() throws IOException {
    Path file = write("vm.yaml", VM.replace("    cores: 1\n", "    corse: 2\n"));
    CheckCommandTest.Run r = run("check", file.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("VirtualMachine linux-vm: spec.cpu.cores: Required value")
        .contains(file + ":8:12: error: VirtualMachine linux-vm: spec.cpu.corse: unknown field \"spec.cpu.corse\"."
            + " Maybe \"cores\"?");
  }

  @Test
  void aDocumentThatCannotBeBoundStillHasItsNameAndMetadataChecked() throws IOException {
    Path file = write("vm.yaml", VM.replace("cores: 1", "cores: two").replace("name: linux-vm", "name: Linux_VM"));
    CheckCommandTest.Run r = run("check", "-o", "json", file.toString());
    assertThat(r.code()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("objects").asInt()).isEqualTo(1);
    assertThat(json.get("findings")).hasSize(2);
    for (JsonNode f : json.get("findings")) {
      assertThat(f.get("kind").asText()).isEqualTo("VirtualMachine");
      assertThat(f.get("name").asText()).isEqualTo("Linux_VM");
    }
    assertThat(json.get("findings").get(0).get("message").asText()).startsWith("Invalid value: \"Linux_VM\": a"
        + " lowercase RFC 1123 subdomain");
    assertThat(json.get("findings").get(1).get("message").asText()).isEqualTo("expected an integer, got \"two\"");
  }

  @Test
  void aMisspeltServiceFieldIsAnError() throws IOException {
    Path file = write("svc.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n"
        + "    app: web\n  ports:\n  - port: 80\n    targetPrt: 8080\n");
    CheckCommandTest.Run r = run("check", file.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains(file + ":10:16: error: Service web: spec.ports[0].targetPrt: unknown field"
        + " \"spec.ports[0].targetPrt\". Maybe \"targetPort\"?");
  }

  @Test
  void aFieldWrittenTwiceIsAnErrorAtTheRepeatedKey() throws IOException {
    Path file = write("vm.yaml", CLASS + "---\n" + DISK + "---\n" + VM.replace("    cores: 1\n", "    cores: 1\n    cores: 2\n"));
    CheckCommandTest.Run r = run("check", file.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains(file + ":25:5: error: VirtualMachine linux-vm: spec.cpu.cores: duplicate field"
        + " \"spec.cpu.cores\"");
    CheckCommandTest.Run warn = run("check", "--validate=warn", file.toString());
    assertThat(warn.code()).isZero();
    assertThat(warn.out()).contains(":25:5: warning: VirtualMachine linux-vm: spec.cpu.cores: duplicate field");
    CheckCommandTest.Run ignore = run("check", "--validate=ignore", file.toString());
    assertThat(ignore.out()).doesNotContain("duplicate field");
  }

  @Test
  void strictMakesWarningsFail() throws IOException {
    Path file = write("vm.yaml", VM);
    assertThat(run("check", file.toString()).code()).isZero();
    CheckCommandTest.Run r = run("check", "--strict", file.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("(--strict: warnings fail)");
  }

  @Test
  void sarifHasOneResultPerFindingWithRuleAndRegion() throws IOException {
    Path file = write("vm.yaml", VM.replace("cores: 1", "cores: 0"));
    CheckCommandTest.Run r = run("check", "-o", "sarif", file.toString());
    assertThat(r.code()).isEqualTo(1);
    JsonNode sarif = new ObjectMapper().readTree(r.out());
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = sarif.get("runs").get(0);
    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("dvp");
    JsonNode results = run.get("results");
    assertThat(results).hasSize(3);
    JsonNode error = null;
    for (JsonNode result : results) {
      if (result.get("level").asText().equals("error")) {
        error = result;
      }
      String rule = result.get("ruleId").asText();
      assertThat(run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt() + "/id").asText()).isEqualTo(rule);
    }
    assertThat(error).isNotNull();
    assertThat(error.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo(file.toString());
    assertThat(error.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(8);
    assertThat(error.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(12);
    assertThat(error.at("/message/text").asText()).contains("spec.cpu.cores: Invalid value: 0");
  }

  @Test
  void junitHasAFailurePerErrorAndAPassPerCleanObject() throws Exception {
    Path file = write("vm.yaml", CLASS + "---\n" + DISK + "---\n" + VM.replace("cores: 1", "cores: 0"));
    CheckCommandTest.Run r = run("check", "-o", "junit", file.toString());
    assertThat(r.code()).isEqualTo(1);
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
    assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("3");
    assertThat(xml.getElementsByTagName("failure").item(0).getTextContent())
        .contains(file + ":24:12: error: spec.cpu.cores: Invalid value: 0");
    assertThat(r.out()).doesNotContain("timestamp").doesNotContain("time=");
  }

  @Test
  void jsonAlwaysWritesEveryList() throws IOException {
    Path file = write("vm.yaml", CLASS + "---\n" + DISK + "---\n" + VM);
    JsonNode json = new ObjectMapper().readTree(run("check", "-o", "json", file.toString()).out());
    assertThat(json.get("valid").asBoolean()).isTrue();
    assertThat(json.get("findings").isArray()).isTrue();
    assertThat(json.get("unreadable").isArray()).isTrue();
    assertThat(json.get("notChecked").isArray()).isTrue();
  }

  @Test
  void otherCommandsReadStandardInputToo() {
    CheckCommandTest.Run r = withStdin(VM.replace("cores: 1", "cores: 1\n    coreFraction: 100%")
        .replace("  cpu:", "  runPolicy: AlwaysOn\n  cpu:"), () -> run("ops", "-"));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("linux-vm");
  }

  @Test
  void singleManifestCommandsTakeMinusF() throws IOException {
    Path vm = write("vm.yaml", VM.replace("  cpu:", "  runPolicy: AlwaysOn\n  cpu:"));
    CheckCommandTest.Run byArgument = run("ops", vm.toString());
    CheckCommandTest.Run byOption = run("ops", "-f", vm.toString());
    assertThat(byOption.code()).isZero();
    assertThat(byOption.out()).isEqualTo(byArgument.out());
    Path classes = Path.of("..", "examples", "classes", "virtualmachineclass-generic.yaml");
    assertThat(run("sizing", "-f", vm.toString(), "--class", classes.toString()).out())
        .isEqualTo(run("sizing", vm.toString(), "--class", classes.toString()).out());
    assertThat(run("place", "--nodes", "../examples/placement/nodes.yaml", classes.toString(), "-f", vm.toString())
        .out()).contains("VM default/linux-vm: -> node-");
  }

  @Test
  void aManifestGivenTwiceOrNotAtAllIsAUsageError() throws IOException {
    Path vm = write("vm.yaml", VM);
    CheckCommandTest.Run none = run("ops");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("must specify a manifest").contains("Usage: dvp ops");
    CheckCommandTest.Run both = run("ops", vm.toString(), "-f", vm.toString());
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("not both");
  }

  private static CheckCommandTest.Run withStdin(String text, java.util.function.Supplier<CheckCommandTest.Run> body) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    try {
      return body.get();
    } finally {
      System.setIn(saved);
    }
  }
}

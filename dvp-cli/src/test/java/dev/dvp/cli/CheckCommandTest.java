package dev.dvp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckCommandTest {
  static final String VM = String.join("\n",
      "apiVersion: virtualization.deckhouse.io/v1alpha2",
      "kind: VirtualMachine",
      "metadata:",
      "  name: linux-vm",
      "spec:",
      "  virtualMachineClassName: generic",
      "  cpu:",
      "    cores: 1",
      "  memory:",
      "    size: 1Gi",
      "  blockDeviceRefs:",
      "    - kind: VirtualDisk",
      "      name: linux-disk",
      "");

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Dvp.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(String name, String text) throws IOException {
    return write(dir, name, text);
  }

  /** Writes a file below a test's folder, creating the folders between. */
  static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  @Test
  void validManifestsExitZero() throws IOException {
    write("vm.yaml", VM);
    Run r = run("check", dir.toString());
    assertThat(r.code()).isZero();
    // Without the cluster's facts the Main-network check needs the module's CIDRs, so it is skipped with a warning.
    assertThat(r.out()).contains("1 object in 1 file: 0 errors, 3 warnings")
        .contains("VirtualDisk \"linux-disk\" is not among the given manifests")
        .contains("vm.yaml:6:3: warning: VirtualMachine linux-vm: spec.networks: cannot check spec.networks without"
            + " knowing ModuleConfig/virtualization spec.settings.virtualMachineCIDRs. Maybe pass --cluster");
  }

  @Test
  void brokenManifestNamesFileLineAndPathAndExitsOne() throws IOException {
    Path file = write("vm.yaml", VM.replace("cores: 1", "cores: 0"));
    Run r = run("check", file.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains(file + ":8:12: error: VirtualMachine linux-vm: spec.cpu.cores: Invalid value: 0: "
        + "spec.cpu.cores in body should be greater than or equal to 1");
  }

  @Test
  void typeErrorIsAViolationWithLine() throws IOException {
    Path file = write("vm.yaml", VM.replace("cores: 1", "cores: two"));
    Run r = run("check", file.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains(file + ":8:12: error: VirtualMachine linux-vm: spec.cpu.cores: expected an integer,"
        + " got \"two\"");
  }

  @Test
  void unreadableInputExitsTwo() throws IOException {
    Path file = write("broken.yaml", "apiVersion: v1\nkind: [unclosed\n");
    Run r = run("check", file.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith(file + ":");
  }

  @Test
  void jsonOutputIsMachineReadable() throws IOException {
    Path file = write("vm.yaml", VM.replace("cores: 1", "cores: 0"));
    Run r = run("check", "--output", "json", file.toString());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("valid").asBoolean()).isFalse();
    JsonNode first = json.get("findings").get(1);
    assertThat(first.get("path").asText()).isEqualTo("spec.cpu.cores");
    assertThat(first.get("line").asInt()).isEqualTo(8);
    assertThat(first.get("kind").asText()).isEqualTo("VirtualMachine");
    assertThat(first.get("severity").asText()).isEqualTo("error");
    assertThat(json.get("findings").get(0).get("severity").asText()).isEqualTo("warning");
  }

  @Test
  void convertRoundTripsYamlToJsonAndBack() throws IOException {
    Path yaml = write("vm.yaml", VM.replace("  cpu:", "  futureField: kept\n  cpu:"));
    Run toJson = run("convert", "-o", "json", yaml.toString());
    assertThat(toJson.code()).isZero();
    assertThat(toJson.out()).contains("\"futureField\" : \"kept\"");
    Path json = write("vm.json", toJson.out());
    Run back = run("convert", "-o", "yaml", json.toString());
    assertThat(back.code()).isZero();
    ObjectMapper yamlMapper = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
    assertThat(yamlMapper.readTree(back.out())).isEqualTo(yamlMapper.readTree(Files.readString(yaml)));
  }

  @Test
  void convertWritesInvalidObjectsAndWarns() throws IOException {
    Path file = write("vm.yaml", VM.replace("cores: 1", "cores: 0"));
    Run r = run("convert", "-o", "json", file.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"cores\" : 0");
    assertThat(r.err()).contains(file + ":8:12: warning: VirtualMachine linux-vm: spec.cpu.cores: Invalid value: 0")
        .contains("comments in YAML input are not kept");
  }

  @Test
  void convertWritesNothingWhenADocumentCannotBeRead() throws IOException {
    Path file = write("vm.yaml", VM + "---\n" + VM.replace("cores: 1", "cores: two"));
    Run r = run("convert", "-o", "json", file.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("expected an integer, got \"two\"").contains("nothing written");
  }
}

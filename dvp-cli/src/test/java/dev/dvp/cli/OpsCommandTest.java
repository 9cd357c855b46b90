package dev.dvp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class OpsCommandTest {
  private static final String VM = String.join("\n",
      "apiVersion: virtualization.deckhouse.io/v1alpha2",
      "kind: VirtualMachine",
      "metadata: {name: linux-vm}",
      "spec:",
      "  virtualMachineClassName: generic",
      "  runPolicy: AlwaysOn",
      "  cpu: {cores: 1}",
      "  memory: {size: 1Gi}",
      "  blockDeviceRefs: [{kind: VirtualDisk, name: linux-vm-root}]",
      "status: {phase: Running}",
      "");

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new OpsCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void listsAllowedAndRefusedOperationsWithDvpReasons() throws Exception {
    Path vm = Files.writeString(dir.resolve("vm.yaml"), VM);
    Run r = run(vm.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("VirtualMachine linux-vm: runPolicy AlwaysOn, phase Running")
        .contains("Restart           d8 v restart linux-vm")
        .contains("Evict             d8 v evict linux-vm")
        .contains("Stop              Operation type Stop is not applicable for VirtualMachine with runPolicy AlwaysOn"
            + " (NotApplicableForVirtualMachineRunPolicy)")
        .contains("Start             Operation type Start is not applicable for VirtualMachine with runPolicy AlwaysOn");
  }

  @Test
  void jsonAndPhaseOverride() throws Exception {
    Path vm = Files.writeString(dir.resolve("vm.yaml"), VM.replace("AlwaysOn", "Manual"));
    Run r = run(vm.toString(), "--output", "json", "--phase", "Stopping");
    assertThat(r.code()).isZero();
    JsonNode node = new ObjectMapper().readTree(r.out());
    assertThat(node.path("phase").asText()).isEqualTo("Stopping");
    JsonNode ops = node.path("operations");
    // In Stopping, Stop applies only with force.
    assertThat(find(ops, "Stop", false).path("allowed").asBoolean()).isFalse();
    assertThat(find(ops, "Stop", true).path("allowed").asBoolean()).isTrue();
    assertThat(find(ops, "Start", false).path("command").asText()).isEqualTo("d8 v start linux-vm");
  }

  private static JsonNode find(JsonNode ops, String type, boolean force) {
    for (JsonNode o : ops) {
      if (o.path("type").asText().equals(type) && o.path("force").asBoolean() == force) {
        return o;
      }
    }
    throw new AssertionError(type + " force=" + force + " not listed");
  }

  @Test
  void unreadableInputExitsTwoWithTheMessage() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), VM.replace("cores: 1", "cores: two"));
    Run r = run(bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("dvp ops: ").contains("spec.cpu.cores");
    Path noVm = Files.writeString(dir.resolve("none.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
    Run none = run(noVm.toString());
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("has no VirtualMachine; maybe");
  }
}

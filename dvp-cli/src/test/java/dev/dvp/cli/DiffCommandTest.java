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

class DiffCommandTest {
  static final Path SEED_VM = Path.of("..", "docs", "examples", "changes", "linux-vm.yaml");
  static final Path SEED_VM_2_CORES = Path.of("..", "docs", "examples", "changes", "linux-vm-2-cores.yaml");
  static final String EXPECTED =
      "[{\"currentValue\":1,\"desiredValue\":2,\"operation\":\"replace\",\"path\":\"cpu.cores\"}]";

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new DiffCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void seedScenarioWithAMergePatch() {
    Run r = run(SEED_VM.toString(), "--patch", "{\"spec\":{\"cpu\":{\"cores\":2}}}", "--type", "merge");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("Patch accepted.")
        .contains("restartAwaitingChanges: " + EXPECTED)
        .contains("replace cpu.cores: 1 -> 2 [Restart]")
        .contains("AwaitingRestartToApplyConfiguration=True (ChangesPendingRestart): Waiting for the user to restart "
            + "in order to apply the configuration changes.")
        .contains("ConfigurationApplied=False (ConfigurationNotApplied)")
        .contains("NEED RESTART: True");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void seedScenarioWithTwoFilesAsJson() throws Exception {
    Run r = run(SEED_VM.toString(), SEED_VM_2_CORES.toString(), "--output", "json");
    assertThat(r.code()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("restartAwaitingChanges")).isEqualTo(new ObjectMapper().readTree(EXPECTED));
    assertThat(json.get("needRestart").asBoolean()).isTrue();
    assertThat(json.get("conditions").get(0).get("type").asText()).isEqualTo("AwaitingRestartToApplyConfiguration");
    assertThat(json.get("conditions").get(0).get("observedGeneration")).isNotNull();
    assertThat(json.get("conditions").get(0).has("lastTransitionTime")).isFalse();
    assertThat(json.get("immediateChanges")).isEmpty();
  }

  @Test
  void afterTheRestartNothingIsPending() {
    Run r = run(SEED_VM_2_CORES.toString(), SEED_VM_2_CORES.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("restartAwaitingChanges: (none)").contains("NEED RESTART: False");
  }

  @Test
  void eeWithAHotplugGateAppliesCoresAtOnce() throws Exception {
    Run r = run(SEED_VM.toString(), SEED_VM_2_CORES.toString(), "--edition", "EE",
        "--feature-gate", "HotplugCPUWithLiveMigration", "-o", "json");
    assertThat(r.code()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.has("restartAwaitingChanges")).isFalse();
    assertThat(json.get("immediateChanges").get(0).get("path").asText()).isEqualTo("cpu.cores");
    assertThat(json.get("immediateChanges").get(0).get("action").asText()).isEqualTo("ApplyImmediate");
  }

  @Test
  void ceRefusesHotplugGates() {
    Run r = run(SEED_VM.toString(), SEED_VM_2_CORES.toString(), "--feature-gate", "HotplugCPUWithLiveMigration");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("feature gates not available in the CE edition: HotplugCPUWithLiveMigration");
  }

  @Test
  void jsonPatchAddingADiskIsHotplugButRemovingTheBootDiskRestarts() {
    Run add = run(SEED_VM.toString(), "--type", "json", "--patch",
        "[{\"op\":\"add\",\"path\":\"/spec/blockDeviceRefs/-\",\"value\":{\"kind\":\"VirtualDisk\",\"name\":\"x\"}}]");
    assertThat(add.code()).isZero();
    assertThat(add.out()).contains("add blockDeviceRefs.3: {\"kind\":\"VirtualDisk\",\"name\":\"x\"} [ApplyImmediate]");
    Run remove = run(SEED_VM.toString(), "--type", "json", "--patch",
        "[{\"op\":\"remove\",\"path\":\"/spec/blockDeviceRefs/2\"}]");
    assertThat(remove.code()).isEqualTo(1);
    assertThat(remove.out()).contains("remove blockDeviceRefs.2");
    Run hotplugged = run(SEED_VM.toString(), "--boot-attached", "none", "--type", "json", "--patch",
        "[{\"op\":\"remove\",\"path\":\"/spec/blockDeviceRefs/2\"}]");
    assertThat(hotplugged.code()).isZero();
  }

  @Test
  void aRejectedPatchExitsOneAndSaysWhy() throws Exception {
    Run r = run(SEED_VM.toString(), "--patch", "{\"spec\":{\"cpu\":{\"cores\":0}}}");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("Patch rejected: the VirtualMachine is unchanged.")
        .contains("spec.cpu.cores: Invalid value: 0: spec.cpu.cores in body should be greater than or equal to 1");
    Run json = run(SEED_VM.toString(), "--patch", "{\"spec\":{\"cpu\":{\"cores\":0}}}", "-o", "json");
    JsonNode node = new ObjectMapper().readTree(json.out());
    assertThat(node.get("patch").get("accepted").asBoolean()).isFalse();
    assertThat(node.get("patch").get("violations").get(0).get("path").asText()).isEqualTo("spec.cpu.cores");
  }

  @Test
  void unreadableInputExitsTwoWithTheMessageOnStderr() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachine\nspec:\n"
        + "  cpu: {cores: two}\n");
    Run r = run(bad.toString(), SEED_VM.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("bad.yaml:4").contains("spec.cpu.cores");
    Run badPatch = run(SEED_VM.toString(), "--patch", "{\"spec\": ");
    assertThat(badPatch.code()).isEqualTo(2);
    assertThat(badPatch.err()).contains("the merge patch is not JSON");
    Run both = run(SEED_VM.toString(), SEED_VM.toString(), "--patch", "{}");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("not both");
  }

  @Test
  void stoppedVmAppliesEverything() {
    Run r = run(SEED_VM.toString(), SEED_VM_2_CORES.toString(), "--phase", "Stopped");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Applies at once:\n  replace cpu.cores: 1 -> 2 [Restart]");
  }
}

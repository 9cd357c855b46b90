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

class MigrateCommandTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = new CommandLine(new MigrateCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  private Path vm(String size, String policy) throws Exception {
    Path f = dir.resolve("vm.yaml");
    Files.writeString(f, """
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
          liveMigrationPolicy: %s
          blockDeviceRefs:
            - kind: VirtualDisk
              name: linux-vm-root
        """.formatted(size, policy));
    return f;
  }

  @Test
  void predictsAConvergingMigrationWithItsIterationTable() throws Exception {
    int code = run(vm("16Gi", "PreferSafe").toString(), "--dirty-rate", "64MiB/s", "--working-set", "2Gi");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("VM linux-vm: 16384 MiB, policy PreferSafe (auto-converge off), bandwidth 640 MiB/s")
        .contains("Threshold 192.0 MiB, completion timeout 14400 s")
        .contains("Verdict: Completed in")
        .contains(" iter   start(s)")
        .contains("VMOP Completed  Completed 100%")
        .contains("migrationState.result=Succeeded");
  }

  @Test
  void forceFlagOnTheUserGuideCase() throws Exception {
    Path f = vm("8Gi", "PreferSafe");
    String[] common = {f.toString(), "--dirty-rate", "135e6", "--working-set", "4Gi", "--link-bandwidth", "110e6"};
    assertThat(run(common)).isEqualTo(1);
    assertThat(out.toString()).contains("Migration aborted: Live migration is not completed after 7200 seconds");
    String[] forced = java.util.Arrays.copyOf(common, common.length + 2);
    forced[common.length] = "--force";
    forced[common.length + 1] = "true";
    assertThat(run(forced)).isZero();
  }

  @Test
  void policyErrorIsAFailedVerdict() throws Exception {
    assertThat(run(vm("1Gi", "AlwaysSafe").toString(), "--force", "true")).isEqualTo(1);
    assertThat(out.toString()).contains("NotApplicableForLiveMigrationPolicy")
        .contains("Operation is invalid: force=true is not applicable for VM liveMigrationPolicy AlwaysSafe");
  }

  @Test
  void jsonOutputAndPlots() throws Exception {
    Path svg = dir.resolve("timeline.svg");
    Path png = dir.resolve("timeline.png");
    assertThat(run(vm("4Gi", "AlwaysForced").toString(), "--dirty-rate", "1GiB/s", "--working-set", "1Gi",
        "--downtime-limit", "300ms", "--output", "json", "--plot", svg.toString())).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("completed").asBoolean()).isTrue();
    assertThat(json.get("autoConverge").asBoolean()).isTrue();
    assertThat(json.get("maxThrottlePercent").asInt()).isPositive();
    assertThat(json.get("iterationTable").size()).isEqualTo(json.get("iterations").asInt());
    assertThat(json.get("dvpTimeline").get(1).get("vmPhase").asText()).isEqualTo("Migrating");
    assertThat(Files.readString(svg)).contains("<svg");
    assertThat(run(vm("4Gi", "AlwaysForced").toString(), "--dirty-rate", "64Mi", "--plot", png.toString())).isZero();
    assertThat(Files.size(png)).isPositive();
  }

  @Test
  void badInputSaysWhatToWrite() throws Exception {
    assertThat(run(vm("1Gi", "PreferSafe").toString(), "--dirty-rate", "fast")).isEqualTo(2);
    assertThat(err.toString()).contains("--dirty-rate: \"fast\" is not a rate. Maybe 64MiB/s");
    assertThat(run(vm("1Gi", "PreferSafe").toString(), "--downtime-limit", "soon")).isEqualTo(2);
    assertThat(err.toString()).contains("--downtime-limit: \"soon\" is not a duration. Maybe 300ms");
    assertThat(run(vm("1Gi", "PreferSafe").toString(), "--working-set", "2Gi")).isEqualTo(2);
    assertThat(err.toString()).contains("workingSetBytes").contains("Maybe");
    assertThat(run(vm("1Gi", "PreferSafe").toString(), "--policy", "alwayssafe")).isEqualTo(2);
    assertThat(err.toString()).contains("--policy: liveMigrationPolicy: unsupported value \"alwayssafe\"");
  }

  @Test
  void unitsAcceptQuantitiesSpellingsAndBytes() {
    assertThat(MigrateUnits.rate("--x", "64MiB/s")).isEqualTo(64L << 20);
    assertThat(MigrateUnits.rate("--x", "640Mi")).isEqualTo(640L << 20);
    assertThat(MigrateUnits.rate("--x", "117e6")).isEqualTo(117_000_000L);
    assertThat(MigrateUnits.bytes("--x", "2GiB")).isEqualTo(2L << 30);
    assertThat(MigrateUnits.bytes("--x", "1GB")).isEqualTo(1_000_000_000L);
    assertThat(MigrateUnits.bytes("--x", "4096")).isEqualTo(4096);
    assertThat(MigrateUnits.duration("--x", "300ms").toMillis()).isEqualTo(300);
    assertThat(MigrateUnits.duration("--x", "2m").toSeconds()).isEqualTo(120);
  }
}

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

class IpamCommandTest {
  static final Path EXAMPLES = Path.of("..", "examples", "ipam");

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new IpamCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static String mc() {
    return EXAMPLES.resolve("moduleconfig-virtualization.yaml").toString();
  }

  @Test
  void allocateShowsTheNextAddressesAfterTheDocumentedLease() {
    Run r = run("allocate", "--module-config", mc(), "--count", "3", EXAMPLES.resolve("leases.yaml").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(String.format("%-16s %s%n%-16s %s%n%-16s %s%n", "10.66.10.1", "ip-10-66-10-1",
        "10.66.10.2", "ip-10-66-10-2", "10.66.10.3", "ip-10-66-10-3"));
  }

  @Test
  void allocateJsonAndExhaustion() throws Exception {
    Path small = dir.resolve("mc.yaml");
    Files.writeString(small, "apiVersion: deckhouse.io/v1alpha1\nkind: ModuleConfig\nmetadata: {name: virtualization}\n"
        + "spec: {settings: {virtualMachineCIDRs: [10.0.0.0/30]}}\n");
    Run r = run("allocate", "--module-config", small.toString(), "--count", "3", "-o", "json");
    assertThat(r.code()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.path("allocations")).hasSize(2);
    assertThat(json.path("allocations").get(1).path("name").asText()).isEqualTo("ip-10-0-0-2");
    assertThat(json.path("allocations").get(1).path("cidr").asText()).isEqualTo("10.0.0.0/30");
  }

  @Test
  void auditReportsCapacityAndFindings() throws Exception {
    Path extra = dir.resolve("orphan.yaml");
    Files.writeString(extra, "apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachineIPAddressLease\n"
        + "metadata: {name: ip-10-66-10-20}\n---\n"
        + "apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachineIPAddressLease\n"
        + "metadata: {name: ip-192-168-0-5}\nspec: {virtualMachineIPAddressRef: {name: a, namespace: b}}\n");
    Run text = run("audit", "--module-config", mc(), EXAMPLES.resolve("leases.yaml").toString(), extra.toString(),
        EXAMPLES.resolve("virtualmachineipaddress-static.yaml").toString());
    assertThat(text.code()).as(text.err()).isEqualTo(1);
    assertThat(text.out()).contains(String.format("%-20s %8d %8d %8d", "10.66.10.0/24", 254, 2, 252))
        .contains(String.format("%-20s %8d %8d %8d", "10.66.20.0/24", 254, 0, 254))
        .contains("error: VirtualMachineIPAddressLease/ip-10-66-10-20 spec.virtualMachineIPAddressRef: lease"
            + " ip-10-66-10-20 has no spec.virtualMachineIPAddressRef")
        .contains("warning: VirtualMachineIPAddressLease/ip-192-168-0-5 metadata.name: lease ip-192-168-0-5 holds"
            + " 192.168.0.5, which is outside every CIDR");
    Run json = run("audit", "--module-config", mc(), "--output", "json", EXAMPLES.resolve("leases.yaml").toString());
    assertThat(json.code()).as(json.out()).isZero();
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.path("valid").asBoolean()).isTrue();
    assertThat(root.path("virtualMachineCIDRs").get(0).path("free").asLong()).isEqualTo(253);
  }

  @Test
  void unreadableInputExitsWith2() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "kind: [\n");
    Run r = run("audit", "--module-config", mc(), bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("dvp ipam: ").contains("bad.yaml");
    Run noMc = run("allocate", "--module-config", EXAMPLES.resolve("leases.yaml").toString());
    assertThat(noMc.code()).isEqualTo(2);
    assertThat(noMc.err()).contains("no ModuleConfig named virtualization");
    assertThat(run().code()).isEqualTo(2);
  }
}

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

class PlaceCommandTest {
  static final Path EXAMPLES = Path.of(System.getProperty("maven.multiModuleProjectDirectory",
      Path.of("").toAbsolutePath().getParent().toString()), "examples");

  record Run(int code, String out, String err) {}

  static Run run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static String ex(String path) {
    return EXAMPLES.resolve(path).toString();
  }

  @Test
  void placesTheGuidesNodeSelectorVmAndExplainsTheHddNode() {
    Run r = run(new PlaceCommand(), "--nodes", ex("placement/nodes.yaml"),
        ex("classes/virtualmachineclass-generic.yaml"), ex("placement/vm-nodeselector.yaml"));
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("VM default/linux-vm-ssd: -> node-")
        .contains("node-3               rejected   NodeAffinity: node(s) didn't match Pod's node affinity/selector")
        .contains("nodeSelector disktype=ssd: the node has disktype=hdd")
        .contains("tied: node-1, node-2");
  }

  @Test
  void jsonUsesCrdFieldNames() throws Exception {
    Run r = run(new PlaceCommand(), "--nodes", ex("placement/nodes.yaml"), "--running", ex("placement/running.yaml"),
        ex("classes/virtualmachineclass-generic.yaml"), ex("placement/vm-antiaffinity.yaml"), "-o", "json");
    assertThat(r.code()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    JsonNode p = root.get("placement");
    assertThat(p.get("virtualMachine").asText()).isEqualTo("replica");
    assertThat(p.get("nodeName").asText()).isIn("node-2", "node-3");
    assertThat(p.get("rejections").get(0).get("nodeName").asText()).isEqualTo("node-1");
    assertThat(p.get("rejections").get(0).get("reasons").get(0).asText())
        .isEqualTo("node(s) didn't match pod anti-affinity rules");
    assertThat(root.get("snapshotId").asText()).hasSize(16);
  }

  @Test
  void severalVmsGiveAPlan() {
    Run r = run(new PlaceCommand(), "--nodes", ex("placement/nodes.yaml"), "--running", ex("placement/running.yaml"),
        ex("classes/virtualmachineclass-generic.yaml"), ex("placement/vm-affinity.yaml"),
        ex("placement/vm-antiaffinity.yaml"), ex("placement/vm-node-affinity.yaml"));
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Plan for 3 VMs").contains("default/backend").contains("default/replica");
  }

  @Test
  void unreadableInputIsExitTwoWithTheFileAndLine(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("nodes.yaml");
    Files.writeString(bad, "apiVersion: v1\nkind: Node\nmetadata: {name: n}\nstatus:\n  allocatable: {cpu: lots}\n");
    Run r = run(new PlaceCommand(), "--nodes", bad.toString(), ex("placement/vm-nodeselector.yaml"));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("dvp place: ").contains("nodes.yaml:5").contains("status.allocatable.cpu");
  }

  @Test
  void noNodeFitsIsExitOne() {
    Run r = run(new PlaceCommand(), "--nodes", ex("placement/nodes.yaml"),
        ex("classes/virtualmachineclass-generic.yaml"), ex("placement/vm-nodeselector.yaml"),
        "--kubernetes-version", "V1_36", "--seed", "5");
    assertThat(r.code()).isZero();
    Run none = run(new DrainCommand(), "node-9", "--nodes", ex("placement/nodes.yaml"));
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("node \"node-9\" is not in the inventory");
  }
}

package dev.dvp.cli;

import static dev.dvp.cli.PlaceCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DrainCommandTest {
  private static String ex(String path) {
    return PlaceCommandTest.EXAMPLES.resolve(path).toString();
  }

  @Test
  void drainingTheDatabaseNodeMovesTheVmWithAnEvacuationEvict() throws Exception {
    PlaceCommandTest.Run r = run(new DrainCommand(), "node-1", "--nodes", ex("placement/nodes.yaml"),
        "--running", ex("placement/running.yaml"), "--running", ex("classes/virtualmachineclass-generic.yaml"),
        "-o", "json");
    assertThat(r.code()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    JsonNode move = root.get("moves").get(0);
    assertThat(move.get("virtualMachine").asText()).isEqualTo("default/database");
    assertThat(move.get("nodeName").asText()).isIn("node-2", "node-3");
    assertThat(move.get("operation").get("metadata").get("generateName").asText()).isEqualTo("evacuation-");
    assertThat(move.get("operation").get("spec").get("type").asText()).isEqualTo("Evict");
  }

  @Test
  void anUnmovableVmIsReportedAndTheExitCodeIsOne() {
    PlaceCommandTest.Run r = run(new DrainCommand(), "node-1", "--nodes", ex("placement/nodes.yaml"),
        "--running", ex("placement/running.yaml"), "--unmovable", "default/database=local disks");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("default/database").contains("local disks");
  }

  @Test
  void aWorkloadFileSimulatesTheEvacuation() throws Exception {
    String workload = PlaceCommandTest.EXAMPLES.resolve("../docs/examples/drain-workload.yaml").toString();
    PlaceCommandTest.Run text = run(new DrainCommand(), "node-1", "--nodes", ex("placement/nodes.yaml"),
        "--running", ex("placement/running.yaml"), "--workload", workload);
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("Evacuation simulated with DVP's concurrency limits")
        .containsPattern("default/database +node-\\d +0\\.0 +[0-9.]+ +Completed in");
    PlaceCommandTest.Run json = run(new DrainCommand(), "node-1", "--nodes", ex("placement/nodes.yaml"),
        "--running", ex("placement/running.yaml"), "--workload", workload, "-o", "json");
    JsonNode evacuation = new ObjectMapper().readTree(json.out()).get("evacuation");
    assertThat(evacuation.get("totalSeconds").asDouble()).isPositive();
    assertThat(evacuation.get("virtualMachines").get(0).get("completed").asBoolean()).isTrue();
  }

  @Test
  void aBrokenWorkloadFileIsUnreadableInput() throws Exception {
    java.nio.file.Path bad = java.nio.file.Files.createTempFile("workload", ".yaml");
    java.nio.file.Files.writeString(bad, "defaults:\n  dirtyRate: 1Mi\n");
    PlaceCommandTest.Run r = run(new DrainCommand(), "node-1", "--nodes", ex("placement/nodes.yaml"),
        "--running", ex("placement/running.yaml"), "--workload", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown field \"defaults\". Maybe default");
  }
}

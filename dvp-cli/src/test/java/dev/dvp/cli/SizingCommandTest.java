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

/** {@code dvp sizing} end to end over files. */
class SizingCommandTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static final String CLASS = """
      apiVersion: virtualization.deckhouse.io/v1alpha2
      kind: VirtualMachineClass
      metadata: {name: sizing-example}
      spec:
        cpu: {type: Discovery}
        sizingPolicies:
        - cores: {min: 1, max: 4}
          memory: {min: 1Gi, max: 8Gi}
          coreFractions: [5, 10, 20, 50, 100]
        - cores: {min: 5, max: 8}
          memory: {min: 5Gi, max: 16Gi}
          coreFractions: [20, 50, 100]
      """;

  private int run(String vmYaml, String... options) throws Exception {
    Path vm = Files.writeString(dir.resolve("vm.yaml"), vmYaml);
    Path cls = Files.writeString(dir.resolve("class.yaml"), CLASS);
    String[] args = new String[options.length + 3];
    args[0] = vm.toString();
    args[1] = "--class";
    args[2] = cls.toString();
    System.arraycopy(options, 0, args, 3, options.length);
    CommandLine cl = new CommandLine(new SizingCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  private static String vm(int cores, String fraction, String memory) {
    return "apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachine\nmetadata: {name: linux-vm}\n"
        + "spec:\n  virtualMachineClassName: sizing-example\n  cpu: {cores: " + cores
        + (fraction == null ? "" : ", coreFraction: " + fraction) + "}\n  memory: {size: " + memory
        + "}\n  blockDeviceRefs: [{kind: VirtualDisk, name: root}]\n";
  }

  @Test
  void fittingVmExitsZeroWithTopologyAndRequests() throws Exception {
    assertThat(run(vm(2, "20%", "4Gi"))).isEqualTo(0);
    assertThat(out.toString()).contains("Policy:     spec.sizingPolicies[0] (cores 1-4)")
        .contains("Topology:   1 socket(s) x 2 core(s) per socket")
        .contains("request 400m, limit 2, QoS Burstable, oversubscription at most 5:1")
        .contains("Verdict:    fits");
  }

  @Test
  void rejectedVmExitsOneWithDvpsMessageAndAdvice() throws Exception {
    assertThat(run(vm(2, "20%", "9Gi"))).isEqualTo(1);
    assertThat(out.toString()).contains("Verdict:    does not fit")
        .contains("spec.memory.size: the memory size (9Gi) is out of the range allowed by the sizing policy; set the "
            + "memory size (spec.memory.size) between 1Gi and 8Gi")
        .contains("does not match the sizing policy of VirtualMachineClass \"sizing-example\":")
        .contains("Advice:     valid: memory 8Gi, or 5-8 cores with 9Gi");
  }

  @Test
  void jsonUsesCrdFieldNames() throws Exception {
    assertThat(run(vm(6, null, "9Gi"), "--output", "json")).isEqualTo(0);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.path("fits").asBoolean()).isTrue();
    assertThat(json.path("matchedPolicy").asInt()).isEqualTo(1);
    assertThat(json.path("cpu").path("coreFraction").asText()).isEqualTo("100%");
    assertThat(json.path("cpu").path("requestedCores").asText()).isEqualTo("6");
    assertThat(json.path("cpu").path("topology").path("sockets").asInt()).isEqualTo(1);
    assertThat(json.path("cpu").path("topology").path("coresPerSocket").asInt()).isEqualTo(6);
    assertThat(json.path("memory").path("size").asText()).isEqualTo("9Gi");
  }

  @Test
  void jsonOfARejectedVmHasViolationsConditionAndSuggestions() throws Exception {
    assertThat(run(vm(3, "30%", "2Gi"), "-o", "json")).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.path("violations").get(0).path("path").asText()).isEqualTo("spec.cpu.coreFraction");
    assertThat(json.path("condition").path("type").asText()).isEqualTo("SizingPolicyMatched");
    assertThat(json.path("condition").path("reason").asText()).isEqualTo("SizingPolicyNotMatched");
    assertThat(json.path("suggestions").get(0).path("coreFraction").asText()).isEqualTo("20%");
  }

  @Test
  void defaulterErrorIsReported() throws Exception {
    assertThat(run(vm(12, null, "8Gi"))).isEqualTo(1);
    assertThat(out.toString()).contains("spec.cpu.coreFraction: the specified \".spec.cpu.cores 12\" value is not "
        + "among the sizing policies allowed for the virtual machine");
  }

  @Test
  void unreadableInputExitsTwo() throws Exception {
    assertThat(run("kind: VirtualMachine\napiVersion: virtualization.deckhouse.io/v1alpha2\nspec: [")).isEqualTo(2);
    assertThat(err.toString()).startsWith("dvp sizing: ");
    assertThat(run("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n")).isEqualTo(2);
    assertThat(err.toString()).contains("no VirtualMachine. Maybe a manifest with kind: VirtualMachine?");
  }
}

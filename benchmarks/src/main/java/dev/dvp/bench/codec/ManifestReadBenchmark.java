package dev.dvp.bench.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.dvp.model.Manifests;
import dev.dvp.model.Resource;
import dev.dvp.model.StructuralValidator;
import dev.dvp.model.Violation;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading VM manifests: the SDK's read + bind + validate against a plain Jackson YAML tree parse of the same
 * text (the baseline). Target: the SDK costs at most 1.5 times the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ManifestReadBenchmark {
  /** The documentation's full VM (cloud-init, resources, block devices), ten documents in one stream. */
  static final String VM = String.join("\n",
      "apiVersion: virtualization.deckhouse.io/v1alpha2",
      "kind: VirtualMachine",
      "metadata:",
      "  name: linux-vm",
      "  labels:",
      "    vm: linux",
      "spec:",
      "  virtualMachineClassName: generic",
      "  runPolicy: AlwaysOnUnlessStoppedManually",
      "  provisioning:",
      "    type: UserData",
      "    userData: |",
      "      #cloud-config",
      "      package_update: true",
      "      packages:",
      "        - nginx",
      "        - qemu-guest-agent",
      "      run_cmd:",
      "        - systemctl daemon-reload",
      "        - systemctl enable --now nginx.service",
      "        - systemctl enable --now qemu-guest-agent.service",
      "      ssh_pwauth: True",
      "      final_message: \"The system is finally up, after $UPTIME seconds\"",
      "  cpu:",
      "    cores: 2",
      "    coreFraction: 10%",
      "  memory:",
      "    size: 4Gi",
      "  blockDeviceRefs:",
      "    - kind: VirtualDisk",
      "      name: linux-vm-root",
      "    - kind: VirtualImage",
      "      name: ubuntu-iso",
      "    - kind: ClusterVirtualImage",
      "      name: tools",
      "  affinity:",
      "    virtualMachineAndPodAntiAffinity:",
      "      requiredDuringSchedulingIgnoredDuringExecution:",
      "        - labelSelector:",
      "            matchLabels:",
      "              server: database",
      "          topologyKey: kubernetes.io/hostname",
      "  networks:",
      "    - type: Main",
      "    - type: Network",
      "      name: user-net",
      "");

  String text;
  final Manifests manifests = Manifests.standard();
  final StructuralValidator validator = StructuralValidator.standard();
  final ObjectMapper plainYaml = new YAMLMapper();

  /** Builds the ten-document stream. */
  @org.openjdk.jmh.annotations.Setup
  public void setup() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      b.append("---\n").append(VM.replace("name: linux-vm\n", "name: linux-vm-" + i + "\n"));
    }
    text = b.toString();
  }

  /**
   * The SDK: read, bind every document to its type, validate every object.
   *
   * @param bh sink
   * @throws Exception never for this input
   */
  @Benchmark
  public void sdkReadBindValidate(Blackhole bh) throws Exception {
    List<Resource> all = manifests.read(text, "bench.yaml");
    for (Resource r : all) {
      List<Violation> v = validator.validate(r);
      bh.consume(v);
    }
    bh.consume(all);
  }

  /**
   * The SDK without validation: read and bind.
   *
   * @param bh sink
   * @throws Exception never for this input
   */
  @Benchmark
  public void sdkReadBind(Blackhole bh) throws Exception {
    bh.consume(manifests.read(text, "bench.yaml"));
  }

  /**
   * Baseline: Jackson parses the same stream into plain trees.
   *
   * @param bh sink
   * @throws Exception never for this input
   */
  @Benchmark
  public void baselineJacksonYamlTrees(Blackhole bh) throws Exception {
    try (com.fasterxml.jackson.databind.MappingIterator<JsonNode> it =
        plainYaml.readerFor(JsonNode.class).readValues(text)) {
      while (it.hasNext()) {
        bh.consume(it.next());
      }
    }
  }
}

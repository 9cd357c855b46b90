package dev.dvp.placement;

import dev.dvp.model.ManifestException;
import dev.dvp.model.Manifests;
import dev.dvp.model.Node;
import dev.dvp.model.NodeSpec;
import dev.dvp.model.NodeStatus;
import dev.dvp.model.ObjectMeta;
import dev.dvp.model.Quantity;
import dev.dvp.model.Taint;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for nodes and VMs in tests. */
final class Fixtures {
  private Fixtures() {}

  /** A virt-handler node (schedulable, amd64, Nehalem) with hostname label and these extra labels (k=v pairs). */
  static Node node(String name, String cpu, String memory, String... labels) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("kubernetes.io/hostname", name);
    all.put("kubernetes.io/arch", "amd64");
    all.put(LauncherPod.SCHEDULABLE_LABEL, "true");
    all.put(LauncherPod.CPU_MODEL_PREFIX + "Nehalem", "true");
    for (String kv : labels) {
      int eq = kv.indexOf('=');
      all.put(kv.substring(0, eq), kv.substring(eq + 1));
    }
    return Node.builder()
        .metadata(ObjectMeta.builder().name(name).putAllLabels(all).build())
        .status(NodeStatus.builder().putAllocatable("cpu", Quantity.parse(cpu))
            .putAllocatable("memory", Quantity.parse(memory)).putAllocatable("pods", Quantity.parse("110")).build())
        .build();
  }

  static Node tainted(Node node, Taint... taints) {
    return node.withSpec(NodeSpec.builder().from(node.spec()).addTaints(taints).build());
  }

  static Node cordoned(Node node) {
    return node.withSpec(NodeSpec.builder().from(node.spec()).unschedulable(true).build());
  }

  /** A VM manifest: name, cores, coreFraction, memory, then spec lines (already indented by two spaces). */
  static VirtualMachine vm(String name, int cores, String coreFraction, String memory, String... specLines) {
    StringBuilder yaml = new StringBuilder(String.join("\n",
        "apiVersion: virtualization.deckhouse.io/v1alpha2",
        "kind: VirtualMachine",
        "metadata:",
        "  name: " + name,
        "  namespace: default",
        "spec:",
        "  virtualMachineClassName: generic",
        "  cpu:",
        "    cores: " + cores,
        "    coreFraction: " + coreFraction,
        "  memory:",
        "    size: " + memory,
        "  blockDeviceRefs:",
        "    - kind: VirtualDisk",
        "      name: " + name + "-root",
        ""));
    for (String line : specLines) {
      yaml.append("  ").append(line).append('\n');
    }
    return read(yaml.toString(), VirtualMachine.class);
  }

  static VirtualMachine labelled(VirtualMachine vm, String... labels) {
    dev.dvp.model.ImmutableObjectMeta.Builder meta = ObjectMeta.builder().from(vm.metadata());
    for (String kv : labels) {
      int eq = kv.indexOf('=');
      meta.putLabel(kv.substring(0, eq), kv.substring(eq + 1));
    }
    return ((dev.dvp.model.ImmutableVirtualMachine) vm).withMetadata(meta.build());
  }

  static <T extends dev.dvp.model.Resource> T read(String yaml, Class<T> type) {
    try {
      return Manifests.standard().readOne(yaml, type);
    } catch (ManifestException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** The built-in class generic: Model Nehalem, with DVP's sizing policies (A.3). */
  static VirtualMachineClass generic() {
    return read(String.join("\n",
        "apiVersion: virtualization.deckhouse.io/v1alpha2",
        "kind: VirtualMachineClass",
        "metadata:",
        "  name: generic",
        "spec:",
        "  cpu:",
        "    type: Model",
        "    model: Nehalem",
        "  sizingPolicies:",
        "    - cores: {min: 1, max: 4}",
        "      coreFractions: [5, 10, 20, 50, 100]",
        "    - cores: {min: 5, max: 8}",
        "      coreFractions: [20, 50, 100]",
        "    - cores: {min: 9, max: 16}",
        "      coreFractions: [50, 100]",
        "    - cores: {min: 17, max: 1024}",
        "      coreFractions: [100]",
        ""), VirtualMachineClass.class);
  }

  static List<String> names(List<NodeRejection> rejections) {
    return rejections.stream().map(NodeRejection::node).toList();
  }

}

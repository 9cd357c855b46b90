package dev.dvp.sizing;

import dev.dvp.model.Manifests;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;

/** Builds test objects from short YAML, the way users write them. */
final class Fixtures {
  private Fixtures() {}

  /** The documentation's sizing example (seed, "Настройка ресурсов и политика сайзинга"). */
  static final String SEED_POLICIES = """
      - cores: {min: 1, max: 4}
        memory: {min: 1Gi, max: 8Gi}
        coreFractions: [5, 10, 20, 50, 100]
      - cores: {min: 5, max: 8}
        memory: {min: 5Gi, max: 16Gi}
        coreFractions: [20, 50, 100]
      """;

  static VirtualMachineClass vmClass(String name, String policiesYaml) {
    return vmClass(VirtualMachineClass.API_VERSION, name, policiesYaml);
  }

  static VirtualMachineClass vmClass(String apiVersion, String name, String policiesYaml) {
    String policies = policiesYaml.isBlank() ? "  sizingPolicies: []\n"
        : "  sizingPolicies:\n" + policiesYaml.stripIndent().lines().map(l -> "  " + l + "\n")
            .reduce("", String::concat);
    return read("apiVersion: " + apiVersion + "\nkind: VirtualMachineClass\nmetadata: {name: "
        + name + "}\nspec:\n  cpu: {type: Discovery}\n" + policies, VirtualMachineClass.class);
  }

  static <T extends dev.dvp.model.Resource> T read(String yaml, Class<T> type) {
    try {
      return Manifests.standard().readOne(yaml, type);
    } catch (dev.dvp.model.ManifestException e) {
      throw new IllegalStateException(e.getMessage() + "\n" + yaml, e);
    }
  }

  static VirtualMachineClass seedClass() {
    return vmClass("sizing-example", SEED_POLICIES);
  }

  static VirtualMachine vm(int cores, String coreFraction, String memory) {
    return vm("sizing-example", cores, coreFraction, memory);
  }

  static VirtualMachine vm(String className, int cores, String coreFraction, String memory) {
    String fraction = coreFraction == null ? "" : ", coreFraction: \"" + coreFraction + "\"";
    String cls = className == null ? "" : "  virtualMachineClassName: " + className + "\n";
    return read("apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachine\n"
        + "metadata: {name: vm, namespace: default, generation: 3}\nspec:\n" + cls + "  cpu: {cores: " + cores
        + fraction + "}\n  memory: {size: " + memory + "}\n  blockDeviceRefs: [{kind: VirtualDisk, name: root}]\n",
        VirtualMachine.class);
  }
}

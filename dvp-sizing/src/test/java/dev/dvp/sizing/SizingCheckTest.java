package dev.dvp.sizing;

import dev.dvp.model.CpuTopology;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvp.model.Finding;
import dev.dvp.model.Manifests;
import dev.dvp.model.ResourceSet;
import dev.dvp.model.ResourceSetCheck;
import dev.dvp.model.VirtualMachine;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The dvp check plug-in over a set of manifests. */
class SizingCheckTest {
  private static List<Finding> check(String yaml) throws Exception {
    return new SizingCheck().check(ResourceSet.of(Manifests.standard().read(yaml, "test.yaml")));
  }

  private static final String CLASS = """
      apiVersion: virtualization.deckhouse.io/v1alpha2
      kind: VirtualMachineClass
      metadata: {name: small}
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

  private static String vm(String name, int cores, String fraction, String memory) {
    return "---\napiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachine\nmetadata: {name: " + name
        + "}\nspec:\n  virtualMachineClassName: small\n  cpu: {cores: " + cores
        + (fraction == null ? "" : ", coreFraction: " + fraction) + "}\n  memory: {size: " + memory
        + "}\n  blockDeviceRefs: [{kind: VirtualDisk, name: d}]\n";
  }

  @Test
  void registeredForServiceLoader() {
    assertThat(ServiceLoader.load(ResourceSetCheck.class).stream().map(p -> p.type().getName()).toList())
        .contains(SizingCheck.class.getName());
  }

  @Test
  void reportsSizingReasonsAndAdvicePerVm() throws Exception {
    List<Finding> findings = check(CLASS + vm("ok", 2, "20%", "2Gi") + vm("big", 2, "20%", "9Gi"));
    assertThat(findings).allMatch(f -> ((VirtualMachine) f.subject()).name().equals("big"));
    assertThat(findings).extracting(f -> f.violation().path() + " " + f.violation().code()).containsExactly(
        "spec.memory.size sizingPolicy.memoryRange", "spec.memory.size sdk.sizing.advice");
    assertThat(findings.get(1).violation().isError()).isFalse();
    assertThat(findings.get(1).violation().message()).isEqualTo("valid: memory 8Gi, or 5-8 cores with 9Gi");
  }

  @Test
  void defaultsTheCoreFractionFirst() throws Exception {
    // Omitted coreFraction, cores outside every range: the defaulter's error, as DVP shows it.
    List<Finding> findings = check(CLASS + vm("big", 12, null, "8Gi"));
    assertThat(findings).extracting(f -> f.violation().message()).containsExactly("the specified \".spec.cpu.cores "
        + "12\" value is not among the sizing policies allowed for the virtual machine");
    // Omitted coreFraction inside a range: 100% is listed, so it defaults and fits.
    assertThat(check(CLASS + vm("ok", 6, null, "8Gi"))).isEmpty();
  }

  @Test
  void reportsTheCpuCountAfterSizing() throws Exception {
    String open = CLASS.replace("max: 8}", "max: 64}");
    List<Finding> findings = check(open + vm("odd", 17, "50%", "8Gi"));
    assertThat(findings).extracting(f -> f.violation().code()).containsExactly(CpuTopology.CODE, SizingCodes.ADVICE);
  }

  @Test
  void validatesClassesAndSkipsVmsWhoseClassIsAbsent() throws Exception {
    String overlapping = CLASS.replace("min: 5, max: 8", "min: 4, max: 8");
    assertThat(check(overlapping)).extracting(f -> f.violation().message())
        .containsExactly("vmclass small has size policy cpu crosses");
    assertThat(check(vm("orphan", 99, "1%", "1Ti"))).isEmpty();
  }
}

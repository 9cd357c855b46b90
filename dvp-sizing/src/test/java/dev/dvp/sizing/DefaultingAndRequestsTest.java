package dev.dvp.sizing;

import static dev.dvp.sizing.Fixtures.vm;
import static dev.dvp.sizing.Fixtures.vmClass;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvp.model.ImmutableRecommendedCpu;
import dev.dvp.model.ImmutableRecommendedResources;
import dev.dvp.model.ImmutableVirtualMachineStatus;
import dev.dvp.model.Quantity;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The coreFraction defaulter (sizing.md §7.2–§7.3), Auto (§7.7) and requests (§9). */
class DefaultingAndRequestsTest {
  private static Optional<String> defaulted(VirtualMachine vm, VirtualMachineClass c) {
    CoreFractionDefaulting.Outcome o = CoreFractionDefaulting.apply(vm, Optional.of(c));
    assertThat(o.error()).isEmpty();
    return o.vm().spec().cpu().coreFraction();
  }

  private static String error(VirtualMachine vm, Optional<VirtualMachineClass> c) {
    CoreFractionDefaulting.Outcome o = CoreFractionDefaulting.apply(vm, c);
    assertThat(o.error().orElseThrow().path()).isEqualTo("spec.cpu.coreFraction");
    return o.error().orElseThrow().message();
  }

  @Test
  void defaultingCases() {
    assertThat(defaulted(vm("none", 3, null, "1Gi"), vmClass("none", ""))).hasValue("100%");
    assertThat(defaulted(vm("c", 3, null, "1Gi"), vmClass("c", "- cores: {min: 1, max: 4}\n"))).hasValue("100%");
    assertThat(defaulted(vm("c", 3, null, "1Gi"), vmClass("c", "- cores: {min: 1, max: 4}\n"
        + "  coreFractions: [25, 100]\n"))).hasValue("100%");
    assertThat(defaulted(vm("c", 3, null, "1Gi"), vmClass("c", "- cores: {min: 1, max: 4}\n"
        + "  coreFractions: [25, 50]\n  defaultCoreFraction: 25\n"))).hasValue("25%");
    assertThat(defaulted(vm("c", 3, null, "1Gi"), vmClass(VirtualMachineClass.API_VERSION_V1ALPHA3, "c",
        "- cores: {min: 1, max: 4}\n  defaultCoreFraction: Auto\n"))).hasValue("Auto");
    // An explicit value is never changed, even a disallowed one.
    assertThat(defaulted(vm("c", 3, "7%", "1Gi"), vmClass("c", "- cores: {min: 1, max: 4}\n"
        + "  coreFractions: [25, 50]\n"))).hasValue("7%");
    // No class name: left empty.
    assertThat(CoreFractionDefaulting.apply(vm(null, 3, null, "1Gi"), Optional.empty()).vm().spec().cpu()
        .coreFraction()).isEmpty();
  }

  @Test
  void defaultingErrors() {
    assertThat(error(vm("c", 3, null, "1Gi"), Optional.of(vmClass("c", "- cores: {min: 1, max: 4}\n"
        + "  coreFractions: [25, 50]\n")))).isEqualTo("the default value for core fraction is not defined. For the "
        + "specified configuration \".spec.cpu.cores 3\", the following core fractions are allowed: [25% 50%]. "
        + "Please specify the \".spec.core.coreFraction\" value and try again");
    assertThat(error(vm(12, null, "1Gi"), Optional.of(Fixtures.seedClass()))).isEqualTo("the specified "
        + "\".spec.cpu.cores 12\" value is not among the sizing policies allowed for the virtual machine");
    assertThat(error(vm("ghost", 1, null, "1Gi"), Optional.empty())).isEqualTo("failed to get VirtualMachineClass "
        + "\"ghost\": virtualmachineclasses.virtualization.deckhouse.io \"ghost\" not found");
  }

  @ParameterizedTest(name = "{0} cores at {1} -> {2}")
  @CsvSource({"1,5%,50m", "1,10%,100m", "1,100%,1", "2,20%,400m", "248,1%,2480m", "248,100%,248", "3,33%,990m",
      "1,1%,10m"})
  void cpuRequests(int cores, String fraction, String request) {
    ResourceRequests r = ResourceRequests.of(vm("none", cores, fraction, "1Gi"), Optional.empty());
    assertThat(r.cpuRequest().canonical()).isEqualTo(request);
    assertThat(r.cpuLimit().canonical()).isEqualTo(String.valueOf(cores));
  }

  @Test
  void oversubscription() {
    assertThat(ResourceRequests.of(vm("n", 1, "30%", "1Gi"), Optional.empty()).oversubscription()).isEqualTo("3.33:1");
    assertThat(ResourceRequests.of(vm("n", 1, "100%", "1Gi"), Optional.empty()).oversubscription()).isEqualTo("1:1");
    assertThat(ResourceRequests.of(vm("n", 1, "5%", "1Gi"), Optional.empty()).oversubscription()).isEqualTo("20:1");
  }

  @Test
  void autoIsResolvedBeforeRequests() {
    // No policy, no recommendation: the default grid's seed, 10%: 4 cores -> 400m.
    ResourceRequests r = ResourceRequests.of(vm("n", 4, "Auto", "1Gi"), Optional.empty());
    assertThat(r.auto()).isTrue();
    assertThat(r.coreFraction()).isEqualTo("10%");
    assertThat(r.cpuRequest().canonical()).isEqualTo("400m");
    // A recommendation wins.
    VirtualMachine recommended = vm("n", 4, "Auto", "1Gi").withStatus(ImmutableVirtualMachineStatus.builder()
        .recommendedResources(ImmutableRecommendedResources.builder()
            .cpu(ImmutableRecommendedCpu.builder().coreFraction("30%").build()).build()).build());
    assertThat(ResourceRequests.of(recommended, Optional.empty()).cpuRequest().canonical()).isEqualTo("1200m");
    // The matching policy's steps give the seed: closest to 10, ties to the lower.
    VirtualMachineClass c = vmClass("c", "- cores: {min: 1, max: 8}\n  coreFractions: [5, 15, 50, 100]\n");
    assertThat(ResourceRequests.of(vm("c", 4, "Auto", "1Gi"), Optional.of(c)).coreFraction()).isEqualTo("5%");
  }

  @Test
  void autoscalingSteps() {
    assertThat(AutoCoreFraction.steps(Optional.empty())).isEqualTo(AutoCoreFraction.DEFAULT_STEPS);
    VirtualMachineClass c = vmClass("c", "- cores: {min: 1, max: 8}\n  coreFractions: [50, 20, 100, 20]\n");
    assertThat(AutoCoreFraction.steps(Optional.of(c.spec().sizingPolicies().get(0)))).containsExactly(20, 50);
    assertThat(AutoCoreFraction.seed(List.of(20, 50))).isEqualTo(20);
    assertThat(AutoCoreFraction.seed(List.of())).isEqualTo(10);
    assertThat(AutoCoreFraction.needed(1500, 4)).isEqualTo(38);
    assertThat(AutoCoreFraction.needed(1_000_000, 4)).isEqualTo(99);
    assertThat(AutoCoreFraction.needed(0, 4)).isEqualTo(1);
    assertThat(AutoCoreFraction.needed(100, 0)).isEqualTo(99);
    assertThat(AutoCoreFraction.quantise(38, List.of(20, 50))).isEqualTo(50);
    assertThat(AutoCoreFraction.quantise(60, List.of(20, 50))).isEqualTo(50);
  }

  @Test
  void memoryOverheadModels() {
    ResourceRequests none = ResourceRequests.of(vm("n", 4, "100%", "4Gi"), Optional.empty());
    assertThat(none.memoryRequest().canonical()).isEqualTo("4Gi");
    ResourceRequests documented = ResourceRequests.of(vm("n", 4, "100%", "4Gi"), Optional.empty(),
        MemoryOverhead.DOCUMENTED);
    assertThat(documented.memoryOverhead().canonical()).isEqualTo("32Mi");
    assertThat(documented.memoryRequest()).isEqualTo(Quantity.parse("4128Mi"));
    assertThat(documented.overheadModel()).isEqualTo(MemoryOverhead.DOCUMENTED);
  }

  @Test
  void autoPrerequisitesForAVm() {
    VirtualMachine auto = vm("c", 2, "Auto", "1Gi");
    String prefix = "automatic CPU core fraction (spec.cpu.coreFraction: \"Auto\", set explicitly or inherited from "
        + "the VirtualMachineClass default) ";
    assertThat(AutoCoreFraction.validate(auto, Optional.empty(), Optional.empty(), false, true))
        .extracting(v -> v.message()).containsExactly(prefix + "is unavailable: vertical VirtualMachine autoscaling "
            + "is disabled; it requires the vertical-pod-autoscaler module to be enabled and a supported module "
            + "edition; set an explicit core fraction (spec.cpu.coreFraction) instead");
    assertThat(AutoCoreFraction.validate(auto, Optional.empty(), Optional.empty(), true, false))
        .extracting(v -> v.message()).containsExactly(prefix + "requires the in-place CPU and memory resize feature "
            + "to be enabled; set an explicit core fraction (spec.cpu.coreFraction) instead");
    VirtualMachineClass one = vmClass("c", "- cores: {min: 1, max: 4}\n  coreFractions: [50, 100]\n");
    assertThat(AutoCoreFraction.validate(auto, Optional.empty(), Optional.of(one), true, true))
        .extracting(v -> v.message()).containsExactly(prefix + "cannot be used with the VirtualMachineClass \"c\": "
            + "its sizing policy for 2 cores leaves a single core fraction below 100% (50%), so there is nothing to "
            + "scale between (100% is never used automatically: it would make the virtual machine impossible to "
            + "resize without a reboot); set an explicit core fraction (spec.cpu.coreFraction) instead");
    // Ratchet: already on Auto.
    assertThat(AutoCoreFraction.validate(auto, Optional.of(auto), Optional.of(one), false, false)).isEmpty();
    assertThat(AutoCoreFraction.validate(vm("c", 2, "50%", "1Gi"), Optional.empty(), Optional.of(one), false, false))
        .isEmpty();
  }
}

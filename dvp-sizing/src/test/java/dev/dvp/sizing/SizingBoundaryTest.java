package dev.dvp.sizing;

import static dev.dvp.sizing.Fixtures.vm;
import static dev.dvp.sizing.Fixtures.vmClass;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvp.model.Condition;
import dev.dvp.model.ConditionStatus;
import dev.dvp.model.ImmutableVirtualMachineClassStatus;
import dev.dvp.model.ObjectMeta;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.model.VirtualMachineClassPhase;
import dev.dvp.model.Violation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every boundary of sizing.md §5–§6, with DVP's exact texts. */
class SizingBoundaryTest {
  private static List<String> messages(SizingVerdict v) {
    return v.violations().stream().map(Violation::message).toList();
  }

  private static final String STEP_MSG = "the number of CPU cores (%d) does not match the sizing policy step; set the "
      + "number of cores (spec.cpu.cores) to %d or %d";

  @ParameterizedTest(name = "{0}..{1} step {2}: {3} -> {4}")
  @CsvSource({
      "1,9,4,1,", "1,9,4,5,", "1,9,4,9,", "1,9,4,3,1 or 5", "1,9,4,7,5 or 9",
      "2,9,4,2,", "2,9,4,6,", "2,9,4,9,", "2,9,4,8,6 or 9", "2,9,4,3,2 or 6",
      "1,8,2,4,3 or 5", "1,8,2,8,", "1,8,2,7,", "2,10,4,6,", "2,10,4,10,", "2,10,4,9,6 or 10"})
  void coresStepGrid(int min, int max, int step, int cores, String neighbours) {
    VirtualMachineClass c = vmClass("steps", "- cores: {min: " + min + ", max: " + max + ", step: " + step + "}\n");
    List<String> got = messages(Sizing.check(vm("steps", cores, "100%", "1Gi"), c));
    if (neighbours == null) {
      assertThat(got).isEmpty();
    } else {
      String[] n = neighbours.split(" or ");
      assertThat(got).containsExactly(String.format(STEP_MSG, cores, Integer.parseInt(n[0]), Integer.parseInt(n[1])));
    }
  }

  @ParameterizedTest(name = "{0} in 1Gi..2560Mi step 1Gi -> {1}")
  @CsvSource({"1Gi,", "2Gi,", "2560Mi,", "1536Mi,1Gi or 2Gi", "2304Mi,2Gi or 2560Mi", "1.5Gi,1Gi or 2Gi"})
  void memoryStepGridEndsAtMax(String size, String neighbours) {
    VirtualMachineClass c = vmClass("mem", "- cores: {min: 1, max: 4}\n  memory: {min: 1Gi, max: 2560Mi, step: 1Gi}\n");
    List<String> got = messages(Sizing.check(vm("mem", 2, "100%", size), c));
    if (neighbours == null) {
      assertThat(got).isEmpty();
    } else {
      assertThat(got).containsExactly("the memory size (" + dev.dvp.model.Quantity.parse(size).canonical()
          + ") does not match the sizing policy step; set the memory size (spec.memory.size) to " + neighbours);
    }
  }

  @Test
  void crdStepExample() {
    VirtualMachineClass c = vmClass("crd", "- cores: {min: 1, max: 4}\n  memory: {min: 2Gi, max: 4Gi, step: 1Gi}\n");
    assertThat(Sizing.check(vm("crd", 1, "100%", "3Gi"), c).fits()).isTrue();
    assertThat(messages(Sizing.check(vm("crd", 1, "100%", "4.5Gi"), c))).containsExactly("the memory size (4608Mi) "
        + "is out of the range allowed by the sizing policy; set the memory size (spec.memory.size) between 2Gi and 4Gi");
  }

  @Test
  void decimalGridPointsTakeTheFormatOfMin() {
    VirtualMachineClass c = vmClass("dec", "- cores: {min: 1, max: 4}\n  memory: {min: 1G, max: 4G, step: 1G}\n");
    assertThat(messages(Sizing.check(vm("dec", 1, "100%", "1500M"), c))).containsExactly("the memory size (1500M) "
        + "does not match the sizing policy step; set the memory size (spec.memory.size) to 1G or 2G");
  }

  @Test
  void gridWithoutMinStartsAtZeroInTheStepsFormat() {
    VirtualMachineClass c = vmClass("nomin", "- cores: {min: 1, max: 4}\n  memory: {max: 4Gi, step: 1Gi}\n");
    assertThat(messages(Sizing.check(vm("nomin", 1, "100%", "1536Mi"), c))).containsExactly("the memory size "
        + "(1536Mi) does not match the sizing policy step; set the memory size (spec.memory.size) to 1Gi or 2Gi");
  }

  @Test
  void stepWithoutMaxIsIgnored() {
    VirtualMachineClass c = vmClass("nomax", "- cores: {min: 1, max: 4}\n  memory: {min: 1Gi, step: 1Gi}\n");
    assertThat(Sizing.check(vm("nomax", 1, "100%", "1536Mi"), c).fits()).isTrue();
    assertThat(messages(Sizing.check(vm("nomax", 1, "100%", "512Mi"), c))).containsExactly("the memory size (512Mi) "
        + "is out of the range allowed by the sizing policy; set the memory size (spec.memory.size) to at least 1Gi");
  }

  @Test
  void zeroBoundIsUnsetButPresenceDecidesTheWording() {
    VirtualMachineClass c = vmClass("zero", "- cores: {min: 1, max: 4}\n  memory: {min: 0, max: 8Gi}\n");
    assertThat(messages(Sizing.check(vm("zero", 1, "100%", "9Gi"), c))).containsExactly("the memory size (9Gi) is "
        + "out of the range allowed by the sizing policy; set the memory size (spec.memory.size) between 0 and 8Gi");
    VirtualMachineClass onlyMax = vmClass("max", "- cores: {min: 1, max: 4}\n  memory: {max: 8Gi}\n");
    assertThat(messages(Sizing.check(vm("max", 1, "100%", "9Gi"), onlyMax))).containsExactly("the memory size (9Gi) "
        + "is out of the range allowed by the sizing policy; set the memory size (spec.memory.size) to at most 8Gi");
  }

  private static final String PER_CORE = "- cores: {min: 1, max: 8}\n"
      + "  memory: {step: 512Mi, perCore: {min: 1Gi, max: 2Gi}}\n";

  @ParameterizedTest(name = "3 cores, {0}")
  @CsvSource({"3Gi,", "4.5Gi,", "6Gi,", "4608Mi,"})
  void perCoreStepAppliesToTheShare(String size, String error) {
    assertThat(Sizing.check(vm("pc", 3, "100%", size), vmClass("pc", PER_CORE)).fits()).isTrue();
  }

  @Test
  void threeAndAHalfGiOnThreeCoresIsOffThePerCoreGrid() {
    assertThat(messages(Sizing.check(vm("pc", 3, "100%", "3.5Gi"), vmClass("pc", PER_CORE)))).containsExactly(
        "the memory size (3584Mi) does not match the per-core sizing policy step for 3 CPU core(s); set the memory "
            + "size (spec.memory.size) to 3Gi or 4608Mi, or change the number of cores (spec.cpu.cores)");
  }

  @Test
  void theDocumentedReadingStepsTheTotal() {
    // 3 cores, grid 3Gi, 3.5Gi, 4Gi, ... 6Gi on the total: 3.5Gi passes, 3.25Gi does not.
    Sizing documented = Sizing.withMemoryStep(MemoryStepMode.TOTAL);
    assertThat(documented.verdict(vm("pc", 3, "100%", "3.5Gi"), Optional.of(vmClass("pc", PER_CORE))).fits()).isTrue();
    assertThat(documented.verdict(vm("pc", 3, "100%", "3328Mi"), Optional.of(vmClass("pc", PER_CORE))).violations())
        .extracting(Violation::message).containsExactly("the memory size (3328Mi) does not match the per-core sizing "
            + "policy step for 3 CPU core(s); set the memory size (spec.memory.size) to 3Gi or 3584Mi, or change the "
            + "number of cores (spec.cpu.cores)");
  }

  @Test
  void perCoreShareIsFloorDivisionInBytes() {
    VirtualMachineClass c = vmClass("pc", "- cores: {min: 1, max: 8}\n  memory: {perCore: {min: 1Gi, max: 2Gi}}\n");
    // 3Gi - 1 byte on 3 cores: the share is floor(3221225471 / 3) = 1073741823 < 1Gi.
    assertThat(messages(Sizing.check(vm("pc", 3, "100%", "3221225471"), c))).containsExactly("the memory size "
        + "(3221225471) is not allowed for 3 CPU core(s); set the memory size (spec.memory.size) between 3Gi and 6Gi, "
        + "or change the number of cores (spec.cpu.cores) (the sizing policy allows between 1Gi and 2Gi of memory "
        + "per core)");
    // 6Gi + 2 bytes: floor((6Gi + 2) / 3) = 2Gi, still allowed.
    assertThat(Sizing.check(vm("pc", 3, "100%", "6442450946"), c).fits()).isTrue();
    assertThat(Sizing.check(vm("pc", 3, "100%", "6442450947"), c).fits()).isFalse();
  }

  @Test
  void perCoreRangeWordingWithOneBound() {
    VirtualMachineClass c = vmClass("pc", "- cores: {min: 1, max: 8}\n  memory: {perCore: {min: 2Gi}}\n");
    assertThat(messages(Sizing.check(vm("pc", 4, "100%", "4Gi"), c))).containsExactly("the memory size (4Gi) is not "
        + "allowed for 4 CPU core(s); set the memory size (spec.memory.size) to at least 8Gi, or change the number of "
        + "cores (spec.cpu.cores) (the sizing policy allows at least 2Gi of memory per core)");
  }

  @Test
  void allFourReasonsInDvpOrderAndComposed() {
    VirtualMachineClass c = vmClass("all", "- cores: {min: 1, max: 9, step: 4}\n"
        + "  memory: {min: 1Gi, max: 4Gi, perCore: {max: 1Gi}}\n  coreFractions: [25, 50]\n");
    SizingVerdict v = Sizing.check(vm("all", 3, "10%", "5Gi"), c);
    assertThat(v.violations()).extracting(Violation::path).containsExactly("spec.cpu.coreFraction",
        "spec.cpu.cores", "spec.memory.size", "spec.memory.size");
    assertThat(v.violations()).extracting(Violation::code).containsExactly(SizingCodes.CORE_FRACTION,
        SizingCodes.CORES_STEP, SizingCodes.MEMORY_RANGE, SizingCodes.PER_CORE_MEMORY_RANGE);
    String expected = "does not match the sizing policy of VirtualMachineClass \"all\" for several reasons:\n"
        + "  - the CPU core fraction \"10%\" is not allowed; set the core fraction (spec.cpu.coreFraction) to one of: "
        + "25%, 50%\n"
        + "  - the number of CPU cores (3) does not match the sizing policy step; set the number of cores "
        + "(spec.cpu.cores) to 1 or 5\n"
        + "  - the memory size (5Gi) is out of the range allowed by the sizing policy; set the memory size "
        + "(spec.memory.size) between 1Gi and 4Gi\n"
        + "  - the memory size (5Gi) is not allowed for 3 CPU core(s); set the memory size (spec.memory.size) to at "
        + "most 3Gi, or change the number of cores (spec.cpu.cores) (the sizing policy allows at most 1Gi of memory "
        + "per core)\n"
        + "check the sizing policy of the VirtualMachineClass or contact the administrator for more information";
    assertThat(v.message()).hasValue(expected);
    Condition cond = v.condition().orElseThrow();
    assertThat(cond.type()).isEqualTo("SizingPolicyMatched");
    assertThat(cond.status()).isEqualTo(ConditionStatus.FALSE);
    assertThat(cond.reason()).isEqualTo("SizingPolicyNotMatched");
    assertThat(cond.message()).isEqualTo("The VirtualMachine " + expected + ".");
    assertThat(cond.observedGeneration()).hasValue(3L);
    assertThat(v.admissionViolations()).extracting(Violation::message).containsExactly(expected);
  }

  @Test
  void oneReasonComposition() {
    SizingVerdict v = Sizing.check(vm(2, "20%", "9Gi"), Fixtures.seedClass());
    assertThat(v.message()).hasValue("does not match the sizing policy of VirtualMachineClass \"sizing-example\": "
        + "the memory size (9Gi) is out of the range allowed by the sizing policy; set the memory size "
        + "(spec.memory.size) between 1Gi and 8Gi: check the sizing policy of the VirtualMachineClass or contact the "
        + "administrator for more information");
  }

  @Test
  void noMatchListsRangesWithoutTheHint() {
    SizingVerdict v = Sizing.check(vm(17, "100%", "8Gi"), Fixtures.seedClass());
    String text = "does not match any sizing policy of VirtualMachineClass \"sizing-example\": its 17 CPU core(s) "
        + "fall outside the allowed ranges (1-4, 5-8); set the number of cores (spec.cpu.cores) accordingly";
    assertThat(v.message()).hasValue(text);
    assertThat(v.violations()).extracting(Violation::code).containsExactly(SizingCodes.NO_MATCH);
    assertThat(v.condition().orElseThrow().message()).isEqualTo("The VirtualMachine " + text + ".");
    // 17 is also off the socket grid; DVP's webhook reports the sizing error first (§3.2).
    assertThat(v.cpuCountViolation()).isPresent();
    assertThat(v.admissionViolations()).extracting(Violation::message).containsExactly(text);
  }

  @Test
  void noMatchOnADeletedVmIsIgnoredAndTheConditionRemoved() {
    VirtualMachine deleting = vm(17, "100%", "8Gi").withMetadata(ObjectMeta.builder().name("vm")
        .deletionTimestamp("2026-01-01T00:00:00Z").build());
    SizingVerdict v = Sizing.check(deleting, Fixtures.seedClass());
    assertThat(v.admissionViolations()).isEmpty();
    assertThat(v.condition()).isEmpty();
  }

  @Test
  void emptyCoreFractionWithListedFractionsIsUnparsable() {
    assertThat(messages(Sizing.check(vm(2, null, "2Gi"), Fixtures.seedClass())))
        .containsExactly("unable to parse the CPU core fraction \"\"");
  }

  @Test
  void autoSkipsTheFractionCheck() {
    assertThat(Sizing.check(vm(2, "Auto", "2Gi"), Fixtures.seedClass()).fits()).isTrue();
  }

  @Test
  void classWithoutPoliciesAcceptsEverySizeButNotBadCoreCounts() {
    VirtualMachineClass none = vmClass("none", "");
    assertThat(Sizing.check(vm("none", 200, "1%", "1Ti"), none).fits()).isTrue();
    SizingVerdict v = Sizing.check(vm("none", 249, "1%", "1Ti"), none);
    assertThat(v.matchesPolicy()).isTrue();
    assertThat(v.fits()).isFalse();
    assertThat(v.cpuCountViolation().orElseThrow().message()).isEqualTo("number of cores should not exceed 248");
  }

  @Test
  void missingClassIsAWarningAndNotFoundCondition() {
    SizingVerdict v = Sizing.check(vm("ghost", 2, "20%", "2Gi"), Optional.empty());
    assertThat(v.fits()).isFalse();
    assertThat(v.admissionViolations()).singleElement().satisfies(w -> {
      assertThat(w.isError()).isFalse();
      assertThat(w.message()).isEqualTo("The VM class \"ghost\" does not exist; it may not have been created yet. "
          + "Until it is created, the virtual machine will remain in a pending status.");
    });
    Condition c = v.condition().orElseThrow();
    assertThat(c.reason()).isEqualTo("VirtualMachineClassNotFound");
    assertThat(c.message()).isEqualTo("VirtualMachineClass \"ghost\" not found. Specify an existing "
        + "VirtualMachineClass in spec.virtualMachineClassName.");
  }

  @Test
  void terminatingClass() {
    VirtualMachineClass c = Fixtures.seedClass().withStatus(ImmutableVirtualMachineClassStatus.builder()
        .phase(VirtualMachineClassPhase.TERMINATING).build());
    Condition cond = Sizing.check(vm(2, "20%", "2Gi"), c).condition().orElseThrow();
    assertThat(cond.reason()).isEqualTo("VirtualMachineClassTerminating");
    assertThat(cond.message()).isEqualTo("VirtualMachineClass \"sizing-example\" is terminating.");
  }

  @Test
  void firstMatchingPolicyWins() {
    // A nested later range never matches: the first policy decides.
    VirtualMachineClass c = vmClass("nested", "- cores: {min: 1, max: 10}\n  coreFractions: [100]\n"
        + "- cores: {min: 3, max: 5}\n  coreFractions: [20]\n");
    assertThat(Sizing.check(vm("nested", 4, "20%", "1Gi"), c).matchedPolicy()).hasValue(0);
    assertThat(Sizing.check(vm("nested", 4, "20%", "1Gi"), c).fits()).isFalse();
  }

  @Test
  void coreFractionsFromV1alpha3AreReadAsPercentages() {
    VirtualMachineClass c = vmClass(VirtualMachineClass.API_VERSION_V1ALPHA3, "v3",
        "- cores: {min: 1, max: 4}\n  coreFractions: [\"10%\", \"50%\"]\n");
    assertThat(Sizing.check(vm("v3", 2, "50%", "1Gi"), c).fits()).isTrue();
    assertThat(messages(Sizing.check(vm("v3", 2, "20%", "1Gi"), c))).containsExactly("the CPU core fraction \"20%\" "
        + "is not allowed; set the core fraction (spec.cpu.coreFraction) to one of: 10%, 50%");
  }

  @Test
  void adviceForMemoryAboveTheRange() {
    SizingVerdict v = Sizing.check(vm(2, "20%", "9Gi"), Fixtures.seedClass());
    assertThat(v.suggestions()).extracting(Suggestion::summary).containsExactly("memory 8Gi", "5-8 cores with 9Gi");
    assertThat(v.advice()).hasValue("valid: memory 8Gi, or 5-8 cores with 9Gi");
    Suggestion s = v.suggestions().get(1);
    assertThat(s.cores()).isEqualTo(5);
    assertThat(s.coresUpTo()).isEqualTo(8);
    assertThat(s.changed()).containsExactly("spec.cpu.cores");
  }

  @Test
  void adviceForAStepErrorNamesTheGridNeighbours() {
    VirtualMachineClass c = vmClass("pc", PER_CORE);
    SizingVerdict v = Sizing.check(vm("pc", 3, "100%", "3.5Gi"), c);
    assertThat(v.suggestions()).extracting(s -> s.memory().canonical()).startsWith("3Gi", "4608Mi");
  }

  @Test
  void adviceForAnInvalidCoreCount() {
    SizingVerdict v = Sizing.check(vm("none", 17, "100%", "8Gi"), vmClass("none", ""));
    assertThat(v.suggestions()).extracting(Suggestion::cores).containsExactly(16, 18);
  }

  @Test
  void noAdviceWhenTheVmFits() {
    assertThat(Sizing.check(vm(2, "20%", "2Gi"), Fixtures.seedClass()).suggestions()).isEmpty();
  }
}

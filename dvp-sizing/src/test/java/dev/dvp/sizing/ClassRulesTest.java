package dev.dvp.sizing;

import static dev.dvp.sizing.Fixtures.vmClass;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvp.model.IntOrString;
import dev.dvp.model.ObjectMeta;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.model.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The class webhook rules (sizing.md §4) and the version conversion (§2). */
class ClassRulesTest {
  private static List<String> errors(VirtualMachineClass c) {
    return ClassValidation.check(c).stream().filter(Violation::isError).map(Violation::message).toList();
  }

  @Test
  void touchingRangesOverlap() {
    assertThat(errors(vmClass("c", "- cores: {min: 1, max: 4}\n- cores: {min: 4, max: 9}\n")))
        .containsExactly("vmclass c has size policy cpu crosses");
  }

  @Test
  void gapsAndAnyOrderAreAccepted() {
    assertThat(errors(vmClass("c", "- cores: {min: 1, max: 4}\n- cores: {min: 9, max: 16}\n"))).isEmpty();
    assertThat(errors(vmClass("c", "- cores: {min: 9, max: 16}\n- cores: {min: 1, max: 4}\n"))).isEmpty();
  }

  @Test
  void nestedLaterRangeIsRejectedWithADistinctCodeThoughDvpAdmitsIt() {
    List<Violation> v = ClassValidation.check(vmClass("c", "- cores: {min: 1, max: 10}\n- cores: {min: 3, max: 5}\n"));
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(ClassValidation.NESTED_RANGE);
      assertThat(x.path()).isEqualTo("spec.sizingPolicies[1].cores");
      assertThat(x.message()).startsWith("vmclass c has size policy cpu crosses")
          .contains("DVP itself would admit this class");
    });
    // The reverse order is DVP's own detection.
    assertThat(ClassValidation.check(vmClass("c", "- cores: {min: 3, max: 5}\n- cores: {min: 1, max: 10}\n")))
        .extracting(Violation::code).containsExactly(ClassValidation.OVERLAP);
  }

  @Test
  void defaultCoreFractionMustBeListedOnlyWhenTheListIsNonEmpty() {
    assertThat(errors(vmClass("c", "- cores: {min: 1, max: 4}\n  coreFractions: [25, 50, 100]\n"
        + "  defaultCoreFraction: 10\n"))).containsExactly("VirtualMachineClass \"c\": the default core fraction "
        + "(spec.sizingPolicies[0].defaultCoreFraction) 10% is not among the allowed core fractions; set it to one "
        + "of: 25%, 50%, 100%");
    assertThat(errors(vmClass("c", "- cores: {min: 1, max: 4}\n  defaultCoreFraction: 10\n"))).isEmpty();
  }

  @Test
  void v1alpha3DefaultsAreComparedAfterConversion() {
    assertThat(errors(vmClass(VirtualMachineClass.API_VERSION_V1ALPHA3, "c", "- cores: {min: 1, max: 4}\n"
        + "  coreFractions: [\"25%\", \"50%\"]\n  defaultCoreFraction: \"50%\"\n"))).isEmpty();
  }

  @Test
  void stringDefaultOtherThanAutoIsInvalid() {
    assertThat(errors(vmClass("c", "- cores: {min: 1, max: 4}\n  defaultCoreFraction: auto\n")))
        .containsExactly("VirtualMachineClass \"c\": the default core fraction "
            + "(spec.sizingPolicies[0].defaultCoreFraction) \"auto\" is invalid; set a percentage from 1% to 100%, "
            + "or \"Auto\"");
  }

  @Test
  void autoDefaultPrerequisitesInOrder() {
    VirtualMachineClass one = vmClass("c", "- cores: {min: 1, max: 4}\n  coreFractions: [50, 100]\n"
        + "  defaultCoreFraction: Auto\n");
    String auto = "VirtualMachineClass \"c\": the automatic default core fraction "
        + "(spec.sizingPolicies[0].defaultCoreFraction: \"Auto\") ";
    assertThat(ClassValidation.builder().featureGates(false, false).build().validate(one))
        .extracting(Violation::message).containsExactly(auto + "is unavailable: vertical VirtualMachine autoscaling "
            + "is disabled; it requires the vertical-pod-autoscaler module to be enabled and a supported module edition");
    assertThat(ClassValidation.builder().featureGates(true, false).build().validate(one))
        .extracting(Violation::message).containsExactly(auto + "requires the in-place CPU and memory resize feature "
            + "to be enabled");
    assertThat(ClassValidation.builder().featureGates(true, true).build().validate(one))
        .extracting(Violation::message).containsExactly(auto + "needs at least 2 core fractions to choose from, but "
            + "the policy leaves a single core fraction below 100% (50%); list more core fractions "
            + "(spec.sizingPolicies[0].coreFractions) or set an explicit default");
    VirtualMachineClass none = vmClass("c", "- cores: {min: 1, max: 4}\n  coreFractions: [100]\n"
        + "  defaultCoreFraction: Auto\n");
    assertThat(ClassValidation.builder().featureGates(true, true).build().validate(none))
        .extracting(Violation::message).singleElement().asString().contains("leaves no core fraction below 100%;");
    // Ratchet: an Auto default already stored at that index is not re-checked.
    assertThat(ClassValidation.builder().featureGates(false, false).oldClass(one).build().validate(one)).isEmpty();
    // An empty list means the default grid of 12 steps.
    assertThat(ClassValidation.builder().featureGates(true, true).build().validate(vmClass("c",
        "- cores: {min: 1, max: 4}\n  defaultCoreFraction: Auto\n"))).isEmpty();
  }

  @Test
  void defaultClassAnnotation() {
    VirtualMachineClass a = vmClass("a", "").withMetadata(ObjectMeta.builder().name("a")
        .annotations(Map.of(VirtualMachineClass.DEFAULT_CLASS_ANNOTATION, "true")).build());
    VirtualMachineClass b = vmClass("b", "").withMetadata(ObjectMeta.builder().name("b")
        .annotations(Map.of(VirtualMachineClass.DEFAULT_CLASS_ANNOTATION, "true")).build());
    VirtualMachineClass yes = vmClass("y", "").withMetadata(ObjectMeta.builder().name("y")
        .annotations(Map.of(VirtualMachineClass.DEFAULT_CLASS_ANNOTATION, "yes")).build());
    assertThat(ClassValidation.defaultClassViolations(b, List.of(a))).extracting(Violation::message)
        .containsExactly("multiple default virtual machine classes are prohibited, current default class is a. (tip: "
            + "to assign new default class first remove 'virtualmachineclass.virtualization.deckhouse.io/"
            + "is-default-class' annotation from the current default class)");
    assertThat(ClassValidation.defaultClassViolations(a, List.of(a))).isEmpty();
    assertThat(ClassValidation.defaultClassViolations(yes, List.of())).extracting(Violation::message)
        .containsExactly("only 'true' value allowed for annotation that specifies a default class "
            + "(virtualmachineclass.virtualization.deckhouse.io/is-default-class)");
  }

  @Test
  void lintAndStrictOptionsAreWarningsOnly() {
    VirtualMachineClass generic = vmClass("generic", "- cores: {min: 1, max: 4}\n  coreFractions: [5, 10, 20, 50, 100]\n"
        + "- cores: {min: 5, max: 8}\n  coreFractions: [20, 50, 100]\n- cores: {min: 9, max: 16}\n"
        + "  coreFractions: [50, 100]\n- cores: {min: 17, max: 1024}\n  coreFractions: [100]\n");
    assertThat(ClassValidation.check(generic)).isEmpty();
    List<Violation> lint = ClassValidation.builder().lint(true).requireContiguousRanges(true).build().validate(
        vmClass("c", "- cores: {min: 1, max: 4}\n  memory: {min: 8Gi, max: 1Gi, step: 1Gi}\n"
            + "- cores: {min: 9, max: 1024}\n"));
    assertThat(lint).allMatch(v -> !v.isError() && v.code().startsWith("sdk.sizing.lint"));
    assertThat(lint).extracting(Violation::code).contains("sdk.sizing.lint.memoryMinAboveMax",
        "sdk.sizing.lint.contiguity", "sdk.sizing.lint.coresAboveMaximum");
  }

  @Test
  void conversionV3ToV2AndBack() {
    VirtualMachineClass v3 = vmClass(VirtualMachineClass.API_VERSION_V1ALPHA3, "c", "- cores: {min: 1, max: 4}\n"
        + "  coreFractions: [\"5%\", \"100%\"]\n  defaultCoreFraction: Auto\n  dedicatedCores: [false]\n");
    ClassConversion.Result r = ClassConversion.toV1alpha2(v3);
    VirtualMachineClass v2 = r.converted().orElseThrow();
    assertThat(v2.apiVersion()).isEqualTo(VirtualMachineClass.API_VERSION);
    assertThat(v2.spec().sizingPolicies().get(0).coreFractions()).containsExactly(IntOrString.of(5), IntOrString.of(100));
    assertThat(v2.spec().sizingPolicies().get(0).defaultCoreFraction()).hasValue(IntOrString.of("Auto"));
    assertThat(v2.spec().sizingPolicies().get(0).dedicatedCores()).containsExactly(false);
    assertThat(ClassConversion.toV1alpha3(v2).converted()).hasValue(v3);
  }

  @Test
  void conversionErrors() {
    VirtualMachineClass bad = vmClass(VirtualMachineClass.API_VERSION_V1ALPHA3, "c", "- cores: {min: 1, max: 4}\n"
        + "  coreFractions: [\"5%\", \"05%\"]\n  defaultCoreFraction: \"0%\"\n");
    assertThat(ClassConversion.toV1alpha2(bad).errors()).extracting(Violation::toString).containsExactly(
        "spec.sizingPolicies[0].coreFractions[1]: coreFraction must be a percentage between 1% and 100% (e.g., 5%, "
            + "10%, 50%), got \"05%\"",
        "spec.sizingPolicies[0].defaultCoreFraction: value must be a percentage between 1% and 100% (e.g., 5%, 10%, "
            + "50%) or \"Auto\", got \"0%\"");
    assertThat(ClassValidation.check(bad)).extracting(Violation::message).containsExactly("failed to convert "
        + "v1alpha3 to v1alpha2: spec.sizingPolicies[0].coreFractions[1]: coreFraction must be a percentage between "
        + "1% and 100% (e.g., 5%, 10%, 50%), got \"05%\"");
    assertThat(ClassConversion.toV1alpha3(vmClass("c", "- cores: {min: 1, max: 4}\n  defaultCoreFraction: 101\n"))
        .errors()).extracting(Violation::toString)
        .containsExactly("spec.sizingPolicies[0].defaultCoreFraction: value must be between 1 and 100, got 101");
    assertThat(ClassConversion.toV1alpha3(vmClass("c", "- cores: {min: 1, max: 4}\n  defaultCoreFraction: auto\n"))
        .errors()).extracting(Violation::toString).containsExactly(
            "spec.sizingPolicies[0].defaultCoreFraction: the only allowed string value is \"Auto\", got \"auto\"");
  }
}

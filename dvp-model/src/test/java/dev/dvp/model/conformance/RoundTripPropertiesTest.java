package dev.dvp.model.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.dvp.model.Manifests;
import dev.dvp.model.Resource;
import dev.dvp.model.StructuralValidator;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.Violation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Round trips through YAML and JSON give back equal values; validation depends on the value alone. */
class RoundTripPropertiesTest {
  private static final Manifests CODEC = Manifests.standard();

  @TestFactory
  Stream<DynamicTest> readingWhatWasWrittenAsYamlGivesAnEqualValue() {
    return ModelGenerators.kinds().stream().map(kind -> DynamicTest.dynamicTest(kind.name(), () ->
        qt().withExamples(100).forAll(kind.resources()).checkAssert(object -> {
          List<Resource> read = read(CODEC.toYaml(object), "generated.yaml");
          assertThat(read).containsExactly(object);
        })));
  }

  @TestFactory
  Stream<DynamicTest> readingWhatWasWrittenAsJsonGivesAnEqualValue() {
    return ModelGenerators.kinds().stream().map(kind -> DynamicTest.dynamicTest(kind.name(), () ->
        qt().withExamples(100).forAll(kind.resources()).checkAssert(object -> {
          List<Resource> read = read(CODEC.toJson(object), "generated.json");
          assertThat(read).containsExactly(object);
        })));
  }

  @Test
  void validationIsDeterministic() {
    qt().withExamples(100)
        .forAll(ModelGenerators.possiblyBrokenVirtualMachines()
            .describedAs(vm -> "\n" + CODEC.toYaml(vm)))
        .checkAssert(vm -> {
          List<Violation> first = StructuralValidator.standard().validate(vm);
          assertThat(StructuralValidator.standard().validate(vm)).as("the same value again").isEqualTo(first);
          VirtualMachine copy = (VirtualMachine) read(CODEC.toJson(vm), "copy.json").get(0);
          assertThat(StructuralValidator.standard().validate(copy)).as("an equal value read back").isEqualTo(first);
        });
  }

  private static List<Resource> read(String text, String source) {
    try {
      return CODEC.read(text, source);
    } catch (dev.dvp.model.ManifestException e) {
      throw new AssertionError("cannot read back what the SDK wrote: " + e.getMessage() + "\n" + text, e);
    }
  }
}

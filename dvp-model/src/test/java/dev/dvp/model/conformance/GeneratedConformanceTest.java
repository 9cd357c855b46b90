package dev.dvp.model.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.dvp.model.Manifests;
import dev.dvp.model.StructuralValidator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Generated valid objects of every modelled DVP kind pass both the CRD schema and the SDK's validation. */
class GeneratedConformanceTest {
  @TestFactory
  Stream<DynamicTest> validObjectsPassTheCrdSchemaAndTheSdk() {
    CrdSchemas crds = CrdSchemas.reference();
    return ModelGenerators.kinds().stream().map(kind -> DynamicTest.dynamicTest(kind.name(), () ->
        qt().withExamples(100).forAll(kind.resources()).checkAssert(object -> {
          assertThat(StructuralValidator.standard().validate(object)).as("SDK violations").isEmpty();
          assertThat(crds.validate(Manifests.standard().toJsonTree(object))).as("CRD schema errors").isEmpty();
        })));
  }
}

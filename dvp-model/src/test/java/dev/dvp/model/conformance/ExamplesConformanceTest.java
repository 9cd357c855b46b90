package dev.dvp.model.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dvp.model.Manifests;
import dev.dvp.model.Resource;
import dev.dvp.model.StructuralValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every manifest under {@code examples/} whose kind has a CRD reads, passes the SDK's structural validation, and,
 * written back by the SDK, passes its CRD's schema for the version its {@code apiVersion} names.
 */
class ExamplesConformanceTest {
  @TestFactory
  Stream<DynamicTest> everyExampleConformsToItsCrd() throws IOException {
    Path examples = ReferenceMaterial.examplesDir();
    CrdSchemas crds = CrdSchemas.reference();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(examples)) {
      files = walk.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")
          || f.toString().endsWith(".json")).sorted().toList();
    }
    assumeTrue(!files.isEmpty(), "no manifests under " + examples.toAbsolutePath().normalize() + "; skipping");
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files) {
      tests.add(DynamicTest.dynamicTest(examples.relativize(file).toString(), () -> {
        List<Resource> objects = Manifests.standard().read(file);
        assertThat(objects).as("objects in %s", file).isNotEmpty();
        int checked = 0;
        for (Resource object : objects) {
          if (!crds.serves(object.apiVersion(), object.kind())) {
            continue;
          }
          checked++;
          String what = object.kind() + " " + object.metadata().name().orElse("?") + " in " + file;
          assertThat(StructuralValidator.standard().validate(object)).as("SDK violations of %s", what).isEmpty();
          assertThat(crds.validate(Manifests.standard().toJsonTree(object)))
              .as("CRD schema errors of %s as the SDK writes it", what).isEmpty();
        }
        assumeTrue(checked > 0, file + " holds no kind with a CRD; nothing to check");
      }));
    }
    return tests.stream();
  }
}

package dev.dvp.model.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dvp.testing.SharedReference;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tests find material that lives outside the module: the shared reference (CRDs, the user documentation)
 * (see {@link SharedReference}: required under CI=true, skipped elsewhere), and the repository's {@code examples/} directory. Each
 * accessor skips the calling test, saying why, when its material is absent.
 */
final class ReferenceMaterial {
  private ReferenceMaterial() {}

  /** The CRD directory of the reference material (absent: see {@link SharedReference}). */
  static Path crdDir() {
    return SharedReference.file("crds");
  }

  /** The Russian user documentation of virtual machines, whose YAML examples are test cases. */
  static Path virtualMachinesSeed() {
    return SharedReference.file("seed", "virtual-machines.ru.md");
  }

  /** The repository's examples, seen from the module directory where surefire runs. */
  static Path examplesDir() {
    Path examples = Path.of("..", "examples");
    assumeTrue(Files.isDirectory(examples),
        "no examples directory at " + examples.toAbsolutePath().normalize() + "; skipping");
    return examples;
  }
}

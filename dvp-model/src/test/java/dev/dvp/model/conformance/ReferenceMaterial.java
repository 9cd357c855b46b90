package dev.dvp.model.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tests find material that lives outside the module: the shared reference (CRDs, the user documentation)
 * named by the system property {@code dvp.reference.dir}, and the repository's {@code examples/} directory. Each
 * accessor skips the calling test, saying why, when its material is absent.
 */
final class ReferenceMaterial {
  static final String PROPERTY = "dvp.reference.dir";

  private ReferenceMaterial() {}

  /** The reference directory, or a skipped test when the property is unset or points nowhere. */
  static Path referenceDir() {
    String dir = System.getProperty(PROPERTY);
    assumeTrue(dir != null && !dir.isBlank(),
        "system property " + PROPERTY + " is not set (surefire sets it to ../shared/reference); skipping");
    Path path = Path.of(dir);
    assumeTrue(Files.isDirectory(path), PROPERTY + "=" + dir + " is not a directory; skipping");
    return path;
  }

  /** The CRD directory of the reference material. */
  static Path crdDir() {
    Path crds = referenceDir().resolve("crds");
    assumeTrue(Files.isDirectory(crds), "no CRDs at " + crds + "; skipping");
    return crds;
  }

  /** The Russian user documentation of virtual machines, whose YAML examples are test cases. */
  static Path virtualMachinesSeed() {
    Path seed = referenceDir().resolve("seed").resolve("virtual-machines.ru.md");
    assumeTrue(Files.isRegularFile(seed), "no seed documentation at " + seed + "; skipping");
    return seed;
  }

  /** The repository's examples, seen from the module directory where surefire runs. */
  static Path examplesDir() {
    Path examples = Path.of("..", "examples");
    assumeTrue(Files.isDirectory(examples),
        "no examples directory at " + examples.toAbsolutePath().normalize() + "; skipping");
    return examples;
  }
}

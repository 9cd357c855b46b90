package dev.dvp.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The reference material the tests read from outside the repository ({@code ../shared/reference}: the DVP CRDs, the
 * seed documentation, measured QEMU data), and the one rule for when it is absent: under {@code CI=true} the test
 * fails, saying what is missing, because a CI run whose conformance tests silently skipped proves nothing; elsewhere
 * the test is skipped and one line per test class says so on standard output, so that a local build which did not
 * run them cannot be mistaken for one that did.
 *
 * <p>Surefire names the directory in the system property {@value #PROPERTY}; the root pom sets it to
 * {@code ${maven.multiModuleProjectDirectory}/../shared/reference}.
 *
 * <p>Thread-safe.
 */
public final class SharedReference {
  /** The system property that names the reference directory. */
  public static final String PROPERTY = "dvp.reference.dir";

  private static final Set<String> ANNOUNCED = ConcurrentHashMap.newKeySet();

  private SharedReference() {}

  /**
   * The reference directory.
   *
   * @return the directory named by {@value #PROPERTY}
   * @throws AssertionFailedError under {@code CI=true} when it is absent
   * @throws TestAbortedException elsewhere when it is absent (the calling test is skipped)
   */
  public static Path dir() {
    String dir = System.getProperty(PROPERTY);
    if (dir == null || dir.isBlank()) {
      throw missing("the system property " + PROPERTY + " is not set (surefire sets it to ../shared/reference)");
    }
    Path path = Path.of(dir).toAbsolutePath().normalize();
    if (!Files.isDirectory(path)) {
      throw missing(path + " does not exist");
    }
    return path;
  }

  /**
   * A file or directory inside the reference directory, e.g. {@code file("crds")} or
   * {@code file("seed", "virtual-machines.ru.md")}.
   *
   * @param first the first name below the reference directory
   * @param more further names
   * @return the existing path
   * @throws AssertionFailedError under {@code CI=true} when it is absent
   * @throws TestAbortedException elsewhere when it is absent (the calling test is skipped)
   */
  public static Path file(String first, String... more) {
    Path path = dir().resolve(Path.of(first, more));
    if (!Files.exists(path)) {
      throw missing(path + " does not exist");
    }
    return path;
  }

  /** @return whether this run is a CI run ({@code CI=true}, as GitHub Actions, GitLab CI and others set it) */
  static boolean ci() {
    return "true".equals(Optional.ofNullable(System.getenv("CI")).orElse("").toLowerCase(Locale.ROOT));
  }

  /** Fails under CI; else says so once for the test class and returns the exception that skips the test. */
  private static TestAbortedException missing(String why) {
    String testClass = callingTestClass();
    if (ci()) {
      throw new AssertionFailedError("CI=true and the shared reference material is missing: " + why
          + "; " + testClass + " needs it. Maybe clone the repository beside ../shared, or set -D" + PROPERTY);
    }
    if (ANNOUNCED.add(testClass)) {
      System.out.println("SKIPPED " + testClass + ": shared reference material missing (" + why
          + "); CI=true makes this a failure");
    }
    return new TestAbortedException("shared reference material missing: " + why);
  }

  /** The innermost class on the stack whose name ends in "Test": the test that asked, through any helper. */
  private static String callingTestClass() {
    return StackWalker.getInstance()
        .walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
            .map(name -> name.contains("$") ? name.substring(0, name.indexOf('$')) : name)
            .filter(name -> name.endsWith("Test") || name.endsWith("Tests"))
            .findFirst())
        .orElse("a test");
  }
}

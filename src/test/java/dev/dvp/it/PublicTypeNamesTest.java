package dev.dvp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One name per idea (ARCHITECTURE.md): no two public top-level types of the SDK's main sources share a simple name,
 * so that a user's wildcard imports of two SDK packages never hit "reference to X is ambiguous". The test reads the
 * source tree of every module ({@code <module>/src/main/java}), so a new module is covered without changing it.
 */
class PublicTypeNamesTest {
  static final Path ROOT = Path.of("..", "..");

  /** A public top-level declaration: modifiers, then the kind and the name. */
  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "^public\\s+(?:(?:final|abstract|sealed|non-sealed|static|strictfp)\\s+)*(?:class|interface|enum|record|@interface)"
          + "\\s+(\\w+)", Pattern.MULTILINE);

  @Test
  void noTwoPublicTypesOfTheMainSourcesShareASimpleName() throws IOException {
    Map<String, List<String>> types = publicTypes(mainSources());
    assertThat(types).as("the scan reads every module").containsKeys("VirtualMachine", "CpuTopology", "Sizing",
        "SpecChanges", "LauncherPod", "MigrationSimulator", "IpPool", "Placement");
    assertThat(repeats(types)).as("public types sharing a simple name across modules").isEmpty();
  }

  @Test
  void aRepeatedNameIsReported() {
    Map<String, String> sources = new TreeMap<>();
    sources.put("a/src/main/java/dev/dvp/a/Thing.java", "package dev.dvp.a;\n\n/** A. */\npublic final class Thing {}\n");
    sources.put("b/src/main/java/dev/dvp/b/Thing.java", "package dev.dvp.b;\n\npublic record Thing(int x) {}\n");
    sources.put("b/src/main/java/dev/dvp/b/Hidden.java", "package dev.dvp.b;\n\nfinal class Thing2 {}\n");
    sources.put("c/src/main/java/dev/dvp/c/Hidden.java", "package dev.dvp.c;\n\nclass Hidden {}\n");
    assertThat(repeats(publicTypes(sources)))
        .containsExactly("Thing: dev.dvp.a.Thing, dev.dvp.b.Thing");
  }

  /** The text of every {@code .java} file under a module's {@code src/main/java}, by path. */
  static Map<String, String> mainSources() throws IOException {
    Map<String, String> out = new TreeMap<>();
    List<Path> roots = new ArrayList<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).forEach(roots::add);
    }
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
          try {
            out.put(ROOT.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
    return out;
  }

  /** Simple name → the qualified names of the public top-level types that bear it. */
  static Map<String, List<String>> publicTypes(Map<String, String> sources) {
    Map<String, List<String>> out = new TreeMap<>();
    Pattern pkg = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    sources.forEach((path, text) -> {
      Matcher p = pkg.matcher(text);
      String prefix = p.find() ? p.group(1) + "." : "";
      Matcher t = PUBLIC_TYPE.matcher(text);
      while (t.find()) {
        out.computeIfAbsent(t.group(1), k -> new ArrayList<>()).add(prefix + t.group(1));
      }
    });
    return out;
  }

  /** The names borne by more than one public type, as {@code "Name: a.Name, b.Name"}. */
  static List<String> repeats(Map<String, List<String>> types) {
    List<String> out = new ArrayList<>();
    types.forEach((name, qualified) -> {
      if (qualified.size() > 1) {
        out.add(name + ": " + String.join(", ", qualified));
      }
    });
    return out;
  }
}

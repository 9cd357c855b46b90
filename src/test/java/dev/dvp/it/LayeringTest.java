package dev.dvp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layering of ARCHITECTURE.md: the packages of the SDK's main sources form no cycle, and each package
 * refers only to packages of its own module or of the modules below it. References are read from the sources
 * (imports and qualified names in code; comments and strings left out), so a dependency that Maven would allow
 * between two modules but the design does not is caught too.
 */
class LayeringTest {
  static final Path ROOT = Path.of("..", "..");

  /** Each module and the modules it may use, bottom up. */
  static final Map<String, Set<String>> ALLOWED = Map.of(
      "dvp-model", Set.of(),
      "dvp-controllers", Set.of("dvp-model"),
      "dvp-sizing", Set.of("dvp-model", "dvp-controllers"),
      "dvp-ipam", Set.of("dvp-model"),
      "dvp-migration-sim", Set.of("dvp-model"),
      "dvp-placement", Set.of("dvp-model", "dvp-controllers", "dvp-sizing"),
      "dvp-cli", Set.of("dvp-model", "dvp-controllers", "dvp-sizing", "dvp-ipam", "dvp-migration-sim",
          "dvp-placement"));

  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern REFERENCE = Pattern.compile("\\b(dev\\.dvp(?:\\.[a-z]\\w*)+)\\.[A-Z]");
  private static final Pattern COMMENTS_AND_STRINGS = Pattern.compile(
      "/\\*.*?\\*/|//[^\\n]*|\"\"\"(?s:.*?)\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\])'", Pattern.DOTALL);

  /** Package to the packages it refers to, and package to its module. */
  private final Map<String, Set<String>> uses = new TreeMap<>();
  private final Map<String, String> moduleOf = new HashMap<>();

  LayeringTest() {
    for (String module : ALLOWED.keySet()) {
      Path sources = ROOT.resolve(module).resolve("src/main/java");
      try (Stream<Path> files = Files.walk(sources)) {
        files.filter(f -> f.toString().endsWith(".java")).forEach(f -> read(module, f));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private void read(String module, Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher p = PACKAGE.matcher(text);
    if (!p.find()) {
      return;
    }
    String pkg = p.group(1);
    String previous = moduleOf.put(pkg, module);
    assertThat(previous == null || previous.equals(module)).as("package %s is split between %s and %s", pkg,
        previous, module).isTrue();
    Set<String> used = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
    Matcher m = REFERENCE.matcher(COMMENTS_AND_STRINGS.matcher(text).replaceAll(" "));
    while (m.find()) {
      if (!m.group(1).equals(pkg)) {
        used.add(m.group(1));
      }
    }
  }

  @Test
  void everyModuleHasSources() {
    assertThat(moduleOf.values()).containsAll(ALLOWED.keySet());
  }

  @Test
  void packagesFormNoCycle() {
    List<List<String>> cycles = new StronglyConnected(uses).cycles();
    assertThat(cycles).as("package cycles").isEmpty();
  }

  @Test
  void modulesUseOnlyTheModulesBelowThem() {
    List<String> wrong = new ArrayList<>();
    uses.forEach((pkg, used) -> {
      String module = moduleOf.get(pkg);
      for (String target : used) {
        String targetModule = moduleOf.get(target);
        if (targetModule != null && !targetModule.equals(module) && !ALLOWED.get(module).contains(targetModule)) {
          wrong.add(pkg + " (" + module + ") uses " + target + " (" + targetModule + ")");
        }
      }
    });
    assertThat(wrong).isEmpty();
  }

  /** Tarjan's strongly connected components; a component of more than one package is a cycle. */
  private static final class StronglyConnected {
    private final Map<String, Set<String>> graph;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new TreeSet<>();
    private final List<List<String>> found = new ArrayList<>();

    StronglyConnected(Map<String, Set<String>> graph) {
      this.graph = graph;
    }

    List<List<String>> cycles() {
      for (String v : graph.keySet()) {
        if (!index.containsKey(v)) {
          visit(v);
        }
      }
      return found;
    }

    private void visit(String v) {
      index.put(v, index.size());
      low.put(v, index.get(v));
      stack.push(v);
      onStack.add(v);
      for (String w : graph.getOrDefault(v, Set.of())) {
        if (!graph.containsKey(w)) {
          continue;
        }
        if (!index.containsKey(w)) {
          visit(w);
          low.put(v, Math.min(low.get(v), low.get(w)));
        } else if (onStack.contains(w)) {
          low.put(v, Math.min(low.get(v), index.get(w)));
        }
      }
      if (low.get(v).equals(index.get(v))) {
        List<String> component = new ArrayList<>();
        String w;
        do {
          w = stack.pop();
          onStack.remove(w);
          component.add(w);
        } while (!w.equals(v));
        if (component.size() > 1) {
          found.add(component);
        }
      }
    }
  }
}

package dev.dvp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Messages, reason codes, {@code toString}s and CLI output speak for themselves: no string literal in any module's
 * main sources names a section of the project's internal rule books ({@code R-A15}, {@code §7.5}, {@code B.6},
 * {@code admission.md 2.4.11}, {@code Part B}), which users never see. Comments are not scanned: Javadoc cites the
 * upstream DVP, KubeVirt, Kubernetes or QEMU source instead, which reviews check.
 */
class NoRuleBookIdsTest {
  static final Path ROOT = Path.of("..", "..");

  /** Rule ids, section signs, rule-book file names, "Part A/B" and bare section numbers such as {@code A.3}. */
  static final Pattern RULE_BOOK_ID = Pattern.compile("R-[A-Z][0-9]|§|rule[ -]book"
      + "|\\b(?:admission|placement|sizing|ipam|migration|changes|quantity)\\.md\\b|\\bPart [AB]\\b"
      + "|(?<![\\w.])[AB]\\.[0-9]+(?![\\w.])");

  @Test
  void noStringLiteralInMainSourcesNamesARuleBookSection() throws IOException {
    List<Path> trees = new ArrayList<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).sorted().forEach(trees::add);
    }
    assertThat(trees).as("main source trees under %s", ROOT.toAbsolutePath().normalize())
        .extracting(p -> ROOT.relativize(p).getName(0).toString())
        .contains("dvp-model", "dvp-controllers", "dvp-sizing", "dvp-ipam", "dvp-placement", "dvp-migration-sim",
            "dvp-cli");
    List<String> found = new ArrayList<>();
    for (Path tree : trees) {
      try (Stream<Path> files = Files.walk(tree)) {
        for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java")).sorted()::iterator) {
          String source = Files.readString(file, StandardCharsets.UTF_8);
          for (Literal l : literals(source)) {
            if (RULE_BOOK_ID.matcher(l.text).find()) {
              found.add(ROOT.relativize(file) + ":" + l.line + ": " + l.text);
            }
          }
        }
      }
    }
    assertThat(found).as("string literals naming rule-book sections; say what the rule is instead").isEmpty();
  }

  /**
   * One hint style, as ARCHITECTURE.md has it: a message's advice reads {@code "…. Maybe …"}, never {@code "…; Maybe …"}
   * (also when the literal is split before {@code " Maybe"}).
   *
   * @throws IOException if a source cannot be read
   */
  @Test
  void hintsReadDotMaybe() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path tree : (Iterable<Path>) modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory)
          .sorted()::iterator) {
        try (Stream<Path> files = Files.walk(tree)) {
          for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java")).sorted()::iterator) {
            List<Literal> ls = literals(Files.readString(file, StandardCharsets.UTF_8));
            for (int i = 0; i < ls.size(); i++) {
              boolean split = i + 1 < ls.size() && ls.get(i).text.endsWith(";\"")
                  && ls.get(i + 1).text.startsWith("\" Maybe");
              if (ls.get(i).text.contains("; Maybe") || split) {
                found.add(ROOT.relativize(file) + ":" + ls.get(i).line + ": " + ls.get(i).text);
              }
            }
          }
        }
      }
    }
    assertThat(found).as("hints written \"; Maybe\"; write \". Maybe\"").isEmpty();
  }

  @Test
  void theScannerSeesLiteralsAndSkipsComments() {
    String source = "/** R-A1 */ class X { // R-A2\n String a = \"R-A3: x\"; char c = '\"';\n"
        + " String b = \"\"\"\n   see placement.md\n   \"\"\"; String d = \"a \\\" B.6\"; }";
    List<String> hits = literals(source).stream().filter(l -> RULE_BOOK_ID.matcher(l.text).find())
        .map(l -> l.line + ":" + l.text).toList();
    assertThat(hits).containsExactly("2:\"R-A3: x\"", "3:\"\"\"\n   see placement.md\n   \"\"\"",
        "5:\"a \\\" B.6\"");
  }

  private record Literal(int line, String text) {}

  /** The string literals and text blocks of a Java source, with the line each starts on; comments skipped. */
  private static List<Literal> literals(String s) {
    List<Literal> out = new ArrayList<>();
    int line = 1;
    int i = 0;
    while (i < s.length()) {
      if (s.startsWith("//", i)) {
        int end = s.indexOf('\n', i);
        i = end < 0 ? s.length() : end;
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2) + 2;
        line += count(s, i, end);
        i = end;
      } else if (s.startsWith("\"\"\"", i)) {
        int end = s.indexOf("\"\"\"", i + 3) + 3;
        out.add(new Literal(line, s.substring(i, end)));
        line += count(s, i, end);
        i = end;
      } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
        char quote = s.charAt(i);
        int j = i + 1;
        while (s.charAt(j) != quote) {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        if (quote == '"') {
          out.add(new Literal(line, s.substring(i, j + 1)));
        }
        i = j + 1;
      } else {
        if (s.charAt(i) == '\n') {
          line++;
        }
        i++;
      }
    }
    return out;
  }

  private static int count(String s, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if (s.charAt(k) == '\n') {
        n++;
      }
    }
    return n;
  }
}

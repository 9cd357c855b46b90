package dev.dvp.model;

import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.dvp.testing.SharedReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The complete manifests of the seed documentation ({@code virtual-machines.ru.md}) of one kind, with the
 * {@code d8 k apply -f - <<EOF} wrapper and the list indentation removed. Skips the calling test when
 * {@code dvp.reference.dir} is not set.
 */
final class SeedManifests {
  private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);
  private static final YAMLMapper YAML = new YAMLMapper();

  private SeedManifests() {}

  static List<String> ofKind(String kind) {
    Path seed = SharedReference.file("seed", "virtual-machines.ru.md");
    Matcher m = YAML_BLOCK.matcher(read(seed));
    List<String> out = new ArrayList<>();
    while (m.find()) {
      String text = unwrap(m.group(1));
      if (text.startsWith("apiVersion:") && text.contains("\nkind: " + kind + "\n")) {
        out.add(text);
      }
    }
    return out;
  }

  static JsonNode tree(String yaml) {
    try {
      return YAML.readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The repository's example file, or a skipped test when examples/ is not beside the module. */
  static String example(String relative) {
    Path path = Path.of("..", "examples").resolve(relative);
    assumeThat(Files.isRegularFile(path)).as("example " + path.toAbsolutePath().normalize()).isTrue();
    return read(path);
  }

  private static String unwrap(String block) {
    StringBuilder text = new StringBuilder();
    String prefix = null;
    for (String line : block.split("\n")) {
      if (line.strip().startsWith("d8 k apply") || line.strip().equals("EOF")) {
        continue;
      }
      if (prefix == null) {
        prefix = line.substring(0, line.length() - line.stripLeading().length());
      }
      text.append(line.startsWith(prefix) ? line.substring(prefix.length()) : line.strip()).append('\n');
    }
    return text.toString();
  }
}

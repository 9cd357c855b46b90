package dev.dvp.model.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML examples of a Markdown document: each {@code ```yaml} block, unindented, without the
 * {@code d8 k apply -f - <<EOF} / {@code EOF} lines that wrap many of them.
 */
final class SeedExamples {
  private static final Pattern FENCE_OPEN = Pattern.compile("^(\\s*)```yaml\\s*$");
  private static final Pattern FENCE_CLOSE = Pattern.compile("^\\s*```\\s*$");
  private static final Pattern HEREDOC = Pattern.compile("^d8 k (apply|create) -f - <<\"?EOF\"?\\s*$");

  private SeedExamples() {}

  /**
   * One example.
   *
   * @param ordinal the block's position among the document's YAML blocks, from 1
   * @param line the line of its opening fence
   * @param yaml the manifest text
   * @param documents the parsed documents
   */
  record Example(int ordinal, int line, String yaml, List<JsonNode> documents) {
    /** Whether every document is a full manifest, with apiVersion and kind. */
    boolean isFullManifest() {
      return !documents.isEmpty() && documents.stream().allMatch(d -> d.isObject()
          && d.path("apiVersion").isTextual() && d.path("kind").isTextual());
    }

    @Override
    public String toString() {
      List<String> kinds = documents.stream().map(d -> d.path("kind").asText("?")).toList();
      return "yaml block " + ordinal + " (line " + line + ") " + String.join(", ", kinds);
    }
  }

  static List<Example> extract(String markdown) {
    String[] lines = markdown.split("\n", -1);
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher open = FENCE_OPEN.matcher(lines[i]);
      if (!open.matches()) {
        continue;
      }
      int indent = open.group(1).length();
      int start = i + 1;
      StringBuilder yaml = new StringBuilder();
      int j = start;
      for (; j < lines.length && !FENCE_CLOSE.matcher(lines[j]).matches(); j++) {
        String line = lines[j].length() >= indent && lines[j].substring(0, indent).isBlank()
            ? lines[j].substring(indent) : lines[j].strip();
        if (HEREDOC.matcher(line).matches() || line.equals("EOF")) {
          continue;
        }
        yaml.append(line).append('\n');
      }
      out.add(new Example(out.size() + 1, i + 1, yaml.toString(), parse(yaml.toString())));
      i = j;
    }
    return out;
  }

  private static List<JsonNode> parse(String yaml) {
    try (MappingIterator<JsonNode> docs = new YAMLMapper().readerFor(JsonNode.class).readValues(yaml)) {
      List<JsonNode> out = new ArrayList<>();
      while (docs.hasNext()) {
        JsonNode doc = docs.next();
        if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
          out.add(doc);
        }
      }
      return out;
    } catch (IOException e) {
      // Fragments in prose (cloud-init snippets, partial specs) need not parse; they are not manifests.
      return List.of();
    } catch (RuntimeException e) {
      throw new UncheckedIOException(new IOException("cannot parse a YAML block: " + e.getMessage(), e));
    }
  }
}

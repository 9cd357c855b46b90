package dev.dvp.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text of one manifest source, kept so that a field path can be turned into a line and column on demand.
 *
 * <p>Reading records no positions (that would slow every read); the first {@link #locate} scans the text once and
 * records the position of every value, so that a source with many findings costs one extra parse, not one per
 * finding. Thread-safe.
 */
final class SourceText {
  private final String name;
  private final String text;
  private final ObjectMapper mapper;
  /**
   * Repeated fields by document index, filled while the source is read (before any {@link ManifestDocument} of
   * it is handed out) and only read after; most sources have none.
   */
  private final Map<Integer, List<FieldDuplicate>> duplicates = new HashMap<>();
  /** Built by the first {@link #locate}: most sources are never located in (they have no findings). */
  private volatile SourcePositions positions;
  /** Every document as a tree, built by the first {@link #documentTree}: only documents that failed need them. */
  private volatile List<JsonNode> trees;

  SourceText(String name, String text, ObjectMapper mapper) {
    this.name = name;
    this.text = text;
    this.mapper = mapper;
  }

  String name() {
    return name;
  }

  String text() {
    return text;
  }

  ObjectMapper mapper() {
    return mapper;
  }

  void duplicates(int documentIndex, List<FieldDuplicate> found) {
    if (!found.isEmpty()) {
      duplicates.put(documentIndex, List.copyOf(found));
    }
  }

  List<FieldDuplicate> duplicates(int documentIndex) {
    return duplicates.getOrDefault(documentIndex, List.of());
  }

  /**
   * Finds a path in a document: the position of its value, or of the nearest enclosing value that exists.
   * The first call scans the whole source once ({@link SourcePositions}); later calls are lookups.
   *
   * @return the position, or empty when the document index is not in the source
   */
  Optional<Location> locate(int documentIndex, String path) {
    int[] at = positions().locate(documentIndex, steps(path));
    return at == null ? Optional.empty() : Optional.of(new Location(name, at[0], at[1]));
  }

  /**
   * Returns a document of the source as a tree, as written. The first call reads the whole source once, so that
   * asking for every document of a source stays linear in its size.
   *
   * @return the tree, or empty when the index is not in the source or the source cannot be walked again (e.g.
   *     YAML aliases, which only the codec's own reader expands)
   */
  Optional<JsonNode> documentTree(int documentIndex) {
    List<JsonNode> all = trees;
    if (all == null) {
      synchronized (this) {
        all = trees;
        if (all == null) {
          all = new ArrayList<>();
          try (JsonParser parser = mapper.createParser(text)) {
            while (parser.nextToken() != null) {
              all.add(mapper.readTree(parser));
            }
          } catch (IOException | RuntimeException e) {
            // The text was readable once; documents past the failure have no tree and are reported as such.
          }
          trees = all;
        }
      }
    }
    return documentIndex < all.size() ? Optional.ofNullable(all.get(documentIndex)) : Optional.empty();
  }

  private SourcePositions positions() {
    SourcePositions scanned = positions;
    if (scanned == null) {
      synchronized (this) {
        scanned = positions;
        if (scanned == null) {
          scanned = SourcePositions.scan(text, mapper);
          positions = scanned;
        }
      }
    }
    return scanned;
  }

  Location location(JsonLocation at) {
    return new Location(name, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
  }

  /** Splits {@code spec.blockDeviceRefs[0].name} or {@code metadata.labels[a.b/c]} into names and indexes. */
  static List<Object> steps(String path) {
    List<Object> steps = new ArrayList<>();
    int i = 0;
    StringBuilder name = new StringBuilder();
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        flush(name, steps);
        i++;
      } else if (c == '[') {
        flush(name, steps);
        int end = path.indexOf(']', i);
        if (end < 0) {
          end = path.length();
        }
        String inside = path.substring(i + 1, end);
        steps.add(inside.chars().allMatch(Character::isDigit) && !inside.isEmpty()
            ? (Object) Integer.valueOf(inside) : inside);
        i = end + 1;
      } else {
        name.append(c);
        i++;
      }
    }
    flush(name, steps);
    return steps;
  }

  private static void flush(StringBuilder name, List<Object> steps) {
    if (name.length() > 0) {
      steps.add(name.toString());
      name.setLength(0);
    }
  }
}

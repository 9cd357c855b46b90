package dev.dvp.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;

/**
 * What an editor's cursor is on in a manifest: the document, the JSON path ({@code spec.cpu.cores},
 * {@code spec.blockDeviceRefs[0].name}) and, on a value, its text. Read with a streaming parser up to the cursor,
 * so half-typed YAML further down does not matter; a text that breaks before the cursor gives what was read.
 */
final class CursorPath {
  /** Where the cursor is: document index, path, and the scalar under it (empty on a key or a collection). */
  record Hit(int document, String path, Optional<String> scalar) {}

  private static final JsonFactory YAML = new YAMLFactory();
  private static final JsonFactory JSON = new JsonFactory();

  private CursorPath() {}

  /**
   * Finds what a 0-based line and character are on.
   *
   * @param text the document's text
   * @param line 0-based line
   * @param character 0-based character in the line
   * @return the innermost key or value starting at or before the cursor on its line
   */
  static Optional<Hit> at(String text, int line, int character) {
    int wantLine = line + 1;
    int wantColumn = character + 1;
    String trimmed = text.stripLeading();
    JsonFactory factory = trimmed.startsWith("{") || trimmed.startsWith("[") ? JSON : YAML;
    Hit best = null;
    try (JsonParser p = factory.createParser(text)) {
      int document = -1;
      Deque<Object[]> frames = new ArrayDeque<>();
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (frames.isEmpty() && !t.isStructEnd()) {
          document++;
        }
        JsonLocation at = p.currentTokenLocation();
        if (at.getLineNr() > wantLine) {
          break;
        }
        Object[] top = frames.peek();
        if (t == JsonToken.FIELD_NAME) {
          top[0] = p.currentName();
          if (at.getLineNr() == wantLine && at.getColumnNr() <= wantColumn) {
            best = new Hit(document, path(frames), Optional.empty());
          }
          continue;
        }
        if (t.isStructEnd()) {
          frames.pop();
          continue;
        }
        if (top != null && top[0] instanceof Integer) {
          top[0] = (Integer) top[0] + 1;
        }
        if (t.isScalarValue() && at.getLineNr() == wantLine && at.getColumnNr() <= wantColumn) {
          best = new Hit(document, path(frames), Optional.of(p.getText()));
        }
        if (t == JsonToken.START_OBJECT) {
          frames.push(new Object[] {""});
        } else if (t == JsonToken.START_ARRAY) {
          frames.push(new Object[] {-1});
        }
      }
    } catch (IOException | RuntimeException e) {
      // Half-typed text: what was read before the break is still a good answer.
    }
    return Optional.ofNullable(best);
  }

  private static String path(Deque<Object[]> frames) {
    StringBuilder out = new StringBuilder();
    Iterator<Object[]> outerFirst = frames.descendingIterator();
    while (outerFirst.hasNext()) {
      Object step = outerFirst.next()[0];
      if (step instanceof Integer) {
        out.append('[').append(step).append(']');
      } else {
        String name = (String) step;
        if (name.contains(".")) {
          out.append('[').append(name).append(']');
        } else {
          out.append(out.length() == 0 ? "" : ".").append(name);
        }
      }
    }
    return out.toString();
  }
}

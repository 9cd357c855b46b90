package dev.dvp.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text of one manifest source, kept so that a field path can be turned into a line and column on demand.
 *
 * <p>Reading records no positions (that would slow every read); {@link #locate} parses the text again, only when
 * a message needs a position.
 */
final class SourceText {
  private final String name;
  private final String text;
  private final ObjectMapper mapper;

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

  Optional<Location> locate(int documentIndex, String path) {
    List<Object> steps = steps(path);
    try (JsonParser parser = mapper.createParser(text)) {
      int index = -1;
      while (parser.nextToken() != null) {
        index++;
        if (index == documentIndex) {
          return Optional.of(descend(parser, steps, 0));
        }
        parser.skipChildren();
      }
    } catch (IOException | RuntimeException e) {
      // The text was readable once; if it cannot be walked again, fall back to the document's start.
    }
    return Optional.empty();
  }

  private Location descend(JsonParser parser, List<Object> steps, int depth) throws IOException {
    Location here = location(parser.currentTokenLocation());
    if (depth == steps.size()) {
      return here;
    }
    Object step = steps.get(depth);
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT && step instanceof String) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (field.equals(step)) {
          return descend(parser, steps, depth + 1);
        }
        parser.skipChildren();
      }
    } else if (token == JsonToken.START_ARRAY && step instanceof Integer) {
      int i = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        if (i++ == (Integer) step) {
          return descend(parser, steps, depth + 1);
        }
        parser.skipChildren();
      }
    }
    return here;
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

package dev.dvp.model;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Jackson's binding failures into a JSON path and a reason a person understands. */
final class Binding {
  private static final Pattern MISSING =
      Pattern.compile("Cannot build \\w+, some of required attributes are not set \\[([^\\]]*)\\]");

  private final String path;
  private final String reason;

  private Binding(String path, String reason) {
    this.path = path;
    this.reason = reason;
  }

  String path() {
    return path;
  }

  String reason() {
    return reason;
  }

  static Binding explain(JsonMappingException e, JsonNode document, Class<?> rootType) {
    String path = path(e.getPath());
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      String message = cause.getMessage() == null ? "" : cause.getMessage();
      Matcher missing = MISSING.matcher(message);
      if (missing.find()) {
        String first = missing.group(1).split(",\\s*")[0];
        String more = missing.group(1).contains(",") ? " (also missing: "
            + missing.group(1).substring(missing.group(1).indexOf(',') + 1).trim() + ")" : "";
        return new Binding(join(path, first), "Required value" + more);
      }
      if (cause instanceof IllegalArgumentException) {
        return new Binding(path, message);
      }
    }
    JsonNode actual = at(document, path);
    if (e instanceof InvalidFormatException && ((InvalidFormatException) e).getTargetType() == Quantity.class) {
      // Quantity's parser says exactly what is wrong with the text; keep its words.
      return new Binding(path, firstLine(e.getOriginalMessage()));
    }
    if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
      Class<?> target = ((MismatchedInputException) e).getTargetType();
      if (actual != null && target != null) {
        return new Binding(path, "expected " + expected(target) + ", got " + Manifests.describe(actual));
      }
    }
    if (actual != null && actual.isNull()) {
      return new Binding(path, "expected a value, got null");
    }
    String original = e.getOriginalMessage();
    return new Binding(path, original == null ? "cannot read this field" : firstLine(original));
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : refs) {
      if (ref.getFieldName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  private static String join(String parent, String child) {
    return parent.isEmpty() ? child : parent + "." + child;
  }

  private static JsonNode at(JsonNode root, String path) {
    JsonNode node = root;
    for (Object step : SourceText.steps(path)) {
      if (node == null) {
        return null;
      }
      node = step instanceof Integer ? node.get((Integer) step) : node.get((String) step);
    }
    return node;
  }

  static String expected(Class<?> type) {
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class
        || type == short.class || type == Short.class) {
      return "an integer";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "a boolean (true or false)";
    }
    if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
      return "a number";
    }
    if (type == String.class || OpenEnum.class.isAssignableFrom(type)) {
      return "a string";
    }
    if (type == Quantity.class) {
      return "a quantity such as \"1Gi\" or \"500m\"";
    }
    if (type == IntOrString.class) {
      return "an integer or a string";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "an object";
    }
    return "an object";
  }
}

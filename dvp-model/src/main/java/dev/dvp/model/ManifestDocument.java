package dev.dvp.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * One object read from a manifest source, with where it came from: the resource (or why it could not be bound)
 * and the position of any field path within the source, for messages that point at a line.
 *
 * <p>A {@code kind: List} document yields one {@code ManifestDocument} per item. Immutable and thread-safe.
 */
public final class ManifestDocument {
  private final String source;
  private final int index;
  private final Resource resource;
  private final ManifestException problem;
  private final SourceText text;
  private final String pathPrefix;
  private final Location start;

  ManifestDocument(String source, int index, Resource resource, ManifestException problem, SourceText text,
      String pathPrefix, Location start) {
    this.source = source;
    this.index = index;
    this.resource = resource;
    this.problem = problem;
    this.text = text;
    this.pathPrefix = pathPrefix;
    this.start = start;
  }

  /** @return the file name or other description of the input */
  public String source() {
    return source;
  }

  /** @return the 0-based position of the document in its source (items of a List share their document's) */
  public int index() {
    return index;
  }

  /** @return the resource, or empty when the document could not be bound (see {@link #problem()}) */
  public Optional<Resource> resource() {
    return Optional.ofNullable(resource);
  }

  /** @return why the document could not be bound to its kind, if it could not */
  public Optional<ManifestException> problem() {
    return Optional.ofNullable(problem);
  }

  /** @return where the object starts in the source */
  public Location start() {
    return start;
  }

  /**
   * Finds a field in the source.
   *
   * @param path a JSON path relative to the object, as in {@link Violation#path()}, e.g. {@code spec.cpu.cores}
   * @return the position of the field's value, or of its nearest enclosing field that exists in the source
   */
  public Location locate(String path) {
    String full = pathPrefix.isEmpty() ? path : path.isEmpty() ? pathPrefix : pathPrefix + "." + path;
    return text.locate(index, full).orElse(start);
  }

  /**
   * Reads the object's text again as a tree, for checks that need the document as written even when it could not be
   * bound ({@link UnknownFields}). Empty when the text cannot be walked again (e.g. YAML aliases, which only the
   * codec's own reader expands).
   */
  Optional<JsonNode> tree() {
    try (JsonParser parser = text.mapper().createParser(text.text())) {
      int i = -1;
      while (parser.nextToken() != null) {
        i++;
        if (i == index) {
          JsonNode node = text.mapper().readTree(parser);
          for (Object step : SourceText.steps(pathPrefix)) {
            node = step instanceof Integer ? node.path((Integer) step) : node.path((String) step);
          }
          return node.isObject() ? Optional.of(node) : Optional.empty();
        }
        parser.skipChildren();
      }
    } catch (java.io.IOException | RuntimeException e) {
      // The text was readable once; if it cannot be walked again, there is nothing to report from it.
    }
    return Optional.empty();
  }
}

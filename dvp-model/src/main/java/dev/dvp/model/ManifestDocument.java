package dev.dvp.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
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
  /** Lines the source text starts below line 1 of the file (see {@link #shifted}); 0 for a whole file. */
  private final int lineShift;

  ManifestDocument(String source, int index, Resource resource, ManifestException problem, SourceText text,
      String pathPrefix, Location start) {
    this(source, index, resource, problem, text, pathPrefix, start, 0);
  }

  private ManifestDocument(String source, int index, Resource resource, ManifestException problem, SourceText text,
      String pathPrefix, Location start, int lineShift) {
    this.source = source;
    this.index = index;
    this.resource = resource;
    this.problem = problem;
    this.text = text;
    this.pathPrefix = pathPrefix;
    this.start = start;
    this.lineShift = lineShift;
  }

  /**
   * Returns this document as part of a larger text: every position it reports moves down by some lines. For an
   * editor that reads only the changed document of a large file ({@code dvp lsp}), and keeps the others when lines
   * are inserted above them.
   *
   * <pre>{@code
   * // The text of one document, which starts on line 41 of its file:
   * ManifestDocument d = Manifests.standard().readDocuments(documentText, "vms.yaml").get(0).shifted(40);
   * d.locate("spec.cpu.cores");   // vms.yaml:48:12, not :8:12
   * }</pre>
   *
   * @param lines how many lines the text starts below the first line of the file, at least 0
   * @return the document with moved positions (its index stays its index in the text it was read from)
   * @throws IllegalArgumentException if {@code lines} is negative
   */
  public ManifestDocument shifted(int lines) {
    if (lines < 0) {
      throw new IllegalArgumentException("a document moves down by 0 lines or more, got " + lines);
    }
    int delta = lines - lineShift;
    ManifestException moved = problem == null ? null : new ManifestException(problem.source(),
        problem.line().map(l -> l + delta).orElse(0), problem.column().orElse(0), problem.path(), problem.reason());
    return new ManifestDocument(source, index, resource, moved, text, pathPrefix, shift(start, delta), lines);
  }

  private static Location shift(Location at, int lines) {
    return lines == 0 || at.line() <= 0 ? at : new Location(at.source(), at.line() + lines, at.column());
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
    return text.locate(index, full).map(at -> shift(at, lineShift)).orElse(start);
  }

  /**
   * The fields written twice in one object of this document, as the Kubernetes API server's strict field
   * validation reports them: code {@code FieldValueDuplicate}, path the repeated field's JSON path relative to
   * the object ({@code spec.cpu.cores}, {@code spec.blockDeviceRefs[0].name}; a key with a dot is written
   * {@code metadata.labels[app.kubernetes.io/name]}), message {@code duplicate field "spec.cpu.cores"} (the
   * wording of {@code strictError.Error} in {@code sigs.k8s.io/json internal/golang/encoding/json/
   * kubernetes_patch.go}, which joins map keys with dots too). Each repeated path is reported once, however often
   * it repeats, and at most 100 per document, as there. They are errors: {@code kubectl}'s {@code --validate}
   * defaults to {@code strict} ({@code AddValidateFlags}, {@code k8s.io/kubectl/pkg/cmd/util/helpers.go}), and with
   * {@code fieldValidation=Strict} the API server "will fail the request with a BadRequest error if ... any
   * duplicate fields are present" ({@code CreateOptions.FieldValidation},
   * {@code k8s.io/apimachinery/pkg/apis/meta/v1/types.go}).
   *
   * <p>The object itself (see {@link #resource()}) keeps the <em>last</em> value of a repeated field, as the API
   * server does when it accepts such a request ({@code fieldValidation=Warn}: it "will only persist the last of any
   * duplicate fields", same source). Items of a {@code kind: List} each report their own fields; a
   * field repeated in the List outside its items is reported by its first item, with its path from the List.
   *
   * <pre>{@code
   * for (Violation v : document.duplicateFields()) {
   *   System.out.println(document.locateDuplicate(v) + ": " + v);   // vm.yaml:9:5: spec.cpu.cores: duplicate field ...
   * }
   * }</pre>
   *
   * @return the repeated fields in reading order; empty for most documents
   */
  public List<Violation> duplicateFields() {
    List<FieldDuplicate> all = text.duplicates(index);
    if (all.isEmpty()) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>();
    for (FieldDuplicate d : all) {
      List<Object> steps = relative(d);
      if (steps != null) {
        out.add(Violation.error(path(steps, true), "FieldValueDuplicate",
            "duplicate field " + StructuralValidator.quote(path(steps, false))));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Finds where a repeated field is written the second time, for messages that point at the repetition.
   *
   * @param duplicate one of {@link #duplicateFields()}
   * @return the position of the second occurrence of the key; for any other violation, {@link #locate} of its path
   */
  public Location locateDuplicate(Violation duplicate) {
    for (FieldDuplicate d : text.duplicates(index)) {
      List<Object> steps = relative(d);
      if (steps != null && path(steps, true).equals(duplicate.path())) {
        return shift(d.at(), lineShift);
      }
    }
    return locate(duplicate.path());
  }

  /** The steps of a duplicate relative to this object, or null when it belongs to another item of a List. */
  private List<Object> relative(FieldDuplicate d) {
    if (pathPrefix.isEmpty()) {
      return d.steps();
    }
    List<Object> prefix = SourceText.steps(pathPrefix);
    List<Object> steps = d.steps();
    if (steps.size() > prefix.size() && steps.subList(0, prefix.size()).equals(prefix)) {
      return steps.subList(prefix.size(), steps.size());
    }
    boolean firstItem = prefix.equals(List.of("items", 0));
    return firstItem && !steps.get(0).equals("items") ? steps : null;
  }

  /**
   * Writes steps as a violation path ({@code metadata.labels[a.b/c]}) or, with {@code forViolation} false, as
   * sigs.k8s.io/json writes its field paths (names joined with dots, indexes in brackets).
   */
  private static String path(List<Object> steps, boolean forViolation) {
    StringBuilder out = new StringBuilder();
    for (Object step : steps) {
      if (step instanceof Integer) {
        out.append('[').append(step).append(']');
        continue;
      }
      String name = (String) step;
      if (forViolation && (name.contains(".") || name.contains("[") || name.contains("]"))) {
        out.append('[').append(name).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(name);
      }
    }
    return out.toString();
  }

  /**
   * Returns the object as written, read as a {@link GenericResource}: its {@code apiVersion}, {@code kind} and
   * {@code metadata}, every other field kept as a plain value. This is what can still be said about a document that
   * could not be bound to its model type (see {@link #problem()}): which object it is, and whether its metadata is
   * valid. The source is read again once (for all its documents together) on the first call.
   *
   * <pre>{@code
   * document.asWritten().map(Resource::name);   // "linux-vm", even when spec.cpu.cores is "two"
   * }</pre>
   *
   * @return the object, or empty when the document is not an object with a readable {@code metadata} (or the
   *     source cannot be walked again, e.g. YAML aliases)
   */
  public Optional<GenericResource> asWritten() {
    Optional<JsonNode> tree = tree();
    if (tree.isEmpty() || !tree.get().path("apiVersion").isTextual() || !tree.get().path("kind").isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Manifests.standard().fromJsonTree(Manifests.withoutNullFields(tree.get()),
          GenericResource.class));
    } catch (ManifestException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads the object's text again as a tree, for checks that need the document as written even when it could not be
   * bound ({@link UnknownFields}). Empty when the text cannot be walked again (e.g. YAML aliases, which only the
   * codec's own reader expands).
   */
  Optional<JsonNode> tree() {
    Optional<JsonNode> node = text.documentTree(index);
    if (node.isEmpty()) {
      return node;
    }
    JsonNode object = node.get();
    for (Object step : SourceText.steps(pathPrefix)) {
      object = step instanceof Integer ? object.path((Integer) step) : object.path((String) step);
    }
    return object.isObject() ? Optional.of(object) : Optional.empty();
  }
}

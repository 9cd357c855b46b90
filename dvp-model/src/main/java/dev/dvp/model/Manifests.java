package dev.dvp.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads and writes manifests: YAML (several documents per stream) and JSON, including {@code kind: List} as
 * {@code kubectl get -o yaml} prints it.
 *
 * <p>Each object is bound to its model type by {@code apiVersion} and {@code kind} ({@link VirtualMachine},
 * {@link VirtualMachineClass}, ...); kinds the SDK does not model come back as {@link GenericResource}, never
 * dropped. Fields a model type does not know are kept and written back. Values of the wrong JSON type are errors,
 * as in Kubernetes ({@code cores: "2"} is not an integer).
 *
 * <p>A document that cannot be read raises a {@link ManifestException} naming the source, line, column, JSON path
 * and reason: {@code vm.yaml:12:14: spec.cpu.cores: expected an integer, got "two"}.
 *
 * <p><b>Limits.</b> Hostile input is bounded, and exceeding a limit is a {@link ManifestException}, never an
 * {@code OutOfMemoryError} or a hang:
 * <ul>
 *   <li>{@link Builder#maxSourceSize} characters per source (default {@value #DEFAULT_MAX_SOURCE_SIZE});</li>
 *   <li>{@link Builder#maxDocumentSize} characters per document (default {@value #DEFAULT_MAX_DOCUMENT_SIZE}, the
 *       Kubernetes API server's request size limit, {@code MaxRequestBodyBytes} in
 *       {@code k8s.io/apiserver/pkg/server/config.go}); a larger document is refused with the API server's own
 *       words, "Request entity too large: limit is 3145728" ({@code NewRequestEntityTooLargeError} in
 *       {@code k8s.io/apimachinery/pkg/api/errors/errors.go}, raised by {@code limitedReadBody} in
 *       {@code k8s.io/apiserver/pkg/endpoints/handlers/rest.go}). The API server counts the bytes of the JSON
 *       request; this counts the characters of the document as written, which is close for YAML and JSON
 *       manifests (ASCII) and keeps the check linear;</li>
 *   <li>{@link Builder#maxDocuments} documents per source (default {@value #DEFAULT_MAX_DOCUMENTS});</li>
 *   <li>{@link Builder#maxDepth} levels of nesting (default {@value #DEFAULT_MAX_DEPTH});</li>
 *   <li>YAML aliases: {@link Builder#maxAliases} aliases of collections per document (default
 *       {@value #DEFAULT_MAX_ALIASES}), and at most {@link Builder#maxExpandedNodes} nodes once aliases are
 *       expanded (default {@value #DEFAULT_MAX_EXPANDED_NODES}), which stops "billion laughs".</li>
 * </ul>
 *
 * <p><b>Repeated fields.</b> A field written twice in one object ({@code cores: 1} then {@code cores: 2}) does not
 * make the document unreadable: the object keeps the <em>last</em> value, as the API server does when it accepts
 * such a request, and {@link ManifestDocument#duplicateFields()} reports each repeated path as the API
 * server's strict field validation does ({@code duplicate field "spec.cpu.cores"}), with the position of the
 * repetition from {@link ManifestDocument#locateDuplicate(Violation)}.
 *
 * <p>Reading is linear in the size of the input: long scalars included (see {@code TextWindowReader}), and
 * locating many findings in one source costs one extra scan of it.
 *
 * <p>Thread-safe; {@link #standard()} returns a shared instance with the default limits.
 *
 * <pre>{@code
 * List<Resource> objects = Manifests.standard().read(Path.of("vm.yaml"));
 * VirtualMachine vm = Manifests.standard().readOne(yamlText, VirtualMachine.class);
 * String yaml = Manifests.standard().toYaml(vm);
 * }</pre>
 */
public final class Manifests {
  /** Default of {@link Builder#maxSourceSize}: 64 Mi characters. */
  public static final int DEFAULT_MAX_SOURCE_SIZE = 64 * 1024 * 1024;
  /**
   * Default of {@link Builder#maxDocumentSize}: 3 MiB, the Kubernetes API server's {@code MaxRequestBodyBytes}
   * ({@code k8s.io/apiserver/pkg/server/config.go}: {@code 3 * 1024 * 1024}).
   */
  public static final int DEFAULT_MAX_DOCUMENT_SIZE = 3 * 1024 * 1024;
  /** Default of {@link Builder#maxDocuments}. */
  public static final int DEFAULT_MAX_DOCUMENTS = 10_000;
  /** Default of {@link Builder#maxDepth}. */
  public static final int DEFAULT_MAX_DEPTH = 64;
  /** Default of {@link Builder#maxAliases}. */
  public static final int DEFAULT_MAX_ALIASES = 50;
  /** Default of {@link Builder#maxExpandedNodes}. */
  public static final int DEFAULT_MAX_EXPANDED_NODES = 1_000_000;

  private static final Manifests STANDARD = builder().build();

  private final int maxSourceSize;
  private final int maxDocumentSize;
  private final int maxDocuments;
  private final int maxDepth;
  private final int maxAliases;
  private final int maxExpandedNodes;
  private final JsonMapper json;
  private final YAMLMapper yaml;

  private Manifests(Builder b) {
    this.maxSourceSize = b.maxSourceSize;
    this.maxDocumentSize = b.maxDocumentSize;
    this.maxDocuments = b.maxDocuments;
    this.maxDepth = b.maxDepth;
    this.maxAliases = b.maxAliases;
    this.maxExpandedNodes = b.maxExpandedNodes;
    this.json = ModelMapper.json(b.maxDepth, b.maxSourceSize);
    this.yaml = ModelMapper.yaml(b.maxDepth, b.maxAliases, b.maxDocumentSize, b.maxSourceSize);
  }

  /**
   * Returns the shared instance with the default limits.
   *
   * @return a thread-safe codec
   */
  public static Manifests standard() {
    return STANDARD;
  }

  /**
   * Returns a builder for a codec with other limits.
   *
   * @return a new builder with the default limits
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The output formats of {@link #write}. */
  public enum Format {
    /** YAML; several objects are separated by {@code ---}. */
    YAML,
    /** JSON; several objects are wrapped in a {@code kind: List}. */
    JSON
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads every object of a file.
   *
   * @param file a YAML or JSON file
   * @return the objects in document order ({@code List} items in their place)
   * @throws ManifestException if the file cannot be read or an object cannot be bound
   */
  public List<Resource> read(Path file) throws ManifestException {
    return resources(readDocuments(file));
  }

  /**
   * Reads every object of a text.
   *
   * @param text YAML or JSON
   * @param source a name for the text in messages, e.g. a file name
   * @return the objects in document order
   * @throws ManifestException if the text cannot be read or an object cannot be bound
   */
  public List<Resource> read(String text, String source) throws ManifestException {
    return resources(readDocuments(text, source));
  }

  /**
   * Reads every object of a character stream. The reader is read to its end but not closed.
   *
   * @param reader YAML or JSON
   * @param source a name for the input in messages
   * @return the objects in document order
   * @throws ManifestException if the input cannot be read or an object cannot be bound
   */
  public List<Resource> read(Reader reader, String source) throws ManifestException {
    return resources(readDocuments(reader, source));
  }

  /**
   * Reads every object of a UTF-8 byte stream. The stream is read to its end but not closed.
   *
   * @param in YAML or JSON in UTF-8
   * @param source a name for the input in messages
   * @return the objects in document order
   * @throws ManifestException if the input cannot be read or an object cannot be bound
   */
  public List<Resource> read(InputStream in, String source) throws ManifestException {
    return read(new InputStreamReader(in, StandardCharsets.UTF_8), source);
  }

  /**
   * Reads a text that holds exactly one object of a given type.
   *
   * @param text YAML or JSON
   * @param type the expected model type, e.g. {@code VirtualMachine.class}
   * @param <T> the type
   * @return the object
   * @throws ManifestException if the text cannot be read, holds another number of objects, or another kind
   */
  public <T extends Resource> T readOne(String text, Class<T> type) throws ManifestException {
    List<Resource> all = read(text, "<" + type.getSimpleName() + ">");
    if (all.size() != 1) {
      throw new ManifestException("<" + type.getSimpleName() + ">", 0, 0, "",
          "expected exactly one object, found " + all.size());
    }
    Resource only = all.get(0);
    if (!type.isInstance(only)) {
      throw new ManifestException("<" + type.getSimpleName() + ">", 0, 0, "kind",
          "expected a " + type.getSimpleName() + ", got " + only.apiVersion() + " " + only.kind());
    }
    return type.cast(only);
  }

  /**
   * Reads a file document by document, keeping going past objects that cannot be bound, and remembering where
   * each object is so that messages can point at lines. This is what {@code dvp check} uses.
   *
   * @param file a YAML or JSON file
   * @return one entry per object
   * @throws ManifestException if the file cannot be read or parsed at all (I/O, syntax, a limit)
   */
  public List<ManifestDocument> readDocuments(Path file) throws ManifestException {
    String name = file.toString();
    try {
      if (Files.size(file) > (long) maxSourceSize * 4) {
        throw tooLarge(name);
      }
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return readDocuments(reader, name);
      }
    } catch (IOException e) {
      throw new ManifestException(name, 0, 0, "", "cannot read the file: " + describe(e));
    }
  }

  /**
   * Reads a text document by document; see {@link #readDocuments(Path)}.
   *
   * @param text YAML or JSON
   * @param source a name for the text in messages
   * @return one entry per object
   * @throws ManifestException if the text cannot be parsed at all
   */
  public List<ManifestDocument> readDocuments(String text, String source) throws ManifestException {
    if (text.length() > maxSourceSize) {
      throw tooLarge(source);
    }
    return parse(new SourceText(source, text, isJson(text) ? json : yaml));
  }

  /**
   * Reads a character stream document by document; see {@link #readDocuments(Path)}. The reader is not closed.
   *
   * @param reader YAML or JSON
   * @param source a name for the input in messages
   * @return one entry per object
   * @throws ManifestException if the input cannot be parsed at all
   */
  public List<ManifestDocument> readDocuments(Reader reader, String source) throws ManifestException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      int n;
      while ((n = reader.read(buffer)) >= 0) {
        if (text.length() + n > maxSourceSize) {
          throw tooLarge(source);
        }
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new ManifestException(source, 0, 0, "", "cannot read the input: " + describe(e));
    }
    return readDocuments(text.toString(), source);
  }

  private ManifestException tooLarge(String source) {
    return new ManifestException(source, 0, 0, "", "the input is larger than " + maxSourceSize
        + " characters. Maybe split it into several files, or raise Manifests.builder().maxSourceSize(..)");
  }

  private static boolean isJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c == '{' || c == '[';
      }
    }
    return false;
  }

  private List<ManifestDocument> parse(SourceText source) throws ManifestException {
    ObjectMapper mapper = source.mapper();
    List<ManifestDocument> out = new ArrayList<>();
    String text = source.text();
    int index = -1;
    Location start = new Location(source.name(), 1, 1);
    try (JsonParser raw = mapper.createParser(text)) {
      AliasWatch parser = new AliasWatch(raw);
      DocumentCopy copy = new DocumentCopy();
      while (parser.nextToken() != null) {
        index++;
        if (index >= maxDocuments) {
          throw new ManifestException(source.name(), 0, 0, "", "more than " + maxDocuments
              + " documents. Maybe split the input, or raise Manifests.builder().maxDocuments(..)");
        }
        JsonLocation startAt = parser.currentTokenLocation();
        start = source.location(startAt);
        parser.aliasSeen = false;
        // Tokens are buffered rather than built into a tree: binding replays them, which costs less than a tree.
        TokenBuffer buffer = new TokenBuffer(parser);
        copy.copy(parser, buffer, source);
        long size = parser.currentLocation().getCharOffset() - startAt.getCharOffset();
        if (size > maxDocumentSize) {
          throw documentTooLarge(source.name(), start);
        }
        source.duplicates(index, copy.duplicates());
        if (copy.suspectFloat()) {
          rejectNonFiniteNumbers(buffer, source, index);
        }
        if (parser.aliasSeen) {
          JsonNode tree = new YamlAliases(maxAliases, maxDepth, maxExpandedNodes).document(text, index, source.name());
          if (!isEmptyDocument(tree)) {
            collect(tree, source, index, "", start, out);
          }
          continue;
        }
        if (!bindDirectly(buffer, source, index, start, out)) {
          JsonNode tree = json.readTree(buffer.asParser(json));
          if (!isEmptyDocument(tree)) {
            collect(tree, source, index, "", start, out);
          }
        }
      }
    } catch (ManifestException e) {
      throw e;
    } catch (JsonProcessingException e) {
      if (isDocumentSizeLimit(e)) {
        throw documentTooLarge(source.name(), start);
      }
      throw unreadable(source.name(), e);
    } catch (IOException e) {
      throw new ManifestException(source.name(), 0, 0, "", "cannot read the input: " + describe(e));
    }
    return out;
  }

  /**
   * The refusal of a document larger than {@link Builder#maxDocumentSize}, worded as the API server's 413
   * ({@code NewRequestEntityTooLargeError(fmt.Sprintf("limit is %d", limit))} in {@code limitedReadBody},
   * {@code k8s.io/apiserver/pkg/endpoints/handlers/rest.go}), at the document's first line.
   */
  private ManifestException documentTooLarge(String source, Location start) {
    return new ManifestException(source, start.line(), start.column(), "", "the document starting here is larger"
        + " than " + maxDocumentSize + " characters, and the Kubernetes API server refuses such a request with"
        + " \"Request entity too large: limit is " + maxDocumentSize + "\". Maybe move large data out of the"
        + " manifest (into several objects, or an image or file), or raise Manifests.builder().maxDocumentSize(..)");
  }

  /** SnakeYAML's code point limit is set to the document limit; it trips while the document is scanned. */
  private static boolean isDocumentSizeLimit(JsonProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && m.contains("The incoming YAML document exceeds the limit")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * YAML's {@code .inf} and {@code .nan} are floats that neither JSON nor a CRD field can hold; Jackson fails on
   * them deep inside binding, so they are found first and reported at their field.
   */
  private static void rejectNonFiniteNumbers(TokenBuffer buffer, SourceText source, int index)
      throws IOException, ManifestException {
    try (JsonParser scan = buffer.asParser()) {
      // The path is tracked by hand: each frame is a field name (objects) or the next index (arrays).
      java.util.ArrayDeque<Object[]> frames = new java.util.ArrayDeque<>();
      for (JsonToken t = scan.nextToken(); t != null; t = scan.nextToken()) {
        Object[] top = frames.peek();
        if (t == JsonToken.FIELD_NAME) {
          top[0] = scan.currentName();
          continue;
        }
        if (t.isStructEnd()) {
          frames.pop();
          continue;
        }
        if (top != null && top[0] instanceof Integer) {
          top[0] = (Integer) top[0] + 1;
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
          String text = scan.getText();
          if (text.contains("inf") || text.contains("Inf") || text.contains("INF") || text.contains("nan")
              || text.contains("NaN") || text.contains("NAN")) {
            String path = framesToPath(frames);
            Location at = source.locate(index, path).orElse(new Location(source.name(), 0, 0));
            throw new ManifestException(source.name(), at.line(), at.column(), path,
                "expected a finite number or a string, got " + text + ". Maybe quote the value");
          }
        }
        if (t == JsonToken.START_OBJECT) {
          frames.push(new Object[] {""});
        } else if (t == JsonToken.START_ARRAY) {
          frames.push(new Object[] {-1});
        }
      }
    }
  }

  private static String framesToPath(java.util.ArrayDeque<Object[]> frames) {
    StringBuilder out = new StringBuilder();
    java.util.Iterator<Object[]> outerFirst = frames.descendingIterator();
    while (outerFirst.hasNext()) {
      Object step = outerFirst.next()[0];
      if (step instanceof Integer) {
        out.append('[').append(step).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(step);
      }
    }
    return out.toString();
  }

  /** Removes object fields whose value is null, at every depth, as {@link DocumentCopy} does. */
  static JsonNode withoutNullFields(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = ((ObjectNode) node).objectNode();
      node.fields().forEachRemaining(e -> {
        if (!e.getValue().isNull()) {
          copy.set(e.getKey(), withoutNullFields(e.getValue()));
        }
      });
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = ((ArrayNode) node).arrayNode();
      node.forEach(item -> copy.add(withoutNullFields(item)));
      return copy;
    }
    return node;
  }

  // An empty YAML document ("---" followed by nothing, or only comments) reads as null or as an empty scalar.
  private static boolean isEmptyDocument(JsonNode tree) {
    return tree == null || tree.isNull() || tree.isMissingNode() || (tree.isTextual() && tree.asText().isEmpty());
  }

  /**
   * Binds a buffered document straight to its model type when its header names a modelled kind; returns false
   * (leaving the document to the tree path) for lists, unknown kinds, missing headers and binding failures, whose
   * messages need the tree.
   */
  private boolean bindDirectly(TokenBuffer buffer, SourceText source, int index, Location start,
      List<ManifestDocument> out) throws IOException {
    String apiVersion = null;
    String kind = null;
    try (JsonParser header = buffer.asParser()) {
      if (header.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (header.nextToken() == JsonToken.FIELD_NAME) {
        String field = header.currentName();
        JsonToken value = header.nextToken();
        if (value == JsonToken.VALUE_STRING && field.equals("apiVersion")) {
          apiVersion = header.getText();
        } else if (value == JsonToken.VALUE_STRING && field.equals("kind")) {
          kind = header.getText();
        } else {
          header.skipChildren();
        }
      }
    }
    if (apiVersion == null || kind == null) {
      return false;
    }
    Class<? extends Resource> type = ResourceKinds.lookup(apiVersion, kind).orElse(null);
    if (type == null) {
      return false;
    }
    try (JsonParser replay = buffer.asParser(json)) {
      Resource resource = json.readValue(replay, type);
      out.add(new ManifestDocument(source.name(), index, resource, null, source, "", start));
      return true;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private void collect(JsonNode tree, SourceText source, int index, String prefix, Location start,
      List<ManifestDocument> out) {
    if (!tree.isObject()) {
      out.add(problem(source, index, prefix, start, "", "a manifest must be an object with apiVersion and kind; got "
          + describe(tree)));
      return;
    }
    String apiVersion = tree.path("apiVersion").isTextual() ? tree.get("apiVersion").asText() : "";
    String kind = tree.path("kind").isTextual() ? tree.get("kind").asText() : "";
    if (kind.equals("List") && tree.path("items").isArray()) {
      ArrayNode items = (ArrayNode) tree.get("items");
      for (int i = 0; i < items.size(); i++) {
        String itemPrefix = prefix.isEmpty() ? "items[" + i + "]" : prefix + ".items[" + i + "]";
        Location itemStart = source.locate(index, itemPrefix).orElse(start);
        collect(items.get(i), source, index, itemPrefix, itemStart, out);
      }
      return;
    }
    if (apiVersion.isEmpty() || kind.isEmpty()) {
      String missing = apiVersion.isEmpty() ? "apiVersion" : "kind";
      out.add(problem(source, index, prefix, start, missing, "Required value: every object needs apiVersion and"
          + " kind. Maybe this is not a Kubernetes manifest, or the document separator --- is misplaced"));
      return;
    }
    Class<? extends Resource> type = ResourceKinds.lookup(apiVersion, kind).orElse(null);
    if (type == null) {
      type = GenericResource.class;
    }
    try {
      Resource resource = json.treeToValue(withoutNullFields(tree), type);
      out.add(new ManifestDocument(source.name(), index, resource, null, source, prefix, start));
    } catch (JsonMappingException e) {
      Binding failure = Binding.explain(e, tree, type);
      out.add(problem(source, index, prefix, start, failure.path(), failure.reason()));
    } catch (JsonProcessingException e) {
      out.add(problem(source, index, prefix, start, "", describe(e)));
    }
  }

  private static ManifestDocument problem(SourceText source, int index, String prefix, Location start,
      String path, String reason) {
    String full = prefix.isEmpty() ? path : path.isEmpty() ? prefix : prefix + "." + path;
    Location at = source.locate(index, full).orElse(start);
    ManifestException e = new ManifestException(source.name(), at.line(), at.column(), path, reason);
    return new ManifestDocument(source.name(), index, null, e, source, prefix, start);
  }

  private static List<Resource> resources(List<ManifestDocument> documents) throws ManifestException {
    List<Resource> out = new ArrayList<>(documents.size());
    for (ManifestDocument d : documents) {
      if (d.problem().isPresent()) {
        throw d.problem().get();
      }
      out.add(d.resource().orElseThrow());
    }
    return out;
  }

  private ManifestException unreadable(String source, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    int line = at == null ? 0 : Math.max(0, at.getLineNr());
    int column = at == null ? 0 : Math.max(0, at.getColumnNr());
    String reason;
    if (e instanceof StreamConstraintsException) {
      String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      reason = m.contains("Nesting depth") || m.contains("nesting depth") ? YamlAliases.tooDeep(maxDepth)
          : "a value is larger than the input may be: " + m + ". Maybe raise Manifests.builder().maxSourceSize(..)";
    } else if (e instanceof JacksonYAMLParseException && e.getCause() instanceof MarkedYAMLException) {
      MarkedYAMLException y = (MarkedYAMLException) e.getCause();
      if (y.getProblemMark() != null) {
        line = y.getProblemMark().getLine() + 1;
        column = y.getProblemMark().getColumn() + 1;
      }
      reason = yamlReason(y);
    } else if (e.getCause() != null && e.getCause().getClass().getName().startsWith("org.yaml.snakeyaml")) {
      reason = limitReason(e.getCause().getMessage());
    } else {
      reason = "invalid " + (e.getClass().getName().contains("yaml") ? "YAML" : "JSON") + ": "
          + e.getOriginalMessage();
    }
    return new ManifestException(source, line, column, "", reason);
  }

  private String yamlReason(MarkedYAMLException y) {
    String problem = y.getProblem() == null ? y.getMessage() : y.getProblem();
    String context = y.getContext();
    String limit = limitReason(problem);
    if (!limit.equals(problem)) {
      return limit;
    }
    return "invalid YAML: " + (context == null ? problem : context + ": " + problem);
  }

  private String limitReason(String message) {
    String m = message == null ? "" : message;
    if (m.contains("aliases for non-scalar nodes")) {
      return YamlAliases.tooManyAliases(maxAliases);
    }
    if (m.contains("exceeds the limit") && m.contains("code points")) {
      return "a document is larger than " + maxDocumentSize
          + " characters. Maybe split it, or raise Manifests.builder().maxDocumentSize(..)";
    }
    if (m.contains("Nesting Depth exceeded")) {
      return YamlAliases.tooDeep(maxDepth);
    }
    return m;
  }

  static String describe(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    } else if (node.isArray()) {
      return "a list";
    } else if (node.isTextual()) {
      return StructuralValidator.quote(node.asText());
    } else if (node.isNull()) {
      return "null";
    } else if (node.isBoolean()) {
      return "the boolean " + node.asText();
    }
    return "the number " + node.asText();
  }

  private static String describe(Exception e) {
    String m = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage()
        : e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  // ---------------------------------------------------------------- trees

  /**
   * Turns a JSON tree into its model type, dispatching on {@code apiVersion} and {@code kind}.
   *
   * @param tree an object with {@code apiVersion} and {@code kind}
   * @return the resource ({@link GenericResource} for kinds the SDK does not model)
   * @throws ManifestException if the tree does not fit its kind
   */
  public Resource fromJsonTree(JsonNode tree) throws ManifestException {
    SourceText source = new SourceText("<tree>", tree.toString(), json);
    List<ManifestDocument> docs = new ArrayList<>(1);
    collect(tree, source, 0, "", new Location("<tree>", 1, 1), docs);
    return resources(docs).get(0);
  }

  /**
   * Turns a JSON tree into a given model type.
   *
   * @param tree the object
   * @param type the model type
   * @param <T> the type
   * @return the resource
   * @throws ManifestException if the tree does not fit the type
   */
  public <T extends Resource> T fromJsonTree(JsonNode tree, Class<T> type) throws ManifestException {
    try {
      return json.treeToValue(tree, type);
    } catch (JsonMappingException e) {
      Binding failure = Binding.explain(e, tree, type);
      throw new ManifestException("<tree>", 0, 0, failure.path(), failure.reason());
    } catch (JsonProcessingException e) {
      throw new ManifestException("<tree>", 0, 0, "", describe(e));
    }
  }

  /**
   * Turns a value of the model into a JSON tree, as it would be written.
   *
   * @param value a resource or a part of one
   * @return a new, mutable tree owned by the caller
   */
  public JsonNode toJsonTree(Object value) {
    return json.valueToTree(value);
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes objects as YAML, separated by {@code ---}.
   *
   * @param resources the objects
   * @return the YAML text
   */
  public String toYaml(Collection<? extends Resource> resources) {
    StringBuilder out = new StringBuilder();
    for (Resource r : resources) {
      if (out.length() > 0) {
        out.append("---\n");
      }
      out.append(toYaml(r));
    }
    return out.toString();
  }

  /**
   * Writes one object as YAML.
   *
   * @param resource the object
   * @return the YAML text
   */
  public String toYaml(Resource resource) {
    try {
      return yaml.writeValueAsString(resource);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + resource.kind() + " as YAML: " + describe(e), e);
    }
  }

  /**
   * Writes one object as indented JSON.
   *
   * @param resource the object
   * @return the JSON text
   */
  public String toJson(Resource resource) {
    try {
      return json.writeValueAsString(resource);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + resource.kind() + " as JSON: " + describe(e), e);
    }
  }

  /**
   * Writes objects as indented JSON: one object as itself, several wrapped in a {@code v1 List}.
   *
   * @param resources the objects
   * @return the JSON text
   */
  public String toJson(Collection<? extends Resource> resources) {
    if (resources.size() == 1) {
      return toJson(resources.iterator().next());
    }
    ObjectNode list = json.createObjectNode().put("apiVersion", "v1").put("kind", "List");
    ArrayNode items = list.putArray("items");
    resources.forEach(r -> items.add(toJsonTree(r)));
    list.putObject("metadata");
    try {
      return json.writeValueAsString(list);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a List as JSON: " + describe(e), e);
    }
  }

  /**
   * Writes objects to a writer, which is flushed but not closed.
   *
   * @param resources the objects
   * @param format YAML or JSON
   * @param writer where to write
   * @throws UncheckedIOException if the writer fails
   */
  public void write(Collection<? extends Resource> resources, Format format, Writer writer) {
    try {
      writer.write(format == Format.YAML ? toYaml(resources) : toJson(resources) + "\n");
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Notices YAML aliases, which Jackson does not expand, so that such documents take the expanding path. */
  private static final class AliasWatch extends JsonParserDelegate {
    boolean aliasSeen;

    AliasWatch(JsonParser parser) {
      super(parser);
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken token = delegate.nextToken();
      if (!aliasSeen && delegate instanceof YAMLParser && ((YAMLParser) delegate).isCurrentAlias()) {
        aliasSeen = true;
      }
      return token;
    }
  }

  /**
   * Configures the limits of a {@link Manifests} codec. Not thread-safe; the codec it builds is.
   */
  public static final class Builder {
    private int maxSourceSize = DEFAULT_MAX_SOURCE_SIZE;
    private int maxDocumentSize = DEFAULT_MAX_DOCUMENT_SIZE;
    private int maxDocuments = DEFAULT_MAX_DOCUMENTS;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private int maxAliases = DEFAULT_MAX_ALIASES;
    private int maxExpandedNodes = DEFAULT_MAX_EXPANDED_NODES;

    private Builder() {}

    /**
     * Sets the largest source, in characters.
     *
     * @param characters a positive number
     * @return this builder
     */
    public Builder maxSourceSize(int characters) {
      this.maxSourceSize = positive("maxSourceSize", characters);
      return this;
    }

    /**
     * Sets the largest document, in characters from its first token to its last (default
     * {@value Manifests#DEFAULT_MAX_DOCUMENT_SIZE}, the Kubernetes API server's request size limit). A larger
     * document makes its source unreadable, with a message naming the source and the document's first line; it
     * is found in time linear in the document's size. A limit above {@link #maxSourceSize} has no effect.
     *
     * @param characters a positive number
     * @return this builder
     */
    public Builder maxDocumentSize(int characters) {
      this.maxDocumentSize = positive("maxDocumentSize", characters);
      return this;
    }

    /**
     * Sets the most documents one source may hold.
     *
     * @param documents a positive number
     * @return this builder
     */
    public Builder maxDocuments(int documents) {
      this.maxDocuments = positive("maxDocuments", documents);
      return this;
    }

    /**
     * Sets the deepest nesting of objects and lists.
     *
     * @param levels a positive number
     * @return this builder
     */
    public Builder maxDepth(int levels) {
      this.maxDepth = positive("maxDepth", levels);
      return this;
    }

    /**
     * Sets the most YAML aliases of collections per document.
     *
     * @param aliases a number ≥ 0
     * @return this builder
     */
    public Builder maxAliases(int aliases) {
      if (aliases < 0) {
        throw new IllegalArgumentException("maxAliases must be >= 0, got " + aliases);
      }
      this.maxAliases = aliases;
      return this;
    }

    /**
     * Sets the most nodes a YAML document may have once its aliases are expanded.
     *
     * @param nodes a positive number
     * @return this builder
     */
    public Builder maxExpandedNodes(int nodes) {
      this.maxExpandedNodes = positive("maxExpandedNodes", nodes);
      return this;
    }

    private static int positive(String name, int value) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be positive, got " + value);
      }
      return value;
    }

    /**
     * Builds the codec.
     *
     * @return a thread-safe codec with these limits
     */
    public Manifests build() {
      return new Manifests(this);
    }
  }
}

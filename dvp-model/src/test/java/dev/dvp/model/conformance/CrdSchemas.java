package dev.dvp.model.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The JSON Schemas of every served version of every CRD in a directory, keyed by {@code apiVersion} and
 * {@code kind}, so an object the SDK writes can be checked against the schema the API server would use.
 * Loaded once per directory; thread-safe after loading.
 */
final class CrdSchemas {
  private static final Map<Path, CrdSchemas> LOADED = new ConcurrentHashMap<>();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).pathType(PathType.JSON_PATH).build();

  // Compiled on first use: compiling every CRD up front costs seconds that most tests do not need.
  private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
  private final Map<String, JsonNode> sources;

  private CrdSchemas(Map<String, JsonNode> sources) {
    this.sources = Map.copyOf(sources);
  }

  /** The schemas of the reference CRDs; skips the calling test when they are absent. */
  static CrdSchemas reference() {
    return LOADED.computeIfAbsent(ReferenceMaterial.crdDir().toAbsolutePath().normalize(), CrdSchemas::load);
  }

  private static CrdSchemas load(Path dir) {
    YAMLMapper yaml = new YAMLMapper();
    Map<String, JsonNode> sources = new HashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        JsonNode crd = yaml.readTree(file.toFile());
        String group = crd.path("spec").path("group").asText();
        String kind = crd.path("spec").path("names").path("kind").asText();
        for (JsonNode version : crd.path("spec").path("versions")) {
          if (!version.path("served").asBoolean(false)) {
            continue;
          }
          String key = key(group + "/" + version.path("name").asText(), kind);
          JsonNode converted = OpenApiSchemaConversion.toJsonSchema(version.path("schema").path("openAPIV3Schema"));
          sources.put(key, converted);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the CRDs in " + dir, e);
    }
    return new CrdSchemas(sources);
  }

  private static String key(String apiVersion, String kind) {
    return apiVersion + " " + kind;
  }

  /** Whether a CRD serves this {@code apiVersion} and {@code kind}. */
  boolean serves(String apiVersion, String kind) {
    return sources.containsKey(key(apiVersion, kind));
  }

  /** Every served {@code "apiVersion kind"}, sorted. */
  Set<String> served() {
    return new TreeSet<>(sources.keySet());
  }

  /**
   * Validates an object against the schema its {@code apiVersion} and {@code kind} name, as the API server does on
   * create: the schema's defaults are applied first ({@code userDataRef.kind: Secret} is required but defaulted),
   * then the schema is checked. The argument is not changed.
   *
   * @throws IllegalArgumentException when no CRD serves the object's version and kind
   */
  List<SchemaError> validate(JsonNode object) {
    String apiVersion = object.path("apiVersion").asText();
    String kind = object.path("kind").asText();
    String key = key(apiVersion, kind);
    if (!sources.containsKey(key)) {
      throw new IllegalArgumentException("no CRD serves " + apiVersion + " " + kind + "; served: " + served());
    }
    JsonSchema schema = schemas.computeIfAbsent(key, k -> FACTORY.getSchema(sources.get(k), CONFIG));
    JsonNode defaulted = object.deepCopy();
    SchemaDefaults.apply(sources.get(key), defaulted);
    List<SchemaError> errors = new ArrayList<>();
    for (ValidationMessage m : schema.validate(defaulted)) {
      errors.add(SchemaError.of(m));
    }
    errors.sort(Comparator.comparing(SchemaError::path).thenComparing(SchemaError::message));
    return errors;
  }

  /**
   * One schema error, its location written as the API server writes field paths ({@code spec.cpu.cores},
   * {@code spec.blockDeviceRefs[0].kind}); a missing required property is located at the property itself.
   */
  record SchemaError(String path, String keyword, String message) {
    static SchemaError of(ValidationMessage m) {
      String path = m.getInstanceLocation().toString();
      path = path.equals("$") ? "" : path.startsWith("$.") ? path.substring(2) : path.substring(1);
      if ("required".equals(m.getType()) && m.getProperty() != null) {
        path = path.isEmpty() ? m.getProperty() : path + "." + m.getProperty();
      }
      return new SchemaError(path, m.getType(), m.getMessage());
    }

    @Override
    public String toString() {
      return path + " [" + keyword + "] " + message;
    }
  }
}

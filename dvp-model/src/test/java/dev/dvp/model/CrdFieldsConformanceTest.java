package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.dvp.testing.SharedReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Strict field validation must never reject a field the real schema allows: for every served version of every
 * reference CRD, the model type {@link ResourceKinds} binds walks side by side with the {@code openAPIV3Schema}, and
 * at each object level the model's JSON field names equal the schema's {@code properties}; levels the schema leaves
 * open ({@code x-kubernetes-preserve-unknown-fields}, {@code additionalProperties}) are free-form values or maps in
 * the model. The root {@code metadata} is ObjectMeta, checked against Kubernetes in {@link CoreFieldsConformanceTest}.
 */
class CrdFieldsConformanceTest {
  private static final TypeFactory TYPES = TypeFactory.defaultInstance();

  @TestFactory
  Stream<DynamicTest> everyServedVersionMatchesTheModel() throws IOException {
    Path crds = SharedReference.file("crds");
    List<Path> files;
    try (Stream<Path> list = Files.list(crds)) {
      files = list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    YAMLMapper yaml = new YAMLMapper();
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files) {
      JsonNode crd = yaml.readTree(file.toFile());
      String group = crd.path("spec").path("group").asText();
      String kind = crd.path("spec").path("names").path("kind").asText();
      for (JsonNode version : crd.path("spec").path("versions")) {
        if (!version.path("served").asBoolean(false)) {
          continue;
        }
        String apiVersion = group + "/" + version.path("name").asText();
        JsonNode schema = version.path("schema").path("openAPIV3Schema");
        tests.add(DynamicTest.dynamicTest(apiVersion + " " + kind, () -> {
          Optional<Class<? extends Resource>> type = ResourceKinds.lookup(apiVersion, kind);
          assertThat(type).as("model type of %s %s", apiVersion, kind).isPresent();
          List<String> problems = new ArrayList<>();
          compare(schema, TYPES.constructType(type.get()), "", problems);
          assertThat(problems).as("differences between the CRD and %s", type.get().getSimpleName()).isEmpty();
        }));
      }
    }
    return tests.stream();
  }

  /**
   * ModuleConfig's CRD is Deckhouse's, not DVP's, and not in the reference material: its levels, copied from
   * {@code deckhouse/deckhouse deckhouse-controller/crds/module-config.yaml} (commit
   * {@code 12b3a5b790f8ef5241b4042e5ea5527d8cc419ba}); {@code spec.settings} preserves unknown fields.
   */
  @Test
  void moduleConfigMatchesDeckhousesCrd() throws IOException {
    JsonNode schema = new YAMLMapper().readTree("""
        type: object
        properties:
          apiVersion: {type: string}
          kind: {type: string}
          metadata: {type: object}
          spec:
            type: object
            properties:
              enabled: {type: boolean}
              maintenance: {type: string, enum: [NoResourceReconciliation]}
              version: {type: number}
              settings: {type: object, x-kubernetes-preserve-unknown-fields: true}
              updatePolicy: {type: string}
              source: {type: string}
          status:
            type: object
            properties:
              version: {type: string}
              message: {type: string}
        """);
    assertThat(ResourceKinds.lookup("deckhouse.io/v1alpha1", "ModuleConfig")).contains(ModuleConfig.class);
    List<String> problems = new ArrayList<>();
    compare(schema, TYPES.constructType(ModuleConfig.class), "", problems);
    assertThat(problems).isEmpty();
  }

  /** Compares one schema level with one model type, adding a line per difference. */
  static void compare(JsonNode schema, JavaType type, String path, List<String> problems) {
    JavaType t = type;
    while (t.isReferenceType()) {
      t = t.getContentType();
    }
    String at = path.isEmpty() ? "<root>" : path;
    if (schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
      if (!isFreeForm(t)) {
        problems.add(at + ": the schema preserves unknown fields but the model types it " + t.toCanonical());
      }
      return;
    }
    String schemaType = schema.path("type").asText("");
    if (schemaType.equals("array")) {
      if (!t.isCollectionLikeType()) {
        problems.add(at + ": the schema has an array, the model " + t.toCanonical());
        return;
      }
      compare(schema.path("items"), t.getContentType(), path + "[]", problems);
      return;
    }
    if (schemaType.equals("object") || schema.has("properties")) {
      if (schema.has("properties")) {
        Optional<ModelFields> fields = ModelFields.of(t.getRawClass());
        if (fields.isEmpty()) {
          problems.add(at + ": the schema has an object with properties, the model " + t.toCanonical());
          return;
        }
        Set<String> expected = new LinkedHashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(expected::add);
        Set<String> actual = fields.get().byName().keySet();
        for (String name : expected) {
          if (!actual.contains(name)) {
            problems.add(at + ": the model lacks " + name);
          }
        }
        for (String name : actual) {
          if (!expected.contains(name)) {
            problems.add(at + ": the model has " + name + ", which the schema does not define");
          }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> property = it.next();
          ModelFields.Field field = fields.get().byName().get(property.getKey());
          if (field == null) {
            continue;
          }
          String child = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
          if (child.equals("metadata")) {
            // The root metadata is ObjectMeta; the API server checks it for every kind (CoreFieldsConformanceTest).
            continue;
          }
          compare(property.getValue(), field.type(), child, problems);
        }
        return;
      }
      JsonNode additional = schema.path("additionalProperties");
      if (additional.isObject()) {
        if (!t.isMapLikeType()) {
          problems.add(at + ": the schema has a map (additionalProperties), the model " + t.toCanonical());
          return;
        }
        compare(additional, t.getContentType(), path + "[]", problems);
        return;
      }
      if (!isFreeForm(t) && !t.isMapLikeType()) {
        problems.add(at + ": the schema has an object without properties, the model " + t.toCanonical());
      }
      return;
    }
    // A scalar (string, integer, number, boolean, int-or-string): the model must not expect fields or items.
    if (ModelFields.of(t.getRawClass()).isPresent() || t.isCollectionLikeType() || t.isMapLikeType()) {
      problems.add(at + ": the schema has a " + (schemaType.isEmpty() ? "scalar" : schemaType) + ", the model "
          + t.toCanonical());
    }
  }

  /** A value the model keeps as read: {@code Object}, {@code Map<String, Object>} or a {@code JsonNode}. */
  static boolean isFreeForm(JavaType t) {
    Class<?> raw = t.getRawClass();
    if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
      return true;
    }
    return t.isMapLikeType() && t.getContentType().getRawClass() == Object.class;
  }
}

package dev.dvp.model.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Turns a CRD version's {@code openAPIV3Schema} into a JSON Schema (draft 4) that a general validator accepts.
 *
 * <p>The Kubernetes dialect differs from draft 4 in a few keywords, handled here:
 * <ul>
 *   <li>{@code nullable: true} becomes {@code type: [T, "null"]} (and {@code null} joins an {@code enum});</li>
 *   <li>{@code x-kubernetes-int-or-string: true} becomes {@code anyOf: [{type: integer}, {type: string}]} unless
 *       the CRD already spells that {@code anyOf} out (controller-gen does);</li>
 *   <li>the other {@code x-kubernetes-*} keywords (list and map types, preserve-unknown-fields, CEL
 *       {@code x-kubernetes-validations}) and the OpenAPI-only annotations ({@code example}, {@code x-doc-*}) are
 *       dropped: they prune, merge or run CEL, which JSON Schema cannot express; the SDK's Java rules cover CEL.</li>
 * </ul>
 * Unknown fields stay allowed, as in the API server, which prunes them instead of rejecting them. The formats
 * {@code int32}, {@code int64} and {@code byte} are unknown to the validator and so not asserted.
 */
final class OpenApiSchemaConversion {
  private static final Set<String> SUBSCHEMA_MAPS = Set.of("properties", "patternProperties", "definitions");
  private static final Set<String> SUBSCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf");
  private static final Set<String> SUBSCHEMA_ONE = Set.of("not", "additionalProperties", "items");
  private static final Set<String> OPENAPI_ONLY = Set.of("nullable", "example", "externalDocs", "discriminator",
      "readOnly", "writeOnly", "xml", "deprecated");

  private OpenApiSchemaConversion() {}

  /**
   * Converts a schema; the argument is not changed.
   *
   * @param openApi a CRD version's {@code schema.openAPIV3Schema}
   * @return a draft-4 JSON Schema with {@code $schema} set
   */
  static ObjectNode toJsonSchema(JsonNode openApi) {
    ObjectNode root = convert(openApi);
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("$schema", "http://json-schema.org/draft-04/schema#");
    out.setAll(root);
    return out;
  }

  private static ObjectNode convert(JsonNode schema) {
    if (!schema.isObject()) {
      throw new IllegalArgumentException("expected a schema object, got " + schema);
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String key = field.getKey();
      JsonNode value = field.getValue();
      if (key.startsWith("x-") || OPENAPI_ONLY.contains(key)) {
        continue;
      }
      if (SUBSCHEMA_MAPS.contains(key)) {
        ObjectNode converted = out.putObject(key);
        value.fields().forEachRemaining(e -> converted.set(e.getKey(), convert(e.getValue())));
      } else if (SUBSCHEMA_LISTS.contains(key)) {
        ArrayNode converted = out.putArray(key);
        value.forEach(s -> converted.add(convert(s)));
      } else if (SUBSCHEMA_ONE.contains(key) && value.isObject()) {
        out.set(key, convert(value));
      } else if (key.equals("pattern") && value.isTextual()) {
        out.put(key, javaRegex(value.asText()));
      } else if (key.equals("items") && value.isArray()) {
        ArrayNode converted = out.putArray(key);
        value.forEach(s -> converted.add(convert(s)));
      } else {
        out.set(key, value.deepCopy());
      }
    }
    if (schema.path("x-kubernetes-int-or-string").asBoolean(false) && !out.has("anyOf")) {
      out.remove("type");
      ArrayNode anyOf = out.putArray("anyOf");
      anyOf.addObject().put("type", "integer");
      anyOf.addObject().put("type", "string");
    }
    if (schema.path("nullable").asBoolean(false)) {
      allowNull(out);
    }
    return out;
  }

  /**
   * The API server compiles patterns with Go's RE2, whose named groups are {@code (?P<name>...)}; Java spells them
   * {@code (?<name>...)}. The rest of the RE2 syntax the CRDs use means the same in Java.
   */
  static String javaRegex(String re2) {
    return re2.replace("(?P<", "(?<");
  }

  private static void allowNull(ObjectNode schema) {
    JsonNode type = schema.get("type");
    if (type != null && type.isTextual()) {
      ArrayNode types = schema.putArray("type");
      types.add(type.asText());
      types.add("null");
    }
    JsonNode values = schema.get("enum");
    if (values != null && values.isArray()) {
      ((ArrayNode) values).addNull();
    }
    if (schema.has("anyOf")) {
      ((ArrayNode) schema.get("anyOf")).addObject().put("type", "null");
    }
  }
}

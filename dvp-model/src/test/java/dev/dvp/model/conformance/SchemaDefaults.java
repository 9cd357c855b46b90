package dev.dvp.model.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Structural defaulting as the API server does it before validation: a property that is absent from an object
 * and has a {@code default} in the schema gets a copy of it, at every depth reached through {@code properties},
 * {@code items} and {@code additionalProperties}.
 */
final class SchemaDefaults {
  private SchemaDefaults() {}

  /** Fills defaults into {@code value} in place. */
  static void apply(JsonNode schema, JsonNode value) {
    if (schema == null || value == null) {
      return;
    }
    if (value.isObject()) {
      ObjectNode object = (ObjectNode) value;
      JsonNode properties = schema.get("properties");
      if (properties != null) {
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> property = it.next();
          JsonNode sub = property.getValue();
          if (!object.has(property.getKey()) && sub.has("default")) {
            object.set(property.getKey(), sub.get("default").deepCopy());
          }
          apply(sub, object.get(property.getKey()));
        }
      }
      JsonNode additional = schema.get("additionalProperties");
      if (additional != null && additional.isObject()) {
        object.fields().forEachRemaining(e -> {
          if (properties == null || !properties.has(e.getKey())) {
            apply(additional, e.getValue());
          }
        });
      }
    } else if (value.isArray() && schema.has("items") && schema.get("items").isObject()) {
      value.forEach(element -> apply(schema.get("items"), element));
    }
  }
}

package dev.dvp.admission;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvp.model.Manifests;
import dev.dvp.model.Resource;
import java.util.Optional;

/**
 * Reads fields of any object through its JSON form, so rules can look at kinds the model types differently (or not
 * at all: GenericResource) without depending on their Java types.
 */
final class ObjectFields {
  private ObjectFields() {}

  static JsonNode tree(Resource resource) {
    return Manifests.standard().toJsonTree(resource);
  }

  static Optional<String> text(Resource resource, String... path) {
    JsonNode node = tree(resource);
    for (String p : path) {
      node = node.path(p);
    }
    return node.isValueNode() && !node.isNull() ? Optional.of(node.asText()) : Optional.empty();
  }

  static Optional<Boolean> bool(Resource resource, String... path) {
    JsonNode node = tree(resource);
    for (String p : path) {
      node = node.path(p);
    }
    return node.isBoolean() ? Optional.of(node.asBoolean()) : Optional.empty();
  }

  static boolean sameObject(Resource a, Resource b, AdmissionContext context) {
    return a.kind().equals(b.kind()) && a.name().equals(b.name())
        && context.namespaceOf(a).equals(context.namespaceOf(b));
  }
}

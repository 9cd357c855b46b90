package dev.dvp.change;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvp.model.BlockDeviceRef;
import dev.dvp.model.Disruptions;
import dev.dvp.model.Manifests;
import dev.dvp.model.Provisioning;
import dev.dvp.model.ProvisioningRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders typed spec values as DVP's change entries show them: the Go structure re-serialised (zero optional fields
 * dropped, required ones always written), stored by the API server as free-form JSON and so returned with keys
 * sorted at every level. The result is plain JSON-like Java: key-sorted unmodifiable maps, unmodifiable lists,
 * strings, numbers and booleans.
 */
final class ValueRendering {
  private ValueRendering() {}

  static Map<String, Object> blockDevice(BlockDeviceRef ref) {
    Map<String, Object> out = new TreeMap<>();
    ref.bootOrder().ifPresent(order -> out.put("bootOrder", order));
    out.put("kind", ref.kind().value());
    out.put("name", ref.name());
    return Collections.unmodifiableMap(out);
  }

  static List<Object> blockDevices(List<BlockDeviceRef> refs) {
    List<Object> out = new ArrayList<>(refs.size());
    for (BlockDeviceRef ref : refs) {
      out.add(blockDevice(ref));
    }
    return Collections.unmodifiableList(out);
  }

  static Map<String, Object> cpu(int cores, String coreFraction) {
    Map<String, Object> out = new TreeMap<>();
    if (!coreFraction.isEmpty()) {
      out.put("coreFraction", coreFraction);
    }
    out.put("cores", cores);
    return Collections.unmodifiableMap(out);
  }

  static Map<String, Object> disruptions(Disruptions disruptions) {
    Map<String, Object> out = new TreeMap<>();
    disruptions.restartApprovalMode().ifPresent(mode -> out.put("restartApprovalMode", mode.value()));
    return Collections.unmodifiableMap(out);
  }

  /** The provisioning object, with each ref's kind as compared ({@code defaultKind} fills an absent one). */
  static Map<String, Object> provisioning(Provisioning provisioning, String defaultKind) {
    Map<String, Object> out = new TreeMap<>();
    provisioning.sysprepRef().ifPresent(ref -> out.put("sysprepRef", ref(ref, defaultKind)));
    out.put("type", provisioning.type().value());
    provisioning.userData().filter(text -> !text.isEmpty()).ifPresent(text -> out.put("userData", text));
    provisioning.userDataRef().ifPresent(ref -> out.put("userDataRef", ref(ref, defaultKind)));
    return Collections.unmodifiableMap(out);
  }

  static Map<String, Object> ref(ProvisioningRef ref, String defaultKind) {
    Map<String, Object> out = new TreeMap<>();
    String kind = ref.kind().map(k -> k.value()).orElse(defaultKind);
    if (!kind.isEmpty()) {
      out.put("kind", kind);
    }
    out.put("name", ref.name());
    return Collections.unmodifiableMap(out);
  }

  static Map<String, Object> stringMap(Map<String, String> map) {
    return Collections.unmodifiableMap(new TreeMap<>(map));
  }

  /** Any other model value (or list of them) through the model's JSON codec. */
  static Object generic(Object value) {
    return plain(Manifests.standard().toJsonTree(value));
  }

  static Object plain(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> out = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!field.getValue().isNull()) {
          out.put(field.getKey(), plain(field.getValue()));
        }
      }
      return Collections.unmodifiableMap(out);
    }
    if (node.isArray()) {
      List<Object> out = new ArrayList<>(node.size());
      node.forEach(item -> out.add(plain(item)));
      return Collections.unmodifiableList(out);
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToInt() ? (Object) node.intValue() : (Object) node.longValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    return node.asText();
  }
}

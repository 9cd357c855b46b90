package dev.dvp.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.github.fge.jsonpatch.JsonPatch;
import com.github.fge.jsonpatch.JsonPatchException;
import com.github.fge.jsonpatch.mergepatch.JsonMergePatch;
import dev.dvp.model.ManifestException;
import dev.dvp.model.Manifests;
import dev.dvp.model.StructuralValidator;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A change to a VirtualMachine as {@code kubectl} sends it: a JSON merge patch ({@code kubectl patch --type merge},
 * RFC 7386), a JSON patch ({@code --type json}, RFC 6902), or a whole replacement ({@code kubectl apply} /
 * {@code kubectl edit}). Applying it does what the API server does with the VM: the patch is applied to the stored
 * object, {@code status} is kept (it is a subresource), {@code apiVersion}, {@code kind}, {@code metadata.name} and
 * {@code metadata.namespace} may not change, {@code metadata.generation} grows by one when the spec changed, and a
 * result that is not a valid VirtualMachine is rejected with the structural violations, leaving the VM unchanged.
 *
 * <pre>{@code
 * PatchResult result = Patch.merge("{\"spec\":{\"cpu\":{\"cores\":2}}}").applyTo(vm);
 * if (result.accepted()) { VirtualMachine patched = result.virtualMachine(); }
 * }</pre>
 *
 * <p>Patches are parsed with java-json-tools {@code json-patch}; like {@code kubectl -p}, the text may be JSON or
 * YAML. Immutable and thread-safe.
 */
public final class Patch {
  private static final YAMLMapper PARSER = new YAMLMapper();

  private final PatchType type;
  private final JsonNode document;
  private final JsonMergePatch mergePatch;
  private final JsonPatch jsonPatch;
  private final VirtualMachine replacement;

  private Patch(PatchType type, JsonNode document, JsonMergePatch mergePatch, JsonPatch jsonPatch,
      VirtualMachine replacement) {
    this.type = type;
    this.document = document;
    this.mergePatch = mergePatch;
    this.jsonPatch = jsonPatch;
    this.replacement = replacement;
  }

  /**
   * Reads a JSON merge patch ({@code kubectl patch --type merge -p '...'}).
   *
   * @param text a JSON (or YAML) object, e.g. {@code {"spec":{"cpu":{"cores":2}}}}
   * @return the patch
   * @throws ManifestException if the text is not a JSON object
   */
  public static Patch merge(String text) throws ManifestException {
    JsonNode node = parse(text, "merge");
    if (!node.isObject()) {
      throw new ManifestException("<patch>", 0, 0, "", "a merge patch of a VirtualMachine must be a JSON object; got "
          + describe(node) + " (Maybe wrap it: {\"spec\":{...}})");
    }
    try {
      return new Patch(PatchType.MERGE, node, JsonMergePatch.fromJson(node), null, null);
    } catch (JsonPatchException e) {
      throw new ManifestException("<patch>", 0, 0, "", "not a merge patch: " + e.getMessage());
    }
  }

  /**
   * Reads a JSON patch ({@code kubectl patch --type json -p '...'}).
   *
   * @param text a JSON (or YAML) array of operations, e.g.
   *     {@code [{"op":"replace","path":"/spec/cpu/cores","value":2}]}
   * @return the patch
   * @throws ManifestException if the text is not a list of RFC 6902 operations
   */
  public static Patch json(String text) throws ManifestException {
    JsonNode node = parse(text, "json");
    if (!node.isArray()) {
      throw new ManifestException("<patch>", 0, 0, "", "a JSON patch must be a list of operations; got "
          + describe(node) + " (Maybe [{\"op\":\"replace\",\"path\":\"/spec/cpu/cores\",\"value\":2}], or use a "
          + "merge patch)");
    }
    try {
      return new Patch(PatchType.JSON, node, null, JsonPatch.fromJson(node), null);
    } catch (IOException e) {
      throw new ManifestException("<patch>", 0, 0, "", "not a JSON patch: " + e.getMessage()
          + " (Maybe each operation needs \"op\", \"path\" and, for add/replace/test, \"value\")");
    }
  }

  /**
   * Reads a patch of the given type; {@link PatchType#REPLACE} reads a whole VirtualMachine manifest.
   *
   * @param text the patch text
   * @param type how to read it
   * @return the patch
   * @throws ManifestException if the text does not fit the type
   */
  public static Patch of(String text, PatchType type) throws ManifestException {
    Objects.requireNonNull(type, "type");
    return switch (type) {
      case MERGE -> merge(text);
      case JSON -> json(text);
      case REPLACE -> replacement(Manifests.standard().readOne(text, VirtualMachine.class));
    };
  }

  /**
   * Returns a full replacement ({@code kubectl apply} or {@code kubectl edit} of the whole object).
   *
   * @param desired the VM as it should be stored
   * @return the patch
   * @throws IllegalArgumentException if {@code desired} is {@code null}
   */
  public static Patch replacement(VirtualMachine desired) {
    if (desired == null) {
      throw new IllegalArgumentException("a replacement needs the desired VirtualMachine; got null");
    }
    return new Patch(PatchType.REPLACE, null, null, null, desired);
  }

  /**
   * Returns how this patch changes a VM.
   *
   * @return merge, json or replace
   */
  public PatchType type() {
    return type;
  }

  /**
   * Applies the patch to a VM as the API server would.
   *
   * @param vm the stored VM
   * @return the patched VM, or the unchanged VM with the reasons for rejection
   * @throws IllegalArgumentException if {@code vm} is {@code null}
   */
  public PatchResult applyTo(VirtualMachine vm) {
    if (vm == null) {
      throw new IllegalArgumentException("cannot patch null; pass the stored VirtualMachine");
    }
    Manifests manifests = Manifests.standard();
    JsonNode original = manifests.toJsonTree(vm);
    JsonNode patched;
    try {
      patched = switch (type) {
        case MERGE -> mergePatch.apply(original);
        case JSON -> jsonPatch.apply(original);
        case REPLACE -> manifests.toJsonTree(replacement);
      };
    } catch (JsonPatchException e) {
      return rejected(vm, List.of(Violation.error("", "patch", "the patch does not apply: " + e.getMessage()
          + " (Maybe the path names a field the VM does not have; \"add\" creates one)")));
    }
    if (!patched.isObject()) {
      return rejected(vm, List.of(Violation.error("", "patch", "the patch turns the VirtualMachine into "
          + describe(patched) + ". Maybe patch a field, e.g. {\"spec\":{...}}")));
    }
    List<Violation> identity = identityChanges(original, patched);
    if (!identity.isEmpty()) {
      return rejected(vm, identity);
    }
    ObjectNode result = (ObjectNode) patched;
    // status is a subresource: writes to the main resource leave it as stored.
    if (original.has("status")) {
      result.set("status", original.get("status"));
    } else {
      result.remove("status");
    }
    VirtualMachine next;
    try {
      next = manifests.fromJsonTree(result, VirtualMachine.class);
    } catch (ManifestException e) {
      return rejected(vm, List.of(Violation.error(e.path(), "type", e.reason())));
    }
    if (!next.spec().equals(vm.spec()) && vm.metadata().generation().isPresent()) {
      long generation = vm.metadata().generation().get() + 1;
      ((ObjectNode) result.get("metadata")).set("generation", LongNode.valueOf(generation));
      next = next.withMetadata(next.metadata().withGeneration(generation));
    }
    List<Violation> violations = StructuralValidator.standard().validate(next);
    if (violations.stream().anyMatch(Violation::isError)) {
      return rejected(vm, violations);
    }
    return PatchResult.builder().accepted(true).virtualMachine(next).addAllViolations(violations).build();
  }

  private static PatchResult rejected(VirtualMachine vm, List<Violation> violations) {
    return PatchResult.builder().accepted(false).virtualMachine(vm).addAllViolations(violations).build();
  }

  private static List<Violation> identityChanges(JsonNode original, JsonNode patched) {
    List<Violation> out = new ArrayList<>(0);
    String[][] fields = {{"apiVersion"}, {"kind"}, {"metadata", "name"}, {"metadata", "namespace"}};
    for (String[] field : fields) {
      JsonNode before = at(original, field);
      JsonNode after = at(patched, field);
      if (!Objects.equals(before, after)) {
        String path = String.join(".", field);
        out.add(Violation.error(path, "immutable", "Invalid value: " + (after == null ? "absent" : after.toString())
            + ": field is immutable; it was " + (before == null ? "absent" : before.toString())
            + " (Maybe create a new VirtualMachine instead of renaming this one)"));
      }
    }
    return out;
  }

  private static JsonNode at(JsonNode node, String[] path) {
    JsonNode at = node;
    for (String name : path) {
      at = at == null ? null : at.get(name);
    }
    return at == null || at.isNull() ? null : at;
  }

  private static JsonNode parse(String text, String type) throws ManifestException {
    if (text == null || text.isBlank()) {
      throw new ManifestException("<patch>", 0, 0, "", "the " + type + " patch is empty. Maybe pass it with -p '...'");
    }
    try {
      JsonNode node = PARSER.readTree(text);
      if (node == null || node.isMissingNode()) {
        throw new ManifestException("<patch>", 0, 0, "", "the " + type + " patch is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      throw new ManifestException("<patch>", Math.max(line, 0), Math.max(column, 0), "",
          "the " + type + " patch is not JSON: " + e.getOriginalMessage());
    }
  }

  private static String describe(JsonNode node) {
    if (node.isArray()) {
      return "a list";
    } else if (node.isObject()) {
      return "an object";
    } else if (node.isTextual()) {
      return "the string \"" + node.textValue() + "\"";
    }
    return node.toString();
  }

  /** Returns the type and, for text patches, the patch document. */
  @Override
  public String toString() {
    return "Patch[" + type + (document == null ? "" : " " + document) + "]";
  }
}

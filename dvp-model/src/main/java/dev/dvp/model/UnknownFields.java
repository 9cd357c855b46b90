package dev.dvp.model;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reports the fields of a resource that its kind does not define, as the Kubernetes API server does with
 * {@code fieldValidation=Strict} ({@code kubectl apply --validate=strict}, kubectl's default).
 *
 * <p>{@link Manifests} reads leniently: a field the model does not know is kept in the value's
 * {@code additionalProperties()} and written back. Strictness is a verdict on top of that: this class walks the
 * resource's value tree (through {@code Optional}, lists and maps) and turns every kept unknown field into an
 * {@link Violation.Severity#ERROR error} with
 * <ul>
 *   <li>{@code path}: the field's JSON path, written as everywhere else in the model ({@code spec.cpu.corefraction},
 *       {@code spec.blockDeviceRefs[0].nmae}, a map entry as {@code [key]});</li>
 *   <li>{@code code}: {@value #CODE}. Kubernetes has no {@code field.ErrorType} for this (strict decoding errors are
 *       not field errors), so the code is the SDK's own, in the style of the others ({@code required},
 *       {@code referenceNotFound});</li>
 *   <li>{@code message}: the API server's wording, {@code unknown field "spec.cpu.corefraction"}, from
 *       {@code sigs.k8s.io/json internal/golang/encoding/json/kubernetes_patch.go strictError.Error} (built-in kinds:
 *       {@code string(ErrType) + " " + strconv.Quote(Path)}) and
 *       {@code k8s.io/apiextensions-apiserver/pkg/apiserver/customresource_handler.go} (custom resources:
 *       {@code fmt.Errorf(`unknown field "%s"`, unknownField)}). Inside the quotes the path is joined as upstream
 *       joins it ({@code kubernetes_patch.go appendStrictFieldStackKey}, {@code pruning/algorithm.go appendKey}),
 *       so a map entry reads {@code .key} there. When a field the model does define at that level is close (equal
 *       ignoring case, or within an edit distance of 1 for short names and 2 for longer ones), the SDK adds the
 *       hint {@code . Maybe "coreFraction"?}; the API server gives none.</li>
 * </ul>
 *
 * <p>Only the fields a value's any-getter keeps are unknown fields. Free-form parts of the model (values typed
 * {@code Map<String, Object>} or {@code JsonNode}, which model {@code x-kubernetes-preserve-unknown-fields}:
 * {@code status.guestOSInfo}, {@code status.restartAwaitingChanges}, ModuleConfig {@code spec.settings}) are not
 * looked into. A {@link GenericResource} (a kind the SDK does not model) has no findings except in its
 * {@code metadata}, which the API server checks for every kind.
 *
 * <p>The walk is linear in the size of the value: each model class is introspected once (Jackson's
 * serialization-side {@code BeanDescription}) and cached. Stateless and thread-safe.
 *
 * <pre>{@code
 * for (ManifestDocument doc : Manifests.standard().readDocuments(Path.of("vm.yaml"))) {
 *   for (Violation v : UnknownFields.of(doc)) {
 *     System.out.println(doc.locate(v.path()) + ": " + v);   // vm.yaml:9:5: spec.cpu.corefraction: unknown field ...
 *   }
 * }
 * }</pre>
 */
public final class UnknownFields {
  /** The {@link Violation#code()} of every finding. */
  public static final String CODE = "unknownField";

  private UnknownFields() {}

  /**
   * Reports the unknown fields of a resource, level by level in the order {@link Manifests} writes the resource:
   * the known fields in the kind's order, then that level's unknown fields sorted by name (a value does not keep
   * their order in the source; use {@link #of(ManifestDocument)} for document order).
   *
   * @param resource a resource as read by {@link Manifests} or built in code
   * @return one error per unknown field; empty when every field is defined
   * @throws NullPointerException if {@code resource} is {@code null}
   */
  public static List<Violation> of(Resource resource) {
    if (resource == null) {
      throw new NullPointerException("resource");
    }
    Optional<ModelFields> fields = ModelFields.of(resource.getClass());
    if (fields.isEmpty()) {
      return List.of();
    }
    Walk walk = new Walk(isBuiltIn(resource.apiVersion()));
    if (resource instanceof GenericResource) {
      // The SDK knows nothing of the kind's own fields, only the metadata every kind shares.
      walk.value(resource.metadata(), "metadata", "metadata");
    } else {
      walk.object(resource, fields.get(), "", "");
    }
    return walk.found.isEmpty() ? List.of() : List.copyOf(walk.found);
  }

  /**
   * Reports the unknown fields of a document read by {@link Manifests#readDocuments}, in document order (by the
   * position of each field in the source). A document that could not be bound (see
   * {@link ManifestDocument#problem()}, e.g. {@code spec.cpu.cores: Required value} because {@code cores} was spelt
   * {@code corse}) is checked as written against its kind, so that the misspelling is reported too.
   *
   * @param document a document
   * @return one error per unknown field; empty when every field is defined, or when an unbound document's text
   *     cannot be walked again
   * @throws NullPointerException if {@code document} is {@code null}
   */
  public static List<Violation> of(ManifestDocument document) {
    if (document == null) {
      throw new NullPointerException("document");
    }
    Optional<Resource> resource = document.resource();
    if (resource.isEmpty()) {
      return document.tree().map(UnknownFields::ofTree).orElse(List.of());
    }
    List<Violation> found = of(resource.get());
    if (found.size() < 2) {
      return found;
    }
    // Locating re-reads the source; findings are few, and the sort is stable for fields located alike.
    List<Located> located = new ArrayList<>(found.size());
    for (Violation v : found) {
      located.add(new Located(document.locate(v.path()), v));
    }
    located.sort(Comparator.comparingInt((Located l) -> l.at().line()).thenComparingInt(l -> l.at().column()));
    return located.stream().map(Located::violation).toList();
  }

  /** Checks an object as written, in document order, against the model type its apiVersion and kind name. */
  static List<Violation> ofTree(JsonNode object) {
    String apiVersion = object.path("apiVersion").asText("");
    String kind = object.path("kind").asText("");
    Walk walk = new Walk(isBuiltIn(apiVersion));
    Optional<Class<? extends Resource>> type = ResourceKinds.lookup(apiVersion, kind);
    if (type.isPresent()) {
      walk.tree(object, ModelFields.of(type.get()).orElseThrow(), "", "");
    } else if (object.path("metadata").isObject()) {
      walk.tree(object.get("metadata"), ModelFields.of(ObjectMeta.class).orElseThrow(), "metadata", "metadata");
    }
    return List.copyOf(walk.found);
  }

  private record Located(Location at, Violation violation) {}

  /** Built-in kinds are decoded by sigs.k8s.io/json (strconv.Quote); custom resources by the CRD handler (%s). */
  private static boolean isBuiltIn(String apiVersion) {
    String group = ServedKinds.groupOf(apiVersion);
    return group.isEmpty() || group.endsWith(".k8s.io");
  }

  /** One walk over one resource. */
  private static final class Walk {
    private final boolean goQuote;
    private final List<Violation> found = new ArrayList<>();

    Walk(boolean goQuote) {
      this.goQuote = goQuote;
    }

    void object(Object bean, ModelFields fields, String path, String wirePath) {
      for (ModelFields.Field field : fields.fields()) {
        if (field.mayHoldObjects()) {
          value(field.valueOf(bean), join(path, field.name()), join(wirePath, field.name()));
        }
      }
      Map<?, ?> unknown = fields.unknown(bean);
      if (unknown.isEmpty()) {
        return;
      }
      // The value does not keep the order of its unknown fields (Immutables binds them through a HashMap); sorted
      // by name they come as the CRD handler lists them (pruning/algorithm.go sorts the pruned paths).
      List<String> names = new ArrayList<>(unknown.size());
      for (Object key : unknown.keySet()) {
        names.add(String.valueOf(key));
      }
      names.sort(null);
      for (String name : names) {
        unknown(fields, name, path, wirePath);
      }
    }

    void tree(JsonNode node, ModelFields fields, String path, String wirePath) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        String name = entry.getKey();
        ModelFields.Field field = fields.byName().get(name);
        if (field == null) {
          unknown(fields, name, path, wirePath);
        } else if (field.mayHoldObjects()) {
          tree(entry.getValue(), field.type(), join(path, name), join(wirePath, name));
        }
      }
    }

    private void tree(JsonNode node, JavaType type, String path, String wirePath) {
      if (type.isReferenceType()) {
        tree(node, type.getContentType(), path, wirePath);
      } else if (type.isCollectionLikeType()) {
        for (int i = 0; i < node.size() && node.isArray(); i++) {
          tree(node.get(i), type.getContentType(), path + "[" + i + "]", wirePath + "[" + i + "]");
        }
      } else if (type.isMapLikeType()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> entry = it.next();
          tree(entry.getValue(), type.getContentType(), path + "[" + entry.getKey() + "]",
              join(wirePath, entry.getKey()));
        }
      } else if (node.isObject()) {
        Optional<ModelFields> fields = ModelFields.of(type.getRawClass());
        if (fields.isPresent()) {
          tree(node, fields.get(), path, wirePath);
        }
      }
    }

    private void unknown(ModelFields fields, String name, String path, String wirePath) {
      String message = "unknown field " + quote(join(wirePath, name));
      String near = NearestName.of(name, fields.byName().keySet());
      if (near != null) {
        message += ". Maybe \"" + near + "\"?";
      }
      found.add(Violation.error(join(path, name), CODE, message));
    }

    void value(Object value, String path, String wirePath) {
      if (value == null) {
        return;
      }
      if (value instanceof Optional) {
        value(((Optional<?>) value).orElse(null), path, wirePath);
      } else if (value instanceof List) {
        int i = 0;
        for (Object item : (List<?>) value) {
          String index = "[" + i++ + "]";
          value(item, path + index, wirePath + index);
        }
      } else if (value instanceof Map) {
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
          String key = String.valueOf(entry.getKey());
          value(entry.getValue(), path + "[" + key + "]", join(wirePath, key));
        }
      } else {
        Optional<ModelFields> fields = ModelFields.of(value.getClass());
        if (fields.isPresent()) {
          object(value, fields.get(), path, wirePath);
        }
      }
    }

    private String quote(String text) {
      return goQuote ? GoQuote.quote(text) : "\"" + text + "\"";
    }

    private static String join(String parent, String name) {
      return parent.isEmpty() ? name : parent + "." + name;
    }
  }


  /**
   * Returns the field names the schema defines for the object at a path of a kind: what an editor offers to
   * complete. The same schema as {@link #of(Resource)} judges by.
   *
   * <pre>{@code
   * UnknownFields.fieldsAt("virtualization.deckhouse.io/v1alpha2", "VirtualMachine", "spec.cpu");   // [cores, coreFraction]
   * }</pre>
   *
   * @param apiVersion the object's {@code apiVersion}
   * @param kind the object's {@code kind}
   * @param path a path as violations write it ({@code ""} for the top level, {@code spec.blockDeviceRefs[0]})
   * @return the names in the kind's order; empty when the path is not an object the SDK models (a scalar, a
   *     free-form map, a kind it does not model)
   */
  public static List<String> fieldsAt(String apiVersion, String kind, String path) {
    return typeAt(apiVersion, kind, path).flatMap(t -> ModelFields.of(t.getRawClass()))
        .map(f -> List.copyOf(f.byName().keySet())).orElse(List.of());
  }

  /**
   * Returns the values the schema allows for the field at a path of a kind, when it is an enumeration.
   *
   * @param apiVersion the object's {@code apiVersion}
   * @param kind the object's {@code kind}
   * @param path the field's path, e.g. {@code spec.runPolicy}
   * @return the allowed values as written in manifests; empty when the field is not an enumeration
   */
  public static List<String> valuesAt(String apiVersion, String kind, String path) {
    Optional<JavaType> type = typeAt(apiVersion, kind, path);
    if (type.isEmpty() || !OpenEnum.class.isAssignableFrom(type.get().getRawClass())) {
      return List.of();
    }
    try {
      List<?> known = (List<?>) type.get().getRawClass().getMethod("knownValues").invoke(null);
      List<String> out = new ArrayList<>(known.size());
      known.forEach(v -> out.add(((OpenEnum<?>) v).value()));
      return out;
    } catch (ReflectiveOperationException | ClassCastException e) {
      return List.of();
    }
  }

  /** The model type at a path, through optionals, lists and maps. */
  private static Optional<JavaType> typeAt(String apiVersion, String kind, String path) {
    Optional<Class<? extends Resource>> root = ResourceKinds.lookup(apiVersion, kind);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    JavaType type = com.fasterxml.jackson.databind.type.TypeFactory.defaultInstance().constructType(root.get());
    for (Object step : SourceText.steps(path)) {
      while (type.isReferenceType()) {
        type = type.getContentType();
      }
      if (step instanceof Integer) {
        if (!type.isCollectionLikeType()) {
          return Optional.empty();
        }
        type = type.getContentType();
      } else if (type.isMapLikeType()) {
        type = type.getContentType();
      } else {
        Optional<ModelFields> fields = ModelFields.of(type.getRawClass());
        ModelFields.Field field = fields.map(f -> f.byName().get((String) step)).orElse(null);
        if (field == null) {
          return Optional.empty();
        }
        type = field.type();
      }
    }
    while (type.isReferenceType()) {
      type = type.getContentType();
    }
    return Optional.of(type);
  }
}

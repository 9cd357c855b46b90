package dev.dvp.model;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the model knows about one object type, as the codec sees it: the JSON names of its fields in the order
 * {@link Manifests} writes them, how to read each, and where the fields it does not know are kept (the
 * {@code @JsonAnyGetter} map every model value carries).
 *
 * <p>A type is a <em>modelled object</em> exactly when Jackson's serialization introspection finds an any-getter
 * on it: every {@code @Value.Immutable} type of the model declares one. Scalars ({@link Quantity}, {@link OpenEnum}
 * members, {@link IntOrString}, strings, numbers) have none; neither do free-form values ({@code Map<String,
 * Object>}, {@link JsonNode}), which model {@code x-kubernetes-preserve-unknown-fields}.
 *
 * <p>Introspection runs once per class; the results are cached in a concurrent map, so lookups are thread-safe and
 * cheap after the first.
 */
final class ModelFields {
  private static final JsonMapper MAPPER = ModelMapper.json(Manifests.DEFAULT_MAX_DEPTH, Manifests.DEFAULT_MAX_SOURCE_SIZE);
  private static final Map<Class<?>, Optional<ModelFields>> BY_CLASS = new ConcurrentHashMap<>();
  // The types this thread is introspecting, so that a type reachable from itself does not recurse forever.
  private static final ThreadLocal<java.util.Set<Class<?>>> IN_PROGRESS =
      ThreadLocal.withInitial(java.util.HashSet::new);

  /** One field of a modelled object. */
  record Field(String name, JavaType type, AnnotatedMember accessor, boolean mayHoldObjects) {
    Object valueOf(Object bean) {
      return accessor.getValue(bean);
    }
  }

  private final Class<?> type;
  private final List<Field> fields;
  private final Map<String, Field> byName;
  private final AnnotatedMember anyGetter;

  private ModelFields(Class<?> type, List<Field> fields, AnnotatedMember anyGetter) {
    this.type = type;
    this.fields = List.copyOf(fields);
    Map<String, Field> names = new LinkedHashMap<>();
    for (Field f : fields) {
      names.put(f.name(), f);
    }
    this.byName = java.util.Collections.unmodifiableMap(names);
    this.anyGetter = anyGetter;
  }

  /**
   * Returns the fields of a model type.
   *
   * @param type a class of the model: an {@code ImmutableX} or the {@code X} interface it implements (resolved
   *     through {@code @JsonSerialize(as = ...)})
   * @return the type's fields, or empty when it is not a modelled object (a scalar or a free-form value)
   */
  static Optional<ModelFields> of(Class<?> declared) {
    Optional<ModelFields> known = BY_CLASS.get(declared);
    if (known != null) {
      return known;
    }
    Class<?> type = serializedClass(declared);
    known = BY_CLASS.get(type);
    if (known != null) {
      return known;
    }
    // Computed outside the map's lock: introspecting a type recurses into the types of its fields.
    Optional<ModelFields> computed;
    if (!IN_PROGRESS.get().add(type)) {
      throw new IllegalStateException("re-entered " + type);
    }
    try {
      computed = introspect(type);
    } finally {
      IN_PROGRESS.get().remove(type);
    }
    Optional<ModelFields> raced = BY_CLASS.putIfAbsent(type, computed);
    Optional<ModelFields> result = raced == null ? computed : raced;
    BY_CLASS.putIfAbsent(declared, result);
    return result;
  }

  /** The class the codec writes for a declared type: {@code ImmutableX} for {@code X}. */
  static Class<?> serializedClass(Class<?> declared) {
    JsonSerialize as = declared.getAnnotation(JsonSerialize.class);
    return as != null && as.as() != Void.class ? as.as() : declared;
  }

  private static Optional<ModelFields> introspect(Class<?> type) {
    if (type.isPrimitive() || type.isArray() || type.getName().startsWith("java.")
        || JsonNode.class.isAssignableFrom(type)) {
      return Optional.empty();
    }
    SerializationConfig config = MAPPER.getSerializationConfig();
    BeanDescription description = config.introspect(config.constructType(type));
    AnnotatedMember anyGetter = description.findAnyGetter();
    if (anyGetter == null) {
      return Optional.empty();
    }
    if (config.canOverrideAccessModifiers()) {
      anyGetter.fixAccess(true);
    }
    List<Field> fields = new ArrayList<>();
    for (BeanPropertyDefinition property : description.findProperties()) {
      AnnotatedMember accessor = property.getAccessor();
      // Immutables also names the any-getter as a property ("additionalProperties"); it is the unknown fields.
      if (accessor == null || accessor.getMember().equals(anyGetter.getMember())
          || accessor.hasAnnotation(com.fasterxml.jackson.annotation.JsonAnyGetter.class)) {
        continue;
      }
      if (config.canOverrideAccessModifiers()) {
        accessor.fixAccess(true);
      }
      JavaType propertyType = accessor.getType();
      fields.add(new Field(property.getName(), propertyType, accessor, mayHoldObjects(propertyType, type)));
    }
    return Optional.of(new ModelFields(type, fields, anyGetter));
  }

  /**
   * Whether a value of this declared type can contain a modelled object, so that the walk must go into it. Strings,
   * numbers, quantities, enumerations and free-form values ({@code Object}, {@code JsonNode}) cannot.
   */
  private static boolean mayHoldObjects(JavaType type, Class<?> owner) {
    if (type.isReferenceType() || type.isCollectionLikeType() || type.isMapLikeType()) {
      return mayHoldObjects(type.getContentType(), owner);
    }
    Class<?> raw = type.getRawClass();
    if (raw == Object.class || raw.isPrimitive() || raw.getName().startsWith("java.")
        || JsonNode.class.isAssignableFrom(raw)) {
      return false;
    }
    // A type reachable from itself (none is today) must not recurse forever: it holds objects, being one.
    Class<?> serialized = serializedClass(raw);
    return serialized == owner || IN_PROGRESS.get().contains(serialized) || of(serialized).isPresent();
  }

  /** @return the class whose instances these fields describe */
  Class<?> type() {
    return type;
  }

  /** @return the known fields, in the order the codec writes them */
  List<Field> fields() {
    return fields;
  }

  /** @return the known fields by JSON name, in the order the codec writes them */
  Map<String, Field> byName() {
    return byName;
  }

  /**
   * Returns the fields of a value that the model does not know.
   *
   * @param bean an instance of {@link #type()}
   * @return the any-getter's map, never {@code null}
   */
  Map<?, ?> unknown(Object bean) {
    Object value = anyGetter.getValue(bean);
    return value instanceof Map ? (Map<?, ?>) value : Map.of();
  }
}

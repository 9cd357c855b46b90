package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Kubernetes object metadata ({@code metadata}): name, namespace, labels, annotations, owner references and the
 * fields the API server sets.
 *
 * <p>Fields the SDK does not model ({@code managedFields}, ...) are kept in {@link #additionalProperties()}.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * ObjectMeta meta = ObjectMeta.builder().name("linux-vm").namespace("default").putLabel("vm", "linux").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableObjectMeta.class)
@JsonDeserialize(as = ImmutableObjectMeta.class)
@JsonPropertyOrder({"name", "generateName", "namespace", "selfLink", "uid", "resourceVersion", "generation",
    "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "labels", "annotations", "ownerReferences", "finalizers", "managedFields"})
public interface ObjectMeta extends WithObjectMeta {
  /** @return {@code metadata.name} */
  Optional<String> name();

  /** @return {@code metadata.generateName}: the prefix the API server completes with 5 random characters */
  Optional<String> generateName();

  /** @return {@code metadata.namespace} */
  Optional<String> namespace();

  /** @return {@code metadata.selfLink}: deprecated and no longer set by the API server, still accepted on write */
  Optional<String> selfLink();

  /** @return {@code metadata.uid} */
  Optional<String> uid();

  /** @return {@code metadata.resourceVersion} */
  Optional<String> resourceVersion();

  /** @return {@code metadata.generation}: incremented by the API server on every spec change */
  Optional<Long> generation();

  /** @return {@code metadata.creationTimestamp} as RFC 3339 text */
  Optional<String> creationTimestamp();

  /** @return {@code metadata.deletionTimestamp} as RFC 3339 text; present while the object is being deleted */
  Optional<String> deletionTimestamp();

  /** @return {@code metadata.deletionGracePeriodSeconds}: set by the API server together with the deletion timestamp */
  Optional<Long> deletionGracePeriodSeconds();

  /** @return {@code metadata.labels}, in document order */
  Map<String, String> labels();

  /** @return {@code metadata.annotations}, in document order */
  Map<String, String> annotations();

  /** @return {@code metadata.ownerReferences} */
  List<OwnerReference> ownerReferences();

  /** @return {@code metadata.finalizers} */
  List<String> finalizers();

  /**
   * @return {@code metadata.managedFields}: server-side apply's field ownership, kept as read (each entry's
   *     {@code fieldsV1} is a free-form field set)
   */
  List<Map<String, Object>> managedFields();

  /** @return metadata fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableObjectMeta.Builder builder() {
    return ImmutableObjectMeta.builder();
  }

  /**
   * Returns metadata with just a name and a namespace.
   *
   * @param name the object's name
   * @param namespace the object's namespace
   * @return the metadata
   */
  static ObjectMeta of(String name, String namespace) {
    return builder().name(name).namespace(namespace).build();
  }

  /**
   * Returns metadata with just a name, for cluster-scoped objects.
   *
   * @param name the object's name
   * @return the metadata
   */
  static ObjectMeta named(String name) {
    return builder().name(name).build();
  }

  /**
   * Returns empty metadata.
   *
   * @return metadata with no field set
   */
  static ObjectMeta empty() {
    return builder().build();
  }
}

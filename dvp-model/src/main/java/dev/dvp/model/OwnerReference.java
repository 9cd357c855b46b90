package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Kubernetes owner reference ({@code metadata.ownerReferences[]}): the object is deleted with its owner when
 * the garbage collector sees the owner gone. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOwnerReference.class)
@JsonDeserialize(as = ImmutableOwnerReference.class)
@JsonPropertyOrder({"apiVersion", "kind", "name", "uid", "controller", "blockOwnerDeletion"})
public interface OwnerReference extends WithOwnerReference {
  /** @return the owner's {@code apiVersion} */
  String apiVersion();

  /** @return the owner's {@code kind} */
  String kind();

  /** @return the owner's name */
  String name();

  /** @return the owner's uid */
  String uid();

  /** @return whether the owner is the managing controller */
  Optional<Boolean> controller();

  /** @return whether the owner cannot be deleted before this object (foreground deletion) */
  Optional<Boolean> blockOwnerDeletion();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableOwnerReference.Builder builder() {
    return ImmutableOwnerReference.builder();
  }
}

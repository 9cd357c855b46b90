package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Kubernetes object: {@code apiVersion}, {@code kind}, {@code metadata} and whatever else its kind defines.
 *
 * <p>Every resource of the model ({@link VirtualMachine}, {@link VirtualMachineClass}, ...) implements it, and so
 * does {@link GenericResource}, which carries kinds the SDK does not model. Implementations are immutable and
 * thread-safe.
 */
public interface Resource {
  /**
   * Returns the API group and version, e.g. {@code virtualization.deckhouse.io/v1alpha2}.
   *
   * @return the {@code apiVersion} field
   */
  String apiVersion();

  /**
   * Returns the kind, e.g. {@code VirtualMachine}.
   *
   * @return the {@code kind} field
   */
  String kind();

  /**
   * Returns the object's metadata (name, namespace, labels, ...).
   *
   * @return the {@code metadata} field; empty metadata when the manifest has none
   */
  @Value.Default
  @Valid
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  /**
   * Returns the top-level fields this version of the SDK does not model, kept so that a round trip loses nothing.
   *
   * @return the unknown fields by name, in document order
   */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns the object's name.
   *
   * @return {@code metadata.name}, or the empty string when the object has none (e.g. only {@code generateName})
   */
  @JsonIgnore
  default String name() {
    return metadata().name().orElse("");
  }

  /**
   * Returns the object's namespace.
   *
   * @return {@code metadata.namespace}, empty for cluster-scoped objects or when the manifest leaves it to the
   *     current context
   */
  @JsonIgnore
  default Optional<String> namespace() {
    return metadata().namespace();
  }
}

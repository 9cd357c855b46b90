package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A resource of a kind the SDK does not model (a ConfigMap, a Deployment, a kind from a newer DVP): its
 * {@code apiVersion}, {@code kind} and {@code metadata}, with every other field kept as read.
 * <p>{@link Manifests} returns these for unknown kinds instead of dropping them, and writes them back unchanged.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGenericResource.class)
@JsonDeserialize(as = ImmutableGenericResource.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata"})
public interface GenericResource extends Resource, WithGenericResource {
  @Override
  String apiVersion();

  @Override
  String kind();

  @Override
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableGenericResource.Builder builder() {
    return ImmutableGenericResource.builder();
  }

  /**
   * Returns a top-level field other than {@code apiVersion}, {@code kind} and {@code metadata}.
   *
   * @param name the field's name, e.g. {@code "spec"}
   * @return the field's value as read (maps, lists, strings, numbers, booleans), if present
   */
  default Optional<Object> field(String name) {
    return Optional.ofNullable(additionalProperties().get(name));
  }
}

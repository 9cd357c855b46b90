package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to an object in the same namespace, by API group, kind and name.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTypedLocalObjectReference.class)
@JsonDeserialize(as = ImmutableTypedLocalObjectReference.class)
@JsonPropertyOrder({"apiGroup", "kind", "name"})
public interface TypedLocalObjectReference extends WithTypedLocalObjectReference {
  /** @return the API group; the core group when absent */
  Optional<String> apiGroup();

  /** @return the kind */
  String kind();

  /** @return the name */
  String name();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableTypedLocalObjectReference.Builder builder() {
    return ImmutableTypedLocalObjectReference.builder();
  }
}

package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.KnownValue;
import dev.dvp.model.schema.MinLength;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The existing resource a {@link VirtualImage} is created from ({@code spec.dataSource.objectRef}), in the image's
 * namespace unless cluster-wide.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualImageObjectRef.class)
@JsonDeserialize(as = ImmutableVirtualImageObjectRef.class)
@JsonPropertyOrder({"kind", "name"})
public interface VirtualImageObjectRef extends WithVirtualImageObjectRef {
  /** @return the source's kind */
  @KnownValue
  ImageObjectRefKind kind();

  /** @return the source's name */
  @MinLength(1)
  String name();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualImageObjectRef.Builder builder() {
    return ImmutableVirtualImageObjectRef.builder();
  }

  /**
   * Returns a reference.
   *
   * @param kind the kind of the source
   * @param name its name
   * @return the reference
   */
  static VirtualImageObjectRef of(ImageObjectRefKind kind, String name) {
    return builder().kind(kind).name(name).build();
  }
}

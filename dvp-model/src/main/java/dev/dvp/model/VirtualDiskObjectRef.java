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
 * The existing resource a {@link VirtualDisk} is created from ({@code spec.dataSource.objectRef}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualDiskObjectRef.class)
@JsonDeserialize(as = ImmutableVirtualDiskObjectRef.class)
@JsonPropertyOrder({"kind", "name"})
public interface VirtualDiskObjectRef extends WithVirtualDiskObjectRef {
  /** @return {@code ClusterVirtualImage}, {@code VirtualImage} or {@code VirtualDiskSnapshot} */
  @KnownValue
  VirtualDiskObjectRefKind kind();

  /** @return the resource's name (in the disk's namespace unless cluster-wide) */
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
  static ImmutableVirtualDiskObjectRef.Builder builder() {
    return ImmutableVirtualDiskObjectRef.builder();
  }

  /**
   * Returns a reference.
   *
   * @param kind the kind of the source
   * @param name its name
   * @return the reference
   */
  static VirtualDiskObjectRef of(VirtualDiskObjectRefKind kind, String name) {
    return builder().kind(kind).name(name).build();
  }
}

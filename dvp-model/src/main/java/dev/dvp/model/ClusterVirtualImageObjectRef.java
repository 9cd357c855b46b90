package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.KnownValue;
import dev.dvp.model.schema.MinLength;
import dev.dvp.model.schema.Rules;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The existing resource a {@link ClusterVirtualImage} is created from ({@code spec.dataSource.objectRef}); namespaced
 * kinds need {@code namespace}.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClusterVirtualImageObjectRef.class)
@JsonDeserialize(as = ImmutableClusterVirtualImageObjectRef.class)
@JsonPropertyOrder({"kind", "name", "namespace"})
@Rules(ClusterVirtualImageObjectRefRules.class)
public interface ClusterVirtualImageObjectRef extends WithClusterVirtualImageObjectRef {
  /** @return the source's kind */
  @KnownValue
  ImageObjectRefKind kind();

  /** @return the source's name */
  @MinLength(1)
  String name();

  /** @return the source's namespace; required for VirtualImage, VirtualDisk and VirtualDiskSnapshot */
  Optional<String> namespace();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableClusterVirtualImageObjectRef.Builder builder() {
    return ImmutableClusterVirtualImageObjectRef.builder();
  }
}

package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.KnownValue;
import dev.dvp.model.schema.MinLength;
import dev.dvp.model.schema.Minimum;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A block device of a VM ({@code spec.blockDeviceRefs[]}): a disk or an image by kind and name.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBlockDeviceRef.class)
@JsonDeserialize(as = ImmutableBlockDeviceRef.class)
@JsonPropertyOrder({"kind", "name", "bootOrder"})
public interface BlockDeviceRef extends WithBlockDeviceRef {
  /** @return {@code VirtualDisk}, {@code VirtualImage} or {@code ClusterVirtualImage} */
  @KnownValue
  BlockDeviceKind kind();

  /** @return the name of the disk or image */
  @MinLength(1)
  String name();

  /** @return the boot priority; smaller boots first */
  Optional<@Minimum(1) Integer> bootOrder();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableBlockDeviceRef.Builder builder() {
    return ImmutableBlockDeviceRef.builder();
  }

  /**
   * Returns a reference without a boot order.
   *
   * @param kind the kind of device
   * @param name its name
   * @return the reference
   */
  static BlockDeviceRef of(BlockDeviceKind kind, String name) {
    return builder().kind(kind).name(name).build();
  }
}

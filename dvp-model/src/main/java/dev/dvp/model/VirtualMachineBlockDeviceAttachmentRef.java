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
 * The device a {@link VirtualMachineBlockDeviceAttachment} hot-plugs ({@code spec.blockDeviceRef}).
 * <p>The CRD does not mark {@code kind} and {@code name} as required although DVP's rules and messages assume both;
 * the SDK requires them, so a missing one is a structural {@code Required value} error (stricter than the CRD).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineBlockDeviceAttachmentRef.class)
@JsonDeserialize(as = ImmutableVirtualMachineBlockDeviceAttachmentRef.class)
@JsonPropertyOrder({"kind", "name"})
public interface VirtualMachineBlockDeviceAttachmentRef extends WithVirtualMachineBlockDeviceAttachmentRef {
  /** @return {@code VirtualDisk}, {@code VirtualImage} or {@code ClusterVirtualImage} */
  @KnownValue
  BlockDeviceKind kind();

  /** @return the name of the disk or image in the attachment's namespace */
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
  static ImmutableVirtualMachineBlockDeviceAttachmentRef.Builder builder() {
    return ImmutableVirtualMachineBlockDeviceAttachmentRef.builder();
  }

  /**
   * Returns a reference.
   *
   * @param kind the kind of device
   * @param name its name
   * @return the reference
   */
  static VirtualMachineBlockDeviceAttachmentRef of(BlockDeviceKind kind, String name) {
    return builder().kind(kind).name(name).build();
  }
}

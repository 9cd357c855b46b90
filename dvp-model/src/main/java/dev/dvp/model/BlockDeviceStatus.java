package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.KnownValue;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A block device as attached to the VM ({@code status.blockDeviceRefs[]}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBlockDeviceStatus.class)
@JsonDeserialize(as = ImmutableBlockDeviceStatus.class)
@JsonPropertyOrder({"kind", "name", "size", "attached", "hotplugged", "target", "virtualMachineBlockDeviceAttachmentName", "bootOrder"})
public interface BlockDeviceStatus extends WithBlockDeviceStatus {
  /** @return the kind of device */
  @KnownValue
  BlockDeviceKind kind();

  /** @return the disk's or image's name */
  String name();

  /** @return the device size as DVP reports it */
  String size();

  /** @return whether the device is attached */
  boolean attached();

  /** @return whether it was attached by hot-plug */
  Optional<Boolean> hotplugged();

  /** @return the device name inside the VM */
  Optional<String> target();

  /** @return the VMBDA that attached it */
  Optional<String> virtualMachineBlockDeviceAttachmentName();

  /** @return the boot priority */
  Optional<Integer> bootOrder();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableBlockDeviceStatus.Builder builder() {
    return ImmutableBlockDeviceStatus.builder();
  }
}

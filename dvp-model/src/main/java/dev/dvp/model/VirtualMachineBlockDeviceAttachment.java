package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A hot-plug attachment of a disk or image to a running VM ({@code VirtualMachineBlockDeviceAttachment},
 * {@code virtualization.deckhouse.io/v1alpha2}). Hot-plugged disks always use the SCSI bus; deleting the attachment
 * detaches the device.
 * <pre>{@code
 * VirtualMachineBlockDeviceAttachment vmbda = VirtualMachineBlockDeviceAttachment.builder()
 *     .metadata(ObjectMeta.of("attach-blank-disk", "default"))
 *     .spec(VirtualMachineBlockDeviceAttachmentSpec.builder()
 *         .virtualMachineName("linux-vm")
 *         .blockDeviceRef(VirtualMachineBlockDeviceAttachmentRef.of(BlockDeviceKind.VIRTUAL_DISK, "blank-disk"))
 *         .build())
 *     .build();
 * }</pre>
 * <p>The spec cannot change once created (admission refuses an UPDATE that changes it).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineBlockDeviceAttachment.class)
@JsonDeserialize(as = ImmutableVirtualMachineBlockDeviceAttachment.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
public interface VirtualMachineBlockDeviceAttachment extends Resource, WithVirtualMachineBlockDeviceAttachment {
  /** The {@code apiVersion} this type reads and writes by default. */
  String API_VERSION = "virtualization.deckhouse.io/v1alpha2";

  /** The {@code kind}. */
  String KIND = "VirtualMachineBlockDeviceAttachment";

  @Override
  @Value.Default
  default String apiVersion() {
    return API_VERSION;
  }

  @Override
  @Value.Default
  default String kind() {
    return KIND;
  }

  /** @return the device and the VM */
  @Valid VirtualMachineBlockDeviceAttachmentSpec spec();

  /** @return the attachment's state, set by DVP */
  Optional<@Valid VirtualMachineBlockDeviceAttachmentStatus> status();

  @Override
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineBlockDeviceAttachment.Builder builder() {
    return ImmutableVirtualMachineBlockDeviceAttachment.builder();
  }
}

package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.MinLength;
import jakarta.validation.Valid;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What a {@link VirtualMachineBlockDeviceAttachment} attaches to which VM ({@code spec}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineBlockDeviceAttachmentSpec.class)
@JsonDeserialize(as = ImmutableVirtualMachineBlockDeviceAttachmentSpec.class)
@JsonPropertyOrder({"blockDeviceRef", "virtualMachineName"})
public interface VirtualMachineBlockDeviceAttachmentSpec extends WithVirtualMachineBlockDeviceAttachmentSpec {
  /** @return the disk or image to attach */
  @Valid VirtualMachineBlockDeviceAttachmentRef blockDeviceRef();

  /** @return the VM in the attachment's namespace */
  @MinLength(1)
  String virtualMachineName();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineBlockDeviceAttachmentSpec.Builder builder() {
    return ImmutableVirtualMachineBlockDeviceAttachmentSpec.builder();
  }
}

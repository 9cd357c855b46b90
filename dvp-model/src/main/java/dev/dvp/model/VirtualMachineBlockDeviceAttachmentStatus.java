package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.KnownValue;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The state of a {@link VirtualMachineBlockDeviceAttachment} ({@code status}), set by DVP.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineBlockDeviceAttachmentStatus.class)
@JsonDeserialize(as = ImmutableVirtualMachineBlockDeviceAttachmentStatus.class)
@JsonPropertyOrder({"conditions", "observedGeneration", "phase", "virtualMachineName"})
public interface VirtualMachineBlockDeviceAttachmentStatus extends WithVirtualMachineBlockDeviceAttachmentStatus {
  /** @return the conditions ({@code Attached}, {@code BlockDeviceReady}, ...) */
  List<@Valid Condition> conditions();

  /** @return the generation the status was computed from */
  Optional<Long> observedGeneration();

  /** @return the phase */
  Optional<@KnownValue VirtualMachineBlockDeviceAttachmentPhase> phase();

  /** @return the VM the device is attached to, once attached */
  Optional<String> virtualMachineName();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineBlockDeviceAttachmentStatus.Builder builder() {
    return ImmutableVirtualMachineBlockDeviceAttachmentStatus.builder();
  }

  /**
   * Returns the condition of a type.
   *
   * @param type the condition type, e.g. {@code Attached}
   * @return the first condition of that type
   */
  default Optional<Condition> condition(String type) {
    return conditions().stream().filter(c -> c.type().equals(type)).findFirst();
  }
}

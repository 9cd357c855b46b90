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
 * The observed state of a {@link VirtualMachine} ({@code status}), as DVP reports it.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineStatus.class)
@JsonDeserialize(as = ImmutableVirtualMachineStatus.class)
@JsonPropertyOrder({"phase", "nodeName", "virtualMachineIPAddressName", "ipAddress", "guestOSInfo", "blockDeviceRefs", "migrationState", "stats", "conditions", "restartAwaitingChanges", "observedGeneration", "recommendedResources", "virtualMachinePods", "versions", "resources", "usbDevices", "networks"})
public interface VirtualMachineStatus extends WithVirtualMachineStatus {
  /** @return the phase */
  Optional<@KnownValue VirtualMachinePhase> phase();

  /** @return the node the VM runs on */
  Optional<String> nodeName();

  /** @return the VirtualMachineIPAddress holding the VM's address */
  Optional<String> virtualMachineIPAddressName();

  /** @return the VM's IP address */
  Optional<String> ipAddress();

  /** @return guest OS information from the QEMU guest agent, as reported */
  Map<String, Object> guestOSInfo();

  /** @return the attached block devices */
  List<@Valid BlockDeviceStatus> blockDeviceRefs();

  /** @return details of the last live migration */
  Optional<@Valid MigrationState> migrationState();

  /** @return phase history and launch timings */
  Optional<@Valid VirtualMachineStats> stats();

  /** @return the conditions */
  List<@Valid Condition> conditions();

  /** @return the changes that wait for a restart, as DVP renders them */
  List<Map<String, Object>> restartAwaitingChanges();

  /** @return the generation DVP last processed */
  Optional<Long> observedGeneration();

  /** @return what the autoscaler recommends (EE) */
  Optional<@Valid RecommendedResources> recommendedResources();

  /** @return the VM's pods */
  List<@Valid VirtualMachinePod> virtualMachinePods();

  /** @return the hypervisor versions */
  Optional<@Valid HypervisorVersions> versions();

  /** @return the resources the VM uses */
  Optional<@Valid VirtualMachineResources> resources();

  /** @return the attached USB devices */
  List<@Valid UsbDeviceStatus> usbDevices();

  /** @return the attached network interfaces */
  List<@Valid NetworkInterfaceStatus> networks();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineStatus.Builder builder() {
    return ImmutableVirtualMachineStatus.builder();
  }

  /**
   * Returns the condition of a type.
   *
   * @param type the condition type, e.g. {@code "Running"}
   * @return the condition, if the status has it
   */
  default Optional<Condition> condition(String type) {
    return conditions().stream().filter(c -> c.type().equals(type)).findFirst();
  }
}

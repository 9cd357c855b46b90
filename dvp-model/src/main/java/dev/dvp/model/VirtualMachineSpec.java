package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.KnownValue;
import dev.dvp.model.schema.MaxItems;
import dev.dvp.model.schema.MinLength;
import dev.dvp.model.schema.Required;
import dev.dvp.model.schema.Rules;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The desired state of a {@link VirtualMachine} ({@code spec}).
 * <p>Fields the CRD defaults ({@code runPolicy}, {@code osType}, ...) stay absent when a manifest omits them, so
 * a round trip writes back what was read; the {@code ...OrDefault()} methods give the value DVP uses.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineSpec.class)
@JsonDeserialize(as = ImmutableVirtualMachineSpec.class)
@JsonPropertyOrder({"virtualMachineClassName", "cpu", "memory", "blockDeviceRefs", "runPolicy", "provisioning", "virtualMachineIPAddressName", "topologySpreadConstraints", "affinity", "nodeSelector", "priorityClassName", "tolerations", "disruptions", "terminationGracePeriodSeconds", "enableParavirtualization", "osType", "bootloader", "liveMigrationPolicy", "networks", "usbDevices", "gpus"})
@Rules(VirtualMachineSpecRules.class)
public interface VirtualMachineSpec extends WithVirtualMachineSpec {
  /** @return the VirtualMachineClass name; DVP fills it from the default class when absent */
  @Required
  Optional<@MinLength(1) String> virtualMachineClassName();

  /** @return the CPU settings */
  @Valid Cpu cpu();

  /** @return the memory settings */
  @Valid Memory memory();

  /** @return the block devices, in boot order unless {@code bootOrder} says otherwise */
  @Required
  @MaxItems(16)
  List<@Valid BlockDeviceRef> blockDeviceRefs();

  /** @return the startup policy */
  Optional<@KnownValue RunPolicy> runPolicy();

  /** @return the initial provisioning (cloud-init or Sysprep) */
  Optional<@Valid Provisioning> provisioning();

  /** @return the VirtualMachineIPAddress to use for the main network */
  Optional<@MinLength(1) String> virtualMachineIPAddressName();

  /** @return how VMs spread over topology domains */
  List<@Valid TopologySpreadConstraint> topologySpreadConstraints();

  /** @return node and VM/pod affinity rules */
  Optional<@Valid VirtualMachineAffinity> affinity();

  /** @return node labels the VM requires */
  Map<String, String> nodeSelector();

  /** @return the pod priority class */
  Optional<@MinLength(1) String> priorityClassName();

  /** @return the node taints the VM tolerates */
  List<@Valid Toleration> tolerations();

  /** @return how changes that need a restart are applied */
  Optional<@Valid Disruptions> disruptions();

  /** @return seconds between SIGTERM and forced shutdown */
  Optional<Long> terminationGracePeriodSeconds();

  /** @return whether virtual devices use the virtio bus */
  Optional<Boolean> enableParavirtualization();

  /** @return the guest OS type */
  Optional<@KnownValue OsType> osType();

  /** @return the firmware */
  Optional<@KnownValue Bootloader> bootloader();

  /** @return the live-migration policy */
  Optional<@KnownValue LiveMigrationPolicy> liveMigrationPolicy();

  /** @return the network interfaces; only the main network when empty */
  List<@Valid NetworkInterface> networks();

  /** @return the USB devices to attach */
  @MaxItems(8)
  List<@Valid UsbDeviceRef> usbDevices();

  /** @return the GPUs to attach */
  @MaxItems(16)
  List<@Valid GpuRef> gpus();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineSpec.Builder builder() {
    return ImmutableVirtualMachineSpec.builder();
  }

  /** The CRD default of {@code spec.terminationGracePeriodSeconds}. */
  long DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS = 60;

  /** @return {@link #runPolicy()}, or the CRD default {@code AlwaysOnUnlessStoppedManually} */
  @JsonIgnore
  default RunPolicy runPolicyOrDefault() {
    return runPolicy().orElse(RunPolicy.ALWAYS_ON_UNLESS_STOPPED_MANUALLY);
  }

  /** @return the restart approval mode, or the CRD default {@code Manual} */
  @JsonIgnore
  default RestartApprovalMode restartApprovalModeOrDefault() {
    return disruptions().flatMap(Disruptions::restartApprovalMode).orElse(RestartApprovalMode.MANUAL);
  }

  /** @return {@link #terminationGracePeriodSeconds()}, or the CRD default 60 */
  @JsonIgnore
  default long terminationGracePeriodSecondsOrDefault() {
    return terminationGracePeriodSeconds().orElse(DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS);
  }

  /** @return {@link #enableParavirtualization()}, or the CRD default {@code true} */
  @JsonIgnore
  default boolean enableParavirtualizationOrDefault() {
    return enableParavirtualization().orElse(true);
  }

  /** @return {@link #osType()}, or the CRD default {@code Generic} */
  @JsonIgnore
  default OsType osTypeOrDefault() {
    return osType().orElse(OsType.GENERIC);
  }

  /** @return {@link #bootloader()}, or the CRD default {@code BIOS} */
  @JsonIgnore
  default Bootloader bootloaderOrDefault() {
    return bootloader().orElse(Bootloader.BIOS);
  }

  /** @return {@link #liveMigrationPolicy()}, or the CRD default {@code PreferSafe} */
  @JsonIgnore
  default LiveMigrationPolicy liveMigrationPolicyOrDefault() {
    return liveMigrationPolicy().orElse(LiveMigrationPolicy.PREFER_SAFE);
  }
}

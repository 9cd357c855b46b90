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
 * A claim on an IP address of the VM pool ({@code VirtualMachineIPAddress}, short name {@code vmip},
 * {@code virtualization.deckhouse.io/v1alpha2}, namespaced). DVP creates one per VM ({@code Auto}, named
 * {@code <vm>-<5 random characters>}) unless the VM names one in {@code spec.virtualMachineIPAddressName}; a user may
 * create a {@code Static} one to request an address.
 * <pre>{@code
 * VirtualMachineIPAddress vmip = VirtualMachineIPAddress.builder()
 *     .metadata(ObjectMeta.of("linux-vm-custom-ip", "default"))
 *     .spec(VirtualMachineIPAddressSpec.ofStatic("10.66.20.77"))
 *     .build();
 * }</pre>
 * <p>The address is held by a cluster-wide {@link VirtualMachineIPAddressLease} named after it ({@code ip-10-66-20-77}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineIPAddress.class)
@JsonDeserialize(as = ImmutableVirtualMachineIPAddress.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
public interface VirtualMachineIPAddress extends Resource, WithVirtualMachineIPAddress {
  /** The {@code apiVersion} this type reads and writes by default. */
  String API_VERSION = "virtualization.deckhouse.io/v1alpha2";

  /** The {@code kind}. */
  String KIND = "VirtualMachineIPAddress";

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

  /** @return the requested assignment mode and address */
  @Valid VirtualMachineIPAddressSpec spec();

  /** @return the claim's state, set by DVP */
  Optional<@Valid VirtualMachineIPAddressStatus> status();

  @Override
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineIPAddress.Builder builder() {
    return ImmutableVirtualMachineIPAddress.builder();
  }

  /** The label that links a vmip (and a vmmac) to the VM that created it; its value is the VM's UID. */
  String VIRTUAL_MACHINE_UID_LABEL = "virtualization.deckhouse.io/virtual-machine-uid";

  /** The finalizer DVP keeps on every vmip until it is detached. */
  String CLEANUP_FINALIZER = "virtualization.deckhouse.io/vmip-cleanup";
}

package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The lease of one IP address ({@code VirtualMachineIPAddressLease}, short names {@code vmipl}, {@code vmiplease},
 * {@code virtualization.deckhouse.io/v1alpha2}, cluster-scoped). Its name is the address: {@code ip-10-66-10-14}
 * holds {@code 10.66.10.14}; its spec names the {@link VirtualMachineIPAddress} it serves.
 * <pre>{@code
 * VirtualMachineIPAddressLease lease = VirtualMachineIPAddressLease.builder()
 *     .metadata(ObjectMeta.named("ip-10-66-10-14"))
 *     .spec(VirtualMachineIPAddressLeaseSpec.of(VirtualMachineIPAddressRef.of("default", "linux-vm-7prpx")))
 *     .build();
 * }</pre>
 * <p>When its claim is deleted the lease turns {@code Released} (reference name cleared, namespace kept) and is
 * deleted after the retention time, 10 minutes by default.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineIPAddressLease.class)
@JsonDeserialize(as = ImmutableVirtualMachineIPAddressLease.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
public interface VirtualMachineIPAddressLease extends Resource, WithVirtualMachineIPAddressLease {
  /** The {@code apiVersion} this type reads and writes by default. */
  String API_VERSION = "virtualization.deckhouse.io/v1alpha2";

  /** The {@code kind}. */
  String KIND = "VirtualMachineIPAddressLease";

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

  /** @return the claim the lease serves */
  Optional<@Valid VirtualMachineIPAddressLeaseSpec> spec();

  /** @return the lease's state, set by DVP */
  Optional<@Valid VirtualMachineIPAddressLeaseStatus> status();

  @Override
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineIPAddressLease.Builder builder() {
    return ImmutableVirtualMachineIPAddressLease.builder();
  }

  /** The label that links a lease to its claim; its value is the vmip's UID, or {@code ""} once released. */
  String VIRTUAL_MACHINE_IP_ADDRESS_UID_LABEL = "virtualization.deckhouse.io/virtual-machine-ip-address-uid";

  /** The finalizer DVP keeps on every lease until it is released. */
  String CLEANUP_FINALIZER = "virtualization.deckhouse.io/vmipl-cleanup";

  /**
   * Returns the claim the lease references.
   *
   * @return {@code spec.virtualMachineIPAddressRef}, empty for a lease made without one
   */
  @JsonIgnore
  default Optional<VirtualMachineIPAddressRef> ref() {
    return spec().flatMap(VirtualMachineIPAddressLeaseSpec::virtualMachineIPAddressRef);
  }
}

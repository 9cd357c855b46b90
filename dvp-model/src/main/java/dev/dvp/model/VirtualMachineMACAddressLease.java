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
 * The lease of one MAC address ({@code VirtualMachineMACAddressLease}, short names {@code vmmacl}, {@code vmmaclease},
 * {@code virtualization.deckhouse.io/v1alpha2}, cluster-scoped). Its name is the address: {@code mac-5e-e6-19-22-0f-d8}
 * holds {@code 5e:e6:19:22:0f:d8}. Unlike an IP lease it has no retention: it is deleted as soon as its claim is gone.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineMACAddressLease.class)
@JsonDeserialize(as = ImmutableVirtualMachineMACAddressLease.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
public interface VirtualMachineMACAddressLease extends Resource, WithVirtualMachineMACAddressLease {
  /** The {@code apiVersion} this type reads and writes by default. */
  String API_VERSION = "virtualization.deckhouse.io/v1alpha2";

  /** The {@code kind}. */
  String KIND = "VirtualMachineMACAddressLease";

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
  Optional<@Valid VirtualMachineMACAddressLeaseSpec> spec();

  /** @return the lease's state, set by DVP */
  Optional<@Valid VirtualMachineMACAddressLeaseStatus> status();

  @Override
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineMACAddressLease.Builder builder() {
    return ImmutableVirtualMachineMACAddressLease.builder();
  }

  /** The label that links a lease to its claim; its value is the vmmac's UID. */
  String VIRTUAL_MACHINE_MAC_ADDRESS_UID_LABEL = "virtualization.deckhouse.io/virtual-machine-mac-address-uid";

  /** The finalizer DVP keeps on every lease until it is unbound. */
  String CLEANUP_FINALIZER = "virtualization.deckhouse.io/vmmacl-cleanup";

  /**
   * Returns the claim the lease references.
   *
   * @return {@code spec.virtualMachineMACAddressRef}, empty for a lease made without one
   */
  @JsonIgnore
  default Optional<VirtualMachineMACAddressRef> ref() {
    return spec().flatMap(VirtualMachineMACAddressLeaseSpec::virtualMachineMACAddressRef);
  }
}

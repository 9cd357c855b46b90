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
 * A claim on a MAC address for a VM's additional network ({@code VirtualMachineMACAddress}, short name {@code vmmac},
 * {@code virtualization.deckhouse.io/v1alpha2}, namespaced). DVP creates one per non-Main network of a VM; without
 * {@code spec.address} the address is generated from the cluster's OUI and three random octets.
 * <pre>{@code
 * VirtualMachineMACAddress vmmac = VirtualMachineMACAddress.builder()
 *     .metadata(ObjectMeta.of("linux-vm-mac", "default"))
 *     .spec(VirtualMachineMACAddressSpec.builder().address("5e:e6:19:22:0f:d8").build())
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineMACAddress.class)
@JsonDeserialize(as = ImmutableVirtualMachineMACAddress.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
public interface VirtualMachineMACAddress extends Resource, WithVirtualMachineMACAddress {
  /** The {@code apiVersion} this type reads and writes by default. */
  String API_VERSION = "virtualization.deckhouse.io/v1alpha2";

  /** The {@code kind}. */
  String KIND = "VirtualMachineMACAddress";

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

  /** @return the requested address, if any */
  Optional<@Valid VirtualMachineMACAddressSpec> spec();

  /** @return the claim's state, set by DVP */
  Optional<@Valid VirtualMachineMACAddressStatus> status();

  @Override
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineMACAddress.Builder builder() {
    return ImmutableVirtualMachineMACAddress.builder();
  }

  /** The finalizer DVP keeps on every vmmac until it is detached. */
  String CLEANUP_FINALIZER = "virtualization.deckhouse.io/vmmac-cleanup";

  /**
   * Returns the requested address.
   *
   * @return {@code spec.address} when present and non-empty
   */
  @JsonIgnore
  default Optional<String> requestedAddress() {
    return spec().flatMap(VirtualMachineMACAddressSpec::address).filter(a -> !a.isEmpty());
  }
}

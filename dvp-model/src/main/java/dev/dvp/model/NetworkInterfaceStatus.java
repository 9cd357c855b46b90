package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A network interface as attached ({@code status.networks[]}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNetworkInterfaceStatus.class)
@JsonDeserialize(as = ImmutableNetworkInterfaceStatus.class)
@JsonPropertyOrder({"id", "type", "name", "macAddress", "virtualMachineMACAddressName", "ipAddress"})
public interface NetworkInterfaceStatus extends WithNetworkInterfaceStatus {
  /** @return the interface id */
  Optional<Integer> id();

  /** @return the interface type */
  String type();

  /** @return the network's name */
  Optional<String> name();

  /** @return the MAC address */
  Optional<String> macAddress();

  /** @return the VirtualMachineMACAddress in use */
  Optional<String> virtualMachineMACAddressName();

  /** @return the address on an additional network */
  Optional<String> ipAddress();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableNetworkInterfaceStatus.Builder builder() {
    return ImmutableNetworkInterfaceStatus.builder();
  }
}

package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.KnownValue;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The requested assignment of a {@link VirtualMachineIPAddress} ({@code spec}).
 * <p>The CRD only requires {@code type}; the pairing of {@code type} and {@code staticIP} and the address format are
 * checked by DVP's admission webhook, not by the schema.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineIPAddressSpec.class)
@JsonDeserialize(as = ImmutableVirtualMachineIPAddressSpec.class)
@JsonPropertyOrder({"type", "staticIP"})
public interface VirtualMachineIPAddressSpec extends WithVirtualMachineIPAddressSpec {
  /** @return {@code Auto} or {@code Static} */
  @KnownValue
  VirtualMachineIPAddressType type();

  /** @return the requested address, for {@code Static} */
  Optional<String> staticIP();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineIPAddressSpec.Builder builder() {
    return ImmutableVirtualMachineIPAddressSpec.builder();
  }

  /**
   * Returns the spec of an automatic claim ({@code type: Auto}, no address).
   *
   * @return the spec
   */
  static VirtualMachineIPAddressSpec ofAuto() {
    return builder().type(VirtualMachineIPAddressType.AUTO).build();
  }

  /**
   * Returns the spec of a static claim.
   *
   * @param address the requested address, e.g. {@code "10.66.20.77"}
   * @return the spec ({@code type: Static}, {@code staticIP: address})
   */
  static VirtualMachineIPAddressSpec ofStatic(String address) {
    return builder().type(VirtualMachineIPAddressType.STATIC).staticIP(address).build();
  }
}

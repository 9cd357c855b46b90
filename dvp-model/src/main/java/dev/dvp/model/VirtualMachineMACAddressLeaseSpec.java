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
 * What a {@link VirtualMachineMACAddressLease} serves ({@code spec}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineMACAddressLeaseSpec.class)
@JsonDeserialize(as = ImmutableVirtualMachineMACAddressLeaseSpec.class)
@JsonPropertyOrder({"virtualMachineMACAddressRef"})
public interface VirtualMachineMACAddressLeaseSpec extends WithVirtualMachineMACAddressLeaseSpec {
  /** @return the claim */
  Optional<@Valid VirtualMachineMACAddressRef> virtualMachineMACAddressRef();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineMACAddressLeaseSpec.Builder builder() {
    return ImmutableVirtualMachineMACAddressLeaseSpec.builder();
  }

  /**
   * Returns a spec referencing a claim.
   *
   * @param ref the claim
   * @return the spec
   */
  static VirtualMachineMACAddressLeaseSpec of(VirtualMachineMACAddressRef ref) {
    return builder().virtualMachineMACAddressRef(ref).build();
  }
}

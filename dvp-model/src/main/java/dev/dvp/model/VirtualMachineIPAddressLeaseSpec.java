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
 * What a {@link VirtualMachineIPAddressLease} serves ({@code spec}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineIPAddressLeaseSpec.class)
@JsonDeserialize(as = ImmutableVirtualMachineIPAddressLeaseSpec.class)
@JsonPropertyOrder({"virtualMachineIPAddressRef"})
public interface VirtualMachineIPAddressLeaseSpec extends WithVirtualMachineIPAddressLeaseSpec {
  /** @return the claim; DVP never creates a lease without it */
  Optional<@Valid VirtualMachineIPAddressRef> virtualMachineIPAddressRef();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineIPAddressLeaseSpec.Builder builder() {
    return ImmutableVirtualMachineIPAddressLeaseSpec.builder();
  }

  /**
   * Returns a spec referencing a claim.
   *
   * @param ref the claim
   * @return the spec
   */
  static VirtualMachineIPAddressLeaseSpec of(VirtualMachineIPAddressRef ref) {
    return builder().virtualMachineIPAddressRef(ref).build();
  }
}

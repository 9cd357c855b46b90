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
 * The state of a {@link VirtualMachineIPAddress} ({@code status}), set by DVP.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineIPAddressStatus.class)
@JsonDeserialize(as = ImmutableVirtualMachineIPAddressStatus.class)
@JsonPropertyOrder({"conditions", "address", "virtualMachineName", "phase", "observedGeneration"})
public interface VirtualMachineIPAddressStatus extends WithVirtualMachineIPAddressStatus {
  /** @return the {@code Bound} and {@code Attached} conditions */
  List<@Valid Condition> conditions();

  /** @return the assigned address; once set it never changes for this claim */
  Optional<String> address();

  /** @return the VM currently using the address */
  Optional<String> virtualMachineName();

  /** @return {@code Pending}, {@code Bound} or {@code Attached} */
  Optional<@KnownValue VirtualMachineIPAddressPhase> phase();

  /** @return the generation last processed by the controller */
  Optional<Long> observedGeneration();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineIPAddressStatus.Builder builder() {
    return ImmutableVirtualMachineIPAddressStatus.builder();
  }

  /**
   * Returns the condition of a type.
   *
   * @param type the condition type, e.g. {@code Bound}
   * @return the first condition of that type
   */
  default Optional<Condition> condition(String type) {
    return conditions().stream().filter(c -> c.type().equals(type)).findFirst();
  }
}

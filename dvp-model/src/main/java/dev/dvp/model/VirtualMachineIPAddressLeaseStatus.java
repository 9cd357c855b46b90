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
 * The state of a {@link VirtualMachineIPAddressLease} ({@code status}), set by DVP.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineIPAddressLeaseStatus.class)
@JsonDeserialize(as = ImmutableVirtualMachineIPAddressLeaseStatus.class)
@JsonPropertyOrder({"conditions", "phase", "observedGeneration"})
public interface VirtualMachineIPAddressLeaseStatus extends WithVirtualMachineIPAddressLeaseStatus {
  /** @return the {@code Bound} condition; its transition to reason {@code Released} starts the retention clock */
  List<@Valid Condition> conditions();

  /** @return {@code Bound} or {@code Released} */
  Optional<@KnownValue VirtualMachineIPAddressLeasePhase> phase();

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
  static ImmutableVirtualMachineIPAddressLeaseStatus.Builder builder() {
    return ImmutableVirtualMachineIPAddressLeaseStatus.builder();
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

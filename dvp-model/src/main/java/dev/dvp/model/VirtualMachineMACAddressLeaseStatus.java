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
 * The state of a {@link VirtualMachineMACAddressLease} ({@code status}), set by DVP.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineMACAddressLeaseStatus.class)
@JsonDeserialize(as = ImmutableVirtualMachineMACAddressLeaseStatus.class)
@JsonPropertyOrder({"conditions", "phase", "observedGeneration"})
public interface VirtualMachineMACAddressLeaseStatus extends WithVirtualMachineMACAddressLeaseStatus {
  /** @return the {@code Bound} condition */
  List<@Valid Condition> conditions();

  /** @return always {@code Bound} (kept when unbinding) */
  Optional<@KnownValue VirtualMachineMACAddressLeasePhase> phase();

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
  static ImmutableVirtualMachineMACAddressLeaseStatus.Builder builder() {
    return ImmutableVirtualMachineMACAddressLeaseStatus.builder();
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

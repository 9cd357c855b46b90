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
 * The progress of a {@link VirtualMachineOperation} ({@code status}), set by DVP.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineOperationStatus.class)
@JsonDeserialize(as = ImmutableVirtualMachineOperationStatus.class)
@JsonPropertyOrder({"conditions", "observedGeneration", "phase", "progress", "resources"})
public interface VirtualMachineOperationStatus extends WithVirtualMachineOperationStatus {
  /** @return the conditions ({@code Completed}, {@code SignalSent}, ...) */
  List<@Valid Condition> conditions();

  /** @return the generation the status was computed from */
  Optional<Long> observedGeneration();

  /** @return the phase */
  @KnownValue
  VirtualMachineOperationPhase phase();

  /** @return the progress of a migration, e.g. {@code 45%} */
  Optional<String> progress();

  /** @return the resources a restore or clone handles */
  List<@Valid VirtualMachineOperationResource> resources();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineOperationStatus.Builder builder() {
    return ImmutableVirtualMachineOperationStatus.builder();
  }

  /**
   * Returns the condition of a type.
   *
   * @param type the condition type, e.g. {@code Completed}
   * @return the first condition of that type
   */
  default Optional<Condition> condition(String type) {
    return conditions().stream().filter(c -> c.type().equals(type)).findFirst();
  }
}

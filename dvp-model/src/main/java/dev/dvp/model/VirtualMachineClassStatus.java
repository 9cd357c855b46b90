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
 * The observed state of a {@link VirtualMachineClass}.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineClassStatus.class)
@JsonDeserialize(as = ImmutableVirtualMachineClassStatus.class)
@JsonPropertyOrder({"phase", "availableNodes", "cpuFeatures", "maxAllocatableResources", "conditions", "observedGeneration"})
public interface VirtualMachineClassStatus extends WithVirtualMachineClassStatus {
  /** @return {@code Pending}, {@code Ready} or {@code Terminating} */
  @KnownValue
  VirtualMachineClassPhase phase();

  /** @return the nodes VMs of the class can run on */
  List<String> availableNodes();

  /** @return the CPU features of the class */
  Optional<@Valid CpuFeatures> cpuFeatures();

  /** @return the largest resources one node offers, by resource name */
  Map<String, Quantity> maxAllocatableResources();

  /** @return the conditions */
  List<@Valid Condition> conditions();

  /** @return the generation DVP last processed */
  Optional<Long> observedGeneration();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineClassStatus.Builder builder() {
    return ImmutableVirtualMachineClassStatus.builder();
  }
}

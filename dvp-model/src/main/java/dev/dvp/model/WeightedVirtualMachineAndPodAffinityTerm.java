package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvp.model.schema.Maximum;
import dev.dvp.model.schema.Minimum;
import jakarta.validation.Valid;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A weighted, preferred {@link VirtualMachineAndPodAffinityTerm}.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWeightedVirtualMachineAndPodAffinityTerm.class)
@JsonDeserialize(as = ImmutableWeightedVirtualMachineAndPodAffinityTerm.class)
@JsonPropertyOrder({"weight", "virtualMachineAndPodAffinityTerm"})
public interface WeightedVirtualMachineAndPodAffinityTerm extends WithWeightedVirtualMachineAndPodAffinityTerm {
  /** @return the weight, 1 to 100 */
  @Minimum(1)
  @Maximum(100)
  int weight();

  /** @return the term */
  @Valid VirtualMachineAndPodAffinityTerm virtualMachineAndPodAffinityTerm();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableWeightedVirtualMachineAndPodAffinityTerm.Builder builder() {
    return ImmutableWeightedVirtualMachineAndPodAffinityTerm.builder();
  }
}

package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * VM and pod affinity or anti-affinity rules: required terms and weighted preferred terms.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineAndPodAffinity.class)
@JsonDeserialize(as = ImmutableVirtualMachineAndPodAffinity.class)
@JsonPropertyOrder({"requiredDuringSchedulingIgnoredDuringExecution", "preferredDuringSchedulingIgnoredDuringExecution"})
public interface VirtualMachineAndPodAffinity extends WithVirtualMachineAndPodAffinity {
  /** @return terms that must all hold */
  List<@Valid VirtualMachineAndPodAffinityTerm> requiredDuringSchedulingIgnoredDuringExecution();

  /** @return preferences */
  List<@Valid WeightedVirtualMachineAndPodAffinityTerm> preferredDuringSchedulingIgnoredDuringExecution();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineAndPodAffinity.Builder builder() {
    return ImmutableVirtualMachineAndPodAffinity.builder();
  }
}

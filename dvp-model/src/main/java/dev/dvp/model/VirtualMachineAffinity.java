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
 * The VM's affinity ({@code spec.affinity}): node affinity and DVP's VM/pod affinity and anti-affinity.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineAffinity.class)
@JsonDeserialize(as = ImmutableVirtualMachineAffinity.class)
@JsonPropertyOrder({"nodeAffinity", "virtualMachineAndPodAffinity", "virtualMachineAndPodAntiAffinity"})
public interface VirtualMachineAffinity extends WithVirtualMachineAffinity {
  /** @return rules on node labels */
  Optional<@Valid NodeAffinity> nodeAffinity();

  /** @return run near the selected VMs and pods */
  Optional<@Valid VirtualMachineAndPodAffinity> virtualMachineAndPodAffinity();

  /** @return run away from the selected VMs and pods */
  Optional<@Valid VirtualMachineAndPodAffinity> virtualMachineAndPodAntiAffinity();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineAffinity.Builder builder() {
    return ImmutableVirtualMachineAffinity.builder();
  }
}

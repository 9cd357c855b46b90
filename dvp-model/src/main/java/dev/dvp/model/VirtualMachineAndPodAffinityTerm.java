package dev.dvp.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A DVP affinity term ({@code virtualMachineAndPodAffinity} and {@code virtualMachineAndPodAntiAffinity}): the
 * VMs and pods selected by labels, in the listed namespaces or those selected by {@code namespaceSelector}, and the
 * topology key whose value must be shared (affinity) or differ (anti-affinity).
 * <p>With neither {@code namespaces} nor {@code namespaceSelector}, the term applies to the VM's own namespace.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualMachineAndPodAffinityTerm.class)
@JsonDeserialize(as = ImmutableVirtualMachineAndPodAffinityTerm.class)
@JsonPropertyOrder({"labelSelector", "namespaceSelector", "namespaces", "topologyKey", "matchLabelKeys", "mismatchLabelKeys"})
public interface VirtualMachineAndPodAffinityTerm extends WithVirtualMachineAndPodAffinityTerm {
  /** @return the VMs and pods the term is about; absent selects none */
  Optional<@Valid LabelSelector> labelSelector();

  /** @return namespaces selected by their labels; {@code {}} selects all */
  Optional<@Valid LabelSelector> namespaceSelector();

  /** @return namespaces by name */
  List<String> namespaces();

  /** @return the node label that defines the topology domain, e.g. {@code kubernetes.io/hostname} */
  String topologyKey();

  /** @return label keys whose values are taken from the VM and added to the selector */
  List<String> matchLabelKeys();

  /** @return label keys whose values must differ from the VM's */
  List<String> mismatchLabelKeys();

  /** @return fields the SDK does not model, kept for round trips */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableVirtualMachineAndPodAffinityTerm.Builder builder() {
    return ImmutableVirtualMachineAndPodAffinityTerm.builder();
  }
}

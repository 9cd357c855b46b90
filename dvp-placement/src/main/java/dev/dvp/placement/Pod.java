package dev.dvp.placement;

import dev.dvp.model.NodeSelector;
import dev.dvp.model.PreferredSchedulingTerm;
import dev.dvp.model.Toleration;
import dev.dvp.model.TopologySpreadConstraint;
import dev.dvp.model.VirtualMachineAndPodAffinityTerm;
import dev.dvp.model.WeightedVirtualMachineAndPodAffinityTerm;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The scheduling-relevant view of a pod: identity, labels, requests and constraints. A VM's virt-launcher pod comes
 * from {@link LauncherPod}; other pods (a database, a DaemonSet pod) are built directly.
 *
 * <p>Affinity terms use the model's VM term types, which have exactly the fields of Kubernetes'
 * {@code PodAffinityTerm} ({@code NewAffinityFromVMAffinity} in DVP's {@code api/core/v1alpha2/vmaffinity.go}).
 * Requests are the pod's total (all containers plus overhead) in millicores and bytes; {@code 0} means "no request"
 * (the pod then counts as 100m / 200Mi for scoring only, as Kubernetes {@code pkg/scheduler/util/pod_resources.go} sets
 * it).
 *
 * <pre>{@code
 * Pod db = Pod.builder().name("postgres-0").namespace("prod").putLabel("server", "database")
 *     .cpuMillis(500).memoryBytes(1L << 30).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Pod extends WithPod {
  /** @return the pod's name; for a launcher pod, the VM's name */
  String name();

  /** @return the namespace; default {@code default} */
  @Value.Default
  default String namespace() {
    return "default";
  }

  /** @return the pod's labels (a launcher pod carries the VM's labels, DVP's {@code kvvm.go} {@code SetMetadata}) */
  Map<String, String> labels();

  /** @return the VM this pod launches, if it is a virt-launcher pod */
  Optional<String> virtualMachine();

  /** @return {@code spec.nodeSelector}: every key must be present with exactly this value */
  Map<String, String> nodeSelector();

  /** @return required node affinity; absent means none */
  Optional<NodeSelector> requiredNodeAffinity();

  /** @return preferred node affinity terms */
  List<PreferredSchedulingTerm> preferredNodeAffinity();

  /** @return required pod affinity terms */
  List<VirtualMachineAndPodAffinityTerm> requiredAffinity();

  /** @return preferred pod affinity terms */
  List<WeightedVirtualMachineAndPodAffinityTerm> preferredAffinity();

  /** @return required pod anti-affinity terms */
  List<VirtualMachineAndPodAffinityTerm> requiredAntiAffinity();

  /** @return preferred pod anti-affinity terms */
  List<WeightedVirtualMachineAndPodAffinityTerm> preferredAntiAffinity();

  /** @return tolerations (a union: any match tolerates) */
  List<Toleration> tolerations();

  /** @return topology spread constraints (copied verbatim from the VM) */
  List<TopologySpreadConstraint> topologySpreadConstraints();

  /** @return the priority class (orders the queue; preemption is not modelled) */
  Optional<String> priorityClassName();

  /** @return the CPU request in millicores, 0 for none */
  @Value.Default
  default long cpuMillis() {
    return 0;
  }

  /** @return the memory request in bytes, 0 for none */
  @Value.Default
  default long memoryBytes() {
    return 0;
  }

  /** @return how the constraints were derived where DVP silently drops or changes something */
  List<String> warnings();

  /**
   * Returns {@code namespace/name}, the key results use for this pod.
   *
   * @return e.g. {@code default/linux-vm}
   */
  @Value.Derived
  default String key() {
    return namespace() + "/" + name();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutablePod.Builder builder() {
    return ImmutablePod.builder();
  }

  /** Rejects negative requests. */
  @Value.Check
  default void check() {
    if (cpuMillis() < 0 || memoryBytes() < 0) {
      throw new IllegalArgumentException("pod " + name() + ": expected requests >= 0, got cpuMillis="
          + cpuMillis() + ", memoryBytes=" + memoryBytes());
    }
    if (name().isEmpty()) {
      throw new IllegalArgumentException("pod name: expected a non-empty name");
    }
  }
}

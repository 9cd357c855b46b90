package dev.dvp.placement;

import java.util.List;

/**
 * A pod bound to a node, with its terms compiled once for the existing-pod roles of InterPodAffinity (Kubernetes
 * {@code pkg/scheduler/framework/plugins/interpodaffinity/filtering.go}, {@code scoring.go}).
 */
final class PlacedPod {
  /**
   * Non-zero defaults for scoring only (schedutil.DefaultMilliCPURequest, DefaultMemoryRequest in Kubernetes
   * {@code pkg/scheduler/util/pod_resources.go}).
   */
  static final long DEFAULT_MILLI_CPU = 100;
  static final long DEFAULT_MEMORY = 200L * 1024 * 1024;

  final Pod pod;
  final int node;
  final List<AffinityTerm> requiredAffinity;
  final List<AffinityTerm> requiredAnti;
  final List<AffinityTerm> preferredAffinity;
  final List<AffinityTerm> preferredAnti;

  PlacedPod(Pod pod, int node) {
    this.pod = pod;
    this.node = node;
    this.requiredAffinity = pod.requiredAffinity().stream().map(t -> AffinityTerm.of(t, pod, 1)).toList();
    this.requiredAnti = pod.requiredAntiAffinity().stream().map(t -> AffinityTerm.of(t, pod, 1)).toList();
    this.preferredAffinity = pod.preferredAffinity().stream()
        .map(t -> AffinityTerm.of(t.virtualMachineAndPodAffinityTerm(), pod, t.weight())).toList();
    this.preferredAnti = pod.preferredAntiAffinity().stream()
        .map(t -> AffinityTerm.of(t.virtualMachineAndPodAffinityTerm(), pod, t.weight())).toList();
  }

  PlacedPod(PlacedPod other, int node) {
    this.pod = other.pod;
    this.node = node;
    this.requiredAffinity = other.requiredAffinity;
    this.requiredAnti = other.requiredAnti;
    this.preferredAffinity = other.preferredAffinity;
    this.preferredAnti = other.preferredAnti;
  }

  boolean hasAffinity() {
    return !requiredAffinity.isEmpty() || !requiredAnti.isEmpty() || !preferredAffinity.isEmpty()
        || !preferredAnti.isEmpty();
  }

  long cpu() {
    return pod.cpuMillis();
  }

  long memory() {
    return pod.memoryBytes();
  }

  long nonZeroCpu() {
    return pod.cpuMillis() == 0 ? DEFAULT_MILLI_CPU : pod.cpuMillis();
  }

  long nonZeroMemory() {
    return pod.memoryBytes() == 0 ? DEFAULT_MEMORY : pod.memoryBytes();
  }
}

package dev.dvp.placement;

import dev.dvp.sizing.MemoryOverhead;
import dev.dvp.model.cluster.Edition;
import org.immutables.value.Value;

/**
 * The settings of rendering and scheduling that are choices rather than rules: the kube-scheduler version, the
 * memory-overhead model, alpha features, the DVP edition.
 *
 * <pre>{@code
 * PlacementOptions options = PlacementOptions.builder().kubernetesVersion(KubernetesVersion.V1_36).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #defaults()} gives kube-scheduler's default profile on Kubernetes 1.35, the
 * documented memory overhead and EE.
 */
@Value.Immutable
public interface PlacementOptions extends WithPlacementOptions {
  /** @return the scheduler version (it decides NodeResourcesBalancedAllocation's formula); default 1.35 */
  @Value.Default
  default KubernetesVersion kubernetesVersion() {
    return KubernetesVersion.V1_35;
  }

  /** @return the memory-overhead model of the launcher pod; default {@link MemoryOverhead#DOCUMENTED} */
  @Value.Default
  default MemoryOverhead memoryOverhead() {
    return MemoryOverhead.DOCUMENTED;
  }

  /**
   * @return whether the alpha toleration operators {@code Lt}/{@code Gt} (feature gate
   *     {@code TaintTolerationComparisonOperators}, Kubernetes 1.35+) are on; default off
   */
  @Value.Default
  default boolean taintComparisonOperators() {
    return false;
  }

  /**
   * @return InterPodAffinity's {@code hardPodAffinityWeight} ({@code plugins/interpodaffinity/scoring.go}); default 1
   */
  @Value.Default
  default int hardPodAffinityWeight() {
    return 1;
  }

  /** @return the architecture KubeVirt selects with {@code kubernetes.io/arch}; default {@code amd64} */
  @Value.Default
  default String architecture() {
    return "amd64";
  }

  /**
   * @return the DVP edition for re-checks (it decides feature gate {@code AutoMigrationIfNodePlacementChanged});
   * default EE
   */
  @Value.Default
  default Edition edition() {
    return Edition.EE;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutablePlacementOptions.Builder builder() {
    return ImmutablePlacementOptions.builder();
  }

  /**
   * Returns the default options.
   *
   * @return kube-scheduler 1.35, documented memory overhead, no alpha features, amd64, EE
   */
  static PlacementOptions defaults() {
    return builder().build();
  }

  /** Rejects settings kube-scheduler would not accept. */
  @Value.Check
  default void check() {
    if (hardPodAffinityWeight() < 0 || hardPodAffinityWeight() > 100) {
      throw new IllegalArgumentException(
          "hardPodAffinityWeight: expected 0..100 as kube-scheduler's InterPodAffinityArgs allow, got "
              + hardPodAffinityWeight());
    }
  }
}

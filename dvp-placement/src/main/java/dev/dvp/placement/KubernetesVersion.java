package dev.dvp.placement;

/**
 * The kube-scheduler version whose filter and score semantics the SDK reproduces.
 *
 * <p>The SDK follows the 1.34–1.36 line; the only difference modelled is NodeResourcesBalancedAllocation's formula,
 * changed in 1.36 ({@code pkg/scheduler/framework/plugins/noderesources/balanced_allocation.go},
 * kubernetes/kubernetes#135573) and the alpha {@code Lt}/{@code Gt} toleration operators that exist from 1.35
 * ({@code tainttoleration/taint_toleration.go}, enabled separately by
 * {@link PlacementOptions#taintComparisonOperators()}).
 */
public enum KubernetesVersion {
  /** Kubernetes 1.34. */
  V1_34("1.34"),
  /** Kubernetes 1.35 (the default: the newest version with the long-standing BalancedAllocation formula). */
  V1_35("1.35"),
  /** Kubernetes 1.36: BalancedAllocation rewards the change in balance. */
  V1_36("1.36");

  private final String text;

  KubernetesVersion(String text) {
    this.text = text;
  }

  /**
   * Returns the version as people write it.
   *
   * @return e.g. {@code "1.35"}
   */
  public String text() {
    return text;
  }

  @Override
  public String toString() {
    return text;
  }
}

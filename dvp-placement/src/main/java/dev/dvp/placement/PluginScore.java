package dev.dvp.placement;

/**
 * One score plugin's result for one node: the raw score where the plugin has one, the normalised 0..100 score,
 * the plugin's weight in the default profile (Kubernetes {@code pkg/scheduler/apis/config/v1/default_plugins.go}) and
 * their product.
 *
 * @param plugin the plugin, e.g. {@code TaintToleration}
 * @param raw the raw score before normalisation (equal to {@code score} for plugins without a NormalizeScore step)
 * @param score the normalised score, 0..100
 * @param weight the plugin's weight
 */
public record PluginScore(String plugin, long raw, int score, int weight) {
  /**
   * Returns the contribution to the node's total.
   *
   * @return {@code weight × score}
   */
  public long weighted() {
    return (long) weight * score;
  }
}

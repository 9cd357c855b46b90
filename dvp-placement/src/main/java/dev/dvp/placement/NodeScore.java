package dev.dvp.placement;

import java.util.List;

/**
 * A feasible node with its per-plugin scores and total (kube-scheduler's {@code prioritizeNodes}). Plugins whose
 * PreScore skipped are absent. When a single node is feasible kube-scheduler does not score at all; then {@code scored}
 * is false and the list empty.
 *
 * @param node the node's name
 * @param total Σ weight × score
 * @param plugins the plugin scores in the default profile's order
 * @param scored whether a scoring phase ran
 */
public record NodeScore(String node, long total, List<PluginScore> plugins, boolean scored) {
  /** Copies the list. */
  public NodeScore {
    plugins = List.copyOf(plugins);
  }
}

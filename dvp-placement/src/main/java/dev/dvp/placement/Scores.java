package dev.dvp.placement;

import java.util.ArrayList;
import java.util.List;

/** Materialises a cycle's score arrays into {@link NodeScore} values. */
final class Scores {
  private Scores() {}

  static List<NodeScore> of(Cycle c) {
    List<NodeScore> out = new ArrayList<>(c.feasibleCount);
    for (int j = 0; j < c.feasibleCount; j++) {
      int i = c.feasible[j];
      if (!c.scored) {
        out.add(new NodeScore(c.nodes.names[i], 0, List.of(), false));
        continue;
      }
      List<PluginScore> plugins = new ArrayList<>(6);
      plugins.add(new PluginScore("TaintToleration", c.taintRaw[j], c.taintScore[j], Cycle.WEIGHT_TAINT));
      if (c.nodeAffinityScore[j] >= 0) {
        plugins.add(new PluginScore("NodeAffinity", c.nodeAffinityRaw[j], c.nodeAffinityScore[j],
            Cycle.WEIGHT_NODE_AFFINITY));
      }
      plugins.add(new PluginScore("NodeResourcesFit", c.fitScore[j], c.fitScore[j], Cycle.WEIGHT_FIT));
      if (c.spreadScore[j] >= 0) {
        plugins.add(new PluginScore("PodTopologySpread", c.spreadRaw[j], c.spreadScore[j], Cycle.WEIGHT_SPREAD));
      }
      if (c.interPodScore[j] >= 0) {
        plugins.add(new PluginScore("InterPodAffinity", c.interPodRaw[j], c.interPodScore[j],
            Cycle.WEIGHT_INTER_POD));
      }
      if (c.balancedScore[j] >= 0) {
        plugins.add(new PluginScore("NodeResourcesBalancedAllocation", c.balancedScore[j], c.balancedScore[j],
            Cycle.WEIGHT_BALANCED));
      }
      out.add(new NodeScore(c.nodes.names[i], c.total[j], plugins, true));
    }
    return List.copyOf(out);
  }
}

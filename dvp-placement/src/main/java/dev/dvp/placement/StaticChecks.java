package dev.dvp.placement;

import dev.dvp.model.NodeSelector;
import dev.dvp.model.PreferredSchedulingTerm;
import dev.dvp.model.Taint;
import dev.dvp.model.TaintEffect;
import dev.dvp.model.Toleration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a pod's constraints decide about each node independently of other pods: NodeUnschedulable, TaintToleration
 * and NodeAffinity filters (in the order of Kubernetes {@code pkg/scheduler/apis/config/v1/default_plugins.go}), node
 * affinity for topology-spread eligibility, and the raw TaintToleration and NodeAffinity scores. Computed once per
 * distinct constraint signature and cached in the {@link NodeTable}.
 */
final class StaticChecks {
  static final byte PASS = 0;
  static final byte UNSCHEDULABLE = 1;
  static final byte TAINT = 2;
  static final byte NODE_AFFINITY = 3;

  /** The first failing static filter per node, or PASS. */
  final byte[] code;
  /** For TAINT, the index of the first untolerated taint in the node's list. */
  final short[] taintIndex;
  /** Whether the node satisfies nodeSelector and required node affinity (PodTopologySpread's Honor policy). */
  final boolean[] affinityMatch;
  /** The nodes that pass every static filter, ascending: the only ones a cycle's dynamic filters need to visit. */
  int[] passing;

  private StaticChecks(int n) {
    code = new byte[n];
    taintIndex = new short[n];
    affinityMatch = new boolean[n];
  }

  /**
   * Raw TaintToleration score per node (Kubernetes
   * {@code pkg/scheduler/framework/plugins/tainttoleration/taint_toleration.go}).
   */
  int[] taintRaw;
  /**
   * Raw NodeAffinity score per node (Kubernetes {@code pkg/scheduler/framework/plugins/nodeaffinity/node_affinity.go}).
   */
  int[] nodeAffinityRaw;

  // One key for everything static, so a cycle pays for one hash of its constraints.
  private record Key(List<Toleration> tolerations, Map<String, String> nodeSelector,
      Optional<NodeSelector> required, List<PreferredSchedulingTerm> preferred, boolean comparisonOperators) {}

  static StaticChecks of(NodeTable nodes, Pod pod, boolean comparisonOperators) {
    Key key = new Key(pod.tolerations(), pod.nodeSelector(), pod.requiredNodeAffinity(), pod.preferredNodeAffinity(),
        comparisonOperators);
    return nodes.cached(key, () -> {
      StaticChecks s = compute(nodes, pod, comparisonOperators);
      s.taintRaw = computeTaintRaw(nodes, pod, comparisonOperators);
      s.nodeAffinityRaw = computeNodeAffinityRaw(nodes, pod);
      return s;
    });
  }

  private static StaticChecks compute(NodeTable nodes, Pod pod, boolean comparisonOperators) {
    int n = nodes.size();
    StaticChecks out = new StaticChecks(n);
    Taint unschedulableTaint = Taint.of("node.kubernetes.io/unschedulable", "", TaintEffect.NO_SCHEDULE);
    boolean toleratesUnschedulable = Tolerations.anyTolerates(pod.tolerations(), unschedulableTaint,
        comparisonOperators);
    for (int i = 0; i < n; i++) {
      Map<String, String> labels = nodes.labels.get(i);
      boolean affinity = matchesAffinity(pod, labels, nodes.names[i]);
      out.affinityMatch[i] = affinity;
      if (nodes.unschedulable[i] && !toleratesUnschedulable) {
        out.code[i] = UNSCHEDULABLE;
        continue;
      }
      List<Taint> taints = nodes.taints.get(i);
      int untolerated = -1;
      for (int t = 0; t < taints.size(); t++) {
        Taint taint = taints.get(t);
        if (Tolerations.filters(taint) && !Tolerations.anyTolerates(pod.tolerations(), taint, comparisonOperators)) {
          untolerated = t;
          break;
        }
      }
      if (untolerated >= 0) {
        out.code[i] = TAINT;
        out.taintIndex[i] = (short) untolerated;
        continue;
      }
      if (!affinity) {
        out.code[i] = NODE_AFFINITY;
      }
    }
    int count = 0;
    int[] passing = new int[n];
    for (int i = 0; i < n; i++) {
      if (out.code[i] == PASS) {
        passing[count++] = i;
      }
    }
    out.passing = java.util.Arrays.copyOf(passing, count);
    return out;
  }

  /**
   * NodeAffinity's filter ({@code node_affinity.go}, selectors as in Kubernetes
   * {@code staging/src/k8s.io/component-helpers/scheduling/corev1/nodeaffinity/nodeaffinity.go}): nodeSelector map AND
   * required node affinity (terms ORed, empty term matches nothing).
   */
  static boolean matchesAffinity(Pod pod, Map<String, String> labels, String nodeName) {
    for (Map.Entry<String, String> e : pod.nodeSelector().entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    return pod.requiredNodeAffinity().map(s -> s.matches(labels, nodeName)).orElse(true);
  }

  /**
   * TaintToleration's raw score ({@code taint_toleration.go} {@code Score}): PreferNoSchedule taints not tolerated by
   * tolerations with empty or PreferNoSchedule effect.
   */
  private static int[] computeTaintRaw(NodeTable nodes, Pod pod, boolean comparisonOperators) {
    {
      List<Toleration> prefer = pod.tolerations().stream()
          .filter(t -> t.effect().map(e -> e.value().isEmpty() || e.equals(TaintEffect.PREFER_NO_SCHEDULE))
              .orElse(true))
          .toList();
      int[] raw = new int[nodes.size()];
      for (int i = 0; i < raw.length; i++) {
        for (Taint taint : nodes.taints.get(i)) {
          if (taint.effect().equals(TaintEffect.PREFER_NO_SCHEDULE)
              && !Tolerations.anyTolerates(prefer, taint, comparisonOperators)) {
            raw[i]++;
          }
        }
      }
      return raw;
    }
  }

  /**
   * NodeAffinity's raw score ({@code node_affinity.go} {@code Score}): the sum of the weights of the preferred terms
   * the node matches (weight 0 ignored).
   */
  private static int[] computeNodeAffinityRaw(NodeTable nodes, Pod pod) {
    {
      int[] raw = new int[nodes.size()];
      for (int i = 0; i < raw.length; i++) {
        for (PreferredSchedulingTerm term : pod.preferredNodeAffinity()) {
          if (term.weight() != 0 && term.preference().matches(nodes.labels.get(i), nodes.names[i])) {
            raw[i] += term.weight();
          }
        }
      }
      return raw;
    }
  }
}

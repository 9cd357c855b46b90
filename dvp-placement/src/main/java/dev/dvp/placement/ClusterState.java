package dev.dvp.placement;

import dev.dvp.model.LabelSelector;
import dev.dvp.model.LabelSelectorOperator;
import dev.dvp.model.LabelSelectorRequirement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pods bound to nodes and what the filters need from them: per-node requested resources (actual and non-zero),
 * pods per node, a label index for selector look-ups, and pods with affinity grouped by identical term so an
 * existing pod's term is evaluated once per group. Mutable; an {@link Inventory} keeps a frozen one and planning
 * works on copies. Not thread-safe.
 */
final class ClusterState {
  final int nodeCount;
  final long[] reqCpu;
  final long[] reqMem;
  final long[] nzCpu;
  final long[] nzMem;
  final int[] podCount;
  final List<List<PlacedPod>> podsOnNode;
  private final Map<String, Map<String, List<PlacedPod>>> byLabel;
  private final List<PlacedPod> all;
  private final List<PlacedPod> withAffinity;
  private final Map<String, PlacedPod> byKey;
  // Existing pods' terms by role and identical term, so that each distinct term is matched once per cycle.
  private final Map<GroupKey, TermGroup> groups;

  /** The role a term plays for InterPodAffinity. */
  enum Role { REQUIRED_AFFINITY, REQUIRED_ANTI, PREFERRED_AFFINITY, PREFERRED_ANTI }

  private record GroupKey(Role role, Object source, String ownerNamespace, Object selector, int weight) {}

  /** Pods sharing one term in one role. */
  static final class TermGroup {
    final Role role;
    final AffinityTerm term;
    final List<PlacedPod> members = new ArrayList<>();

    TermGroup(Role role, AffinityTerm term) {
      this.role = role;
      this.term = term;
    }
  }

  ClusterState(int nodeCount) {
    this.nodeCount = nodeCount;
    reqCpu = new long[nodeCount];
    reqMem = new long[nodeCount];
    nzCpu = new long[nodeCount];
    nzMem = new long[nodeCount];
    podCount = new int[nodeCount];
    podsOnNode = new ArrayList<>(nodeCount);
    for (int i = 0; i < nodeCount; i++) {
      podsOnNode.add(new ArrayList<>(4));
    }
    byLabel = new HashMap<>();
    all = new ArrayList<>();
    withAffinity = new ArrayList<>();
    byKey = new LinkedHashMap<>();
    groups = new LinkedHashMap<>();
  }

  private ClusterState(ClusterState o) {
    nodeCount = o.nodeCount;
    reqCpu = o.reqCpu.clone();
    reqMem = o.reqMem.clone();
    nzCpu = o.nzCpu.clone();
    nzMem = o.nzMem.clone();
    podCount = o.podCount.clone();
    podsOnNode = new ArrayList<>(nodeCount);
    for (List<PlacedPod> list : o.podsOnNode) {
      podsOnNode.add(new ArrayList<>(list));
    }
    byLabel = new HashMap<>(o.byLabel.size() * 2);
    o.byLabel.forEach((k, values) -> {
      Map<String, List<PlacedPod>> copy = new HashMap<>(values.size() * 2);
      values.forEach((v, list) -> copy.put(v, new ArrayList<>(list)));
      byLabel.put(k, copy);
    });
    all = new ArrayList<>(o.all);
    withAffinity = new ArrayList<>(o.withAffinity);
    byKey = new LinkedHashMap<>(o.byKey);
    groups = new LinkedHashMap<>(o.groups.size() * 2);
    o.groups.forEach((k, g) -> {
      TermGroup copy = new TermGroup(g.role, g.term);
      copy.members.addAll(g.members);
      groups.put(k, copy);
    });
  }

  ClusterState copy() {
    return new ClusterState(this);
  }

  void add(PlacedPod p) {
    if (byKey.putIfAbsent(p.pod.key(), p) != null) {
      throw new IllegalArgumentException("pod " + p.pod.key() + ": expected each pod once in the inventory");
    }
    int n = p.node;
    reqCpu[n] += p.cpu();
    reqMem[n] += p.memory();
    nzCpu[n] += p.nonZeroCpu();
    nzMem[n] += p.nonZeroMemory();
    podCount[n]++;
    podsOnNode.get(n).add(p);
    p.pod.labels().forEach((k, v) ->
        byLabel.computeIfAbsent(k, x -> new HashMap<>()).computeIfAbsent(v, x -> new ArrayList<>()).add(p));
    all.add(p);
    if (p.hasAffinity()) {
      withAffinity.add(p);
      forEachTerm(p, (key, term) -> groups.computeIfAbsent(key, k -> new TermGroup(k.role(), term)).members.add(p));
    }
  }

  void remove(PlacedPod p) {
    if (byKey.remove(p.pod.key()) == null) {
      return;
    }
    int n = p.node;
    reqCpu[n] -= p.cpu();
    reqMem[n] -= p.memory();
    nzCpu[n] -= p.nonZeroCpu();
    nzMem[n] -= p.nonZeroMemory();
    podCount[n]--;
    podsOnNode.get(n).remove(p);
    p.pod.labels().forEach((k, v) -> byLabel.get(k).get(v).remove(p));
    all.remove(p);
    if (p.hasAffinity()) {
      withAffinity.remove(p);
      forEachTerm(p, (key, term) -> {
        TermGroup g = groups.get(key);
        g.members.remove(p);
        if (g.members.isEmpty()) {
          groups.remove(key);
        }
      });
    }
  }

  private static void forEachTerm(PlacedPod p, java.util.function.BiConsumer<GroupKey, AffinityTerm> action) {
    each(p, Role.REQUIRED_AFFINITY, p.requiredAffinity, action);
    each(p, Role.REQUIRED_ANTI, p.requiredAnti, action);
    each(p, Role.PREFERRED_AFFINITY, p.preferredAffinity, action);
    each(p, Role.PREFERRED_ANTI, p.preferredAnti, action);
  }

  private static void each(PlacedPod p, Role role, List<AffinityTerm> terms,
      java.util.function.BiConsumer<GroupKey, AffinityTerm> action) {
    for (AffinityTerm t : terms) {
      action.accept(new GroupKey(role, t.source, p.pod.namespace(), t.selector, t.weight), t);
    }
  }

  Collection<TermGroup> termGroups() {
    return groups.values();
  }

  PlacedPod get(String key) {
    return byKey.get(key);
  }

  Collection<PlacedPod> pods() {
    return all;
  }

  List<PlacedPod> podsWithAffinity() {
    return withAffinity;
  }

  /** Pods that may match the selector: a superset narrowed by the label index; {@code null} selects none. */
  Collection<PlacedPod> candidates(LabelSelector selector) {
    if (selector == null) {
      return List.of();
    }
    Collection<PlacedPod> best = null;
    for (Map.Entry<String, String> e : selector.matchLabels().entrySet()) {
      List<PlacedPod> list = posting(e.getKey(), e.getValue());
      if (best == null || list.size() < best.size()) {
        best = list;
      }
    }
    if (best != null) {
      return best;
    }
    for (LabelSelectorRequirement r : selector.matchExpressions()) {
      if (r.operator().equals(LabelSelectorOperator.IN)) {
        if (r.values().size() == 1) {
          return posting(r.key(), r.values().get(0));
        }
        List<PlacedPod> union = new ArrayList<>();
        for (String v : r.values()) {
          union.addAll(posting(r.key(), v));
        }
        return union;
      }
      if (r.operator().equals(LabelSelectorOperator.EXISTS)) {
        Map<String, List<PlacedPod>> values = byLabel.get(r.key());
        List<PlacedPod> union = new ArrayList<>();
        if (values != null) {
          values.values().forEach(union::addAll);
        }
        return union;
      }
    }
    return all;
  }

  private List<PlacedPod> posting(String key, String value) {
    Map<String, List<PlacedPod>> values = byLabel.get(key);
    if (values == null) {
      return List.of();
    }
    List<PlacedPod> list = values.get(value);
    return list == null ? List.of() : list;
  }
}

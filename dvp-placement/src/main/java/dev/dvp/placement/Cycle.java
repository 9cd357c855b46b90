package dev.dvp.placement;

import dev.dvp.model.LabelSelector;
import dev.dvp.model.TopologySpreadConstraint;
import dev.dvp.model.WhenUnsatisfiable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One scheduling cycle of one pod over every node, as kube-scheduler's default profile ({@code schedulePod} in
 * Kubernetes {@code pkg/scheduler/schedule_one.go}): filters in the order of
 * {@code pkg/scheduler/apis/config/v1/default_plugins.go} (first failure rejects), then the score plugins with their
 * normalisation and weights ({@code prioritizeNodes}) and the choice among the maxima ({@code selectHost}). Results are
 * kept as arrays; {@link Placement} turns them into explanations on demand. Works on a {@link ClusterState} it does not
 * change.
 */
final class Cycle {
  static final byte FEASIBLE = 0;
  // 1..3 are StaticChecks codes.
  static final byte FIT = 4;
  static final byte SPREAD_MISSING_LABEL = 5;
  static final byte SPREAD_SKEW = 6;
  static final byte AFFINITY = 7;
  static final byte ANTI_AFFINITY = 8;
  static final byte EXISTING_ANTI_AFFINITY = 9;

  static final int FIT_PODS = 1;
  static final int FIT_CPU = 2;
  static final int FIT_MEMORY = 4;
  static final int FIT_UNRESOLVABLE = 8;

  static final int WEIGHT_TAINT = 3;
  static final int WEIGHT_NODE_AFFINITY = 2;
  static final int WEIGHT_FIT = 1;
  static final int WEIGHT_SPREAD = 2;
  static final int WEIGHT_INTER_POD = 2;
  static final int WEIGHT_BALANCED = 1;

  final NodeTable nodes;
  final ClusterState state;
  final Inventory inventory;
  final Pod pod;
  final PlacementOptions options;
  final StaticChecks statics;
  /** Whether per-node explanations and per-plugin scores are dropped (see {@link #lean}); then code and aux are null. */
  final boolean lean;
  final byte[] code;
  final int[] aux;

  final List<AffinityTerm> requiredAffinity;
  final List<AffinityTerm> requiredAnti;
  final List<AffinityTerm> preferredAffinity;
  final List<AffinityTerm> preferredAnti;
  final List<Spread> hardSpread = new ArrayList<>();
  final List<Spread> softSpread = new ArrayList<>();
  final long podNzCpu;
  final long podNzMem;

  // Filter state of InterPodAffinity (interpodaffinity/filtering.go), counts per topology key and value id.
  private Map<String, int[]> affinityCounts;
  private boolean affinityCountsEmpty = true;
  private boolean podMatchesOwnAffinity;
  private Map<String, int[]> antiCounts;
  private Map<String, int[]> existingAntiCounts;
  // The same counts lined up with the terms and their topology arrays, for the per-node loop.
  private int[][] affinityValueOf;
  private int[][] affinityCountOf;
  private int[][] antiValueOf;
  private int[][] antiCountOf;
  private int[][] existingValueOf;
  private int[][] existingCountOf;

  int[] feasible = new int[0];
  int feasibleCount;
  boolean scored;
  // Per feasible position: normalised plugin scores, or -1 where the plugin skipped.
  int[] taintScore;
  int[] nodeAffinityScore;
  int[] fitScore;
  int[] spreadScore;
  int[] interPodScore;
  int[] balancedScore;
  long[] taintRaw;
  long[] nodeAffinityRaw;
  long[] spreadRaw;
  long[] interPodRaw;
  long[] total;
  int chosen = -1;
  int[] tied = new int[0];

  /** A compiled topology spread constraint ({@code plugins/podtopologyspread/common.go}). */
  static final class Spread {
    final TopologySpreadConstraint source;
    final String key;
    final int maxSkew;
    final LabelSelector selector;
    final NodeTable.TopologyIndex topology;
    final int selfMatch;
    int[] counts;
    boolean[] present;
    long globalMin;

    Spread(TopologySpreadConstraint source, Pod pod, NodeTable nodes) {
      this.source = source;
      this.key = source.topologyKey();
      this.maxSkew = source.maxSkew();
      this.selector = source.labelSelector().orElse(null);
      this.topology = nodes.topology(key);
      this.selfMatch = selector != null && selector.matches(pod.labels()) ? 1 : 0;
    }
  }

  Cycle(Inventory inventory, ClusterState state, Pod pod, PlacementOptions options) {
    this(inventory, state, pod, options, false);
  }

  /**
   * A cycle that keeps only the choice (chosen and tied nodes) and works in {@link ScratchArrays}: the scheduler's
   * hot path. Its explanations come from {@link #detailed()}, which needs {@code state} to stay as it is.
   */
  static Cycle lean(Inventory inventory, Pod pod, PlacementOptions options) {
    return new Cycle(inventory, inventory.state, pod, options, true);
  }

  private Cycle(Inventory inventory, ClusterState state, Pod pod, PlacementOptions options, boolean lean) {
    this.lean = lean;
    this.inventory = inventory;
    this.nodes = inventory.nodes;
    this.state = state;
    this.pod = pod;
    this.options = options;
    int n = nodes.size();
    this.statics = StaticChecks.of(nodes, pod, options.taintComparisonOperators());
    this.code = lean ? null : new byte[n];
    this.aux = lean ? null : new int[n];
    this.requiredAffinity = pod.requiredAffinity().stream().map(t -> AffinityTerm.of(resolve(t), pod, 1)).toList();
    this.requiredAnti = pod.requiredAntiAffinity().stream().map(t -> AffinityTerm.of(resolve(t), pod, 1)).toList();
    this.preferredAffinity = pod.preferredAffinity().stream()
        .map(t -> AffinityTerm.of(resolve(t.virtualMachineAndPodAffinityTerm()), pod, t.weight())).toList();
    this.preferredAnti = pod.preferredAntiAffinity().stream()
        .map(t -> AffinityTerm.of(resolve(t.virtualMachineAndPodAffinityTerm()), pod, t.weight())).toList();
    for (TopologySpreadConstraint c : pod.topologySpreadConstraints()) {
      if (c.whenUnsatisfiable().equals(WhenUnsatisfiable.SCHEDULE_ANYWAY)) {
        softSpread.add(new Spread(c, pod, nodes));
      } else {
        hardSpread.add(new Spread(c, pod, nodes));
      }
    }
    this.podNzCpu = pod.cpuMillis() == 0 ? PlacedPod.DEFAULT_MILLI_CPU : pod.cpuMillis();
    this.podNzMem = pod.memoryBytes() == 0 ? PlacedPod.DEFAULT_MEMORY : pod.memoryBytes();
  }

  /**
   * As {@code plugins/interpodaffinity/plugin.go} {@code mergeAffinityTermNamespacesIfNotEmpty}: an incoming pod's
   * non-empty namespaceSelector is resolved against the namespaces and folded into the list; an empty one stays and
   * selects every namespace.
   */
  private dev.dvp.model.VirtualMachineAndPodAffinityTerm resolve(dev.dvp.model.VirtualMachineAndPodAffinityTerm t) {
    if (t.namespaceSelector().isEmpty() || t.namespaceSelector().get().isEmpty()) {
      return t;
    }
    LabelSelector selector = t.namespaceSelector().get();
    List<String> names = new ArrayList<>(t.namespaces());
    inventory.namespaces.forEach((name, labels) -> {
      if (selector.matches(labels) && !names.contains(name)) {
        names.add(name);
      }
    });
    return t.withNamespaces(names).withNamespaceSelector(java.util.Optional.empty());
  }

  Cycle run(TieBreak tieBreak) {
    return run(tieBreak, false);
  }

  /**
   * Runs the cycle; with {@code pack} the choice among feasible nodes is the fullest one after placement (lowest
   * LeastAllocated score, then the highest total) instead of kube-scheduler's maximum, for the planner's packing
   * rounds. Filters are the same either way.
   */
  Cycle run(TieBreak tieBreak, boolean pack) {
    prepareInterPodFilter();
    prepareSpreadFilter();
    ScratchArrays scratch = lean ? ScratchArrays.get() : null;
    filter(scratch);
    if (feasibleCount == 0) {
      feasible = new int[0];
      return this;
    }
    if (feasibleCount == 1) {
      chosen = feasible[0];
      tied = new int[] {chosen};
      dropScratch();
      return this;
    }
    if (lean) {
      if (pack) {
        throw new IllegalStateException("a lean cycle chooses as kube-scheduler does, not packed");
      }
      scoreAndChoose(tieBreak, scratch);
      dropScratch();
      return this;
    }
    score();
    if (pack) {
      choosePacked(tieBreak);
    } else {
      choose(tieBreak);
    }
    return this;
  }

  /**
   * The same cycle with every rejection code and per-plugin score, for explanations of a lean one: filters and
   * scores are recomputed (they are deterministic for an unchanged state), the choice is copied, so no tie-break is
   * drawn again.
   */
  Cycle detailed() {
    if (!lean) {
      return this;
    }
    Cycle d = new Cycle(inventory, state, pod, options, false);
    d.prepareInterPodFilter();
    d.prepareSpreadFilter();
    d.filter(null);
    if (d.feasibleCount > 1) {
      d.score();
    }
    d.chosen = chosen;
    d.tied = tied;
    return d;
  }

  // A lean cycle's arrays belong to the thread's scratch; what a Placement keeps must not alias them.
  private void dropScratch() {
    if (lean) {
      feasible = null;
      spreadScore = null;
      interPodScore = null;
      total = null;
    }
  }

  private void choosePacked(TieBreak tieBreak) {
    int bestFit = Integer.MAX_VALUE;
    long bestTotal = Long.MIN_VALUE;
    int count = 0;
    for (int j = 0; j < feasibleCount; j++) {
      if (fitScore[j] < bestFit || (fitScore[j] == bestFit && total[j] > bestTotal)) {
        bestFit = fitScore[j];
        bestTotal = total[j];
        count = 1;
      } else if (fitScore[j] == bestFit && total[j] == bestTotal) {
        count++;
      }
    }
    tied = new int[count];
    int k = 0;
    for (int j = 0; j < feasibleCount; j++) {
      if (fitScore[j] == bestFit && total[j] == bestTotal) {
        tied[k++] = feasible[j];
      }
    }
    chosen = tied[tieBreak.pick(count)];
  }

  // ---------------------------------------------------------------- filters

  /** Visits only the nodes that pass the static filters; a detailed cycle copies the static codes first. */
  private void filter(ScratchArrays scratch) {
    int n = nodes.size();
    int[] passing = statics.passing;
    int[] out = scratch == null ? new int[passing.length] : scratch.ints(ScratchArrays.FEASIBLE, passing.length);
    int count = 0;
    boolean interPod = !requiredAffinity.isEmpty() || !requiredAnti.isEmpty() || existingAntiCounts != null;
    long podCpu = pod.cpuMillis();
    long podMem = pod.memoryBytes();
    if (code != null) {
      for (int i = 0; i < n; i++) {
        byte c = statics.code[i];
        if (c != StaticChecks.PASS) {
          code[i] = c;
          aux[i] = statics.taintIndex[i];
        }
      }
    }
    for (int i : passing) {
      int fit = fit(i, podCpu, podMem);
      if (fit != 0) {
        reject(i, FIT, fit);
        continue;
      }
      if (!hardSpread.isEmpty() && !spreadFilter(i)) {
        continue;
      }
      if (interPod && !interPodFilter(i)) {
        continue;
      }
      out[count++] = i;
    }
    feasible = out;
    feasibleCount = count;
  }

  private void reject(int i, byte why, int detail) {
    if (code != null) {
      code[i] = why;
      aux[i] = detail;
    }
  }

  /**
   * NodeResourcesFit's filter ({@code plugins/noderesources/fit.go} {@code fitsRequest}): pods count, then cpu and
   * memory against allocatable minus what is requested.
   */
  private int fit(int i, long podCpu, long podMem) {
    int result = 0;
    if (state.podCount[i] + 1 > nodes.allocPods[i]) {
      result |= FIT_PODS;
    }
    if (podCpu > 0 && podCpu > nodes.allocCpu[i] - state.reqCpu[i]) {
      result |= FIT_CPU;
      if (podCpu > nodes.allocCpu[i]) {
        result |= FIT_UNRESOLVABLE;
      }
    }
    if (podMem > 0 && podMem > nodes.allocMem[i] - state.reqMem[i]) {
      result |= FIT_MEMORY;
      if (podMem > nodes.allocMem[i]) {
        result |= FIT_UNRESOLVABLE;
      }
    }
    return result;
  }

  private void prepareSpreadFilter() {
    if (hardSpread.isEmpty()) {
      return;
    }
    boolean[] eligible = new boolean[nodes.size()];
    for (int i = 0; i < eligible.length; i++) {
      boolean ok = statics.affinityMatch[i];
      for (Spread s : hardSpread) {
        ok &= s.topology.valueOf[i] >= 0;
      }
      eligible[i] = ok;
    }
    for (Spread s : hardSpread) {
      s.counts = new int[s.topology.size()];
      s.present = new boolean[s.topology.size()];
      for (int i = 0; i < eligible.length; i++) {
        if (eligible[i]) {
          s.present[s.topology.valueOf[i]] = true;
        }
      }
      for (PlacedPod p : state.candidates(s.selector)) {
        if (eligible[p.node] && p.pod.namespace().equals(pod.namespace()) && s.selector.matches(p.pod.labels())) {
          s.counts[s.topology.valueOf[p.node]]++;
        }
      }
      long min = Long.MAX_VALUE;
      for (int d = 0; d < s.counts.length; d++) {
        if (s.present[d]) {
          min = Math.min(min, s.counts[d]);
        }
      }
      // minDomains is always 1 for VMs (the CRD prunes it); with no eligible domain the minimum is 0.
      s.globalMin = min == Long.MAX_VALUE ? 0 : min;
    }
  }

  private boolean spreadFilter(int i) {
    for (int k = 0; k < hardSpread.size(); k++) {
      Spread s = hardSpread.get(k);
      int d = s.topology.valueOf[i];
      if (d < 0) {
        reject(i, SPREAD_MISSING_LABEL, k);
        return false;
      }
      long skew = s.counts[d] + s.selfMatch - s.globalMin;
      if (skew > s.maxSkew) {
        reject(i, SPREAD_SKEW, k);
        return false;
      }
    }
    return true;
  }

  private void prepareInterPodFilter() {
    String ns = pod.namespace();
    Map<String, String> nsLabels = inventory.namespaceLabels(ns);
    if (!requiredAffinity.isEmpty()) {
      affinityCounts = new HashMap<>();
      for (AffinityTerm t : requiredAffinity) {
        affinityCounts.computeIfAbsent(t.topologyKey, k -> new int[nodes.topology(k).size()]);
      }
      for (PlacedPod p : state.candidates(requiredAffinity.get(0).selector)) {
        if (!matchesAll(requiredAffinity, p)) {
          continue;
        }
        for (AffinityTerm t : requiredAffinity) {
          int v = nodes.topology(t.topologyKey).valueOf[p.node];
          if (v >= 0) {
            affinityCounts.get(t.topologyKey)[v]++;
            affinityCountsEmpty = false;
          }
        }
      }
      podMatchesOwnAffinity = true;
      for (AffinityTerm t : requiredAffinity) {
        podMatchesOwnAffinity &= t.matches(ns, pod.labels(), nsLabels);
      }
    }
    if (!requiredAnti.isEmpty()) {
      antiCounts = new HashMap<>();
      for (AffinityTerm t : requiredAnti) {
        int[] counts = antiCounts.computeIfAbsent(t.topologyKey, k -> new int[nodes.topology(k).size()]);
        int[] valueOf = nodes.topology(t.topologyKey).valueOf;
        for (PlacedPod p : state.candidates(t.selector)) {
          if (t.matches(p.pod.namespace(), p.pod.labels(), Map.of()) && valueOf[p.node] >= 0) {
            counts[valueOf[p.node]]++;
          }
        }
      }
    }
    prepareExistingAnti(ns, nsLabels);
    lineUp();
    lineUpExisting();
  }

  private void lineUpExisting() {
    if (existingAntiCounts == null) {
      return;
    }
    existingValueOf = new int[existingAntiCounts.size()][];
    existingCountOf = new int[existingAntiCounts.size()][];
    int k = 0;
    for (Map.Entry<String, int[]> e : existingAntiCounts.entrySet()) {
      existingValueOf[k] = nodes.topology(e.getKey()).valueOf;
      existingCountOf[k++] = e.getValue();
    }
  }

  private void lineUp() {
    if (affinityCounts != null) {
      affinityValueOf = new int[requiredAffinity.size()][];
      affinityCountOf = new int[requiredAffinity.size()][];
      for (int k = 0; k < requiredAffinity.size(); k++) {
        String key = requiredAffinity.get(k).topologyKey;
        affinityValueOf[k] = nodes.topology(key).valueOf;
        affinityCountOf[k] = affinityCounts.get(key);
      }
    }
    if (antiCounts != null) {
      antiValueOf = new int[requiredAnti.size()][];
      antiCountOf = new int[requiredAnti.size()][];
      for (int k = 0; k < requiredAnti.size(); k++) {
        String key = requiredAnti.get(k).topologyKey;
        antiValueOf[k] = nodes.topology(key).valueOf;
        antiCountOf[k] = antiCounts.get(key);
      }
    }
  }

  private void prepareExistingAnti(String ns, Map<String, String> nsLabels) {
    for (ClusterState.TermGroup g : state.termGroups()) {
      if (g.role != ClusterState.Role.REQUIRED_ANTI || !g.term.matches(ns, pod.labels(), nsLabels)) {
        continue;
      }
      if (existingAntiCounts == null) {
        existingAntiCounts = new HashMap<>();
      }
      int[] counts = existingAntiCounts.computeIfAbsent(g.term.topologyKey,
          k -> new int[nodes.topology(k).size()]);
      int[] valueOf = nodes.topology(g.term.topologyKey).valueOf;
      for (PlacedPod p : g.members) {
        if (valueOf[p.node] >= 0) {
          counts[valueOf[p.node]]++;
        }
      }
    }
  }

  private boolean matchesAll(List<AffinityTerm> terms, PlacedPod p) {
    for (AffinityTerm t : terms) {
      if (!t.matches(p.pod.namespace(), p.pod.labels(), Map.of())) {
        return false;
      }
    }
    return true;
  }

  /**
   * InterPodAffinity's filter ({@code plugins/interpodaffinity/filtering.go}): incoming affinity (with the
   * first-of-group rule), incoming anti-affinity, existing anti-affinity.
   */
  private boolean interPodFilter(int i) {
    if (affinityValueOf != null) {
      boolean podsExist = true;
      for (int k = 0; k < affinityValueOf.length; k++) {
        int v = affinityValueOf[k][i];
        if (v < 0) {
          reject(i, AFFINITY, 0);
          return false;
        }
        if (affinityCountOf[k][v] <= 0) {
          podsExist = false;
        }
      }
      if (!podsExist && !(affinityCountsEmpty && podMatchesOwnAffinity)) {
        reject(i, AFFINITY, 0);
        return false;
      }
    }
    if (antiValueOf != null) {
      for (int k = 0; k < antiValueOf.length; k++) {
        int v = antiValueOf[k][i];
        if (v >= 0 && antiCountOf[k][v] > 0) {
          reject(i, ANTI_AFFINITY, k);
          return false;
        }
      }
    }
    if (existingValueOf != null) {
      for (int k = 0; k < existingValueOf.length; k++) {
        int v = existingValueOf[k][i];
        if (v >= 0 && existingCountOf[k][v] > 0) {
          reject(i, EXISTING_ANTI_AFFINITY, 0);
          return false;
        }
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- scores

  private void score() {
    scored = true;
    int m = feasibleCount;
    taintScore = new int[m];
    nodeAffinityScore = new int[m];
    fitScore = new int[m];
    spreadScore = new int[m];
    interPodScore = new int[m];
    balancedScore = new int[m];
    total = new long[m];

    // TaintToleration (tainttoleration/taint_toleration.go), reversed default normalisation.
    int[] tRaw = statics.taintRaw;
    taintRaw = new long[m];
    for (int j = 0; j < m; j++) {
      taintRaw[j] = tRaw[feasible[j]];
    }
    normalizeDefault(taintRaw, taintScore, true);

    // NodeAffinity (nodeaffinity/node_affinity.go); PreScore skips without preferred terms.
    if (pod.preferredNodeAffinity().isEmpty()) {
      java.util.Arrays.fill(nodeAffinityScore, -1);
    } else {
      int[] aRaw = statics.nodeAffinityRaw;
      nodeAffinityRaw = new long[m];
      for (int j = 0; j < m; j++) {
        nodeAffinityRaw[j] = aRaw[feasible[j]];
      }
      normalizeDefault(nodeAffinityRaw, nodeAffinityScore, false);
    }

    // NodeResourcesFit LeastAllocated (noderesources/least_allocated.go) over non-zero requests;
    // BalancedAllocation (noderesources/balanced_allocation.go) over actual requests.
    boolean bestEffort = pod.cpuMillis() == 0 && pod.memoryBytes() == 0;
    for (int j = 0; j < m; j++) {
      int i = feasible[j];
      fitScore[j] = leastAllocated(i);
      balancedScore[j] = bestEffort ? -1 : balanced(i);
    }

    scoreSpread();
    Map<String, long[]> topologyScore = interPodTopologyScores();
    if (topologyScore == null) {
      java.util.Arrays.fill(interPodScore, -1);
    } else {
      scoreInterPod(topologyScore);
    }

    for (int j = 0; j < m; j++) {
      long sum = (long) WEIGHT_TAINT * taintScore[j] + (long) WEIGHT_FIT * fitScore[j];
      sum += nodeAffinityScore[j] < 0 ? 0 : (long) WEIGHT_NODE_AFFINITY * nodeAffinityScore[j];
      sum += spreadScore[j] < 0 ? 0 : (long) WEIGHT_SPREAD * spreadScore[j];
      sum += interPodScore[j] < 0 ? 0 : (long) WEIGHT_INTER_POD * interPodScore[j];
      sum += balancedScore[j] < 0 ? 0 : (long) WEIGHT_BALANCED * balancedScore[j];
      total[j] = sum;
    }
  }

  /** Kubernetes {@code plugins/helper/normalize_score.go} {@code DefaultNormalizeScore}. */
  static void normalizeDefault(long[] raw, int[] out, boolean reverse) {
    long max = 0;
    for (long r : raw) {
      max = Math.max(max, r);
    }
    for (int j = 0; j < raw.length; j++) {
      out[j] = normalized(raw[j], max, reverse);
    }
  }

  static int normalized(long raw, long max, boolean reverse) {
    long s = max == 0 ? 0 : 100 * raw / max;
    return (int) (reverse ? 100 - s : s);
  }

  /**
   * {@link #normalized} for every raw value 0..max, so the per-node loop does no division; {@code null} when the
   * range is too wide to be worth a table.
   */
  private static int[] normalizedTable(long max, boolean reverse) {
    if (max > 4096) {
      return null;
    }
    int[] table = new int[(int) max + 1];
    for (int r = 0; r <= max; r++) {
      table[r] = normalized(r, max, reverse);
    }
    return table;
  }

  private static int lookUp(int[] table, long raw, long max, boolean reverse) {
    return table != null && raw >= 0 && raw < table.length ? table[(int) raw] : normalized(raw, max, reverse);
  }

  /**
   * The lean cycle's scores: the same plugins, weights and normalisations as {@link #score()} and the same choice as
   * {@link #choose}, but only each node's total is kept, in scratch, and the maximum is tracked on the way.
   */
  private void scoreAndChoose(TieBreak tieBreak, ScratchArrays scratch) {
    int m = feasibleCount;
    int[] f = feasible;
    int[] tRaw = statics.taintRaw;
    int[] aRaw = statics.nodeAffinityRaw;
    boolean nodeAffinity = !pod.preferredNodeAffinity().isEmpty();
    long taintMax = 0;
    long affinityMax = 0;
    for (int j = 0; j < m; j++) {
      taintMax = Math.max(taintMax, tRaw[f[j]]);
      affinityMax = Math.max(affinityMax, aRaw[f[j]]);
    }
    int[] taintTable = normalizedTable(taintMax, true);
    int[] affinityTable = nodeAffinity ? normalizedTable(affinityMax, false) : null;
    int[] spread = null;
    if (!softSpread.isEmpty()) {
      spreadScore = scratch.ints(ScratchArrays.SPREAD, m);
      scoreSpread();
      spread = spreadScore;
    }
    int[] interPod = null;
    Map<String, long[]> topologyScore = interPodTopologyScores();
    if (topologyScore != null) {
      interPodScore = scratch.ints(ScratchArrays.INTER_POD, m);
      scoreInterPod(topologyScore);
      interPod = interPodScore;
    }
    boolean bestEffort = pod.cpuMillis() == 0 && pod.memoryBytes() == 0;
    long[] sums = scratch.longs(m);
    long best = Long.MIN_VALUE;
    int count = 0;
    for (int j = 0; j < m; j++) {
      int i = f[j];
      long sum = (long) WEIGHT_TAINT * lookUp(taintTable, tRaw[i], taintMax, true)
          + (long) WEIGHT_FIT * leastAllocated(i);
      if (nodeAffinity) {
        int s = lookUp(affinityTable, aRaw[i], affinityMax, false);
        sum += s < 0 ? 0 : (long) WEIGHT_NODE_AFFINITY * s;
      }
      if (spread != null) {
        sum += spread[j] < 0 ? 0 : (long) WEIGHT_SPREAD * spread[j];
      }
      if (interPod != null) {
        sum += interPod[j] < 0 ? 0 : (long) WEIGHT_INTER_POD * interPod[j];
      }
      if (!bestEffort) {
        if (sum + WEIGHT_BALANCED * 100L < best) {
          // BalancedAllocation gives at most 100: this node can neither lead nor tie, so it needs no more work.
          sums[j] = Long.MIN_VALUE;
          continue;
        }
        int b = balanced(i, true);
        sum += b < 0 ? 0 : (long) WEIGHT_BALANCED * b;
      }
      sums[j] = sum;
      if (sum > best) {
        best = sum;
        count = 1;
      } else if (sum == best) {
        count++;
      }
    }
    tied = new int[count];
    int k = 0;
    for (int j = 0; j < m; j++) {
      if (sums[j] == best) {
        tied[k++] = f[j];
      }
    }
    chosen = tied[tieBreak.pick(count)];
  }

  private int leastAllocated(int i) {
    long sum = 0;
    long weights = 0;
    long alloc = nodes.allocCpu[i];
    if (alloc > 0) {
      long req = state.nzCpu[i] + podNzCpu;
      sum += req > alloc ? 0 : percentFree(alloc - req, alloc, nodes.inverseCpu[i]);
      weights++;
    }
    alloc = nodes.allocMem[i];
    if (alloc > 0) {
      long req = state.nzMem[i] + podNzMem;
      sum += req > alloc ? 0 : percentFree(alloc - req, alloc, nodes.inverseMem[i]);
      weights++;
    }
    return weights == 0 ? 0 : (int) (weights == 2 ? sum >> 1 : sum);
  }

  /**
   * ⌊free × 100 / alloc⌋ exactly as Go's int64 division (for 0 ≤ free ≤ alloc), without a division on the hot path:
   * an estimate from {@code inverse} = 1/alloc, off by less than one, corrected by one either way.
   */
  static long percentFree(long free, long alloc, double inverse) {
    if (free > Long.MAX_VALUE / 100) {
      return (long) ((double) free * 100 / alloc);
    }
    long num = free * 100;
    long q = (long) ((double) num * inverse);
    if (q * alloc > num) {
      q--;
    } else if ((q + 1) * alloc <= num) {
      q++;
    }
    return q;
  }

  private int balanced(int i) {
    return balanced(i, false);
  }

  /**
   * {@code plugins/noderesources/balanced_allocation.go}; {@code fast} takes {@link #balancedScoreFast}, which gives
   * the same result.
   */
  private int balanced(int i, boolean fast) {
    int with = fast ? balancedScoreFast(i, pod.cpuMillis(), pod.memoryBytes())
        : balancedScore(i, pod.cpuMillis(), pod.memoryBytes());
    if (options.kubernetesVersion() != KubernetesVersion.V1_36) {
      return with;
    }
    int without = fast ? balancedScoreFast(i, 0, 0) : balancedScore(i, 0, 0);
    return 50 + (50 + with - without) / 2;
  }

  /**
   * {@link #balancedScore} with the two divisions replaced by multiplications with 1/allocatable. That moves the
   * fractions by a few units in the last place, so the score before truncation is within 1e-12 of the exact one:
   * when it is further than {@link #TRUNCATION_GUARD} from an integer the truncation is the same; otherwise (rare,
   * e.g. equal fractions) the exact computation decides.
   */
  int balancedScoreFast(int i, long podCpu, long podMem) {
    if (nodes.allocCpu[i] <= 0 || nodes.allocMem[i] <= 0) {
      return 100;
    }
    double f1 = atMostOne((double) (state.reqCpu[i] + podCpu) * nodes.inverseCpu[i]);
    double f2 = atMostOne((double) (state.reqMem[i] + podMem) * nodes.inverseMem[i]);
    double score = (1 - Math.abs((f1 - f2) / 2)) * 100;
    int truncated = (int) score;
    if ((int) (score - TRUNCATION_GUARD) != truncated || (int) (score + TRUNCATION_GUARD) != truncated) {
      return balancedScore(i, podCpu, podMem);
    }
    return truncated;
  }

  private static final double TRUNCATION_GUARD = 1e-9;

  // Math.min(1.0, x) for the non-negative, non-NaN fractions here, without its NaN and -0.0 handling (not an
  // intrinsic on JDK 17, and the dearest part of the loop).
  private static double atMostOne(double x) {
    return x < 1.0 ? x : 1.0;
  }

  int balancedScore(int i, long podCpu, long podMem) {
    long cpu = nodes.allocCpu[i];
    long mem = nodes.allocMem[i];
    if (cpu <= 0 || mem <= 0) {
      return 100; // one resource or none: the standard deviation is 0
    }
    double f1 = Math.min(1.0, (double) (state.reqCpu[i] + podCpu) / cpu);
    double f2 = Math.min(1.0, (double) (state.reqMem[i] + podMem) / mem);
    double std = Math.abs((f1 - f2) / 2);
    return (int) ((1 - std) * 100);
  }

  /**
   * PodTopologySpread's score ({@code plugins/podtopologyspread/scoring.go}): ScheduleAnyway constraints only; skipped
   * without them (no system defaults, see package doc).
   */
  private void scoreSpread() {
    int m = feasibleCount;
    if (softSpread.isEmpty()) {
      java.util.Arrays.fill(spreadScore, -1);
      return;
    }
    boolean[] ignored = new boolean[m];
    int ignoredCount = 0;
    List<Map<Integer, long[]>> counts = new ArrayList<>();
    for (int k = 0; k < softSpread.size(); k++) {
      counts.add(new HashMap<>());
    }
    for (int j = 0; j < m; j++) {
      int i = feasible[j];
      boolean all = true;
      for (Spread s : softSpread) {
        all &= s.topology.valueOf[i] >= 0;
      }
      if (!all) {
        ignored[j] = true;
        ignoredCount++;
        continue;
      }
      for (int k = 0; k < softSpread.size(); k++) {
        Spread s = softSpread.get(k);
        if (!s.key.equals("kubernetes.io/hostname")) {
          counts.get(k).computeIfAbsent(s.topology.valueOf[i], x -> new long[1]);
        }
      }
    }
    double[] weight = new double[softSpread.size()];
    for (int k = 0; k < softSpread.size(); k++) {
      int size = softSpread.get(k).key.equals("kubernetes.io/hostname") ? m - ignoredCount : counts.get(k).size();
      weight[k] = Math.log(size + 2);
    }
    // Pods are counted over all nodes that pass the required node affinity and carry every key.
    for (int k = 0; k < softSpread.size(); k++) {
      Spread s = softSpread.get(k);
      for (PlacedPod p : state.candidates(s.selector)) {
        if (!statics.affinityMatch[p.node] || !p.pod.namespace().equals(pod.namespace())
            || !s.selector.matches(p.pod.labels())) {
          continue;
        }
        boolean all = true;
        for (Spread o : softSpread) {
          all &= o.topology.valueOf[p.node] >= 0;
        }
        if (!all) {
          continue;
        }
        long[] c = counts.get(k).get(s.topology.valueOf[p.node]);
        if (c != null) {
          c[0]++;
        }
      }
    }
    spreadRaw = new long[m];
    long min = Long.MAX_VALUE;
    long max = 0;
    for (int j = 0; j < m; j++) {
      if (ignored[j]) {
        continue;
      }
      int i = feasible[j];
      double score = 0;
      for (int k = 0; k < softSpread.size(); k++) {
        Spread s = softSpread.get(k);
        long cnt;
        if (s.key.equals("kubernetes.io/hostname")) {
          cnt = 0;
          for (PlacedPod p : state.podsOnNode.get(i)) {
            if (s.selector != null && p.pod.namespace().equals(pod.namespace()) && s.selector.matches(p.pod.labels())) {
              cnt++;
            }
          }
        } else {
          cnt = counts.get(k).get(s.topology.valueOf[i])[0];
        }
        score += cnt * weight[k] + (s.maxSkew - 1);
      }
      spreadRaw[j] = Math.round(score);
      min = Math.min(min, spreadRaw[j]);
      max = Math.max(max, spreadRaw[j]);
    }
    for (int j = 0; j < m; j++) {
      if (ignored[j]) {
        spreadScore[j] = 0;
      } else if (max == 0) {
        spreadScore[j] = 100;
      } else {
        spreadScore[j] = (int) (100 * (max + min - spreadRaw[j]) / max);
      }
    }
  }

  /**
   * InterPodAffinity's score ({@code plugins/interpodaffinity/scoring.go}): the score per topology key and value;
   * {@code null} when nothing was recorded (skipped).
   */
  private Map<String, long[]> interPodTopologyScores() {
    Map<String, long[]> topologyScore = new HashMap<>();
    boolean recorded = false;
    String ns = pod.namespace();
    Map<String, String> nsLabels = inventory.namespaceLabels(ns);
    for (AffinityTerm t : preferredAffinity) {
      recorded |= addIncoming(topologyScore, t, t.weight);
    }
    for (AffinityTerm t : preferredAnti) {
      recorded |= addIncoming(topologyScore, t, -t.weight);
    }
    int hard = options.hardPodAffinityWeight();
    for (ClusterState.TermGroup g : state.termGroups()) {
      int w;
      switch (g.role) {
        case REQUIRED_AFFINITY -> w = hard;
        case PREFERRED_AFFINITY -> w = g.term.weight;
        case PREFERRED_ANTI -> w = -g.term.weight;
        default -> w = 0;
      }
      if (w == 0 || !g.term.matches(ns, pod.labels(), nsLabels)) {
        continue;
      }
      NodeTable.TopologyIndex topo = nodes.topology(g.term.topologyKey);
      long[] scores = topologyScore.computeIfAbsent(g.term.topologyKey, k -> new long[topo.size()]);
      for (PlacedPod p : g.members) {
        int v = topo.valueOf[p.node];
        if (v >= 0) {
          scores[v] += w;
          recorded = true;
        }
      }
    }
    return recorded ? topologyScore : null;
  }

  private void scoreInterPod(Map<String, long[]> topologyScore) {
    int m = feasibleCount;
    interPodRaw = new long[m];
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int j = 0; j < m; j++) {
      int i = feasible[j];
      long raw = 0;
      for (Map.Entry<String, long[]> e : topologyScore.entrySet()) {
        int v = nodes.topology(e.getKey()).valueOf[i];
        if (v >= 0) {
          raw += e.getValue()[v];
        }
      }
      interPodRaw[j] = raw;
      min = Math.min(min, raw);
      max = Math.max(max, raw);
    }
    long diff = max - min;
    for (int j = 0; j < m; j++) {
      interPodScore[j] = diff > 0 ? (int) (100.0 * (interPodRaw[j] - min) / diff) : 0;
    }
  }

  private boolean addIncoming(Map<String, long[]> topologyScore, AffinityTerm t, int weight) {
    if (weight == 0) {
      return false;
    }
    NodeTable.TopologyIndex topo = nodes.topology(t.topologyKey);
    long[] scores = null;
    boolean recorded = false;
    for (PlacedPod p : state.candidates(t.selector)) {
      int v = topo.valueOf[p.node];
      if (v >= 0 && t.matches(p.pod.namespace(), p.pod.labels(), Map.of())) {
        if (scores == null) {
          scores = topologyScore.computeIfAbsent(t.topologyKey, k -> new long[topo.size()]);
        }
        scores[v] += weight;
        recorded = true;
      }
    }
    return recorded;
  }

  private void choose(TieBreak tieBreak) {
    long best = Long.MIN_VALUE;
    int count = 0;
    for (int j = 0; j < feasibleCount; j++) {
      if (total[j] > best) {
        best = total[j];
        count = 1;
      } else if (total[j] == best) {
        count++;
      }
    }
    tied = new int[count];
    int k = 0;
    for (int j = 0; j < feasibleCount; j++) {
      if (total[j] == best) {
        tied[k++] = feasible[j];
      }
    }
    chosen = tied[tieBreak.pick(count)];
  }

  long totalOf(int node) {
    if (!scored) {
      return 0;
    }
    int j = java.util.Arrays.binarySearch(feasible, 0, feasibleCount, node);
    return j < 0 ? 0 : total[j];
  }
}

package dev.dvp.placement;

import dev.dvp.sizing.MemoryOverhead;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The result of scheduling one pod (one VM): the chosen node, every feasible node with its per-plugin scores, the
 * tied nodes, and for every rejected node the first failing filter with kube-scheduler's reasons and the SDK's
 * per-constraint details.
 *
 * <pre>{@code
 * Placement p = Scheduler.of(PlacementOptions.defaults()).schedule(inventory, vm, Optional.of(vmClass), TieBreak.byName());
 * p.node();        // Optional[worker-2]
 * p.summary();     // "0/3 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 2 Insufficient cpu."
 * p.rejections();  // per node: plugin, reasons, details
 * }</pre>
 *
 * <p>Immutable and thread-safe; scores and rejections are built on first use. The scheduler's cycle keeps only the
 * choice; the first call that needs per-node detail re-runs the filters and scores on the same (immutable) snapshot,
 * which gives the same codes and scores without drawing from the tie-break again.
 */
public final class Placement {
  private final Cycle cycle;
  private final String snapshotId;
  private final String summary;
  private volatile Cycle detailed;
  private volatile List<NodeScore> scores;
  private volatile List<NodeRejection> rejections;

  Placement(Cycle cycle, String snapshotId) {
    this.cycle = cycle;
    this.snapshotId = snapshotId;
    this.summary = cycle.chosen >= 0
        ? "Successfully assigned " + cycle.pod.key() + " to " + cycle.nodes.names[cycle.chosen]
        : Explain.summary(detailed());
  }

  // Racing threads may each build one; they are equal, and either may win.
  private Cycle detailed() {
    Cycle d = detailed;
    if (d == null) {
      d = cycle.detailed();
      detailed = d;
    }
    return d;
  }

  /**
   * Returns the inventory snapshot the placement was computed on.
   *
   * @return {@link Inventory#snapshotId()}
   */
  public String snapshotId() {
    return snapshotId;
  }

  /**
   * Returns the pod that was scheduled (for a VM, its rendered launcher pod with requests and warnings).
   *
   * @return the pod
   */
  public Pod pod() {
    return cycle.pod;
  }

  /**
   * Returns the chosen node.
   *
   * @return the node's name; empty when no node is feasible
   */
  public Optional<String> node() {
    return cycle.chosen < 0 ? Optional.empty() : Optional.of(cycle.nodes.names[cycle.chosen]);
  }

  /**
   * Tells whether a node was chosen.
   *
   * @return {@code true} when some node is feasible
   */
  public boolean isScheduled() {
    return cycle.chosen >= 0;
  }

  /**
   * Returns the nodes that share the highest total score, in name order (kube-scheduler's {@code selectHost} in
   * Kubernetes {@code pkg/scheduler/schedule_one.go} picks at random among them); the chosen node is one of them.
   *
   * @return the tied nodes; empty when nothing is feasible
   */
  public List<String> tiedNodes() {
    List<String> out = new ArrayList<>(cycle.tied.length);
    for (int i : cycle.tied) {
      out.add(cycle.nodes.names[i]);
    }
    return out;
  }

  /**
   * Returns kube-scheduler's one-line account: {@code Successfully assigned ns/name to node}, or the FitError text
   * {@code 0/N nodes are available: <count> <reason>, ....} with the reasons sorted as kube-scheduler sorts them.
   *
   * @return the summary
   */
  public String summary() {
    return summary;
  }

  /**
   * Returns every feasible node with its scores, in name order.
   *
   * @return the feasible nodes
   */
  public List<NodeScore> scores() {
    List<NodeScore> s = scores;
    if (s == null) {
      s = Scores.of(detailed());
      scores = s;
    }
    return s;
  }

  /**
   * Returns the score of one feasible node.
   *
   * @param node the node's name
   * @return its score, if it was feasible
   */
  public Optional<NodeScore> score(String node) {
    return scores().stream().filter(s -> s.node().equals(node)).findFirst();
  }

  /**
   * Returns every rejected node with its reason, in name order.
   *
   * @return the rejections
   */
  public List<NodeRejection> rejections() {
    List<NodeRejection> r = rejections;
    if (r == null) {
      Cycle c = detailed();
      List<NodeRejection> out = new ArrayList<>();
      for (int i = 0; i < c.code.length; i++) {
        if (c.code[i] != Cycle.FEASIBLE) {
          out.add(Explain.rejection(c, i));
        }
      }
      r = List.copyOf(out);
      rejections = r;
    }
    return r;
  }

  /**
   * Returns the rejection of one node.
   *
   * @param node the node's name
   * @return why it was rejected; empty if it was feasible or unknown
   */
  public Optional<NodeRejection> rejection(String node) {
    Integer i = cycle.nodes.indexByName.get(node);
    if (i == null) {
      return Optional.empty();
    }
    Cycle c = detailed();
    return c.code[i] == Cycle.FEASIBLE ? Optional.empty() : Optional.of(Explain.rejection(c, i));
  }

  /**
   * Returns the nodes that failed only with {@code Unschedulable}, where preemption could help (kube-scheduler's
   * DefaultPreemption; preemption itself is not modelled).
   *
   * @return node names; empty when the pod was scheduled
   */
  public List<String> preemptionCandidates() {
    if (isScheduled()) {
      return List.of();
    }
    Cycle c = detailed();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < c.code.length; i++) {
      if (c.code[i] != Cycle.FEASIBLE && Explain.status(c, i) == FilterStatus.UNSCHEDULABLE) {
        out.add(cycle.nodes.names[i]);
      }
    }
    return out;
  }

  /**
   * Returns what rendering warned about (overridden selector keys, empty terms, sizing fallbacks).
   *
   * @return the warnings
   */
  public List<String> warnings() {
    return cycle.pod.warnings();
  }

  /**
   * Returns the scheduler version whose semantics were used.
   *
   * @return the version
   */
  public KubernetesVersion kubernetesVersion() {
    return cycle.options.kubernetesVersion();
  }

  /**
   * Returns the memory-overhead model used for VM requests.
   *
   * @return the model
   */
  public MemoryOverhead memoryOverhead() {
    return cycle.options.memoryOverhead();
  }

  @Override
  public String toString() {
    return summary;
  }
}

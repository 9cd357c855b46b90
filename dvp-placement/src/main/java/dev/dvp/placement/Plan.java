package dev.dvp.placement;

import java.util.List;
import java.util.Map;

/**
 * A batch placement: the pods bound in binding order and the ones left unplaced with kube-scheduler's account of
 * why, on one inventory snapshot.
 *
 * <p>The assignments form a valid binding order: binding them one after the other, each pod passes every filter on
 * its node given the pods bound before it (that is how required affinity, anti-affinity and spread among pods of
 * the same batch are honoured). {@code totalScore} is the sum of the pods' scores at their binding.
 *
 * @param snapshotId the inventory snapshot
 * @param strategy how the plan was found, e.g. {@code scheduler order} or {@code optimised (3 rounds)}
 * @param assignments the bound pods in binding order
 * @param unplaced pod key to its placement at its turn in the final round (summary and per-node reasons)
 * @param totalScore Σ scores of the assignments
 */
public record Plan(String snapshotId, String strategy, List<Assignment> assignments, Map<String, Placement> unplaced,
    long totalScore) {
  /** Copies the collections. */
  public Plan {
    assignments = List.copyOf(assignments);
    unplaced = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unplaced));
  }

  /**
   * Returns the number of pods placed.
   *
   * @return {@code assignments().size()}
   */
  public int placedCount() {
    return assignments.size();
  }

  /**
   * Returns the node a pod was bound to.
   *
   * @param podKey {@code namespace/name}
   * @return the node, if placed
   */
  public java.util.Optional<String> nodeOf(String podKey) {
    return assignments.stream().filter(a -> a.pod().equals(podKey)).map(Assignment::node).findFirst();
  }
}

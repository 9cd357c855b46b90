package dev.dvp.placement;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether one node satisfies DVP's own {@code MatchesVMPlacement} predicate (R-A15), and if not, which of its five
 * conditions failed first.
 *
 * @param node the node's name
 * @param matches whether the node satisfies the predicate
 * @param reason the first failing condition, e.g. {@code R-A15 (5): taint dedicated=db:NoSchedule is not tolerated
 *     by the VM's own tolerations (class tolerations are not considered)}; empty when the node matches
 * @param error whether the failure is an error in DVP's Go code (a malformed node selector operator) rather than a
 *     plain mismatch
 */
public record NodeMatch(String node, boolean matches, Optional<String> reason, boolean error) {
  /** Checks that a failing match has a reason and a passing one none. */
  public NodeMatch {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(reason, "reason");
    if (matches == reason.isPresent()) {
      throw new IllegalArgumentException("NodeMatch: expected a reason exactly when the node does not match");
    }
  }
}

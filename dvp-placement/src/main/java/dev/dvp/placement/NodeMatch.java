package dev.dvp.placement;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether one node satisfies DVP's own {@code MatchesVMPlacement} predicate
 * ({@code images/virtualization-artifact/pkg/common/nodeaffinity/nodeaffinity.go}), and if not, which of its five
 * conditions failed first.
 *
 * @param node the node's name
 * @param matches whether the node satisfies the predicate
 * @param code the failing condition as a stable code, empty when the node matches: {@value #NODE_SELECTOR},
 *     {@value #NODE_AFFINITY}, {@value #CLASS_MATCH_LABELS}, {@value #CLASS_MATCH_EXPRESSIONS} or
 *     {@value #TAINT_NOT_TOLERATED}
 * @param reason what failed, e.g. {@code taint dedicated=db:NoSchedule is not tolerated by the VM's own tolerations
 *     (class tolerations are not considered)}; empty when the node matches
 * @param error whether the failure is an error in DVP's Go code (a malformed node selector operator) rather than a
 *     plain mismatch
 */
public record NodeMatch(String node, boolean matches, Optional<String> code, Optional<String> reason, boolean error) {
  /** Code: the VM's {@code spec.nodeSelector} is not a subset of the node's labels. */
  public static final String NODE_SELECTOR = "nodeSelector";
  /** Code: the VM's required node affinity does not match the node, or has a malformed operator. */
  public static final String NODE_AFFINITY = "nodeAffinity";
  /** Code: the class's {@code nodeSelector.matchLabels} are not a subset of the node's labels. */
  public static final String CLASS_MATCH_LABELS = "classMatchLabels";
  /** Code: the class's {@code nodeSelector.matchExpressions} do not hold for the node. */
  public static final String CLASS_MATCH_EXPRESSIONS = "classMatchExpressions";
  /** Code: a NoSchedule or NoExecute taint of the node is not tolerated by the VM's own tolerations. */
  public static final String TAINT_NOT_TOLERATED = "taintNotTolerated";

  /** Checks that a failing match has a code and a reason, and a passing one neither. */
  public NodeMatch {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reason, "reason");
    if (matches == reason.isPresent() || matches == code.isPresent()) {
      throw new IllegalArgumentException(
          "NodeMatch: expected a code and a reason exactly when the node does not match");
    }
  }
}

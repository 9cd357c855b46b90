package dev.dvp.placement;

/**
 * One pod of a plan bound to a node.
 *
 * @param pod the pod's {@code namespace/name}
 * @param node the node
 * @param score the pod's total kube-scheduler score on that node when it was bound (0 when it was the only
 *     feasible node, as kube-scheduler's {@code prioritizeNodes} in {@code pkg/scheduler/schedule_one.go})
 */
public record Assignment(String pod, String node, long score) {}

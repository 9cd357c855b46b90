package dev.dvp.placement;

/**
 * The status code a failing filter returns. It matters for preemption (kube-scheduler's DefaultPreemption, not
 * modelled): only nodes that failed with {@link #UNSCHEDULABLE} could become feasible by evicting lower-priority pods.
 */
public enum FilterStatus {
  /** {@code Unschedulable}: the node may fit after other pods leave. */
  UNSCHEDULABLE,
  /** {@code UnschedulableAndUnresolvable}: no eviction helps. */
  UNSCHEDULABLE_AND_UNRESOLVABLE
}

package dev.dvp.placement;

import java.util.List;

/**
 * Why one node cannot take the pod: the first failing filter (in the order of Kubernetes
 * {@code pkg/scheduler/apis/config/v1/default_plugins.go}), kube-scheduler's reason strings for it (what the aggregate
 * message counts) and the SDK's explanation per constraint, which kube-scheduler does not give.
 *
 * @param node the node's name
 * @param plugin the failing filter plugin, e.g. {@code NodeAffinity}
 * @param status the filter's status code
 * @param reasons kube-scheduler's reasons, e.g. {@code [Insufficient cpu, Insufficient memory]}
 * @param details which constraint failed and with what values, e.g.
 *     {@code nodeSelector disktype=ssd: the node has disktype=hdd}
 */
public record NodeRejection(String node, String plugin, FilterStatus status, List<String> reasons,
    List<String> details) {
  /** Copies the lists. */
  public NodeRejection {
    reasons = List.copyOf(reasons);
    details = List.copyOf(details);
  }
}

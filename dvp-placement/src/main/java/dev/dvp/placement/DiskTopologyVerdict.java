package dev.dvp.placement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of DVP's disk-topology admission check ({@code pv_node_affinity_validator.go} with
 * {@code MatchesVMPlacement}).
 *
 * @param allowed whether the request is admitted
 * @param message the webhook's denial text, empty when allowed
 * @param nodes for a VM not yet scheduled, the nodes satisfying {@code MatchesVMPlacement} and every disk's PV
 *     node affinity (name order); for a running VM, its node when allowed
 * @param notes explanations that are not part of DVP's answer, e.g. that class tolerations were not considered and
 *     which nodes they would have admitted
 */
public record DiskTopologyVerdict(boolean allowed, Optional<String> message, List<String> nodes,
    List<String> notes) {
  /** Copies the lists and checks that a denial carries its message. */
  public DiskTopologyVerdict {
    Objects.requireNonNull(message, "message");
    if (allowed == message.isPresent()) {
      throw new IllegalArgumentException("DiskTopologyVerdict: expected a message exactly when denied");
    }
    nodes = List.copyOf(nodes);
    notes = List.copyOf(notes);
  }
}

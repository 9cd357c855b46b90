package dev.dvp.placement;

import java.util.List;

/**
 * Targets for the VMs of a node going into maintenance.
 *
 * @param snapshotId the inventory snapshot
 * @param node the drained node
 * @param moves one entry per VM on the node, in binding order for those that move, then those that cannot
 */
public record EvacuationPlan(String snapshotId, String node, List<Move> moves) {
  /** Copies the list. */
  public EvacuationPlan {
    moves = List.copyOf(moves);
  }

  /**
   * Tells whether every VM can leave the node.
   *
   * @return {@code true} when no move has a reason
   */
  public boolean complete() {
    return moves.stream().allMatch(m -> m.target().isPresent());
  }
}

package dev.dvp.migration;

import java.util.Objects;

/**
 * One VM leaving its node: where from, where to (the assignment comes from the placement module's drain), and its
 * migration scenario. Immutable; thread-safe.
 *
 * @param vmName the VM's name (unique within an evacuation)
 * @param sourceNode the node it leaves
 * @param targetNode the node it goes to
 * @param scenario its memory, workload, path and policy; any {@code force} is ignored (system evictions carry none)
 */
public record EvacuationMove(String vmName, String sourceNode, String targetNode, MigrationScenario scenario) {

    /** Validates the components. */
    public EvacuationMove {
        Objects.requireNonNull(scenario, "scenario");
        if (vmName == null || vmName.isBlank()) {
            throw new IllegalArgumentException("moves[].vmName must be a VM name, got " + vmName
                    + ". Maybe the VM's metadata.name?");
        }
        if (sourceNode == null || sourceNode.isBlank() || targetNode == null || targetNode.isBlank()) {
            throw new IllegalArgumentException("moves[" + vmName + "]: sourceNode and targetNode must be node names. "
                    + "Maybe take them from the placement drain plan?");
        }
        if (sourceNode.equals(targetNode)) {
            throw new IllegalArgumentException("moves[" + vmName + "]: targetNode equals sourceNode (" + sourceNode
                    + "). Maybe the placement plan has no other node for this VM?");
        }
    }
}

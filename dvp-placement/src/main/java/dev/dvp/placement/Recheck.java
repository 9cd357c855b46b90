package dev.dvp.placement;

import dev.dvp.model.VirtualMachineOperation;
import java.util.Optional;

/**
 * The outcome of re-checking a running VM after a placement change.
 *
 * @param verdict what DVP does
 * @param rule the rule that decided, e.g. {@code R-A17 step 5: this placement was already tried once}
 * @param virtualMachine {@code namespace/name}
 * @param currentNode the node the VM runs on
 * @param currentNodeRejection why the current node no longer fits; empty when it does
 * @param operation the Evict operation DVP creates ({@code generateName: nodeplacement-update-}), for
 *     {@link RecheckVerdict#WILL_MIGRATE}
 * @param target where the migration target pod would be scheduled, when the VM must move in EE
 * @param placementSum the MD5 DVP records in {@code workload-update-node-placement-sum} (computed over the SDK's
 *     JSON of nodeSelector and affinity, so equal placements give equal sums, but it is not byte-identical to the
 *     value DVP's Go code writes)
 * @param snapshotId the inventory snapshot used
 */
public record Recheck(RecheckVerdict verdict, String rule, String virtualMachine, String currentNode,
    Optional<NodeRejection> currentNodeRejection, Optional<VirtualMachineOperation> operation,
    Optional<Placement> target, String placementSum, String snapshotId) {}

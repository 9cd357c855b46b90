package dev.dvp.placement;

import dev.dvp.model.VirtualMachineOperation;
import java.util.Optional;

/**
 * What happens to one VM of a node being drained.
 *
 * @param pod the VM's launcher pod, {@code namespace/name}
 * @param target the node it migrates to; empty when it cannot move
 * @param operation the Evict operation DVP creates ({@code generateName: evacuation-}); empty when it cannot move
 * @param reason why it cannot move (local disks, constraints, capacity: kube-scheduler's summary); empty when it
 *     moves
 */
public record Move(String pod, Optional<String> target, Optional<VirtualMachineOperation> operation,
    Optional<String> reason) {}

package dev.dvp.migration;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One VM's part of an evacuation. Times are measured from the start of the evacuation (all VMOPs created at 0).
 * Immutable; thread-safe.
 *
 * @param move the VM and its nodes
 * @param vmopGenerateName the VMOP name prefix, e.g. {@code evacuation-}
 * @param admittedAt when KubeVirt's cluster/outbound limits let it create the target pod (empty if refused before)
 * @param transferStartedAt when DVP's inbound and sync slots were acquired and the memory transfer began
 * @param finishedAt when it completed or failed
 * @param result the migration itself
 */
public record EvacuationEntry(EvacuationMove move, String vmopGenerateName, Optional<Duration> admittedAt,
                              Optional<Duration> transferStartedAt, Duration finishedAt, MigrationOutcome result) {

    /** Validates the components. */
    public EvacuationEntry {
        Objects.requireNonNull(move, "move");
        Objects.requireNonNull(vmopGenerateName, "vmopGenerateName");
        Objects.requireNonNull(admittedAt, "admittedAt");
        Objects.requireNonNull(transferStartedAt, "transferStartedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(result, "result");
    }

    /** Time spent waiting for limits and slots before the transfer (or until refused). */
    public Duration waited() {
        return transferStartedAt.orElse(finishedAt);
    }
}

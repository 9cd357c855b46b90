package dev.dvp.migration;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The simulated evacuation: every VM's timeline, the total time, and which VMs failed and why. Immutable;
 * thread-safe.
 *
 * @param entries one per move, in the order given
 * @param totalTime from the first VMOP to the last migration's end
 * @param clusterLimit the KubeVirt cluster limit that applied
 */
public record EvacuationResult(List<EvacuationEntry> entries, Duration totalTime, int clusterLimit) {

    /** Validates and copies the components. */
    public EvacuationResult {
        entries = List.copyOf(entries);
        Objects.requireNonNull(totalTime, "totalTime");
    }

    /** The entries whose migration failed (policy error, not migratable, timeouts), in the order given. */
    public List<EvacuationEntry> failures() {
        return entries.stream().filter(e -> !e.result().completed()).toList();
    }

    /** Entries ordered by transfer start (those refused before start first), for a timeline view. */
    public List<EvacuationEntry> byStart() {
        return entries.stream().sorted(Comparator.comparing(EvacuationEntry::waited)).toList();
    }
}

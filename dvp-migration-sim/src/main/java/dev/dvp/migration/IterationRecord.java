package dev.dvp.migration;

/**
 * One precopy iteration (round): from one threshold-triggered sync to the next; the bulk pass is iteration 1.
 * Immutable; thread-safe.
 *
 * @param iteration 1-based round number
 * @param startSeconds when the round started
 * @param endSeconds when its closing sync ran
 * @param wireBytes bytes sent during the round
 * @param newDirtyPages pages the closing sync found newly dirty
 * @param remainingAfterSyncBytes pending bytes after the closing sync (what the next round must send)
 * @param throttlePercent throttle after the closing sync's period evaluation
 */
public record IterationRecord(int iteration, double startSeconds, double endSeconds, long wireBytes,
                              long newDirtyPages, long remainingAfterSyncBytes, int throttlePercent) {

    /** Length of the round in seconds. */
    public double durationSeconds() {
        return endSeconds - startSeconds;
    }
}

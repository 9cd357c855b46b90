package dev.dvp.migration;

import java.time.Duration;
import java.util.Objects;

/**
 * A step in a workload's dirty-rate profile: from {@code at} (since the migration started) the workload writes
 * {@code bytesPerSecond}. Immutable; thread-safe.
 *
 * @param at when the new rate starts, measured from the start of the transfer; must be &gt;= 0
 * @param bytesPerSecond the new write rate at 0% throttle, bytes/s; must be &gt;= 0
 */
public record RateChange(Duration at, long bytesPerSecond) {

    /** Validates the components. */
    public RateChange {
        Objects.requireNonNull(at, "at");
        if (at.isNegative()) {
            throw new IllegalArgumentException("dirtyRateChanges[].at must be >= 0, got " + at
                    + ". Maybe a time since the migration started, e.g. PT30S?");
        }
        if (bytesPerSecond < 0) {
            throw new IllegalArgumentException("dirtyRateChanges[].bytesPerSecond must be >= 0, got "
                    + bytesPerSecond + ". Maybe 0 for an idle phase?");
        }
    }

    /** Shorthand for {@code new RateChange(at, bytesPerSecond)}. */
    public static RateChange at(Duration at, long bytesPerSecond) {
        return new RateChange(at, bytesPerSecond);
    }
}

package dev.dvp.migration;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Answer to "will it converge, and when?". Immutable; thread-safe.
 *
 * @param converges whether the migration completes within KubeVirt's timeouts
 * @param completesAfter QEMU total time when it converges
 * @param result the full simulation behind the answer
 */
public record ConvergenceForecast(boolean converges, Optional<Duration> completesAfter, MigrationOutcome result) {

    /** Validates the components. */
    public ConvergenceForecast {
        Objects.requireNonNull(completesAfter, "completesAfter");
        Objects.requireNonNull(result, "result");
    }
}

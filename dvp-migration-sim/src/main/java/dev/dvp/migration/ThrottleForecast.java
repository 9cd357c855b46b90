package dev.dvp.migration;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Answer to "which throttle will it need under a forced policy?". Immutable; thread-safe.
 *
 * @param converges whether it completes with auto-converge on
 * @param maxThrottlePercent the highest throttle reached (0 = converges without throttling); empty when it does not
 *     converge even at the maximum throttle
 * @param result the simulation with auto-converge on (policy AlwaysForced, force unset)
 */
public record ThrottleForecast(boolean converges, OptionalInt maxThrottlePercent, MigrationOutcome result) {

    /** Validates the components. */
    public ThrottleForecast {
        Objects.requireNonNull(maxThrottlePercent, "maxThrottlePercent");
        Objects.requireNonNull(result, "result");
    }
}

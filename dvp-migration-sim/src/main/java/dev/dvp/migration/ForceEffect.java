package dev.dvp.migration;

import java.util.Objects;

/**
 * Answer to "does {@code force: true} change the outcome under the current policy?". Immutable; thread-safe.
 *
 * @param asGiven the scenario as given (its own force flag, possibly unset)
 * @param withForce the same scenario with {@code force: true}
 * @param changesOutcome whether completion, failure reason or auto-converge differ between the two
 * @param summary a one-line explanation, e.g. {@code force=true enables auto-converge: Failed -> Completed}
 */
public record ForceEffect(MigrationOutcome asGiven, MigrationOutcome withForce, boolean changesOutcome,
                          String summary) {

    /** Validates the components. */
    public ForceEffect {
        Objects.requireNonNull(asGiven, "asGiven");
        Objects.requireNonNull(withForce, "withForce");
        Objects.requireNonNull(summary, "summary");
    }
}

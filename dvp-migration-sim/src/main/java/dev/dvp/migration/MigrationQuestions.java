package dev.dvp.migration;

import dev.dvp.model.LiveMigrationPolicy;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The questions users ask about a migration, answered by running the simulator:
 *
 * <pre>{@code
 * MigrationQuestions q = MigrationQuestions.using(MigrationSimulator.create());
 * q.willConverge(s).converges();
 * q.minimumBandwidthWithoutThrottling(s);   // OptionalLong bytes/s, whole MiB/s as KubeVirt passes it
 * q.throttleNeeded(s).maxThrottlePercent(); // under AlwaysForced
 * q.forceEffect(s).summary();
 * }</pre>
 *
 * Stateless and thread-safe.
 */
public final class MigrationQuestions {

    private static final long MIB = 1L << 20;

    private final MigrationSimulator simulator;

    private MigrationQuestions(MigrationSimulator simulator) {
        this.simulator = Objects.requireNonNull(simulator, "simulator");
    }

    /** Questions answered with the given simulator. */
    public static MigrationQuestions using(MigrationSimulator simulator) {
        return new MigrationQuestions(simulator);
    }

    /** Will the scenario complete within KubeVirt's timeouts, and after how long? */
    public ConvergenceForecast willConverge(MigrationScenario scenario) {
        MigrationOutcome r = simulator.run(scenario);
        return new ConvergenceForecast(r.completed(), r.completed() ? Optional.of(r.totalTime()) : Optional.empty(), r);
    }

    /**
     * The smallest {@code bandwidthPerMigration} (whole MiB/s, as KubeVirt passes it to libvirt) with which the
     * migration completes with auto-converge off, on the scenario's link. Empty when even the full link rate does not
     * suffice. Relies on the monotonicity of completion in the bandwidth (a tested property of the model).
     */
    public OptionalLong minimumBandwidthWithoutThrottling(MigrationScenario scenario) {
        ImmutableMigrationScenario safe = ImmutableMigrationScenario.copyOf(scenario)
                .withPolicy(LiveMigrationPolicy.ALWAYS_SAFE).withForce(Optional.empty())
                .withSystemPolicyOverride(Optional.empty());
        long link = scenario.path().linkBandwidth();
        long hi = Math.max(1, link / MIB);
        if (!completesAt(safe, hi)) {
            return OptionalLong.empty();
        }
        long lo = 0;
        while (hi - lo > 1) {
            long mid = (lo + hi) >>> 1;
            if (completesAt(safe, mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return OptionalLong.of(hi * MIB);
    }

    private boolean completesAt(ImmutableMigrationScenario s, long mib) {
        MigrationPath path = ImmutableMigrationPath.copyOf(s.path()).withBandwidthPerMigration(mib * MIB);
        return simulator.run(s.withPath(path)).completed();
    }

    /** The throttle auto-converge reaches under {@code AlwaysForced} (force unset), or empty if even 99% fails. */
    public ThrottleForecast throttleNeeded(MigrationScenario scenario) {
        MigrationOutcome r = simulator.run(ImmutableMigrationScenario.copyOf(scenario)
                .withPolicy(LiveMigrationPolicy.ALWAYS_FORCED).withForce(Optional.empty())
                .withSystemPolicyOverride(Optional.empty()));
        return new ThrottleForecast(r.completed(),
                r.completed() ? OptionalInt.of(r.maxThrottlePercent()) : OptionalInt.empty(), r);
    }

    /** Compares the scenario as given with the same scenario under {@code force: true}. */
    public ForceEffect forceEffect(MigrationScenario scenario) {
        MigrationOutcome given = simulator.run(scenario);
        MigrationOutcome forced = simulator.run(ImmutableMigrationScenario.copyOf(scenario).withForce(true));
        boolean acChanged = given.decision().autoConverge() != forced.decision().autoConverge();
        boolean changed = given.completed() != forced.completed()
                || !given.failure().map(MigrationFailure::reason).equals(forced.failure().map(MigrationFailure::reason))
                || acChanged;
        String summary;
        if (forced.failedBeforeStart() && !given.failedBeforeStart()) {
            summary = "force=true is refused: " + forced.failure().orElseThrow().vmopMessage();
        } else if (!acChanged) {
            summary = "force=true does not change auto-converge under "
                    + forced.decision().effectivePolicy().value() + ": " + outcome(given);
        } else {
            summary = "force=true " + (forced.decision().autoConverge() ? "enables" : "disables") + " auto-converge: "
                    + outcome(given) + " -> " + outcome(forced);
        }
        return new ForceEffect(given, forced, changed, summary);
    }

    private static String outcome(MigrationOutcome r) {
        return r.completed() ? "Completed" : "Failed (" + r.failure().orElseThrow().vmopReason() + ")";
    }
}

package dev.dvp.migration;

import dev.dvp.model.LiveMigrationPolicy;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything one simulated migration depends on: the VM's memory, its workload, the path, QEMU's and KubeVirt's
 * parameters, and DVP's policy inputs. Every attribute except {@link #memoryBytes()} has DVP's default.
 *
 * <pre>{@code
 * MigrationScenario s = MigrationScenario.builder()
 *         .memoryBytes(16L << 30)
 *         .workload(Workload.builder().dirtyRate(64L << 20).workingSetBytes(2L << 30).build())
 *         .force(true)
 *         .build();
 * MigrationOutcome r = MigrationSimulator.create().run(s);
 * }</pre>
 *
 * Immutable; thread-safe. Copies with one attribute changed: {@code ImmutableMigrationScenario.copyOf(s).withPath(...)}.
 */
@Value.Immutable
public abstract class MigrationScenario {
  // Immutables generates the one subclass, in this package; users build values with builder().
  MigrationScenario() {}


    /** The default simulation step when the bandwidth is limited: one QEMU rate-limit window. */
    public static final Duration DEFAULT_STEP = Duration.ofMillis(100);
    /** The default simulation step when the bandwidth is unlimited. */
    public static final Duration UNLIMITED_BANDWIDTH_STEP = Duration.ofMillis(50);

    /** A new builder. */
    public static ImmutableMigrationScenario.Builder builder() {
        return ImmutableMigrationScenario.builder();
    }

    /** Guest RAM ({@code spec.memory.size}), bytes; must be &gt; 0. */
    public abstract long memoryBytes();

    /** The guest's memory activity. Default {@link Workload#idle()}. */
    @Value.Default
    public Workload workload() {
        return Workload.idle();
    }

    /** The network path. Default {@link MigrationPath#dvpDefault()}. */
    @Value.Default
    public MigrationPath path() {
        return MigrationPath.dvpDefault();
    }

    /** QEMU's parameters. Default {@link QemuSettings#dvpDefault()}. */
    @Value.Default
    public QemuSettings qemu() {
        return QemuSettings.dvpDefault();
    }

    /** KubeVirt's monitor parameters. Default {@link MonitorSettings#dvpDefault()}. */
    @Value.Default
    public MonitorSettings monitor() {
        return MonitorSettings.dvpDefault();
    }

    /** The VM's {@code spec.liveMigrationPolicy}; empty means the CRD default (PreferSafe). */
    public abstract Optional<LiveMigrationPolicy> policy();

    /** The VMOP's {@code spec.force}; empty when unset (as for system {@code Evict} VMOPs). */
    public abstract Optional<Boolean> force();

    /** DVP's system migration-policy override, if the ModuleConfig annotation sets one. */
    public abstract Optional<LiveMigrationPolicy> systemPolicyOverride();

    /** The VM's {@code Migratable} condition; false fails the VMOP before it starts. Default true. */
    @Value.Default
    public boolean migratable() {
        return true;
    }

    /**
     * The facts DVP's pre-start checks read besides policy × force and {@link #migratable()} (run policy, VM phase,
     * migration network, other migrations, readiness; see {@link PreStartCheck}). Default
     * {@link VmopPreconditions#ready()}: nothing stands in the way.
     */
    @Value.Default
    public VmopPreconditions preconditions() {
        return VmopPreconditions.ready();
    }

    /** Simulation step; empty means {@link #DEFAULT_STEP}, or {@link #UNLIMITED_BANDWIDTH_STEP} when unlimited. */
    public abstract Optional<Duration> step();

    /**
     * Interval of extra periodic {@code query-migrate}-like samples. Empty (default): samples are taken at the start,
     * at the end, at every dirty sync (just before and just after it) and at every dirty-rate change, which is
     * exact for plotting because between those points remaining memory falls linearly and the rates are constant.
     * Periodic samples make long runs slower to simulate.
     */
    public abstract Optional<Duration> sampleInterval();

    /** Bound on the number of samples kept; beyond it the series is thinned evenly. Default 4096. */
    @Value.Default
    public int maxSamples() {
        return 4096;
    }

    /** Bound on the number of per-iteration records kept (the first ones). Default 2000. */
    @Value.Default
    public int maxIterationRecords() {
        return 2000;
    }

    /** The step actually used. */
    public Duration effectiveStep() {
        return step().orElse(path().qemuMaxBandwidth() == 0 ? UNLIMITED_BANDWIDTH_STEP : DEFAULT_STEP);
    }

    /** The auto-converge decision DVP makes for this scenario. */
    public AutoConvergeDecision autoConvergeDecision() {
        return AutoConvergePolicy.decide(policy(), force(), systemPolicyOverride());
    }

    /** The verdict of DVP's pre-start checks for this scenario ({@link PreStartCheck#evaluate}). */
    public PreStartVerdict preStartVerdict() {
        return PreStartCheck.evaluate(preconditions(), autoConvergeDecision(), migratable());
    }

    /** QEMU's switchover threshold T = B × downtime-limit, bytes. */
    public double thresholdBytes() {
        return path().precopyRate() * (qemu().downtimeLimit().toNanos() / 1e9);
    }

    /** KubeVirt's acceptable completion time for this VM (zero when disabled). */
    public Duration acceptableCompletionTime() {
        return CompletionTimeout.acceptable(memoryBytes() + monitor().extraDataBytes(),
                monitor().completionTimeoutPerGiB());
    }

    @Value.Check
    protected void check() {
        if (memoryBytes() <= 0) {
            throw new IllegalArgumentException("memoryBytes must be > 0, got " + memoryBytes()
                    + ". Maybe the VM's spec.memory.size in bytes, e.g. 17179869184 for 16Gi?");
        }
        long ws = workload().workingSetBytes().orElse(memoryBytes());
        if (ws > memoryBytes()) {
            throw new IllegalArgumentException("workload.workingSetBytes (" + ws + ") exceeds memoryBytes ("
                    + memoryBytes() + "). Maybe a working set no larger than the guest memory?");
        }
        if (step().isPresent() && (step().get().isZero() || step().get().isNegative()
                || step().get().compareTo(Duration.ofSeconds(1)) > 0)) {
            throw new IllegalArgumentException("step must be within (0, 1 s], got " + step().get()
                    + ". Maybe PT0.1S (one QEMU rate-limit window)?");
        }
        if (sampleInterval().map(d -> d.isZero() || d.isNegative()).orElse(false) || maxSamples() < 16
                || maxIterationRecords() < 0) {
            throw new IllegalArgumentException("sampleInterval must be > 0, maxSamples >= 16 and "
                    + "maxIterationRecords >= 0. Maybe PT1S, 4096 and 2000?");
        }
    }
}

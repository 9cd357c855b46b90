package dev.dvp.migration;

import java.time.Duration;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The migration concurrency limits a drain runs under (KubeVirt's
 * {@code pkg/virt-controller/watch/migration/migration.go}, DVP's
 * {@code images/virtualization-artifact/pkg/livemigration/migration_configuration.go}), with DVP's defaults: KubeVirt's
 * per-cluster and outbound-per-node limits, then DVP's inbound (target) and sync (source) slots. Use
 * {@link #DISABLED} for a limit switched off by its annotation.
 *
 * Immutable; thread-safe.
 */
@Value.Immutable
public abstract class ConcurrencyLimits {
  // Immutables generates the one subclass, in this package; users build values with builder().
  ConcurrencyLimits() {}


    /** The value DVP uses for a limit disabled by annotation. */
    public static final int DISABLED = 1_000_000;

    /** A new builder; every attribute has DVP's default. */
    public static ImmutableConcurrencyLimits.Builder builder() {
        return ImmutableConcurrencyLimits.builder();
    }

    /** DVP's defaults. */
    public static ConcurrencyLimits dvpDefault() {
        return builder().build();
    }

    /** {@code parallelMigrationsPerCluster}; empty means DVP's {@code max(2, number of virt-handler nodes)}. */
    public abstract OptionalInt parallelMigrationsPerCluster();

    /** Number of virt-handler nodes for the cluster default; empty means the nodes named by the moves. */
    public abstract OptionalInt virtHandlerNodes();

    /** {@code parallelOutboundMigrationsPerNode}. DVP: 1. */
    @Value.Default
    public int parallelOutboundMigrationsPerNode() {
        return 1;
    }

    /** DVP's {@code PARALLEL_INBOUND_MIGRATIONS_PER_NODE} (target node). Default 1. */
    @Value.Default
    public int parallelInboundMigrationsPerNode() {
        return 1;
    }

    /** DVP's {@code PARALLEL_SYNC_MIGRATIONS_PER_NODE} (source node). Default 1. */
    @Value.Default
    public int parallelSyncMigrationsPerNode() {
        return 1;
    }

    /** Retry interval of a blocked migration (KubeVirt's re-queue and DVP's slot re-check). 5 s. */
    @Value.Default
    public Duration requeueInterval() {
        return Duration.ofSeconds(5);
    }

    /** Target pod scheduling and start-up before the memory transfer, site specific. Default 0. */
    @Value.Default
    public Duration targetPreparation() {
        return Duration.ZERO;
    }

    /** The cluster limit in force for {@code nodes} virt-handler nodes. */
    public int clusterLimit(int nodes) {
        return parallelMigrationsPerCluster().orElse(Math.max(2, virtHandlerNodes().orElse(nodes)));
    }

    /** Rejects limits below 1 when the value is built; not for callers. */
    @Value.Check
    protected void check() {
        if (parallelMigrationsPerCluster().orElse(1) < 1 || parallelOutboundMigrationsPerNode() < 1
                || parallelInboundMigrationsPerNode() < 1 || parallelSyncMigrationsPerNode() < 1) {
            throw new IllegalArgumentException("concurrency limits must be >= 1. Maybe ConcurrencyLimits.DISABLED "
                    + "for a limit switched off?");
        }
        if (requeueInterval().isZero() || requeueInterval().isNegative() || targetPreparation().isNegative()) {
            throw new IllegalArgumentException("requeueInterval must be > 0 and targetPreparation >= 0. "
                    + "Maybe PT5S and PT0S?");
        }
    }
}

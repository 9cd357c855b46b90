package dev.dvp.migration;

import org.immutables.value.Value;

/**
 * The network path of a migration (KubeVirt's {@code pkg/virt-launcher/virtwrap/live-migration-source.go} passes it to
 * libvirt).
 *
 * <pre>{@code
 * MigrationPath onGigabit = MigrationPath.builder().linkBandwidth(MigrationPath.GIGABIT_ETHERNET_GOODPUT).build();
 * }</pre>
 *
 * Immutable; thread-safe.
 */
@Value.Immutable
public abstract class MigrationPath {
  // Immutables generates the one subclass, in this package; users build values with builder().
  MigrationPath() {}


    /** DVP's {@code bandwidthPerMigration} default: 640 MiB/s. */
    public static final long DVP_BANDWIDTH_PER_MIGRATION = 640L << 20;
    /** Typical goodput of a 10 GbE path, bytes/s. */
    public static final long TEN_GIGABIT_ETHERNET_GOODPUT = 1_170_000_000L;
    /** Typical goodput of a 1 GbE path, bytes/s. */
    public static final long GIGABIT_ETHERNET_GOODPUT = 117_000_000L;

    /** A new builder with DVP's defaults (640 MiB/s cap over 10 GbE). */
    public static ImmutableMigrationPath.Builder builder() {
        return ImmutableMigrationPath.builder();
    }

    /** DVP's defaults: 640 MiB/s cap over a 10 GbE link. */
    public static MigrationPath dvpDefault() {
        return builder().build();
    }

    /**
     * {@code bandwidthPerMigration}, bytes/s; 0 means unlimited (libvirt's maximum). KubeVirt passes it to libvirt in
     * whole MiB/s (rounded, at least 1), see {@link #qemuMaxBandwidth()}. Default 640 MiB/s.
     */
    @Value.Default
    public long bandwidthPerMigration() {
        return DVP_BANDWIDTH_PER_MIGRATION;
    }

    /**
     * Achievable goodput of the path, bytes/s; also the rate of the (not rate-limited) switchover flush. Site
     * specific; default {@link #TEN_GIGABIT_ETHERNET_GOODPUT}.
     */
    @Value.Default
    public long linkBandwidth() {
        return TEN_GIGABIT_ETHERNET_GOODPUT;
    }

    /**
     * QEMU's {@code max-bandwidth} as KubeVirt programs it: {@code round(bandwidthPerMigration / 2^20)} MiB/s, at
     * least 1 MiB/s; 0 (unlimited) stays 0.
     */
    public long qemuMaxBandwidth() {
        long b = bandwidthPerMigration();
        if (b == 0) {
            return 0;
        }
        long mib = Math.max(1, Math.round(b / (double) (1L << 20)));
        return mib << 20;
    }

    /** The precopy rate B = min(max-bandwidth or ∞, link goodput), bytes/s. */
    public long precopyRate() {
        long q = qemuMaxBandwidth();
        return q == 0 ? linkBandwidth() : Math.min(q, linkBandwidth());
    }

    @Value.Check
    protected void check() {
        if (bandwidthPerMigration() < 0) {
            throw new IllegalArgumentException("path.bandwidthPerMigration must be >= 0 bytes/s, got "
                    + bandwidthPerMigration() + ". Maybe 671088640 (640Mi, DVP's default) or 0 for unlimited?");
        }
        if (linkBandwidth() <= 0) {
            throw new IllegalArgumentException("path.linkBandwidth must be > 0 bytes/s, got " + linkBandwidth()
                    + ". Maybe 1170000000 (10 GbE goodput)?");
        }
    }
}

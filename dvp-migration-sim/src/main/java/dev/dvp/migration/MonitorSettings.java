package dev.dvp.migration;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * KubeVirt's migration monitor as DVP configures it
 * ({@code images/virtualization-artifact/pkg/livemigration/migration_configuration.go}; the monitor in KubeVirt's
 * {@code pkg/virt-launcher/virtwrap/live-migration-source.go}): DVP injects progressTimeout 150 s and
 * completionTimeoutPerGiB 800 s as constants; the ModuleConfig annotations for them have no effect in DVP. The
 * attributes stay available for what-if runs.
 *
 * Immutable; thread-safe.
 */
@Value.Immutable
public abstract class MonitorSettings {
  // Immutables generates the one subclass, in this package; users build values with builder().
  MonitorSettings() {}


    /** A new builder; every attribute has DVP's default. */
    public static ImmutableMonitorSettings.Builder builder() {
        return ImmutableMonitorSettings.builder();
    }

    /** DVP's injected configuration. */
    public static MonitorSettings dvpDefault() {
        return builder().build();
    }

    /** {@code completionTimeoutPerGiB}, seconds per started decimal GB; 0 disables. DVP: 800. */
    @Value.Default
    public long completionTimeoutPerGiB() {
        return 800;
    }

    /** {@code progressTimeout}; zero disables. DVP: 150 s. */
    @Value.Default
    public Duration progressTimeout() {
        return Duration.ofSeconds(150);
    }

    /** How often the monitor polls libvirt's job statistics. KubeVirt: 400 ms. */
    @Value.Default
    public Duration pollInterval() {
        return Duration.ofMillis(400);
    }

    /** Ephemeral disks copied by block migration, bytes; they count in the completion timeout. Default 0. */
    @Value.Default
    public long extraDataBytes() {
        return 0;
    }

    /**
     * Bytes of migrated (local) volumes. DVP's KubeVirt adds 0 for them to the timeout (quirk fixed upstream in 1.8);
     * the simulator reproduces that and warns when copying them would need longer than the memory-only timeout.
     */
    @Value.Default
    public long migratedVolumeBytes() {
        return 0;
    }

    @Value.Check
    protected void check() {
        if (completionTimeoutPerGiB() < 0 || progressTimeout().isNegative()) {
            throw new IllegalArgumentException("monitor.completionTimeoutPerGiB and progressTimeout must be >= 0. "
                    + "Maybe 800 and 150 s (DVP), or 0 to disable?");
        }
        if (pollInterval().isZero() || pollInterval().isNegative()) {
            throw new IllegalArgumentException("monitor.pollInterval must be > 0, got " + pollInterval()
                    + ". Maybe PT0.4S (KubeVirt)?");
        }
        if (extraDataBytes() < 0 || migratedVolumeBytes() < 0) {
            throw new IllegalArgumentException("monitor.extraDataBytes and migratedVolumeBytes must be >= 0. "
                    + "Maybe 0?");
        }
    }
}

package dev.dvp.migration;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * QEMU's precopy and auto-converge parameters (QEMU {@code migration/options.c}, {@code migration/ram.c},
 * {@code migration/cpu-throttle.c}). Defaults are what DVP's QEMU 9.2 runs with: libvirt/KubeVirt never change them.
 *
 * Immutable; thread-safe.
 */
@Value.Immutable
public abstract class QemuSettings {
  // Immutables generates the one subclass, in this package; users build values with builder().
  QemuSettings() {}


    /** Target page size, bytes (x86). */
    public static final int PAGE_SIZE = 4096;
    /** Wire cost of a normal page: 8-byte header + 4096 bytes. */
    public static final int NORMAL_PAGE_WIRE_BYTES = 4104;
    /** Wire cost of an all-zero page: 8-byte header + 1 byte. */
    public static final int ZERO_PAGE_WIRE_BYTES = 9;

    /** A new builder; every attribute has DVP's default. */
    public static ImmutableQemuSettings.Builder builder() {
        return ImmutableQemuSettings.builder();
    }

    /** DVP's QEMU 9.2.0 defaults. */
    public static QemuSettings dvpDefault() {
        return builder().build();
    }

    /**
     * QEMU 7.2–9.1: the same as DVP's but without the periodic 5 s sync ({@code migration/cpu-throttle.c} in 9.2).
     */
    public static QemuSettings beforeQemu92() {
        return builder().periodicSync(Duration.ZERO).build();
    }

    /** {@code downtime-limit}. Default 300 ms (KubeVirt v1.6 never sets it). */
    @Value.Default
    public Duration downtimeLimit() {
        return Duration.ofMillis(300);
    }

    /** {@code cpu-throttle-initial}, %. Default 20. */
    @Value.Default
    public int throttleInitialPercent() {
        return 20;
    }

    /** {@code cpu-throttle-increment}, %. Default 10. */
    @Value.Default
    public int throttleIncrementPercent() {
        return 10;
    }

    /** {@code max-cpu-throttle}, %. Default 99. */
    @Value.Default
    public int maxThrottlePercent() {
        return 99;
    }

    /** {@code throttle-trigger-threshold}, %: a period is "high" when dirtied bytes exceed this share of sent bytes. */
    @Value.Default
    public int triggerThresholdPercent() {
        return 50;
    }

    /** {@code cpu-throttle-tailslow}. Default false. */
    @Value.Default
    public boolean tailslow() {
        return false;
    }

    /** Periodic forced dirty sync with auto-converge (QEMU ≥ 9.2): 5000 ms; zero for QEMU ≤ 9.1. */
    @Value.Default
    public Duration periodicSync() {
        return Duration.ofMillis(5000);
    }

    /** Non-iterable device state sent while stopped, bytes. Default 0. */
    @Value.Default
    public long deviceStateBytes() {
        return 0;
    }

    /** Fixed stop-phase overhead added to the downtime. Default 0. */
    @Value.Default
    public Duration fixedDowntime() {
        return Duration.ZERO;
    }

    @Value.Check
    protected void check() {
        if (downtimeLimit().isNegative() || downtimeLimit().toMillis() > 2_000_000) {
            throw new IllegalArgumentException("qemu.downtimeLimit must be within 0..2000000 ms, got "
                    + downtimeLimit().toMillis() + " ms. Maybe 300 ms (QEMU's default)?");
        }
        requirePercent("throttleInitialPercent", throttleInitialPercent());
        requirePercent("throttleIncrementPercent", throttleIncrementPercent());
        requirePercent("maxThrottlePercent", maxThrottlePercent());
        if (triggerThresholdPercent() < 1 || triggerThresholdPercent() > 100) {
            throw new IllegalArgumentException("qemu.triggerThresholdPercent must be within 1..100, got "
                    + triggerThresholdPercent() + ". Maybe 50 (QEMU's default)?");
        }
        if (periodicSync().isNegative() || deviceStateBytes() < 0 || fixedDowntime().isNegative()) {
            throw new IllegalArgumentException("qemu.periodicSync, deviceStateBytes and fixedDowntime must be >= 0. "
                    + "Maybe 0 to disable them?");
        }
    }

    private static void requirePercent(String name, int value) {
        if (value < 1 || value > 99) {
            throw new IllegalArgumentException("qemu." + name + " must be within 1..99 (QEMU clamps throttles), got "
                    + value + ". Maybe the QEMU default (20 / 10 / 99)?");
        }
    }
}

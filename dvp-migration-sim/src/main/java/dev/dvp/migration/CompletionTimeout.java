package dev.dvp.migration;

import java.math.BigInteger;
import java.time.Duration;

/**
 * KubeVirt's acceptable completion time for a migration ({@code pkg/virt-launcher/virtwrap/live-migration-source.go}):
 * {@code completionTimeoutPerGiB × ceil((memory + extra data) / 10^9)} seconds. Despite the name, the data size is
 * rounded <b>up to whole decimal gigabytes</b>, so with DVP's 800 s a 1 GiB VM gets 1600 s and a 4 GiB VM 4000 s.
 *
 * <p>Stateless; thread-safe.
 */
public final class CompletionTimeout {

    /** One decimal gigabyte, the unit KubeVirt rounds the data size up to. */
    public static final long DECIMAL_GIGABYTE = 1_000_000_000L;
    /** One binary gibibyte, the unit of DVP's documented (but not implemented) formula. */
    public static final long GIBIBYTE = 1L << 30;

    private CompletionTimeout() {
    }

    /**
     * The data size KubeVirt uses, in whole decimal GB (rounded up).
     *
     * @param dataBytes guest memory plus ephemeral block-migration disks (migrated volumes count 0 in DVP's KubeVirt)
     */
    public static long dataSizeGb(long dataBytes) {
        if (dataBytes < 0) {
            throw new IllegalArgumentException("data size must be >= 0 bytes, got " + dataBytes);
        }
        return Math.floorDiv(dataBytes + DECIMAL_GIGABYTE - 1, DECIMAL_GIGABYTE);
    }

    /**
     * The acceptable completion time as KubeVirt computes it.
     *
     * @param dataBytes memory + extra data bytes
     * @param perGiBSeconds {@code completionTimeoutPerGiB} (DVP: 800); 0 disables the timeout (returns zero)
     */
    public static Duration acceptable(long dataBytes, long perGiBSeconds) {
        if (perGiBSeconds < 0) {
            throw new IllegalArgumentException("completionTimeoutPerGiB must be >= 0 seconds, got " + perGiBSeconds
                    + ". Maybe 800 (DVP) or 0 to disable?");
        }
        return Duration.ofSeconds(BigInteger.valueOf(perGiBSeconds).multiply(BigInteger.valueOf(dataSizeGb(dataBytes)))
                .longValueExact());
    }

    /**
     * DVP's user guide formula, "800 s × (memory GiB + disk GiB)", for comparison only: the code does not use it.
     * Fractional GiB are kept (seconds rounded up).
     */
    public static Duration documented(long dataBytes, long perGiBSeconds) {
        if (dataBytes < 0 || perGiBSeconds < 0) {
            throw new IllegalArgumentException("data size and per-GiB seconds must be >= 0");
        }
        double s = perGiBSeconds * (double) dataBytes / GIBIBYTE;
        return Duration.ofSeconds((long) Math.ceil(s));
    }

    /** KubeVirt's failure reason when the completion timeout fires (A = acceptable seconds). */
    public static String failureMessage(Duration acceptable) {
        return "Live migration is not completed after " + acceptable.getSeconds() + " seconds and has been aborted";
    }
}

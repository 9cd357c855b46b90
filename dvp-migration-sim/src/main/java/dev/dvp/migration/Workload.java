package dev.dvp.migration;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * What the guest does to its memory while it migrates (the simulator's input; QEMU sees it through the dirty bitmap of
 * {@code migration/ram.c}).
 *
 * <pre>{@code
 * Workload w = Workload.builder()
 *         .dirtyRate(64L << 20)            // 64 MiB/s of distinct-page writes at 0% throttle
 *         .workingSetBytes(2L << 30)       // over a 2 GiB hot set
 *         .zeroPageFraction(0.5)           // half of the rest of RAM is all-zero
 *         .build();
 * }</pre>
 *
 * Immutable; thread-safe.
 */
@Value.Immutable
public abstract class Workload {
  // Immutables generates the one subclass, in this package; users build values with builder().
  Workload() {}


    /** A guest that writes nothing and whose memory is all non-zero. */
    public static Workload idle() {
        return builder().build();
    }

    /** A new builder; every attribute has DVP's default. */
    public static ImmutableWorkload.Builder builder() {
        return ImmutableWorkload.builder();
    }

    /** Write rate to hot pages at 0% throttle, bytes/s (the initial rate of the profile). Default 0. */
    @Value.Default
    public long dirtyRate() {
        return 0;
    }

    /** Later changes of the write rate, ordered by time; empty for a constant rate. */
    public abstract List<RateChange> dirtyRateChanges();

    /** The hot set the workload writes, bytes; empty means the whole guest memory. */
    public abstract OptionalLong workingSetBytes();

    /**
     * Whether dirtying scales with vCPU time, i.e. slows by {@code (1 − throttle)} under auto-converge (true for
     * CPU-bound writers; false for DMA or writers paced by the wall clock with spare CPU). Default true.
     */
    @Value.Default
    public boolean dirtyThrottleable() {
        return true;
    }

    /** Share (0…1) of the non-hot pages that are all-zero (hot pages are never zero). Default 0. */
    @Value.Default
    public double zeroPageFraction() {
        return 0;
    }

    /** How writes land on the working set. Default {@link DirtyPattern#SWEEP} (the simulator's reference model). */
    @Value.Default
    public DirtyPattern pattern() {
        return DirtyPattern.SWEEP;
    }

    /** The write rate in force at {@code seconds} after the start, bytes/s. */
    public long dirtyRateAt(double seconds) {
        long rate = dirtyRate();
        for (RateChange c : dirtyRateChanges()) {
            if (c.at().toNanos() <= seconds * 1e9) {
                rate = c.bytesPerSecond();
            }
        }
        return rate;
    }

    @Value.Check
    protected void check() {
        if (dirtyRate() < 0) {
            throw new IllegalArgumentException("workload.dirtyRate must be >= 0 bytes/s, got " + dirtyRate()
                    + ". Maybe 0 for an idle guest?");
        }
        if (workingSetBytes().isPresent() && workingSetBytes().getAsLong() < 0) {
            throw new IllegalArgumentException("workload.workingSetBytes must be >= 0, got "
                    + workingSetBytes().getAsLong() + ". Maybe leave it unset for the whole memory?");
        }
        if (!(zeroPageFraction() >= 0 && zeroPageFraction() <= 1)) {
            throw new IllegalArgumentException("workload.zeroPageFraction must be within 0..1, got "
                    + zeroPageFraction() + ". Maybe 0.5 for half-empty RAM?");
        }
        for (int i = 1; i < dirtyRateChanges().size(); i++) {
            if (dirtyRateChanges().get(i).at().compareTo(dirtyRateChanges().get(i - 1).at()) < 0) {
                throw new IllegalArgumentException("workload.dirtyRateChanges[" + i + "].at is earlier than the "
                        + "previous change. Maybe sort them by time: "
                        + dirtyRateChanges().stream().sorted(Comparator.comparing(RateChange::at)).toList() + "?");
            }
        }
    }
}

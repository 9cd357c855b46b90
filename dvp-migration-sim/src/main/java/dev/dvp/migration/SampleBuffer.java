package dev.dvp.migration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bounded store of {@link MigrationSample}s in primitive arrays: when full it keeps every other sample and doubles
 * its stride, so a million-sync run costs no more memory than a short one. Not thread-safe (one per run).
 */
final class SampleBuffer {

    private final int capacity;
    private double[] time;
    private long[] remaining;
    private long[] transferred;
    private long[] dirtyPagesRate;
    private long[] expectedDowntime;
    private int[] throttle;
    private int[] syncs;
    private long[] workloadRate;
    private int size;
    private int stride = 1;
    private long offered;

    SampleBuffer(int capacity) {
        this.capacity = capacity;
        int initial = Math.min(capacity, 256);
        time = new double[initial];
        remaining = new long[initial];
        transferred = new long[initial];
        dirtyPagesRate = new long[initial];
        expectedDowntime = new long[initial];
        throttle = new int[initial];
        syncs = new int[initial];
        workloadRate = new long[initial];
    }

    /** Offers a sample; it is kept when it falls on the current stride. {@code force} keeps it regardless. */
    void offer(double t, double remainingBytes, double transferredBytes, long pagesRate, long expectedMs, int p,
               int syncCount, double rate, boolean force) {
        if (!force && (offered++ % stride) != 0) {
            return;
        }
        if (size == capacity) {
            thin();
        }
        if (size == time.length) {
            grow();
        }
        time[size] = t;
        remaining[size] = Math.round(remainingBytes);
        transferred[size] = Math.round(transferredBytes);
        dirtyPagesRate[size] = pagesRate;
        expectedDowntime[size] = expectedMs;
        throttle[size] = p;
        syncs[size] = syncCount;
        workloadRate[size] = Math.round(rate);
        size++;
    }

    private void grow() {
        int n = Math.min(capacity, time.length * 2);
        time = Arrays.copyOf(time, n);
        remaining = Arrays.copyOf(remaining, n);
        transferred = Arrays.copyOf(transferred, n);
        dirtyPagesRate = Arrays.copyOf(dirtyPagesRate, n);
        expectedDowntime = Arrays.copyOf(expectedDowntime, n);
        throttle = Arrays.copyOf(throttle, n);
        syncs = Arrays.copyOf(syncs, n);
        workloadRate = Arrays.copyOf(workloadRate, n);
    }

    private void thin() {
        int j = 0;
        for (int i = 0; i < size; i += 2) {
            time[j] = time[i];
            remaining[j] = remaining[i];
            transferred[j] = transferred[i];
            dirtyPagesRate[j] = dirtyPagesRate[i];
            expectedDowntime[j] = expectedDowntime[i];
            throttle[j] = throttle[i];
            syncs[j] = syncs[i];
            workloadRate[j] = workloadRate[i];
            j++;
        }
        size = j;
        stride *= 2;
    }

    List<MigrationSample> toList() {
        List<MigrationSample> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(new MigrationSample(time[i], remaining[i], transferred[i], dirtyPagesRate[i], expectedDowntime[i],
                    throttle[i], syncs[i], workloadRate[i]));
        }
        return out;
    }
}

package dev.dvp.migration;

/**
 * How a workload's writes land on its working set. Immutable; thread-safe.
 */
public enum DirtyPattern {
    /**
     * A sweep: every write hits a page not yet written since the last sync, so distinct dirty pages grow linearly
     * with the write rate until the whole working set is dirty (the simulator's reference model; a CPU-bound writer
     * looping over its hot set).
     */
    SWEEP,
    /**
     * Uniformly random writes: writes overlap, so the distinct pages written in time t are
     * {@code WS · (1 − e^(−rate·t/WS))} (measured on real QEMU; {@code reference/data/README.md}).
     */
    RANDOM
}

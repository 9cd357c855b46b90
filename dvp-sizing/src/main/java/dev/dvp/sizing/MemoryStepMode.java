package dev.dvp.sizing;

/**
 * How {@code memory.step} applies when a policy also bounds {@code memory.perCore} (DVP's
 * {@code images/virtualization-artifact/pkg/controller/service/size_policy_service.go} applies it per core;
 * {@code docs/ADMIN_GUIDE.md} says on the total).
 *
 * <p>DVP's code applies the step to the per-core share ({@link #PER_CORE_SHARE}, the default): with per-core
 * bounds 1Gi..2Gi and a step of 512Mi, 3 cores may have 3Gi, 4.5Gi or 6Gi, and 3.5Gi is rejected.
 * {@code docs/ADMIN_GUIDE.md} says instead that the step applies to the total ({@link #TOTAL}); the guide's own
 * example (3 cores: 3, 4.5, 6 GB) follows the code, not that sentence, so use {@code TOTAL} only to reproduce the
 * documented reading. In {@code TOTAL} mode the grid runs from perCore.min × cores (or 0) by {@code step} up to
 * perCore.max × cores, and the violation keeps DVP's per-core step message.
 */
public enum MemoryStepMode {
  /** DVP: the step applies to floor(size ÷ cores). */
  PER_CORE_SHARE,
  /** The documented reading: the step applies to the total size. Not what DVP does. */
  TOTAL
}

package dev.dvp.placement;

/**
 * Per-thread working arrays for {@link Scheduler}'s cycles, so that a cycle over thousands of nodes allocates
 * nothing in proportion to the node count. Contents are garbage between uses: a cycle writes every element it reads.
 * A cycle that borrows them drops its references before it returns, so nothing escapes into a {@link Placement}.
 * One instance per thread (never shared), hence no synchronisation.
 */
final class ScratchArrays {
  static final int FEASIBLE = 0;
  static final int SPREAD = 1;
  static final int INTER_POD = 2;

  private static final ThreadLocal<ScratchArrays> LOCAL = ThreadLocal.withInitial(ScratchArrays::new);

  private final int[][] ints = new int[3][];
  private long[] longs = new long[0];

  private ScratchArrays() {}

  static ScratchArrays get() {
    return LOCAL.get();
  }

  /** An int array of at least {@code n} elements for one purpose ({@link #FEASIBLE}, {@link #SPREAD}, ...). */
  int[] ints(int slot, int n) {
    int[] a = ints[slot];
    if (a == null || a.length < n) {
      a = new int[Math.max(n, 16)];
      ints[slot] = a;
    }
    return a;
  }

  /** A long array of at least {@code n} elements. */
  long[] longs(int n) {
    if (longs.length < n) {
      longs = new long[Math.max(n, 16)];
    }
    return longs;
  }
}

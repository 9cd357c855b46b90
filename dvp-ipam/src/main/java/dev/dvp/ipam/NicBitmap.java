package dev.dvp.ipam;

import java.util.random.RandomGenerator;

/**
 * Which of the 2^24 NIC parts of one OUI are leased: one bit each (2 MiB), with a count per block of 4,096 so a free
 * NIC part of a given rank is found in a few thousand operations even when the space is nearly full. Not
 * thread-safe: {@link MacPool} guards it with its lock.
 */
final class NicBitmap {
  static final int SPACE = 1 << 24;
  private static final int BLOCK_SHIFT = 12;

  private final long[] words = new long[SPACE >>> 6];
  private final int[] blockUsed = new int[SPACE >>> BLOCK_SHIFT];
  private int used;

  boolean isSet(int nic) {
    return (words[nic >>> 6] & (1L << nic)) != 0;
  }

  boolean set(int nic) {
    if (isSet(nic)) {
      return false;
    }
    words[nic >>> 6] |= 1L << nic;
    blockUsed[nic >>> BLOCK_SHIFT]++;
    used++;
    return true;
  }

  boolean clear(int nic) {
    if (!isSet(nic)) {
      return false;
    }
    words[nic >>> 6] &= ~(1L << nic);
    blockUsed[nic >>> BLOCK_SHIFT]--;
    used--;
    return true;
  }

  int used() {
    return used;
  }

  /**
   * A free NIC part: random draws first (DVP's way), then, unless {@code budgetOnly}, a uniformly random free one by
   * rank. Returns -1 when the draws are spent ({@code budgetOnly}) or nothing is free.
   */
  int pickFree(RandomGenerator random, long draws, boolean budgetOnly) {
    if (used == SPACE) {
      return -1;
    }
    for (long i = 0; i < draws; i++) {
      int nic = random.nextInt(SPACE);
      if (!isSet(nic)) {
        return nic;
      }
    }
    return budgetOnly ? -1 : freeByRank(random.nextInt(SPACE - used));
  }

  private int freeByRank(int rank) {
    int remaining = rank;
    int block = 0;
    int blockSize = 1 << BLOCK_SHIFT;
    while (remaining >= blockSize - blockUsed[block]) {
      remaining -= blockSize - blockUsed[block];
      block++;
    }
    int w = block << (BLOCK_SHIFT - 6);
    while (true) {
      int free = 64 - Long.bitCount(words[w]);
      if (remaining < free) {
        long bits = ~words[w];
        for (int r = remaining; r > 0; r--) {
          bits &= bits - 1;
        }
        return (w << 6) + Long.numberOfTrailingZeros(bits);
      }
      remaining -= free;
      w++;
    }
  }
}

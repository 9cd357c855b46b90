package dev.dvp.ipam;

import java.util.random.RandomGenerator;

/**
 * The allocation bitmap of one CIDR: one bit per address of the masked prefix (set = leased), in pages of 65,536
 * bits created on first use, each page with a one-bit-per-word "word is full" summary so the lowest clear bit is
 * found in a few word operations however full the pool is. A cursor remembers the lowest address that may be free,
 * so DVP's lowest-free order costs the same for the first and the last address of a prefix.
 *
 * <p>Memory: 1 bit per address plus 1/64 bit of summary, plus a page table. Not thread-safe: {@link IpPool} guards
 * it with its lock.
 */
final class CidrSegment {
  private static final int PAGE_SHIFT = 16;
  private static final int PAGE_BITS = 1 << PAGE_SHIFT;
  private static final int PAGE_WORDS = PAGE_BITS >>> 6;

  final Cidr cidr;
  private final long network;
  private final long autoFrom;
  private final long autoTo;
  private final long[][] pages;
  private final long[][] fullWords;
  private final int[] pageCounts;
  private long autoFree;
  private long cursor;

  /**
   * @param cidr the prefix
   * @param jamOnSingle whether a /32 offers its address (DVP) instead of none (the SDK's guard)
   */
  CidrSegment(Cidr cidr, boolean jamOnSingle) {
    this.cidr = cidr;
    this.network = cidr.network().unsigned();
    long size = cidr.size();
    if (size == 1) {
      this.autoFrom = 0;
      this.autoTo = jamOnSingle ? 0 : -1;
    } else {
      this.autoFrom = Math.max(cidr.address().unsigned() - network, 1);
      this.autoTo = size - 2;
    }
    int pageCount = (int) ((size + PAGE_BITS - 1) >>> PAGE_SHIFT);
    this.pages = new long[pageCount][];
    this.fullWords = new long[pageCount][];
    this.pageCounts = new int[pageCount];
    this.autoFree = Math.max(0, autoTo - autoFrom + 1);
    this.cursor = autoFrom;
  }

  /** The bitmap index of an address in this prefix, or -1. */
  long indexOf(Ipv4Address a) {
    return cidr.contains(a) ? a.unsigned() - network : -1;
  }

  Ipv4Address addressAt(long index) {
    return Ipv4Address.ofUnsigned(network + index);
  }

  boolean isSet(long index) {
    long[] words = pages[(int) (index >>> PAGE_SHIFT)];
    return words != null && (words[(int) ((index >>> 6) & (PAGE_WORDS - 1))] & (1L << index)) != 0;
  }

  /** Marks an address leased; returns whether it was free. */
  boolean set(long index) {
    int p = (int) (index >>> PAGE_SHIFT);
    long[] words = pages[p];
    if (words == null) {
      words = pages[p] = new long[PAGE_WORDS];
      fullWords[p] = new long[PAGE_WORDS >>> 6];
    }
    int w = (int) ((index >>> 6) & (PAGE_WORDS - 1));
    long bit = 1L << index;
    if ((words[w] & bit) != 0) {
      return false;
    }
    words[w] |= bit;
    if (words[w] == -1L) {
      fullWords[p][w >>> 6] |= 1L << w;
    }
    pageCounts[p]++;
    if (index >= autoFrom && index <= autoTo) {
      autoFree--;
    }
    return true;
  }

  /** Marks an address free; returns whether it was leased. */
  boolean clear(long index) {
    int p = (int) (index >>> PAGE_SHIFT);
    long[] words = pages[p];
    int w = (int) ((index >>> 6) & (PAGE_WORDS - 1));
    long bit = 1L << index;
    if (words == null || (words[w] & bit) == 0) {
      return false;
    }
    words[w] &= ~bit;
    fullWords[p][w >>> 6] &= ~(1L << w);
    pageCounts[p]--;
    if (index >= autoFrom && index <= autoTo) {
      autoFree++;
      if (index < cursor) {
        cursor = index;
      }
    }
    return true;
  }

  /** How many automatic candidates are free. */
  long autoFree() {
    return autoFree;
  }

  /** How many addresses DVP's walk offers here. */
  long autoCandidates() {
    return Math.max(0, autoTo - autoFrom + 1);
  }

  /** The lowest free automatic candidate, or -1; advances the cursor past what is known to be full. */
  long lowestFree() {
    if (autoFree == 0) {
      cursor = autoTo + 1;
      return -1;
    }
    long found = nextClear(cursor, autoTo);
    cursor = found < 0 ? autoTo + 1 : found;
    return found;
  }

  /** The lowest free candidate at or above {@code from}, or -1; leaves the cursor alone. */
  long nextFree(long from) {
    return nextClear(Math.max(from, autoFrom), autoTo);
  }

  /** A uniformly random free candidate, or -1. */
  long randomFree(RandomGenerator random) {
    if (autoFree == 0) {
      return -1;
    }
    long span = autoTo - autoFrom + 1;
    // Probing is O(1) while the prefix is not nearly full; the rank walk below is exact and O(size / 64).
    for (int probe = 0; probe < 16; probe++) {
      long candidate = autoFrom + random.nextLong(span);
      if (!isSet(candidate)) {
        return candidate;
      }
    }
    return freeByRank(random.nextLong(autoFree));
  }

  private long freeByRank(long rank) {
    long remaining = rank;
    long index = autoFrom;
    while (index <= autoTo) {
      int p = (int) (index >>> PAGE_SHIFT);
      long pageEnd = Math.min(((long) p << PAGE_SHIFT) + PAGE_BITS - 1, autoTo);
      long[] words = pages[p];
      if (words == null) {
        long span = pageEnd - index + 1;
        if (remaining < span) {
          return index + remaining;
        }
        remaining -= span;
        index = pageEnd + 1;
        continue;
      }
      int w = (int) ((index >>> 6) & (PAGE_WORDS - 1));
      long used = words[w] | ((1L << index) - 1);
      long wordEnd = ((index >>> 6) << 6) + 63;
      int last = (int) (autoTo & 63);
      if (wordEnd > autoTo && last < 63) {
        used |= -1L << (last + 1);
      }
      int free = Long.bitCount(~used);
      if (remaining < free) {
        long bits = ~used;
        for (long r = remaining; r > 0; r--) {
          bits &= bits - 1;
        }
        return ((index >>> 6) << 6) + Long.numberOfTrailingZeros(bits);
      }
      remaining -= free;
      index = wordEnd + 1;
    }
    return -1;
  }

  private long nextClear(long from, long to) {
    long index = from;
    while (index <= to) {
      int p = (int) (index >>> PAGE_SHIFT);
      long pageStart = (long) p << PAGE_SHIFT;
      if (pageCounts[p] == PAGE_BITS) {
        index = pageStart + PAGE_BITS;
        continue;
      }
      long[] words = pages[p];
      if (words == null) {
        return index <= to ? index : -1;
      }
      int w = (int) ((index >>> 6) & (PAGE_WORDS - 1));
      long word = words[w] | ((1L << index) - 1);
      if (word != -1L) {
        long found = pageStart + ((long) w << 6) + Long.numberOfTrailingZeros(~word);
        return found <= to ? found : -1;
      }
      int next = nextNonFullWord(fullWords[p], w + 1);
      if (next < 0) {
        index = pageStart + PAGE_BITS;
        continue;
      }
      long found = pageStart + ((long) next << 6) + Long.numberOfTrailingZeros(~words[next]);
      return found <= to ? found : -1;
    }
    return -1;
  }

  private static int nextNonFullWord(long[] full, int from) {
    if (from >= PAGE_WORDS) {
      return -1;
    }
    int s = from >>> 6;
    long bits = ~full[s] & (-1L << from);
    while (true) {
      if (bits != 0) {
        return (s << 6) + Long.numberOfTrailingZeros(bits);
      }
      if (++s == full.length) {
        return -1;
      }
      bits = ~full[s];
    }
  }
}

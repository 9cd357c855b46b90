package dev.dvp.ipam;

/**
 * The pool's index from a claim (namespace, name) to its lease entry: open addressing with linear probing over one
 * array of entries, so a lease costs one array slot here instead of a map node. Keys are read from the entries,
 * which must not change their namespace or name while indexed (the pool removes, edits, then re-adds). Not
 * thread-safe: only the pool touches it, under its lock.
 */
final class ClaimIndex<E extends ClaimIndex.Keyed> {
  /** An entry that knows the claim it is indexed under. */
  interface Keyed {
    String claimNamespace();

    String claimName();
  }

  private Object[] table = new Object[16];
  private int size;

  @SuppressWarnings("unchecked")
  E get(String namespace, String name) {
    int mask = table.length - 1;
    for (int i = slot(namespace, name, mask); table[i] != null; i = (i + 1) & mask) {
      Keyed e = (Keyed) table[i];
      if (e.claimName().equals(name) && e.claimNamespace().equals(namespace)) {
        return (E) e;
      }
    }
    return null;
  }

  /** Adds the entry, replacing one indexed under the same claim. */
  void put(E entry) {
    if ((size + 1) * 2 > table.length) {
      grow();
    }
    int mask = table.length - 1;
    int i = slot(entry.claimNamespace(), entry.claimName(), mask);
    while (table[i] != null) {
      Keyed e = (Keyed) table[i];
      if (e.claimName().equals(entry.claimName()) && e.claimNamespace().equals(entry.claimNamespace())) {
        table[i] = entry;
        return;
      }
      i = (i + 1) & mask;
    }
    table[i] = entry;
    size++;
  }

  /** Removes the entry only if it is the one indexed under its claim. */
  void remove(E entry) {
    int mask = table.length - 1;
    for (int i = slot(entry.claimNamespace(), entry.claimName(), mask); table[i] != null; i = (i + 1) & mask) {
      if (table[i] == entry) {
        shiftBack(i, mask);
        size--;
        return;
      }
    }
  }

  int size() {
    return size;
  }

  private void shiftBack(int hole, int mask) {
    int i = hole;
    while (true) {
      table[hole] = null;
      int j = i;
      while (true) {
        j = (j + 1) & mask;
        Keyed e = (Keyed) table[j];
        if (e == null) {
          return;
        }
        int home = slot(e.claimNamespace(), e.claimName(), mask);
        // move e back into the hole unless its home lies cyclically in (hole, j]
        if (hole <= j ? home <= hole || home > j : home <= hole && home > j) {
          table[hole] = e;
          hole = j;
          i = j;
          break;
        }
      }
    }
  }

  private void grow() {
    Object[] old = table;
    table = new Object[old.length * 2];
    int mask = table.length - 1;
    for (Object o : old) {
      if (o != null) {
        Keyed e = (Keyed) o;
        int i = slot(e.claimNamespace(), e.claimName(), mask);
        while (table[i] != null) {
          i = (i + 1) & mask;
        }
        table[i] = e;
      }
    }
  }

  private static int slot(String namespace, String name, int mask) {
    int h = namespace.hashCode() * 31 + name.hashCode();
    h *= 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }
}

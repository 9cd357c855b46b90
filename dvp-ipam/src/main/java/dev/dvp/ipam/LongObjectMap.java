package dev.dvp.ipam;

import java.util.ArrayList;
import java.util.List;

/**
 * A hash map from {@code long} keys to values with open addressing (linear probing, backward-shift deletion), so a
 * lease costs one slot of two arrays instead of a boxed key and an entry object. Not thread-safe: the pools guard it
 * with their locks.
 *
 * @param <V> the value type
 */
final class LongObjectMap<V> {
  private long[] keys = new long[16];
  private Object[] values = new Object[16];
  private int size;

  int size() {
    return size;
  }

  @SuppressWarnings("unchecked")
  V get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); values[i] != null; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return (V) values[i];
      }
    }
    return null;
  }

  /** Puts a value; returns the previous one. */
  @SuppressWarnings("unchecked")
  V put(long key, V value) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (values[i] != null) {
      if (keys[i] == key) {
        V old = (V) values[i];
        values[i] = value;
        return old;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = value;
    size++;
    return null;
  }

  /** Removes a key; returns its value. */
  @SuppressWarnings("unchecked")
  V remove(long key) {
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (values[i] != null) {
      if (keys[i] == key) {
        V old = (V) values[i];
        shiftBack(i, mask);
        size--;
        return old;
      }
      i = (i + 1) & mask;
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  List<V> values() {
    List<V> out = new ArrayList<>(size);
    for (Object v : values) {
      if (v != null) {
        out.add((V) v);
      }
    }
    return out;
  }

  private void shiftBack(int hole, int mask) {
    int i = hole;
    while (true) {
      values[hole] = null;
      int j = i;
      while (true) {
        j = (j + 1) & mask;
        if (values[j] == null) {
          return;
        }
        int home = slot(keys[j], mask);
        // Move j into the hole unless its home lies cyclically in (hole, j].
        boolean stays = hole <= j ? hole < home && home <= j : hole < home || home <= j;
        if (!stays) {
          break;
        }
      }
      keys[hole] = keys[j];
      values[hole] = values[j];
      hole = j;
      i = j;
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new Object[oldValues.length * 2];
    int mask = keys.length - 1;
    for (int k = 0; k < oldKeys.length; k++) {
      if (oldValues[k] != null) {
        int i = slot(oldKeys[k], mask);
        while (values[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[k];
        values[i] = oldValues[k];
      }
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}

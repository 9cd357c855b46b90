package dev.dvp.ipam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The open-addressing map behaves like {@link HashMap} under any sequence of puts and removes. */
class LongObjectMapTest {
  @Test
  void agreesWithHashMap() {
    qt().withExamples(300).forAll(lists().of(integers().between(-64, 64)).ofSizeBetween(0, 400))
        .checkAssert(ops -> {
          LongObjectMap<String> map = new LongObjectMap<>();
          Map<Long, String> reference = new HashMap<>();
          for (int op : ops) {
            // Keys collide on purpose: multiples of a large stride land on few slots.
            long key = Math.abs(op) * 1_048_576L;
            if (op >= 0) {
              assertThat(map.put(key, "v" + op)).isEqualTo(reference.put(key, "v" + op));
            } else {
              assertThat(map.remove(key)).isEqualTo(reference.remove(key));
            }
            assertThat(map.size()).isEqualTo(reference.size());
          }
          for (long k = 0; k <= 64; k++) {
            assertThat(map.get(k * 1_048_576L)).isEqualTo(reference.get(k * 1_048_576L));
          }
          assertThat(map.values()).containsExactlyInAnyOrderElementsOf(reference.values());
        });
  }
}

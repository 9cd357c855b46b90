package dev.dvp.ipam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The open-addressing claim index behaves like a map from (namespace, name) to the last entry put. */
class ClaimIndexTest {
  @Test
  void agreesWithAHashMap() {
    qt().withExamples(300).forAll(lists().of(integers().between(-60, 60)).ofSizeBetween(0, 400)).checkAssert(ops -> {
      ClaimIndex<IpLeaseEntry> index = new ClaimIndex<>();
      Map<List<String>, IpLeaseEntry> model = new HashMap<>();
      long address = 0;
      for (int op : ops) {
        String ns = "ns" + Math.floorMod(op, 3);
        String name = "c" + Math.abs(op);
        List<String> key = List.of(ns, name);
        if (op >= 0) {
          IpLeaseEntry e = new IpLeaseEntry(address++, true, ns, name, null, IpLease.State.BOUND, 0);
          index.put(e);
          model.put(key, e);
        } else {
          IpLeaseEntry current = model.get(key);
          IpLeaseEntry stranger = new IpLeaseEntry(-1, true, ns, name, null, IpLease.State.BOUND, 0);
          index.remove(stranger);
          if (current != null) {
            index.remove(current);
            model.remove(key);
          }
        }
        assertThat(index.size()).isEqualTo(model.size());
      }
      for (int i = 0; i <= 60; i++) {
        for (int n = 0; n < 3; n++) {
          assertThat(index.get("ns" + n, "c" + i)).isSameAs(model.get(List.of("ns" + n, "c" + i)));
        }
      }
    });
  }
}

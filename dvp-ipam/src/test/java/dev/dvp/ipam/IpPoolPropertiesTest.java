package dev.dvp.ipam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Invariants of the IP pool and of CIDR parsing, checked on generated operation sequences and prefixes. */
class IpPoolPropertiesTest {
  /** A reference model: the lowest free candidate by a plain walk over DVP's rules. */
  static String lowestFreeByWalk(List<Cidr> cidrs, Set<Long> leased) {
    for (Cidr c : cidrs) {
      for (long a = c.address().unsigned(); a <= c.broadcast().unsigned(); a++) {
        Ipv4Address ip = Ipv4Address.ofUnsigned(a);
        if (c.isAutoCandidate(ip) && c.isInRange(ip) && !leased.contains(a)) {
          return ip.toString();
        }
      }
    }
    return "";
  }

  @Test
  void lowestFreeMatchesAPlainWalkUnderAnyAllocateReleaseSequence() {
    // op >= 0: allocate claim op; op < 0: release claim -op-1 (with zero retention, so the address frees at once).
    qt().withExamples(200).forAll(integers().between(24, 30), integers().between(0, 255),
            lists().of(integers().between(-40, 40)).ofSizeBetween(0, 120))
        .checkAssert((bits, hostByte, ops) -> {
          String text = "10.7.3." + (hostByte & ~((1 << Math.min(8, 32 - bits)) - 1) | (hostByte % 3)) + "/" + bits;
          IpPoolTest.FakeClock clock = new IpPoolTest.FakeClock();
          IpPool pool = IpPool.create(VirtualMachineCidrs.parse(List.of(text, "10.9.0.0/30")),
              IpPoolOptions.builder().clock(clock).retention(Duration.ZERO).build());
          List<Cidr> cidrs = pool.cidrs().usable();
          Set<Long> leased = new HashSet<>();
          java.util.Map<Integer, Long> byClaim = new java.util.HashMap<>();
          for (int op : ops) {
            if (op >= 0) {
              if (byClaim.containsKey(op)) {
                continue;
              }
              String expected = lowestFreeByWalk(cidrs, leased);
              IpClaimResult r = pool.allocate("ns", "c" + op);
              assertThat(r.address().map(Ipv4Address::toString).orElse("")).isEqualTo(expected);
              r.address().ifPresent(a -> {
                leased.add(a.unsigned());
                byClaim.put(op, a.unsigned());
              });
            } else {
              Long a = byClaim.remove(-op - 1);
              assertThat(pool.release("ns", "c" + (-op - 1)).isPresent()).isEqualTo(a != null);
              if (a != null) {
                leased.remove(a);
              }
            }
            long autoTotal = cidrs.stream().mapToLong(Cidr::autoAddressCount).sum();
            assertThat(pool.freeCount()).as("no leak").isEqualTo(autoTotal - leased.size());
          }
          assertThat(pool.leases()).extracting(l -> l.address().unsigned()).containsExactlyElementsOf(
              new TreeSet<>(leased));
        });
  }

  @Test
  void exportThenRebuildGivesTheSameState() {
    qt().withExamples(100).forAll(lists().of(integers().between(-30, 30)).ofSizeBetween(0, 60),
            integers().between(0, 3))
        .checkAssert((ops, seconds) -> {
          IpPoolTest.FakeClock clock = new IpPoolTest.FakeClock();
          IpPoolOptions options = IpPoolOptions.builder().clock(clock).build();
          VirtualMachineCidrs cidrs = VirtualMachineCidrs.parse(List.of("10.0.0.0/28", "10.1.0.0/29"));
          IpPool pool = IpPool.create(cidrs, options);
          for (int op : ops) {
            clock.advance(Duration.ofSeconds(seconds * 100L));
            if (op >= 0) {
              if (op % 5 == 0) {
                pool.allocateStatic("ns" + op % 2, "c" + op, "10.0.0." + (1 + op % 14));
              } else {
                pool.allocate("ns" + op % 2, "c" + op);
              }
            } else {
              pool.release("ns" + (-op) % 2, "c" + (-op));
            }
          }
          IpPoolRebuild rebuilt = IpPool.rebuild(cidrs, pool.export(), options);
          assertThat(rebuilt.findings()).isEmpty();
          assertThat(rebuilt.pool().state()).isEqualTo(pool.state());
          assertThat(rebuilt.pool().peek(30)).isEqualTo(pool.peek(30));
        });
  }

  @Test
  void prefixArithmeticAgreesWithTheDefinitions() {
    qt().withExamples(500).forAll(integers().all(), integers().between(2, 32)).checkAssert((bits, len) -> {
      Cidr c = Cidr.parse(new Ipv4Address(bits) + "/" + len).orElseThrow();
      assertThat(c.network().unsigned() % c.size()).isZero();
      assertThat(c.broadcast().unsigned() - c.network().unsigned() + 1).isEqualTo(c.size());
      assertThat(c.contains(c.address())).isTrue();
      assertThat(c.isInRange(c.network())).isFalse();
      assertThat(c.isInRange(c.broadcast())).isFalse();
      long expected = 0;
      if (c.size() > 2) {
        expected = c.broadcast().unsigned() - Math.max(c.address().unsigned(), c.network().unsigned() + 1);
      }
      assertThat(c.autoAddressCount()).isEqualTo(Math.max(0, expected));
      assertThat(Ipv4Address.parse(c.address().toString())).contains(c.address());
      assertThat(IpLeaseNames.addressOf(c.address().leaseName())).isEqualTo(c.address().toString());
    });
  }

  @Test
  void randomOrderNeverHandsOutALeasedAddress() {
    qt().withExamples(50).forAll(integers().all(), integers().between(26, 29)).checkAssert((seed, len) -> {
      IpPool pool = IpPool.create(VirtualMachineCidrs.parse(List.of("10.0.0.0/" + len, "10.0.1.0/30")),
          IpPoolOptions.builder().random(java.util.random.RandomGeneratorFactory.of("L64X128MixRandom")
              .create(seed)).build());
      List<String> got = new ArrayList<>();
      IpClaimResult r;
      int i = 0;
      while ((r = pool.allocate("ns", "c" + i++)).isBound()) {
        got.add(r.address().orElseThrow().toString());
      }
      assertThat(got).doesNotHaveDuplicates().hasSize((1 << (32 - len)) - 2 + 2);
    });
  }
}

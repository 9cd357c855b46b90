package dev.dvp.ipam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * 8 threads allocating and releasing for a bounded time (2 seconds): no address is held by two live claims, nothing
 * leaks, and the final state equals a sequential replay of what every thread did.
 */
class IpPoolConcurrencyTest {
  private record Op(String namespace, String claim, boolean isStatic, String address, boolean release) {}

  @Test
  void eightThreadsAllocateAndRelease() throws Exception {
    IpPoolTest.FakeClock clock = new IpPoolTest.FakeClock();
    VirtualMachineCidrs cidrs = VirtualMachineCidrs.parse(List.of("10.20.0.0/20", "10.30.0.0/24"));
    // A still clock: released leases are kept, so no address is ever given to two claims and any interleaving of
    // the threads' logs replays to the same state.
    IpPoolOptions options = IpPoolOptions.builder().clock(clock).build();
    IpPool pool = IpPool.create(cidrs, options);
    int threads = 8;
    Set<String> liveAddresses = ConcurrentHashMap.newKeySet();
    List<List<Op>> logs = new ArrayList<>();
    AtomicBoolean clash = new AtomicBoolean();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    for (int t = 0; t < threads; t++) {
      List<Op> log = new ArrayList<>();
      logs.add(log);
      String ns = "ns-" + t;
      workers.add(new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          return;
        }
        List<String> mine = new ArrayList<>();
        for (int i = 0; System.nanoTime() < deadline && i < 2_000; i++) {
          if (mine.size() > 5 && i % 3 == 0) {
            String[] claim = mine.remove(0).split(" ");
            liveAddresses.remove(claim[1]);
            pool.release(ns, claim[0]);
            log.add(new Op(ns, claim[0], false, claim[1], true));
            continue;
          }
          String claim = "c" + i;
          IpClaimResult r = pool.allocate(ns, claim);
          if (!r.isBound()) {
            break;
          }
          String address = r.address().orElseThrow().toString();
          if (!liveAddresses.add(address)) {
            clash.set(true);
          }
          mine.add(claim + " " + address);
          log.add(new Op(ns, claim, true, address, false));
        }
      }));
    }
    workers.forEach(Thread::start);
    start.countDown();
    for (Thread w : workers) {
      w.join(10_000);
    }
    assertThat(clash).isFalse();
    IpPoolState state = pool.state();
    long distinct = state.leases().stream().map(IpLease::address).distinct().count();
    assertThat(distinct).isEqualTo(state.leases().size());
    long allocations = logs.stream().flatMap(List::stream).filter(o -> !o.release()).count();
    assertThat(state.leases()).as("every allocation left exactly one lease").hasSize((int) allocations);
    long bound = state.leases().stream().filter(l -> l.state() == IpLease.State.BOUND).count();
    long releases = logs.stream().flatMap(List::stream).filter(Op::release).count();
    assertThat(bound).isEqualTo(allocations - releases);
    long auto = cidrs.usable().stream().mapToLong(Cidr::autoAddressCount).sum();
    assertThat(pool.freeCount()).as("no leak").isEqualTo(auto - allocations);

    IpPool replay = IpPool.create(cidrs, options);
    for (List<Op> log : logs) {
      for (Op op : log) {
        if (op.release()) {
          replay.release(op.namespace(), op.claim());
        } else {
          assertThat(replay.allocateStatic(op.namespace(), op.claim(), op.address()).isBound()).isTrue();
        }
      }
    }
    assertThat(replay.state()).isEqualTo(state);
  }
}

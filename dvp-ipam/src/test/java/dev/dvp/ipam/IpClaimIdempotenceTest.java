package dev.dvp.ipam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One claim, one lease: asking again for the same claim returns the lease it holds, never a second one. */
class IpClaimIdempotenceTest {
  private static IpPool pool() {
    return IpPoolTest.pool(new IpPoolTest.FakeClock(), "10.66.10.0/24");
  }

  @Test
  void allocatingTwiceForOneClaimGivesTheSameLease() {
    IpPool pool = pool();
    IpClaimResult first = pool.allocate("ns", "vm-ip");
    IpClaimResult again = pool.allocate("ns", "vm-ip");
    assertThat(again.isBound()).isTrue();
    assertThat(again.address()).isEqualTo(first.address());
    assertThat(pool.size()).isEqualTo(1);
    assertThat(pool.release("ns", "vm-ip")).isPresent();
    assertThat(pool.leases()).allMatch(l -> l.state() == IpLease.State.RELEASED);
  }

  @Test
  void aStaticClaimAskingAgainKeepsItsLease() {
    IpPool pool = pool();
    assertThat(pool.allocateStatic("ns", "static", "10.66.10.77").isBound()).isTrue();
    assertThat(pool.allocateStatic("ns", "static", "10.66.10.77").isBound()).isTrue();
    assertThat(pool.allocate("ns", "static").address()).map(Object::toString).contains("10.66.10.77");
    assertThat(pool.size()).isEqualTo(1);
  }

  @Test
  void aClaimHoldingALeaseCannotTakeASecondAddress() {
    IpPool pool = pool();
    pool.allocate("ns", "vm-ip");
    IpClaimResult other = pool.allocateStatic("ns", "vm-ip", "10.66.10.77");
    assertThat(other.isBound()).isFalse();
    assertThat(other.reason()).isEqualTo(IpClaimResult.LEASE_ALREADY_EXISTS);
    assertThat(other.message()).isEqualTo("VirtualMachineIPAddress ns/vm-ip already holds the"
        + " VirtualMachineIPAddressLease \"ip-10-66-10-1\". Maybe release it before claiming 10.66.10.77");
    assertThat(pool.size()).isEqualTo(1);
  }

  @Test
  void repeatedClaimsNeverMakeMoreLeasesThanClaims() {
    qt().forAll(lists().of(integers().between(0, 20)).ofSizeBetween(0, 200)).checkAssert(claims -> {
      IpPool pool = pool();
      for (int c : claims) {
        assertThat(pool.allocate("ns", "claim-" + c).isBound()).isTrue();
      }
      assertThat(pool.size()).isEqualTo((int) claims.stream().distinct().count());
      List<IpLease> leases = pool.leases();
      assertThat(leases.stream().map(IpLease::address).distinct().count()).isEqualTo(leases.size());
    });
  }
}

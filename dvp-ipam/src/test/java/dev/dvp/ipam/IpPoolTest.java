package dev.dvp.ipam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvp.model.ObjectMeta;
import dev.dvp.model.VirtualMachineIPAddress;
import dev.dvp.model.VirtualMachineIPAddressLease;
import dev.dvp.model.VirtualMachineIPAddressSpec;
import dev.dvp.model.VirtualMachineIPAddressStatus;
import dev.dvp.model.Violation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/** The rule book's IP examples and boundaries (§3, §4, §6, §7, §8). */
class IpPoolTest {
  static final Instant T0 = Instant.parse("2025-01-15T08:00:00Z");

  /** A clock the test moves. */
  static final class FakeClock extends Clock {
    Instant now = T0;

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }
  }

  static IpPool pool(FakeClock clock, String... cidrs) {
    return IpPool.create(VirtualMachineCidrs.parse(List.of(cidrs)), IpPoolOptions.builder().clock(clock).build());
  }

  static List<String> drain(IpPool pool) {
    List<String> out = new ArrayList<>();
    for (int i = 0; ; i++) {
      IpClaimResult r = pool.allocate("ns", "c" + i);
      if (!r.isBound()) {
        assertThat(r.message()).isEqualTo("Failed to allocate new IP address: no remaining ips.");
        assertThat(r.reason()).isEqualTo("VirtualMachineIPAddressLeaseNotReady");
        return out;
      }
      out.add(r.address().orElseThrow().toString());
    }
  }

  @Test
  void leaseNamesAsDvp() {
    assertThat(IpLeaseNames.of("10.66.10.14")).isEqualTo("ip-10-66-10-14");
    assertThat(IpLeaseNames.of("::ffff:10.66.10.14")).isEqualTo("ip-10-66-10-14");
    assertThat(IpLeaseNames.of("fd00::1")).isEmpty();
    assertThat(IpLeaseNames.of("10.66.010.14")).isEmpty();
    assertThat(IpLeaseNames.of("10.66.10.14/32")).isEmpty();
    assertThat(IpLeaseNames.of(" 10.66.10.14")).isEmpty();
    assertThat(IpLeaseNames.addressOf("ip-10-66-10-14")).isEqualTo("10.66.10.14");
    assertThat(IpLeaseNames.addressOf("ip-fd00--1")).isEqualTo("fd00..1");
    assertThat(IpLeaseNames.addressOf("ip-")).isEmpty();
    assertThat(IpLeaseNames.addressOf("mac-00-11")).isEmpty();
  }

  @Test
  void slash24Gives254FromDot1ToDot254() {
    List<String> all = drain(pool(new FakeClock(), "10.66.10.0/24"));
    assertThat(all).hasSize(254);
    assertThat(all.get(0)).isEqualTo("10.66.10.1");
    assertThat(all.get(253)).isEqualTo("10.66.10.254");
  }

  @Test
  void prefixTableOfTheRuleBook() {
    List<String> s23 = drain(pool(new FakeClock(), "10.10.10.0/23"));
    assertThat(s23).hasSize(510).startsWith("10.10.10.1").endsWith("10.10.11.254").contains("10.10.10.255",
        "10.10.11.0");
    assertThat(drain(pool(new FakeClock(), "10.0.0.0/29")))
        .containsExactly("10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5", "10.0.0.6");
    assertThat(drain(pool(new FakeClock(), "10.0.0.0/30"))).containsExactly("10.0.0.1", "10.0.0.2");
    assertThat(drain(pool(new FakeClock(), "192.168.1.0/31"))).isEmpty();
    assertThat(drain(pool(new FakeClock(), "10.0.0.5/32"))).as("SDK guard: a /32 is never offered").isEmpty();
    Cidr c = Cidr.parse("10.10.10.0/23").orElseThrow();
    assertThat(c.isInRange(ip("10.10.10.255"))).isTrue();
    assertThat(c.isInRange(ip("10.10.11.0"))).isTrue();
    assertThat(Cidr.parse("10.0.0.5/32").orElseThrow().isInRange(ip("10.0.0.5"))).isFalse();
    assertThat(Cidr.parse("192.168.1.0/31").orElseThrow().isInRange(ip("192.168.1.1"))).isFalse();
  }

  @Test
  void slash32JamsAutoAllocationInFidelityMode() {
    IpPool dvp = IpPool.create(VirtualMachineCidrs.parse(List.of("10.0.0.5/32", "10.66.10.0/24"),
        IpPoolOptions.builder().fidelity(true).build()), IpPoolOptions.builder().fidelity(true).build());
    for (int i = 0; i < 3; i++) {
      IpClaimResult r = dvp.allocate("ns", "vm-" + i);
      assertThat(r.isBound()).isFalse();
      assertThat(r.reason()).isEqualTo("VirtualMachineIPAddressIsOutOfTheValidRange");
      assertThat(r.message()).isEqualTo("The IP address \"\" is out of the valid range.");
    }
    IpPool guarded = pool(new FakeClock(), "10.0.0.5/32", "10.66.10.0/24");
    assertThat(guarded.allocate("ns", "vm").address()).contains(ip("10.66.10.1"));
  }

  @Test
  void nonAlignedPrefixesWalkFromTheWrittenAddress() {
    List<String> s = drain(pool(new FakeClock(), "10.66.10.5/24"));
    assertThat(s).hasSize(250).startsWith("10.66.10.5").endsWith("10.66.10.254");
    assertThat(drain(pool(new FakeClock(), "192.168.1.190/27"))).containsExactly("192.168.1.190");
    Cidr admin = Cidr.parse("10.77.20.0/16").orElseThrow();
    assertThat(admin.autoAddressCount()).isEqualTo(60415);
    assertThat(admin.firstAutoAddress()).contains(ip("10.77.20.0"));
    assertThat(admin.isInRange(ip("10.77.0.1"))).isTrue();
    assertThat(admin.isInRange(ip("10.77.255.254"))).isTrue();
    assertThat(admin.isInRange(ip("10.77.255.255"))).isFalse();
    IpPool p = pool(new FakeClock(), "10.66.10.5/24");
    assertThat(p.allocateStatic("ns", "s", "10.66.10.3").isBound()).as("static .1-.4 pass the range check").isTrue();
    VirtualMachineCidrs checked = VirtualMachineCidrs.parse(List.of("10.66.10.5/24"));
    assertThat(checked.violations()).extracting(Violation::message).containsExactly("subnet 10.66.10.5/24 is not"
        + " aligned to its mask: automatic allocation starts at 10.66.10.5, so 10.66.10.1-10.66.10.4 are never"
        + " allocated automatically (static requests for them still pass). Maybe write 10.66.10.0/24");
    assertThat(VirtualMachineCidrs.parse(List.of("10.66.10.5/24"), IpPoolOptions.builder().rejectMisaligned(true)
        .build()).usable()).isEmpty();
  }

  @Test
  void cidrsInConfiguredOrder() {
    IpPool p = pool(new FakeClock(), "10.0.0.0/30", "10.66.10.0/24", "10.1.0.0/30");
    assertThat(drain(p).subList(0, 4)).containsExactly("10.0.0.1", "10.0.0.2", "10.66.10.1", "10.66.10.2");
  }

  @Test
  void badCidrsAreReportedWithDvpTexts() {
    VirtualMachineCidrs v = VirtualMachineCidrs.parse(List.of("bad", "fd00::/64", "0.0.0.0/1", "10.0.0.0/33",
        "10.0.0.256/24", "10.66.10.0/24", "10.66.0.0/16"));
    assertThat(v.usable()).extracting(Cidr::text).containsExactly("10.66.10.0/24", "10.66.0.0/16");
    assertThat(v.violations()).extracting(Violation::path, Violation::message).contains(
        org.assertj.core.groups.Tuple.tuple("spec.settings.virtualMachineCIDRs[0]", "failed to parse CIDR \"bad\":"
            + " netip.ParsePrefix(\"bad\"): no '/'. Maybe write an IPv4 prefix such as 10.66.10.0/24"),
        org.assertj.core.groups.Tuple.tuple("spec.settings.virtualMachineCIDRs[3]", "failed to parse CIDR"
            + " \"10.0.0.0/33\": netip.ParsePrefix(\"10.0.0.0/33\"): prefix length out of range. Maybe write an IPv4"
            + " prefix such as 10.66.10.0/24"),
        org.assertj.core.groups.Tuple.tuple("spec.settings.virtualMachineCIDRs[4]", "failed to parse CIDR"
            + " \"10.0.0.256/24\": netip.ParsePrefix(\"10.0.0.256/24\"): ParseAddr(\"10.0.0.256\"): IPv4 field has"
            + " value >255. Maybe write an IPv4 prefix such as 10.66.10.0/24"),
        org.assertj.core.groups.Tuple.tuple("spec.settings.virtualMachineCIDRs[6]", "no overlaps allowed: subnet"
            + " 10.66.0.0/16 is invalid: should not overlap with subnet 10.66.10.0/24. Please adjust the configuration"
            + " to resolve this issue"));
    assertThat(v.violations().get(1).message()).startsWith("IPv6 is not supported by DVP IPAM");
    assertThat(v.violations().get(2).message()).contains("can't generate IP with index -1 from subnet. subnet too"
        + " small. subnet: \"0.0.0.0/1\"");
  }

  @Test
  void staticRequestsOfTheRuleBookTable() {
    FakeClock clock = new FakeClock();
    IpPool p = pool(clock, "10.66.10.0/24");
    assertThat(p.allocateStatic("ns-a", "ip", "10.66.10.14")).isEqualTo(IpClaimResult.bound(ip("10.66.10.14")));
    assertThat(p.lease(ip("10.66.10.14")).orElseThrow().references("ns-a", "ip")).isTrue();
    for (String out : List.of("10.66.10.0", "10.66.10.255", "10.66.20.77")) {
      IpClaimResult r = p.allocateStatic("ns-a", "x", out);
      assertThat(r.reason()).isEqualTo("VirtualMachineIPAddressIsOutOfTheValidRange");
      assertThat(r.message()).isEqualTo("The IP address \"" + out + "\" is out of the valid range.");
    }
    IpClaimResult taken = p.allocateStatic("ns-b", "other", "10.66.10.14");
    assertThat(taken.message()).isEqualTo("The VirtualMachineIPAddressLease \"ip-10-66-10-14\" belongs to a"
        + " different namespace.");
    IpClaimResult sameNs = p.allocateStatic("ns-a", "other", "10.66.10.14");
    assertThat(sameNs.message()).isEqualTo("The VirtualMachineIPAddressLease \"ip-10-66-10-14\" already has a"
        + " reference to another VirtualMachineIPAddress.");
  }

  @Test
  void retentionAndReclaimByNamespace() {
    FakeClock clock = new FakeClock();
    IpPool p = pool(clock, "10.66.10.0/30");
    assertThat(p.allocate("ns-a", "vm-a").address()).contains(ip("10.66.10.1"));
    IpLease released = p.release("ns-a", "vm-a").orElseThrow();
    assertThat(released.state()).isEqualTo(IpLease.State.RELEASED);
    assertThat(released.ref().orElseThrow().namespace()).isEqualTo("ns-a");
    assertThat(released.ref().orElseThrow().name()).isEmpty();
    assertThat(p.allocate("ns-a", "vm-b").address()).as("Auto never reuses a released lease")
        .contains(ip("10.66.10.2"));

    clock.advance(Duration.ofMinutes(9).plusSeconds(59));
    IpClaimResult other = p.allocateStatic("ns-b", "keep", "10.66.10.1");
    assertThat(other.isBound()).isFalse();
    assertThat(other.address()).contains(ip("10.66.10.1"));
    assertThat(other.phase().value()).isEqualTo("Pending");
    assertThat(other.message()).isEqualTo(
        "The VirtualMachineIPAddressLease \"ip-10-66-10-1\" belongs to a different namespace.");
    IpClaimResult same = p.allocateStatic("ns-a", "keep", "10.66.10.1");
    assertThat(same.isBound()).isTrue();
    assertThat(p.lease(ip("10.66.10.1")).orElseThrow().state()).isEqualTo(IpLease.State.BOUND);

    p.release("ns-a", "keep");
    clock.advance(Duration.ofMinutes(10).minusSeconds(1));
    assertThat(p.expire()).isEmpty();
    clock.advance(Duration.ofSeconds(1));
    assertThat(p.expire()).extracting(IpLease::name).containsExactly("ip-10-66-10-1");
    assertThat(p.allocateStatic("ns-b", "keep", "10.66.10.1").isBound()).as("free for everyone after").isTrue();
  }

  @Test
  void retentionIsConfigurableInGoSyntax() {
    FakeClock clock = new FakeClock();
    IpPool p = IpPool.create(VirtualMachineCidrs.parse(List.of("10.0.0.0/30")),
        IpPoolOptions.builder().clock(clock).retention("1m30s").build());
    p.allocate("ns", "a");
    p.release("ns", "a");
    clock.advance(Duration.ofSeconds(89));
    assertThat(p.size()).isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    assertThat(p.size()).isZero();
    assertThat(IpPoolOptions.builder().retention("").build().retention()).isEqualTo(Duration.ofMinutes(10));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> IpPoolOptions.builder().retention("10"))
        .hasMessage("parse retention duration: time: missing unit in duration \"10\"");
  }

  @Test
  void claimsFromVmipObjects() {
    FakeClock clock = new FakeClock();
    IpPool p = pool(clock, "10.66.10.0/24");
    VirtualMachineIPAddress auto = VirtualMachineIPAddress.builder()
        .metadata(ObjectMeta.builder().name("linux-vm-7prpx").namespace("default").uid("u-1").build())
        .spec(VirtualMachineIPAddressSpec.ofAuto()).build();
    IpClaimResult first = p.claim(auto);
    assertThat(first.leaseName()).contains("ip-10-66-10-1");
    assertThat(p.claim(auto)).as("found again by its UID label").isEqualTo(first);
    VirtualMachineIPAddress withAddress = auto.withStatus(VirtualMachineIPAddressStatus.builder()
        .address("10.66.10.1").build());
    assertThat(p.claim(withAddress)).isEqualTo(first);
    VirtualMachineIPAddress lost = auto.withStatus(VirtualMachineIPAddressStatus.builder()
        .address("10.66.10.99").build());
    IpClaimResult r = p.claim(lost);
    assertThat(r.reason()).isEqualTo("VirtualMachineIPAddressLeaseLost");
    assertThat(r.message()).isEqualTo("The VirtualMachineIPAddressLease \"ip-10-66-10-99\" doesn't exist.");
    VirtualMachineIPAddress ipv6 = VirtualMachineIPAddress.builder().metadata(ObjectMeta.of("v6", "default"))
        .spec(VirtualMachineIPAddressSpec.ofStatic("fd00::1")).build();
    assertThat(p.claim(ipv6).message()).startsWith("IPv6 is not supported by DVP IPAM");
  }

  @Test
  void exportRebuildRoundTripAndFindings() {
    FakeClock clock = new FakeClock();
    IpPool p = pool(clock, "10.66.10.0/24");
    p.allocate("default", "a");
    p.allocateStatic("ns-b", "b", "10.66.10.14");
    clock.advance(Duration.ofSeconds(30));
    p.release("default", "a");
    List<VirtualMachineIPAddressLease> exported = p.export();
    IpPoolRebuild rebuilt = IpPool.rebuild(VirtualMachineCidrs.parse(List.of("10.66.10.0/24")), exported,
        IpPoolOptions.builder().clock(clock).build());
    assertThat(rebuilt.findings()).isEmpty();
    assertThat(rebuilt.pool().state()).isEqualTo(p.state());
    assertThat(rebuilt.pool().allocate("default", "c").address()).contains(ip("10.66.10.2"));

    VirtualMachineIPAddressLease orphan = VirtualMachineIPAddressLease.builder()
        .metadata(ObjectMeta.named("ip-10-9-9-9")).build();
    VirtualMachineIPAddressLease bad = VirtualMachineIPAddressLease.builder()
        .metadata(ObjectMeta.named("ip-fd00--1")).build();
    List<VirtualMachineIPAddressLease> input = new ArrayList<>(exported);
    input.add(exported.get(0));
    input.add(orphan);
    input.add(bad);
    IpPoolRebuild messy = IpPool.rebuild(VirtualMachineCidrs.parse(List.of("10.66.10.0/24")), input,
        IpPoolOptions.builder().clock(clock).build());
    assertThat(messy.findings()).extracting(f -> f.violation().code()).containsExactly("ipam.lease.duplicate",
        "ipam.lease.outOfRange", "ipam.lease.orphan", "ipam.lease.badName");
    assertThat(messy.pool().size()).isEqualTo(3);
  }

  @Test
  void randomOrderIsReproducibleAndCoversThePool() {
    IpPoolOptions options = IpPoolOptions.builder()
        .random(RandomGeneratorFactory.of("L64X128MixRandom").create(42)).build();
    IpPool a = IpPool.create(VirtualMachineCidrs.parse(List.of("10.0.0.0/28")), options);
    List<String> first = drain(a);
    IpPool b = IpPool.create(VirtualMachineCidrs.parse(List.of("10.0.0.0/28")), options.toBuilder()
        .random(RandomGeneratorFactory.of("L64X128MixRandom").create(42)).build());
    assertThat(drain(b)).isEqualTo(first);
    assertThat(first).hasSize(14).doesNotHaveDuplicates().isNotEqualTo(drain(pool(new FakeClock(), "10.0.0.0/28")));
  }

  @Test
  void peekShowsTheNextAddressesWithoutTakingThem() {
    IpPool p = pool(new FakeClock(), "10.0.0.0/29", "10.1.0.0/30");
    p.allocateStatic("ns", "s", "10.0.0.2");
    assertThat(p.peek(7)).extracting(Ipv4Address::toString)
        .containsExactly("10.0.0.1", "10.0.0.3", "10.0.0.4", "10.0.0.5", "10.0.0.6", "10.1.0.1", "10.1.0.2");
    assertThat(p.size()).isEqualTo(1);
    assertThat(p.capacity()).containsExactly(new CidrCapacity("10.0.0.0/29", 6, 1, 5),
        new CidrCapacity("10.1.0.0/30", 2, 0, 2));
  }

  static Ipv4Address ip(String s) {
    return Ipv4Address.parse(s).orElseThrow();
  }
}

package dev.dvp.ipam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvp.model.ObjectMeta;
import dev.dvp.model.VirtualMachineMACAddress;
import dev.dvp.model.VirtualMachineMACAddressLease;
import dev.dvp.model.VirtualMachineMACAddressLeaseSpec;
import dev.dvp.model.VirtualMachineMACAddressRef;
import dev.dvp.model.VirtualMachineMACAddressSpec;
import dev.dvp.model.Violation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/** The rule book's MAC examples (§12). */
class MacPoolTest {
  static final String UUID = "17eb5ee6-192c-4048-b79e-a21eaf8b7121";

  static RandomGenerator seeded(long seed) {
    return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
  }

  @Test
  void ouiExamplesOfTheRuleBook() {
    assertThat(MacOui.fromClusterUuid("17eb5ee6-192c-4048-b79e-a21eaf8b7121")).contains("5e:e6:19");
    assertThat(MacOui.fromClusterUuid("8831e5c6-92d1-4eb8-bb85-034a708e22a6")).contains("c6:92:d1");
    assertThat(MacOui.fromClusterUuid("b7e15fbe-ca16-4639-a3f5-8a77a1b68a90")).contains("be:ca:16");
    assertThat(MacOui.fromClusterUuid("d1cb2c60-90da-4d6e-83ad-1fd69dba3d0f")).contains("da:4d:6e");
    assertThat(MacOui.fromClusterUuid("f2c41929-04e4-4e81-bb88-6e8e89ab5143")).contains("f2:c4:19");
    assertThat(MacOui.fromClusterUuid("")).isEmpty();
    assertThat(MacOui.fromClusterUuid("invalid-uuid")).isEmpty();
    assertThat(MacOui.fromClusterUuid("17eb5ee6192c4048b79ea21eaf8b7121")).as("no dashes").isEmpty();
    assertThat(MacOui.fromClusterUuid("11111111-1111-1111-1111-111111111111")).contains("12:11:11");
    assertThat(MacOui.fromClusterUuid("00000000-0000-0000-0000-000000000000")).contains("02:00:00");
    assertThat(MacOui.fromClusterUuid("11111111-1111-1111-1111-1111111111a2")).contains("a2:11:11");
    assertThat(MacOui.fromClusterUuid("11111111-1111-1111-1111-111111113e45")).contains("3e:45:11");
    assertThat(MacOui.fromClusterUuid("17EB5EE6-192C-4048-B79E-A21EAF8B7121")).contains("E6:19:2C");
  }

  @Test
  void namesFormatsAndGuestInterface() {
    assertThat(MacLeaseNames.of("00:1A:2B:3C:4D:5E")).isEqualTo("mac-00-1a-2b-3c-4d-5e");
    assertThat(MacLeaseNames.addressOf("mac-00-1a-2b-3c-4d-5e")).isEqualTo("00:1a:2b:3c:4d:5e");
    assertThat(MacLeaseNames.addressOf("invalid-mac-name")).isEmpty();
    assertThat(MacAddress.parse("00-1A:2B-3C:4D-5E")).map(MacAddress::toString).contains("00:1a:2b:3c:4d:5e");
    assertThat(MacAddress.parse(" 00:1a:2b:3c:4d:5e ")).isPresent();
    assertThat(MacAddress.parse("00:1a:2b:3c:4d")).isEmpty();
    assertThat(GuestInterfaceName.of("5e:e6:19:22:0f:d8", false)).isEqualTo("veth_n7e9b0b01");
    assertThat(GuestInterfaceName.of("5e:e6:19:22:0f:d8", true)).isEqualTo("veth_cn7e9b0b01");
  }

  @Test
  void generatedAddressesCarryTheOuiAndAreReproducible() {
    MacPool a = MacPool.create(UUID, seeded(7));
    MacPool b = MacPool.create(UUID, seeded(7));
    for (int i = 0; i < 100; i++) {
      MacClaimResult r = a.allocate("ns", "m" + i);
      assertThat(r.address().orElseThrow().toString()).startsWith("5e:e6:19:");
      assertThat(b.allocate("ns", "m" + i)).isEqualTo(r);
    }
    assertThat(a.leases()).hasSize(100);
    assertThat(a.allocate("ns", "m3")).as("a claim keeps its address").isEqualTo(b.allocate("ns", "m3"));
  }

  @Test
  void releaseIsImmediateAndRequestedAddressesAreNormalised() {
    MacPool pool = MacPool.create(UUID, seeded(1));
    assertThat(pool.allocate("ns", "a", "5E-E6-19-22-0F-D8").leaseName()).contains("mac-5e-e6-19-22-0f-d8");
    MacClaimResult other = pool.allocate("ns", "b", "5e:e6:19:22:0f:d8");
    assertThat(other.reason()).isEqualTo("VirtualMachineMACAddressLeaseAlreadyExists");
    assertThat(other.message()).isEqualTo("The MAC address \"5e:e6:19:22:0f:d8\" belongs to existing"
        + " VirtualMachineMACAddressLease and cannot be taken.");
    assertThat(pool.allocate("ns", "c", "zz").message()).isEqualTo("invalid MAC address format");
    assertThat(pool.release("ns", "a")).isPresent();
    assertThat(pool.size()).isZero();
    assertThat(pool.allocate("ns", "b", "5e:e6:19:22:0f:d8").isBound()).isTrue();
  }

  @Test
  void theLastFreeAddressesAreFoundThenExhaustionIsReported() {
    NicBitmap nearlyFull = new NicBitmap();
    Set<Integer> left = Set.of(0, 4_095, 4_096, 12_345_678, (1 << 24) - 1);
    for (int nic = 0; nic < 1 << 24; nic++) {
      if (!left.contains(nic)) {
        nearlyFull.set(nic);
      }
    }
    MacPool pool = MacPool.withBitmap(UUID, seeded(3), false, nearlyFull);
    Set<Integer> got = new HashSet<>();
    for (int i = 0; i < left.size(); i++) {
      MacClaimResult r = pool.allocate("ns", "m" + i);
      assertThat(r.isBound()).isTrue();
      got.add(r.address().orElseThrow().nic());
    }
    assertThat(got).isEqualTo(left);
    MacClaimResult full = pool.allocate("ns", "one-more");
    assertThat(full.isBound()).isFalse();
    assertThat(full.reason()).isEqualTo("VirtualMachineMACAddressLeaseNotReady");
    assertThat(full.message()).isEqualTo("Failed to allocate new MAC address: no remaining MAC addresses.");
    pool.release("ns", "m0");
    assertThat(pool.allocate("ns", "again").isBound()).isTrue();
  }

  @Test
  void dvpBudgetCanMissTheLastFreeAddresses() {
    NicBitmap nearlyFull = new NicBitmap();
    for (int nic = 1; nic < 1 << 24; nic++) {
      nearlyFull.set(nic);
    }
    assertThat(nearlyFull.pickFree(seeded(9), 1000, true)).as("1000 draws rarely hit the one free NIC").isEqualTo(-1);
    assertThat(nearlyFull.pickFree(seeded(9), 1000, false)).isZero();
  }

  @Test
  void malformedUuidIsRefused() {
    assertThatThrownBy(() -> MacPool.create("invalid-uuid", seeded(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("wrong format MAC address oui");
  }

  @Test
  void exportRebuildRoundTrip() {
    MacPool pool = MacPool.create(UUID, seeded(5));
    for (int i = 0; i < 20; i++) {
      pool.allocate("ns", "m" + i);
    }
    MacPoolRebuild rebuilt = MacPool.rebuild(UUID, seeded(5), pool.export());
    assertThat(rebuilt.findings()).isEmpty();
    assertThat(rebuilt.pool().leases()).isEqualTo(pool.leases());
  }

  @Test
  void admissionOfMacClaimsAndLeases() {
    VirtualMachineMACAddressLease lease = VirtualMachineMACAddressLease.builder()
        .metadata(ObjectMeta.named("mac-5e-e6-19-22-0f-d8"))
        .spec(VirtualMachineMACAddressLeaseSpec.of(VirtualMachineMACAddressRef.of("ns-a", "first"))).build();
    VirtualMachineMACAddress upper = VirtualMachineMACAddress.builder().metadata(ObjectMeta.of("second", "ns-b"))
        .spec(VirtualMachineMACAddressSpec.builder().address("5E:E6:19:22:0F:D8").build()).build();
    assertThat(IpamAdmission.validateMacAddressCreate(upper, List.of(lease))).extracting(Violation::message)
        .containsExactly("invalid VirtualMachineMACAddress: the MAC address 5E:E6:19:22:0F:D8 has already been"
            + " allocated by VirtualMachineMACAddress/first in ns/ns-a");
    assertThat(IpamAdmission.validateMacAddressCreate(upper, List.of(lease), true)).as("DVP's raw lookup").isEmpty();
    VirtualMachineMACAddress own = upper.withMetadata(ObjectMeta.of("first", "ns-a"))
        .withSpec(VirtualMachineMACAddressSpec.builder().address("5e:e6:19:22:0f:d8").build());
    assertThat(IpamAdmission.validateMacAddressCreate(own, List.of(lease))).extracting(Violation::message)
        .containsExactly("the MAC address is already allocated");
    assertThat(IpamAdmission.validateMacLeaseCreate(lease.withMetadata(ObjectMeta.named("mac-zz"))))
        .extracting(Violation::message)
        .containsExactly("the lease address is not a valid textual representation of an MAC address");
    assertThat(IpamAdmission.validateMacLeaseCreate(lease)).isEmpty();
  }
}

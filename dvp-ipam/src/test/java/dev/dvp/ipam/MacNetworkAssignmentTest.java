package dev.dvp.ipam;

import static dev.dvp.ipam.Fixtures.vm;
import static dev.dvp.ipam.Fixtures.vmmac;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.dvp.model.VirtualMachine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MAC assignment to a VM's networks (rule book §12.7). */
class MacNetworkAssignmentTest {
  @Test
  void ruleBookExample() {
    Map<String, String> out = MacNetworkAssignment.assign(List.of("net-a", "net-b", "net-c"),
        Map.of("net-a", "00:1A:2B:3C:4D:5E"), List.of("00:1A:2B:3C:4D:5E", "00:1A:2B:3C:4D:5F", "00:1A:2B:3C:4D:6A"));
    assertThat(out).containsExactly(Map.entry("net-a", "00:1A:2B:3C:4D:5E"), Map.entry("net-b", "00:1A:2B:3C:4D:5F"),
        Map.entry("net-c", "00:1A:2B:3C:4D:6A"));
  }

  @Test
  void poolOfOneLeavesTheSecondNetworkWithout() {
    assertThat(MacNetworkAssignment.assign(List.of("net-a", "net-b"), Map.of(), List.of("00:1A:2B:3C:4D:5F")))
        .containsExactly(Map.entry("net-a", "00:1A:2B:3C:4D:5F"), Map.entry("net-b", ""));
  }

  @Test
  void macOfANetworkBeingUnpluggedIsNotReused() {
    assertThat(MacNetworkAssignment.assign(List.of("net-b"), Map.of("net-gone", "aa:00:00:00:00:01"),
        List.of("aa:00:00:00:00:01", "aa:00:00:00:00:02")))
        .containsExactly(Map.entry("net-b", "aa:00:00:00:00:02"));
  }

  @Test
  void fromTheVmAndItsVmmacs() {
    VirtualMachine vm = vm("linux-vm", "  networks:\n  - {type: Main}\n  - {type: Network, name: net-a}\n"
        + "  - {type: ClusterNetwork, name: net-b}\n",
        "status:\n  networks:\n  - {type: Main, name: default}\n"
        + "  - {type: Network, name: net-a, macAddress: '00:1A:2B:3C:4D:5E'}\n");
    var macs = List.of(
        vmmac("metadata: {name: m1, namespace: default}\nstatus: {address: '00:1A:2B:3C:4D:5E'}\n"),
        vmmac("metadata: {name: m2, namespace: default}\n"),
        vmmac("metadata: {name: m3, namespace: default}\nstatus: {address: '00:1A:2B:3C:4D:6A'}\n"));
    assertThat(MacNetworkAssignment.assign(vm, macs)).containsExactly(Map.entry("net-a", "00:1A:2B:3C:4D:5E"),
        Map.entry("net-b", "00:1A:2B:3C:4D:6A"));
  }

  /** No MAC is given to two networks, reserved ones are kept, and networks are served in order. */
  @Test
  void assignmentProperty() {
    qt().forAll(integers().between(0, 6), integers().between(0, 6), integers().between(0, 6)).checkAssert(
        (networkCount, macCount, reservedCount) -> {
          List<String> networks = new ArrayList<>();
          for (int i = 0; i < networkCount; i++) {
            networks.add("net-" + i);
          }
          List<String> macs = new ArrayList<>();
          for (int i = 0; i < macCount; i++) {
            macs.add("aa:00:00:00:00:0" + i);
          }
          Map<String, String> reserved = new java.util.HashMap<>();
          for (int i = 0; i < Math.min(reservedCount, Math.min(networkCount, macCount)); i++) {
            reserved.put("net-" + (networkCount - 1 - i), macs.get(i));
          }
          Map<String, String> out = MacNetworkAssignment.assign(networks, reserved, macs);
          assertThat(out.keySet()).containsExactlyElementsOf(networks);
          reserved.forEach((n, m) -> assertThat(out.get(n)).isEqualTo(m));
          List<String> given = out.values().stream().filter(m -> !m.isEmpty()).toList();
          assertThat(new HashSet<>(given)).hasSameSizeAs(given);
          assertThat(given).hasSize(Math.min(networkCount, macCount));
          boolean sawEmpty = false;
          for (String n : networks) {
            if (out.get(n).isEmpty()) {
              sawEmpty = true;
            } else if (!reserved.containsKey(n)) {
              assertThat(sawEmpty).as("a later network got a MAC after an earlier one went without").isFalse();
            }
          }
        });
  }
}

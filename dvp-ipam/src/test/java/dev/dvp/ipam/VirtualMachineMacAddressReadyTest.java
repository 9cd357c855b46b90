package dev.dvp.ipam;

import static dev.dvp.ipam.Fixtures.vm;
import static dev.dvp.ipam.Fixtures.vmmac;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.dvp.model.ConditionStatus;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineMACAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The VM's VirtualMachineMACAddressReady condition (rule book §12.7). */
class VirtualMachineMacAddressReadyTest {
  static final String TWO_NETWORKS = "  networks:\n  - {type: Main}\n  - {type: Network, name: net-a}\n"
      + "  - {type: ClusterNetwork, name: net-b}\n";

  static VirtualMachineMACAddress mac(String name, String vmUid, String phase, String vmName) {
    return vmmac("metadata: {name: " + name + ", namespace: default, labels: "
        + "{virtualization.deckhouse.io/virtual-machine-uid: '" + vmUid + "'}}\n"
        + "spec: {}\n"
        + (phase.isEmpty() ? "" : "status: {phase: " + phase + ", virtualMachineName: '" + vmName + "'}\n"));
  }

  static final VirtualMachine VM = vm("linux-vm", TWO_NETWORKS, "");

  @Test
  void noAdditionalNetworksIsReady() {
    VirtualMachineMacAddressReady r = VirtualMachineMacAddressReady.of(vm("linux-vm", "", ""), List.of());
    assertThat(r.status()).isEqualTo(ConditionStatus.TRUE);
    assertThat(r.reason()).isEqualTo("VirtualMachineMACAddressReady");
    assertThat(VirtualMachineMacAddressReady.of(vm("linux-vm", "  networks: [{type: Main}]\n", ""), List.of())
        .isReady()).isTrue();
  }

  @Test
  void fewerVmmacsThanNetworksWaitsForCreation() {
    VirtualMachineMacAddressReady r = VirtualMachineMacAddressReady.of(VM,
        List.of(mac("linux-vm-abcde", "uid-linux-vm", "Attached", "linux-vm")));
    assertThat(r.status()).isEqualTo(ConditionStatus.FALSE);
    assertThat(r.reason()).isEqualTo("VirtualMachineMACAddressNotReady");
    assertThat(r.message()).isEqualTo("Waiting for the MAC address to be created 1/2.");
    assertThat(VirtualMachineMacAddressReady.of(VM, List.of()).message())
        .isEqualTo("Waiting for the MAC address to be created 0/2.");
  }

  @Test
  void boundOrAttachedToThisVmIsReady() {
    VirtualMachineMacAddressReady r = VirtualMachineMacAddressReady.of(VM, List.of(
        mac("m1", "uid-linux-vm", "Bound", "linux-vm"), mac("m2", "uid-linux-vm", "Attached", "linux-vm")));
    assertThat(r.isReady()).isTrue();
    assertThat(r.condition(4).observedGeneration()).contains(4L);
    assertThat(r.condition(4).type()).isEqualTo("VirtualMachineMACAddressReady");
  }

  @Test
  void notBoundMessagesAreJoined() {
    VirtualMachineMacAddressReady r = VirtualMachineMacAddressReady.of(VM, List.of(
        mac("m1", "uid-linux-vm", "Pending", ""), mac("m2", "uid-linux-vm", "Attached", "other-vm"),
        mac("m3", "uid-linux-vm", "", "")));
    assertThat(r.reason()).isEqualTo("VirtualMachineMACAddressNotReady");
    assertThat(r.message()).isEqualTo("VirtualMachineMACAddress m1: waiting for MAC address binding; "
        + "The requested VirtualMachineMACAddress (m2) attached to VirtualMachine 'other-vm': please remove"
        + " VirtualMachine 'other-vm' or reconfigure it; VirtualMachineMACAddress m3: waiting for MAC address binding");
  }

  @Test
  void vmmacsNamedInSpecComeFirstThenLabelledOnesWithoutDuplicates() {
    VirtualMachine named = vm("linux-vm", "  networks:\n  - {type: Network, name: net-a,"
        + " virtualMachineMACAddressName: kept-mac}\n", "");
    VirtualMachineMACAddress labelled = mac("auto-mac", "uid-linux-vm", "Bound", "linux-vm");
    VirtualMachineMACAddress kept = mac("kept-mac", "uid-linux-vm", "Bound", "linux-vm");
    VirtualMachineMACAddress foreign = mac("foreign", "uid-other", "Bound", "other");
    assertThat(VirtualMachineMacAddressReady.macsOf(named, List.of(labelled, foreign, kept)))
        .containsExactly(kept, labelled);
    assertThat(VirtualMachineMacAddressReady.macsOf(VM, List.of(foreign))).isEmpty();
  }

  /** Ready exactly when there are enough vmmacs and each is Bound/Attached to this VM. */
  @Test
  void readyProperty() {
    qt().forAll(lists().of(integers().between(0, 3)).ofSizeBetween(0, 4)).checkAssert(kinds -> {
      List<VirtualMachineMACAddress> macs = new ArrayList<>();
      for (int i = 0; i < kinds.size(); i++) {
        int k = kinds.get(i);
        macs.add(mac("m" + i, "uid-linux-vm", k == 0 ? "Bound" : k == 1 ? "Attached" : "Pending",
            k == 3 ? "other" : "linux-vm"));
      }
      VirtualMachineMacAddressReady r = VirtualMachineMacAddressReady.of(VM, macs);
      boolean expected = kinds.size() >= 2 && kinds.stream().allMatch(k -> k <= 1);
      assertThat(r.isReady()).isEqualTo(expected);
      if (kinds.size() < 2) {
        assertThat(r.message()).isEqualTo("Waiting for the MAC address to be created " + kinds.size() + "/2.");
      } else if (!expected) {
        assertThat(r.message().split("; ")).hasSize((int) kinds.stream().filter(k -> k >= 2).count());
      }
    });
  }
}

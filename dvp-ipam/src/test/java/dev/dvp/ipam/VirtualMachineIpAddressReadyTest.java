package dev.dvp.ipam;

import static dev.dvp.ipam.Fixtures.vm;
import static dev.dvp.ipam.Fixtures.vmip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.dvp.model.ConditionStatus;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineIPAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The VM's VirtualMachineIPAddressReady condition (rule book §5, §11). */
class VirtualMachineIpAddressReadyTest {
  static VirtualMachineIPAddress claim(String name, String vmUid, String bound, String attached, String vmName,
      long generation, long observed) {
    return vmip("metadata: {name: " + name + ", namespace: default, generation: " + generation + ", labels: "
        + "{virtualization.deckhouse.io/virtual-machine-uid: '" + vmUid + "'}}\n"
        + "spec: {type: Auto}\n"
        + "status:\n  address: 10.66.10.1\n  virtualMachineName: '" + vmName + "'\n  conditions:\n"
        + "  - {type: Bound, status: '" + bound + "', reason: Bound, observedGeneration: " + observed + "}\n"
        + "  - {type: Attached, status: '" + attached + "', reason: Attached, observedGeneration: " + observed
        + "}\n");
  }

  static final VirtualMachineIPAddress BOUND = claim("linux-vm-7prpx", "uid-linux-vm", "True", "True", "linux-vm",
      1, 1);

  static VirtualMachine linuxVm(String phase) {
    return vm("linux-vm", "", phase.isEmpty() ? "" : "status: {phase: " + phase + "}\n");
  }

  @Test
  void boundClaimMakesTheVmReadyAndCopiesTheAddressUnlessRunningOrStopping() {
    VirtualMachineIpAddressReady r = VirtualMachineIpAddressReady.of(linuxVm("Starting"), List.of(BOUND));
    assertThat(r.status()).isEqualTo(ConditionStatus.TRUE);
    assertThat(r.reason()).isEqualTo("VirtualMachineIPAddressReady");
    assertThat(r.message()).isEmpty();
    assertThat(r.virtualMachineIPAddressName()).contains("linux-vm-7prpx");
    assertThat(r.ipAddress()).contains("10.66.10.1");
    assertThat(r.condition(3).observedGeneration()).contains(3L);
    assertThat(r.condition(3).type()).isEqualTo("VirtualMachineIPAddressReady");
    for (String phase : List.of("Running", "Stopping")) {
      VirtualMachineIpAddressReady running = VirtualMachineIpAddressReady.of(linuxVm(phase), List.of(BOUND));
      assertThat(running.isReady()).isTrue();
      assertThat(running.ipAddress()).isEmpty();
      assertThat(running.virtualMachineIPAddressName()).contains("linux-vm-7prpx");
    }
  }

  @Test
  void runningGuestMustCarryTheAddressOnDefault() {
    VirtualMachineIpAddressReady r = VirtualMachineIpAddressReady.ofRunning(linuxVm("Running"), List.of(BOUND),
        List.of("10.66.10.9", "fe80::1"));
    assertThat(r.status()).isEqualTo(ConditionStatus.FALSE);
    assertThat(r.reason()).isEqualTo("VirtualMachineIPAddressNotAssigned");
    assertThat(r.message()).isEqualTo("IP address (10.66.10.1) is not among addresses assigned to 'default' network"
        + " interface (10.66.10.9, fe80::1)");
    assertThat(VirtualMachineIpAddressReady.ofRunning(linuxVm("Running"), List.of(BOUND),
        List.of("fe80::1", "10.66.10.1")).isReady()).isTrue();
    assertThat(VirtualMachineIpAddressReady.ofRunning(linuxVm("Running"), List.of(BOUND), List.of()).message())
        .isEqualTo("IP address (10.66.10.1) is not among addresses assigned to 'default' network interface ()");
  }

  @Test
  void missingClaimMessagesDependOnAnExplicitName() {
    assertThat(VirtualMachineIpAddressReady.of(linuxVm(""), List.of()).message())
        .isEqualTo("VirtualMachineIPAddress \"linux-vm\" was not found: it may be in the process of being created.");
    VirtualMachine named = vm("linux-vm", "  virtualMachineIPAddressName: linux-vm-ip\n", "");
    VirtualMachineIpAddressReady r = VirtualMachineIpAddressReady.of(named, List.of(BOUND));
    assertThat(r.reason()).isEqualTo("VirtualMachineIPAddressNotReady");
    assertThat(r.message()).isEqualTo(
        "The requested VirtualMachineIPAddress \"linux-vm-ip\" was not found: waiting for it to appear.");
  }

  @Test
  void claimAttachedToAnotherVm() {
    VirtualMachineIPAddress other = claim("shared-ip", "", "True", "True", "other-vm", 1, 1);
    VirtualMachine named = vm("linux-vm", "  virtualMachineIPAddressName: shared-ip\n", "");
    VirtualMachineIpAddressReady r = VirtualMachineIpAddressReady.of(named, List.of(other));
    assertThat(r.reason()).isEqualTo("VirtualMachineIPAddressNotReady");
    assertThat(r.message()).isEqualTo("The requested VirtualMachineIPAddress \"shared-ip\" is attached to"
        + " VirtualMachine \"other-vm\": waiting for it to be released.");
    assertThat(r.virtualMachineIPAddressName()).isEmpty();
  }

  @Test
  void notBoundYetCoversStaleAndFalseConditions() {
    String waiting = "The IP address is not bound yet: waiting for it to be assigned.";
    for (VirtualMachineIPAddress c : List.of(claim("x", "uid-linux-vm", "False", "True", "linux-vm", 1, 1),
        claim("x", "uid-linux-vm", "True", "False", "linux-vm", 1, 1),
        claim("x", "uid-linux-vm", "True", "True", "linux-vm", 2, 1),
        claim("x", "uid-linux-vm", "True", "True", "", 1, 1))) {
      VirtualMachineIpAddressReady r = VirtualMachineIpAddressReady.of(linuxVm(""), List.of(c));
      assertThat(r.reason()).isEqualTo("VirtualMachineIPAddressNotReady");
      assertThat(r.message()).isEqualTo(waiting);
    }
  }

  @Test
  void labelledClaimIsFoundOnlyWithoutAnExplicitNameAndFirstWins() {
    VirtualMachineIPAddress first = claim("a", "uid-linux-vm", "False", "False", "", 1, 1);
    assertThat(VirtualMachineIpAddressReady.claimOf(linuxVm(""), List.of(claim("z", "uid-x", "True", "True",
        "linux-vm", 1, 1), first, BOUND))).contains(first);
    assertThat(VirtualMachineIpAddressReady.claimOf(
        vm("linux-vm", "  virtualMachineIPAddressName: linux-vm-7prpx\n", ""), List.of(first, BOUND)))
        .contains(BOUND);
  }

  @Test
  void noMainNetworkIsReady() {
    VirtualMachine additionalOnly = vm("linux-vm", "  networks: [{type: Network, name: net-a}]\n", "");
    VirtualMachineIpAddressReady r = VirtualMachineIpAddressReady.of(additionalOnly, List.of());
    assertThat(r.isReady()).isTrue();
    assertThat(r.reason()).isEqualTo("VirtualMachineIPAddressReady");
    assertThat(r.virtualMachineIPAddressName()).isEmpty();
    VirtualMachine mainGoneFromStatus = vm("linux-vm", "",
        "status: {networks: [{type: Network, name: net-a}]}\n");
    assertThat(VirtualMachineIpAddressReady.of(mainGoneFromStatus, List.of()).isReady()).isTrue();
  }

  /** Ready exactly when both claim conditions are True and current and the claim names this VM. */
  @Test
  void readyProperty() {
    qt().forAll(booleans().all(), booleans().all(), integers().between(0, 2), integers().between(1, 3))
        .checkAssert((bound, attached, who, observed) -> {
          String vmName = who == 0 ? "linux-vm" : who == 1 ? "" : "other";
          VirtualMachineIPAddress c = claim("c", "uid-linux-vm", bound ? "True" : "False",
              attached ? "True" : "False", vmName, 2, observed);
          VirtualMachineIpAddressReady r = VirtualMachineIpAddressReady.of(linuxVm("Pending"), List.of(c));
          boolean expected = bound && attached && who == 0 && observed == 2;
          assertThat(r.isReady()).isEqualTo(expected);
          assertThat(r.ipAddress().isPresent()).isEqualTo(expected);
          if (!expected) {
            assertThat(r.message()).startsWith(who == 2 ? "The requested VirtualMachineIPAddress \"c\""
                : "The IP address is not bound yet");
          }
        });
  }
}

package dev.dvp.ipam;

import static dev.dvp.ipam.Fixtures.vm;
import static dev.dvp.ipam.Fixtures.vmip;
import static dev.dvp.ipam.Fixtures.vmipl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.dvp.model.Condition;
import dev.dvp.model.ConditionStatus;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineIPAddress;
import dev.dvp.model.VirtualMachineIPAddressLease;
import dev.dvp.model.VirtualMachineIPAddressPhase;
import dev.dvp.model.VirtualMachineIPAddressStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vmip's Bound (Bind/Take steps), Attached condition and phase (rule book §6.2–§6.4). */
class IpClaimStatusTest {
  static final VirtualMachineIPAddress AUTO = vmip("""
      metadata:
        name: linux-vm-7prpx
        namespace: default
        generateName: linux-vm-
        generation: 1
        uid: claim-uid
        labels: {virtualization.deckhouse.io/virtual-machine-uid: uid-linux-vm}
        ownerReferences:
        - {apiVersion: virtualization.deckhouse.io/v1alpha2, kind: VirtualMachine, name: linux-vm, uid: uid-linux-vm,
           controller: true, blockOwnerDeletion: true}
      spec: {type: Auto}
      status: {address: 10.66.10.1}
      """);

  static VirtualMachineIPAddressLease lease(String refNamespace, String refName, String uidLabel, String bound,
      long generation, long observed) {
    return vmipl("metadata: {name: ip-10-66-10-1, generation: " + generation + ", labels: "
        + "{virtualization.deckhouse.io/virtual-machine-ip-address-uid: '" + uidLabel + "'}}\n"
        + "spec: {virtualMachineIPAddressRef: {namespace: '" + refNamespace + "', name: '" + refName + "'}}\n"
        + (bound.isEmpty() ? "" : "status: {phase: Bound, conditions: [{type: Bound, status: '" + bound
            + "', reason: Bound, observedGeneration: " + observed + "}]}\n"));
  }

  static final VirtualMachineIPAddressLease OWN = lease("default", "linux-vm-7prpx", "claim-uid", "True", 1, 1);

  static VirtualMachine vmNamedInStatus(String name, String vmipName) {
    return vm(name, "", "status: {virtualMachineIPAddressName: " + vmipName + "}\n");
  }

  @Test
  void automaticClaimOfARunningVmIsAttached() {
    VirtualMachine owner = vm("linux-vm", "", "status: {phase: Running, virtualMachineIPAddressName: linux-vm-7prpx,"
        + " virtualMachinePods: [{name: virt-launcher-linux-vm-abcde, active: true}]}\n");
    IpClaimStatus s = IpClaimStatus.of(AUTO, OWN, List.of(vm("other", "", ""), owner));
    assertThat(s.phase()).isEqualTo(VirtualMachineIPAddressPhase.ATTACHED);
    VirtualMachineIPAddressStatus status = s.status(AUTO);
    assertThat(status.address()).contains("10.66.10.1");
    assertThat(status.virtualMachineName()).contains("linux-vm");
    assertThat(status.observedGeneration()).contains(1L);
    assertThat(status.condition("Bound")).contains(Condition.builder().type("Bound").status(ConditionStatus.TRUE)
        .reason("Bound").message("").observedGeneration(1L).build());
    assertThat(status.condition("Attached")).contains(Condition.builder().type("Attached")
        .status(ConditionStatus.TRUE).reason("Attached").message("").observedGeneration(1L).build());
    assertThat(s.attachment().eventMessage("default"))
        .isEqualTo("VirtualMachineIPAddress is attached to \"default/linux-vm\".");
  }

  @Test
  void boundClaimWithoutVmIsBoundNotAttached() {
    IpClaimStatus s = IpClaimStatus.of(AUTO, OWN, List.of());
    assertThat(s.phase()).isEqualTo(VirtualMachineIPAddressPhase.BOUND);
    assertThat(s.attachment().status()).isEqualTo(ConditionStatus.FALSE);
    assertThat(s.attachment().reason()).isEqualTo("VirtualMachineNotFound");
    assertThat(s.attachment().message()).isEqualTo("VirtualMachineIPAddress is not attached to any virtual machine.");
    assertThat(s.status(AUTO).virtualMachineName()).isEmpty();
  }

  @Test
  void lookupOrderStatusThenSpecThenOwnerReference() {
    VirtualMachine bySpec = vm("by-spec", "  virtualMachineIPAddressName: linux-vm-7prpx\n", "");
    VirtualMachine byStatus = vmNamedInStatus("by-status", "linux-vm-7prpx");
    VirtualMachine byOwner = vm("linux-vm", "", "");
    assertThat(IpClaimAttachment.of(AUTO, List.of(byOwner, bySpec, byStatus)).virtualMachineName())
        .contains("by-status");
    assertThat(IpClaimAttachment.of(AUTO, List.of(byOwner, bySpec)).virtualMachineName()).contains("by-spec");
    assertThat(IpClaimAttachment.of(AUTO, List.of(byOwner)).virtualMachineName()).contains("linux-vm");
    assertThat(IpClaimAttachment.of(AUTO, List.of(vmNamedInStatus("a", "linux-vm-7prpx"),
        vmNamedInStatus("b", "linux-vm-7prpx"))).virtualMachineName()).contains("a");
  }

  @Test
  void ownerReferenceCountsOnlyWhenItsUidMatchesTheLabel() {
    VirtualMachineIPAddress relabelled = AUTO.withMetadata(AUTO.metadata().withLabels(
        java.util.Map.of("virtualization.deckhouse.io/virtual-machine-uid", "uid-someone-else")));
    assertThat(IpClaimAttachment.of(relabelled, List.of(vm("linux-vm", "", ""))).isAttached()).isFalse();
    assertThat(IpClaimAttachment.of(IpClaims.kept(AUTO), List.of(vm("linux-vm", "", ""))).isAttached()).isFalse();
  }

  @Test
  void vmsOfOtherNamespacesAreIgnored() {
    VirtualMachine elsewhere = vm("metadata: {name: x, namespace: other}\nspec:\n  virtualMachineClassName: g\n"
        + "  cpu: {cores: 1}\n  memory: {size: 1Gi}\n  blockDeviceRefs: []\n"
        + "status: {virtualMachineIPAddressName: linux-vm-7prpx}\n");
    assertThat(IpClaimAttachment.of(AUTO, List.of(elsewhere)).isAttached()).isFalse();
  }

  @Test
  void deletedVmWithoutPodsIsNotAttachedButWithPodsIs() {
    String deleting = "metadata: {name: linux-vm, namespace: default, uid: uid-linux-vm,"
        + " deletionTimestamp: '2025-01-15T08:00:00Z'}\nspec:\n  virtualMachineClassName: g\n"
        + "  cpu: {cores: 1}\n  memory: {size: 1Gi}\n  blockDeviceRefs: []\n";
    assertThat(IpClaimAttachment.of(AUTO, List.of(vm(deleting))).isAttached()).isFalse();
    assertThat(IpClaimAttachment.of(AUTO, List.of(vm(deleting
        + "status: {virtualMachinePods: [{name: virt-launcher-linux-vm-abcde, active: true}]}\n"))).isAttached())
        .isTrue();
  }

  @Test
  void vmWithoutMainNetworkIsNotAttached() {
    String additionalOnly = "  networks: [{type: Network, name: net-a}]\n";
    assertThat(IpClaimAttachment.of(AUTO, List.of(vm("linux-vm", additionalOnly, ""))).isAttached()).isFalse();
    assertThat(IpClaimAttachment.of(AUTO, List.of(vm("linux-vm", additionalOnly,
        "status: {networks: [{type: Main, name: default}]}\n"))).isAttached()).isTrue();
    assertThat(IpClaimAttachment.of(AUTO, List.of(vm("linux-vm", "  networks: [{type: Main}, {type: Network,"
        + " name: net-a}]\n", ""))).isAttached()).isTrue();
  }

  @Test
  void lookupFailureIsUnknown() {
    IpClaimAttachment a = IpClaimAttachment.lookupFailed("connection refused");
    assertThat(a.status()).isEqualTo(ConditionStatus.UNKNOWN);
    assertThat(a.reason()).isEqualTo("Unknown");
    assertThat(a.message()).isEqualTo("Failed to get attached virtual machine: connection refused.");
    assertThat(IpClaimStatus.phaseOf(IpClaimBinding.of(AUTO, OWN), a)).isEqualTo(VirtualMachineIPAddressPhase.BOUND);
  }

  @Test
  void bindStepWaitsForALeaseThatIsNotBoundOrNotCurrent() {
    String waiting = "Waiting for the VirtualMachineIPAddressLease \"ip-10-66-10-1\" to be bound.";
    for (VirtualMachineIPAddressLease l : List.of(lease("default", "linux-vm-7prpx", "claim-uid", "", 1, 1),
        lease("default", "linux-vm-7prpx", "claim-uid", "False", 1, 1),
        lease("default", "linux-vm-7prpx", "claim-uid", "True", 2, 1))) {
      IpClaimStatus s = IpClaimStatus.of(AUTO, l, List.of(vm("linux-vm", "", "")));
      assertThat(s.bound().reason()).isEqualTo("VirtualMachineIPAddressLeaseNotReady");
      assertThat(s.bound().message()).isEqualTo(waiting);
      assertThat(s.bound().address()).map(Ipv4Address::toString).contains("10.66.10.1");
      assertThat(s.phase()).isEqualTo(VirtualMachineIPAddressPhase.PENDING);
      assertThat(s.attachment().isAttached()).isTrue();
    }
  }

  @Test
  void takeStepMessages() {
    assertThat(IpClaimBinding.of(AUTO, lease("other", "", "", "True", 1, 1)).message())
        .isEqualTo("The VirtualMachineIPAddressLease \"ip-10-66-10-1\" belongs to a different namespace.");
    String another = "The VirtualMachineIPAddressLease \"ip-10-66-10-1\" already has a reference to another"
        + " VirtualMachineIPAddress.";
    assertThat(IpClaimBinding.of(AUTO, lease("default", "someone", "", "True", 1, 1)).message()).isEqualTo(another);
    assertThat(IpClaimBinding.of(AUTO, lease("default", "", "x-uid", "True", 1, 1)).message()).isEqualTo(another);
    IpClaimResult free = IpClaimBinding.of(AUTO, lease("default", "", "", "True", 1, 1));
    assertThat(free.message()).isEqualTo(
        "Waiting for the reference of the VirtualMachineIPAddressLease \"ip-10-66-10-1\" to be updated.");
    assertThat(free.reason()).isEqualTo("VirtualMachineIPAddressLeaseNotReady");
    assertThat(IpClaimBinding.of(AUTO, vmipl("metadata: {name: ip-10-66-10-1}\n")).message()).isEqualTo(
        "Waiting for the reference of the VirtualMachineIPAddressLease \"ip-10-66-10-1\" to be updated.");
  }

  @Test
  void poolOutcomeFeedsTheStatusWhenNoLeaseExists() {
    IpPool pool = IpPool.create(VirtualMachineCidrs.parse(List.of("10.66.10.0/24")), IpPoolOptions.defaults());
    VirtualMachineIPAddress lost = AUTO;
    IpClaimStatus s = IpClaimStatus.of(lost, pool.claim(lost), List.of(vm("linux-vm", "", "")));
    assertThat(s.bound().reason()).isEqualTo("VirtualMachineIPAddressLeaseLost");
    assertThat(s.phase()).isEqualTo(VirtualMachineIPAddressPhase.PENDING);
    assertThat(s.status(lost).address()).contains("10.66.10.1");
  }

  /** Phase is Attached exactly when bound and attached, Bound when only bound, Pending otherwise. */
  @Test
  void phaseProperty() {
    qt().forAll(booleans().all(), integers().between(0, 4), integers().between(0, 2)).checkAssert(
        (leaseBound, vmKind, position) -> {
          VirtualMachineIPAddressLease l = lease("default", "linux-vm-7prpx", "claim-uid",
              leaseBound ? "True" : "False", 1, 1);
          List<VirtualMachine> vms = new ArrayList<>(List.of(vm("a", "", ""), vm("b", "", "")));
          VirtualMachine candidate = switch (vmKind) {
            case 0 -> vmNamedInStatus("c", "linux-vm-7prpx");
            case 1 -> vm("c", "  virtualMachineIPAddressName: linux-vm-7prpx\n", "");
            case 2 -> vm("linux-vm", "", "");
            case 3 -> vm("c", "  networks: [{type: Network, name: n}]\n",
                "status: {virtualMachineIPAddressName: linux-vm-7prpx}\n");
            default -> vm("c", "", "");
          };
          vms.add(position, candidate);
          boolean attached = vmKind <= 2;
          IpClaimStatus s = IpClaimStatus.of(AUTO, l, vms);
          assertThat(s.attachment().isAttached()).isEqualTo(attached);
          assertThat(s.attachment().virtualMachineName().isPresent()).isEqualTo(attached);
          assertThat(s.phase()).isEqualTo(!leaseBound ? VirtualMachineIPAddressPhase.PENDING
              : attached ? VirtualMachineIPAddressPhase.ATTACHED : VirtualMachineIPAddressPhase.BOUND);
        });
  }
}

package dev.dvp.ipam;

import static dev.dvp.ipam.Fixtures.vm;
import static dev.dvp.ipam.Fixtures.vmmac;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.dvp.model.ConditionStatus;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineMACAddress;
import dev.dvp.model.VirtualMachineMACAddressPhase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** vmmac attach tracking, phase and self-deletion (rule book §12.5). */
class MacClaimAttachmentTest {
  static final VirtualMachineMACAddress MAC = vmmac("metadata: {name: linux-vm-mac1, namespace: default}\n");

  static VirtualMachine bySpec(String name) {
    return vm(name, "  networks: [{type: Main}, {type: Network, name: net-a,"
        + " virtualMachineMACAddressName: linux-vm-mac1}]\n", "");
  }

  static VirtualMachine byStatus(String name) {
    return vm(name, "", "status: {networks: [{type: Network, name: net-a, virtualMachineMACAddressName:"
        + " linux-vm-mac1}]}\n");
  }

  static VirtualMachineMACAddress withAttached(String created, String attached, String changed, long gen,
      long observed, String phase) {
    return vmmac("metadata: {name: m, namespace: default, generation: " + gen + ", creationTimestamp: '" + created
        + "'}\nstatus: {phase: " + phase + ", conditions: [{type: Attached, status: '" + attached
        + "', reason: x, lastTransitionTime: '" + changed + "', observedGeneration: " + observed + "}]}\n");
  }

  @Test
  void statusBeforeSpecAndFirstWins() {
    assertThat(MacClaimAttachment.of(MAC, List.of(bySpec("a"), byStatus("b"), byStatus("c"))).virtualMachineName())
        .contains("b");
    MacClaimAttachment a = MacClaimAttachment.of(MAC, List.of(vm("x", "", ""), bySpec("a")));
    assertThat(a.status()).isEqualTo(ConditionStatus.TRUE);
    assertThat(a.reason()).isEqualTo("Attached");
    assertThat(a.message()).isEmpty();
    assertThat(a.eventMessage("default")).isEqualTo("VirtualMachineMACAddress is attached to \"default/a\".");
    assertThat(a.condition(2).observedGeneration()).contains(2L);
  }

  @Test
  void notAttachedAndLookupFailure() {
    MacClaimAttachment none = MacClaimAttachment.of(MAC, List.of(vm("linux-vm", "", "")));
    assertThat(none.status()).isEqualTo(ConditionStatus.FALSE);
    assertThat(none.reason()).isEqualTo("VirtualMachineNotFound");
    assertThat(none.message()).isEqualTo("VirtualMachineMACAddress is not attached to any virtual machine.");
    assertThat(none.virtualMachineName()).isEmpty();
    MacClaimAttachment failed = MacClaimAttachment.lookupFailed("timeout");
    assertThat(failed.status()).isEqualTo(ConditionStatus.UNKNOWN);
    assertThat(failed.message()).isEqualTo("Failed to get attached virtual machine: timeout.");
  }

  @Test
  void noDeletionCheckNoOwnerFallbackOtherNamespacesIgnored() {
    VirtualMachine deleting = vm("metadata: {name: gone, namespace: default, deletionTimestamp: '2025-01-15T08:00:00Z'}"
        + "\nspec:\n  virtualMachineClassName: g\n  cpu: {cores: 1}\n  memory: {size: 1Gi}\n  blockDeviceRefs: []\n"
        + "  networks: [{type: Network, name: n, virtualMachineMACAddressName: linux-vm-mac1}]\n");
    assertThat(MacClaimAttachment.of(MAC, List.of(deleting)).isAttached()).isTrue();
    VirtualMachineMACAddress owned = vmmac("metadata: {name: linux-vm-mac1, namespace: default, ownerReferences:"
        + " [{apiVersion: virtualization.deckhouse.io/v1alpha2, kind: VirtualMachine, name: linux-vm, uid: u}]}\n");
    assertThat(MacClaimAttachment.of(owned, List.of(vm("linux-vm", "", ""))).isAttached()).isFalse();
    VirtualMachineMACAddress elsewhere = vmmac("metadata: {name: linux-vm-mac1, namespace: other}\n");
    assertThat(MacClaimAttachment.of(elsewhere, List.of(bySpec("a"))).isAttached()).isFalse();
  }

  @Test
  void phases() {
    MacClaimResult bound = new MacClaimResult(true, MacAddress.parse("02:aa:bb:00:00:01"), "Bound", "");
    MacClaimResult pending = new MacClaimResult(false, Optional.empty(), MacClaimResult.LEASE_NOT_READY, "x");
    MacClaimAttachment attached = MacClaimAttachment.of(MAC, List.of(bySpec("a")));
    MacClaimAttachment detached = MacClaimAttachment.of(MAC, List.of());
    assertThat(MacClaimAttachment.phaseOf(bound, attached)).isEqualTo(VirtualMachineMACAddressPhase.ATTACHED);
    assertThat(MacClaimAttachment.phaseOf(bound, detached)).isEqualTo(VirtualMachineMACAddressPhase.BOUND);
    assertThat(MacClaimAttachment.phaseOf(pending, attached)).isEqualTo(VirtualMachineMACAddressPhase.PENDING);
  }

  @Test
  void dvpDeletesAtOneSecondBoundaryAndOnlyWhenCurrentAndNotTrue() {
    String t0 = "2025-01-15T08:00:00Z";
    assertThat(MacClaimAttachment.isDeletedByDvp(withAttached(t0, "False", t0, 1, 1, "Bound"))).isFalse();
    assertThat(MacClaimAttachment.isDeletedByDvp(withAttached(t0, "False", "2025-01-15T08:00:00.999Z", 1, 1,
        "Bound"))).isFalse();
    assertThat(MacClaimAttachment.isDeletedByDvp(withAttached(t0, "False", "2025-01-15T08:00:01Z", 1, 1, "Bound")))
        .isTrue();
    assertThat(MacClaimAttachment.isDeletedByDvp(withAttached(t0, "Unknown", "2025-01-15T09:00:00Z", 1, 1,
        "Bound"))).isTrue();
    assertThat(MacClaimAttachment.isDeletedByDvp(withAttached(t0, "True", "2025-01-15T09:00:00Z", 1, 1,
        "Attached"))).isFalse();
    assertThat(MacClaimAttachment.isDeletedByDvp(withAttached(t0, "False", "2025-01-15T09:00:00Z", 2, 1,
        "Bound"))).isFalse();
    assertThat(MacClaimAttachment.isDeletedByDvp(MAC)).isFalse();
  }

  @Test
  void harmGuardDeletesOnlyAfterARealDetach() {
    String t0 = "2025-01-15T08:00:00Z";
    VirtualMachineMACAddress neverAttachedLateReconcile = withAttached(t0, "False", "2025-01-15T08:00:05Z", 1, 1,
        "Bound");
    MacClaimAttachment detached = MacClaimAttachment.of(MAC, List.of());
    assertThat(MacClaimAttachment.isDeletedByDvp(neverAttachedLateReconcile)).isTrue();
    assertThat(MacClaimAttachment.isDeletedAfterDetach(neverAttachedLateReconcile, detached)).isFalse();
    VirtualMachineMACAddress wasAttached = withAttached(t0, "True", t0, 1, 1, "Attached");
    assertThat(MacClaimAttachment.isDeletedAfterDetach(wasAttached, detached)).isTrue();
    assertThat(MacClaimAttachment.isDeletedAfterDetach(wasAttached, MacClaimAttachment.lookupFailed("x"))).isFalse();
    assertThat(MacClaimAttachment.isDeletedAfterDetach(wasAttached,
        MacClaimAttachment.of(MAC, List.of(bySpec("a"))))).isFalse();
  }

  /** DVP's rule deletes exactly when the transition is at least one second from creation (either direction). */
  @Test
  void oneSecondProperty() {
    qt().forAll(integers().between(-5000, 5000)).checkAssert(millis -> {
      java.time.Instant t0 = java.time.Instant.parse("2025-01-15T08:00:00Z");
      VirtualMachineMACAddress m = withAttached(t0.toString(), "False", t0.plusMillis(millis).toString(), 1, 1,
          "Bound");
      assertThat(MacClaimAttachment.isDeletedByDvp(m)).isEqualTo(Math.abs(millis) >= 1000);
    });
  }
}

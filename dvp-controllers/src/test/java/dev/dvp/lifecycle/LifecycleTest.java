package dev.dvp.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvp.model.Condition;
import dev.dvp.model.ConditionStatus;
import dev.dvp.model.Manifests;
import dev.dvp.model.Resource;
import dev.dvp.model.ResourceSet;
import dev.dvp.model.RunPolicy;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineBlockDeviceAttachmentPhase;
import dev.dvp.model.VirtualMachinePhase;
import dev.dvp.lifecycle.PowerState.Action;
import dev.dvp.lifecycle.PowerState.Input;
import dev.dvp.lifecycle.PowerState.Instance;
import dev.dvp.lifecycle.PowerState.PodCompletion;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

class LifecycleTest {
  private static final Condition RUNNING_COND = Condition.of("Running", ConditionStatus.FALSE, "NotRunning", "");

  // --- start gate --------------------------------------------------------------------------------------------

  @Test
  void startGateClosesOnTheFirstBlocker() {
    assertThat(StartGate.isOpen(List.of())).isTrue();
    assertThat(StartGate.isOpen(List.of(Condition.of("BlockDevicesReady", ConditionStatus.FALSE,
        "WaitingForWaitForFirstConsumerBlockDevicesToBeReady", "")))).isTrue();
    assertThat(StartGate.isOpen(List.of(Condition.of("VirtualMachineIPAddressReady", ConditionStatus.FALSE,
        "VirtualMachineIPAddressNotAssigned", "")))).isTrue();
    assertThat(StartGate.isOpen(List.of(Condition.of("ProvisioningReady", ConditionStatus.UNKNOWN, "Unknown", ""))))
        .isFalse();
    assertThat(StartGate.isOpen(List.of(Condition.of("AgentReady", ConditionStatus.FALSE, "AgentNotReady", ""))))
        .isTrue();
    assertThat(StartGate.isOpen(List.of(Condition.of("NetworkReady", ConditionStatus.FALSE, "SDNModuleDisabled", ""))))
        .isFalse();
    Condition blockDevices = Condition.of("BlockDevicesReady", ConditionStatus.FALSE, "BlockDevicesNotReady", "");
    Condition klass = Condition.of("VirtualMachineClassReady", ConditionStatus.FALSE, "VirtualMachineClassNotReady", "");
    assertThat(StartGate.blocker(List.of(klass, blockDevices))).contains(blockDevices);
  }

  // --- phases ------------------------------------------------------------------------------------------------

  private static InternalState reconciled(RunPolicy policy, VirtualMachinePhase previous) {
    return InternalState.of(policy, List.of(RUNNING_COND)).withPreviousPhase(previous);
  }

  @Test
  void phaseFromPrintableStatus() {
    Map<String, VirtualMachinePhase> table = Map.ofEntries(Map.entry("Provisioning", VirtualMachinePhase.STARTING),
        Map.entry("Starting", VirtualMachinePhase.STARTING), Map.entry("Running", VirtualMachinePhase.RUNNING),
        Map.entry("Paused", VirtualMachinePhase.PAUSE), Map.entry("Stopping", VirtualMachinePhase.STOPPING),
        Map.entry("Terminating", VirtualMachinePhase.TERMINATING), Map.entry("Migrating", VirtualMachinePhase.MIGRATING),
        Map.entry("WaitingForReceiver", VirtualMachinePhase.MIGRATING),
        Map.entry("CrashLoopBackOff", VirtualMachinePhase.PENDING), Map.entry("ErrImagePull", VirtualMachinePhase.PENDING),
        Map.entry("", VirtualMachinePhase.PENDING), Map.entry("SomethingNew", VirtualMachinePhase.PENDING),
        Map.entry("Stopped", VirtualMachinePhase.STOPPED));
    table.forEach((status, phase) -> assertThat(VirtualMachinePhases.derive(
        reconciled(RunPolicy.MANUAL, VirtualMachinePhase.RUNNING).withKvvmPrintableStatus(status)))
        .as(status).isEqualTo(phase));
    assertThat(VirtualMachinePhases.derive(reconciled(RunPolicy.MANUAL, VirtualMachinePhase.RUNNING)))
        .isEqualTo(VirtualMachinePhase.PENDING);
  }

  @Test
  void phaseOverridesAndFirstReconcile() {
    InternalState running = reconciled(RunPolicy.MANUAL, VirtualMachinePhase.RUNNING).withKvvmPrintableStatus("Running");
    assertThat(VirtualMachinePhases.derive(running.withDeleting(true))).isEqualTo(VirtualMachinePhase.TERMINATING);
    assertThat(VirtualMachinePhases.derive(InternalState.of(RunPolicy.MANUAL, List.of())
        .withKvvmPrintableStatus("Running"))).isEqualTo(VirtualMachinePhase.PENDING);
    assertThat(VirtualMachinePhases.derive(running.withKvvmPodScheduledFalse(true))).isEqualTo(VirtualMachinePhase.PENDING);
    assertThat(VirtualMachinePhases.derive(reconciled(RunPolicy.MANUAL, VirtualMachinePhase.STARTING)
        .withKvvmPrintableStatus("Starting").withKvvmSynchronizedReason("FailedCreate")))
        .isEqualTo(VirtualMachinePhase.PENDING);
  }

  @Test
  void stoppedKvvmOfANewAlwaysOnVmStaysPending() {
    InternalState stopped = reconciled(RunPolicy.ALWAYS_ON, VirtualMachinePhase.PENDING).withKvvmPrintableStatus("Stopped");
    assertThat(VirtualMachinePhases.derive(stopped)).isEqualTo(VirtualMachinePhase.PENDING);
    InternalState manual = reconciled(RunPolicy.MANUAL, VirtualMachinePhase.PENDING).withKvvmPrintableStatus("Stopped");
    assertThat(VirtualMachinePhases.derive(manual)).isEqualTo(VirtualMachinePhase.STOPPED);
    InternalState unless = reconciled(RunPolicy.ALWAYS_ON_UNLESS_STOPPED_MANUALLY, VirtualMachinePhase.PENDING)
        .withKvvmPrintableStatus("Stopped").withKvvmRunStrategy("Manual");
    assertThat(VirtualMachinePhases.derive(unless)).isEqualTo(VirtualMachinePhase.STOPPED);
    assertThat(VirtualMachinePhases.derive(unless.withRequests(true, false))).isEqualTo(VirtualMachinePhase.PENDING);
    InternalState gateClosed = InternalState.of(RunPolicy.MANUAL, List.of(RUNNING_COND,
            Condition.of("ProvisioningReady", ConditionStatus.FALSE, "ProvisioningNotReady", "")))
        .withPreviousPhase(VirtualMachinePhase.STOPPED).withKvvmPrintableStatus("Stopped").withRequests(true, false);
    assertThat(VirtualMachinePhases.derive(gateClosed)).isEqualTo(VirtualMachinePhase.PENDING);
  }

  @Test
  void derivationNeverYieldsDegraded() {
    List<String> statuses = List.of("Stopped", "Provisioning", "Starting", "Running", "Paused", "Stopping",
        "Terminating", "Migrating", "Unknown", "");
    QuickTheory.qt().forAll(SourceDSL.integers().between(0, statuses.size() - 1),
        SourceDSL.integers().between(0, 3), SourceDSL.integers().between(0, 8), SourceDSL.booleans().all())
        .checkAssert((s, p, prev, request) -> assertThat(VirtualMachinePhases.derive(
            reconciled(RunPolicy.knownValues().get(p), VirtualMachinePhase.knownValues().get(prev))
                .withKvvmPrintableStatus(statuses.get(s)).withRequests(request, false)))
            .isNotEqualTo(VirtualMachinePhase.DEGRADED));
  }

  // --- power state -------------------------------------------------------------------------------------------

  @Test
  void guestActionsPerRunPolicy() {
    // AlwaysOn cannot be powered off from the guest.
    assertThat(PowerState.decide(Input.of(RunPolicy.ALWAYS_ON, Instance.SUCCEEDED, PodCompletion.OTHER_REASON, true)))
        .isEqualTo(Action.RESTART);
    // AlwaysOnUnlessStoppedManually: poweroff stays off, reboot and crash restart.
    RunPolicy unless = RunPolicy.ALWAYS_ON_UNLESS_STOPPED_MANUALLY;
    assertThat(PowerState.decide(Input.of(unless, Instance.SUCCEEDED, PodCompletion.OTHER_REASON, true)))
        .isEqualTo(Action.STOP);
    assertThat(PowerState.decide(Input.of(unless, Instance.SUCCEEDED, PodCompletion.GUEST_RESET, true)))
        .isEqualTo(Action.RESTART);
    assertThat(PowerState.decide(Input.of(unless, Instance.SUCCEEDED, PodCompletion.POD_GONE, true)))
        .isEqualTo(Action.RESTART);
    assertThat(PowerState.decide(Input.of(unless, Instance.FAILED, PodCompletion.NOT_COMPLETED, true)))
        .isEqualTo(Action.RESTART);
    assertThat(PowerState.decide(Input.of(unless, Instance.SUCCEEDED, PodCompletion.OTHER_REASON, true)
        .withGuestPoweroff(PowerState.GuestPoweroff.RESTARTS_AS_DOCUMENTED))).isEqualTo(Action.RESTART);
    // Manual follows the guest and is not restarted after a crash.
    assertThat(PowerState.decide(Input.of(RunPolicy.MANUAL, Instance.SUCCEEDED, PodCompletion.OTHER_REASON, true)))
        .isEqualTo(Action.STOP);
    assertThat(PowerState.decide(Input.of(RunPolicy.MANUAL, Instance.SUCCEEDED, PodCompletion.GUEST_RESET, true)))
        .isEqualTo(Action.RESTART);
    assertThat(PowerState.decide(Input.of(RunPolicy.MANUAL, Instance.FAILED, PodCompletion.OTHER_REASON, true)))
        .isEqualTo(Action.STOP);
    // AlwaysOff is kept off.
    assertThat(PowerState.decide(Input.of(RunPolicy.ALWAYS_OFF, Instance.RUNNING, PodCompletion.NOT_COMPLETED, true)))
        .isEqualTo(Action.STOP);
  }

  @Test
  void startsAndRequests() {
    assertThat(PowerState.decide(Input.of(RunPolicy.ALWAYS_ON, Instance.ABSENT, PodCompletion.NOT_COMPLETED, false)))
        .isEqualTo(Action.REQUEST_START);
    assertThat(PowerState.decide(Input.of(RunPolicy.ALWAYS_ON, Instance.ABSENT, PodCompletion.NOT_COMPLETED, true)))
        .isEqualTo(Action.START);
    assertThat(PowerState.decide(Input.of(RunPolicy.MANUAL, Instance.ABSENT, PodCompletion.NOT_COMPLETED, true)))
        .isEqualTo(Action.NOTHING);
    assertThat(PowerState.decide(Input.of(RunPolicy.MANUAL, Instance.ABSENT, PodCompletion.NOT_COMPLETED, true)
        .withRequests(true, false))).isEqualTo(Action.START);
    assertThat(PowerState.decide(Input.of(RunPolicy.ALWAYS_ON_UNLESS_STOPPED_MANUALLY, Instance.ABSENT,
        PodCompletion.NOT_COMPLETED, true).withLastAppliedRunPolicy(RunPolicy.ALWAYS_OFF))).isEqualTo(Action.REQUEST_START);
    assertThat(PowerState.decide(Input.of(RunPolicy.MANUAL, Instance.RUNNING, PodCompletion.NOT_COMPLETED, true)
        .withRequests(false, true))).isEqualTo(Action.RESTART);
    assertThat(PowerState.decide(Input.of(RunPolicy.ALWAYS_ON, Instance.RUNNING, PodCompletion.NOT_COMPLETED, true)
        .withMaintenance(true))).isEqualTo(Action.STOP);
  }

  // --- provisioning ------------------------------------------------------------------------------------------

  private static VirtualMachine vm(String provisioning) throws Exception {
    return Manifests.standard().readOne("apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachine\n"
        + "metadata: {name: vm, namespace: ns}\nspec:\n  virtualMachineClassName: generic\n  cpu: {cores: 1}\n"
        + "  memory: {size: 1Gi}\n  blockDeviceRefs: [{kind: VirtualDisk, name: d}]\n" + provisioning,
        VirtualMachine.class);
  }

  private static Resource secret(String type, String key, String value) throws Exception {
    return Manifests.standard().read("apiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: ns}\ntype: " + type
        + "\ndata: {" + key + ": " + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))
        + "}\n", "s.yaml").get(0);
  }

  private static Condition ready(VirtualMachine vm, Resource... resources) {
    return ProvisioningReadiness.evaluate(vm, ResourceSet.of(List.of(resources))).condition();
  }

  @Test
  void provisioningReadyForInlineData() throws Exception {
    assertThat(ready(vm("")).reason()).isEqualTo("ProvisioningReady");
    assertThat(ready(vm("  provisioning: {type: UserData, userData: \"#cloud-config\\n\"}\n")).reason())
        .isEqualTo("ProvisioningReady");
    Condition empty = ready(vm("  provisioning: {type: UserData, userData: \"\"}\n"));
    assertThat(empty.status()).isEqualTo(ConditionStatus.FALSE);
    assertThat(empty.message()).isEqualTo("Provisioning is defined but it is empty.");
    Condition blank = ready(vm("  provisioning: {type: UserData, userData: \"  \\n\"}\n"));
    assertThat(blank.status()).isEqualTo(ConditionStatus.TRUE);
    assertThat(blank.reason()).isEqualTo("ProvisioningReadyWithWarnings");
    assertThat(blank.message()).isEqualTo("User data is empty.");
  }

  @Test
  void provisioningSecretsOfBothTypesAndKeys() throws Exception {
    VirtualMachine cloudInit = vm("  provisioning: {type: UserDataRef, userDataRef: {kind: Secret, name: s}}\n");
    assertThat(ready(cloudInit).message()).isEqualTo("Secret ns/s not found");
    assertThat(ready(cloudInit, secret("provisioning.virtualization.deckhouse.io/cloud-init", "userData",
        "#cloud-config\n")).reason()).isEqualTo("ProvisioningReady");
    assertThat(ready(cloudInit, secret("provisioning.virtualization.deckhouse.io/cloud-init", "userdata",
        "#cloud-config\n")).reason()).isEqualTo("ProvisioningReady");
    assertThat(ready(cloudInit, secret("provisioning.virtualization.deckhouse.io/cloud-init", "other", "x")).message())
        .isEqualTo("Invalid secret \"ns/s\": the secret should have one of data fields [userdata userData]: secret is"
            + " not valid");
    assertThat(ready(cloudInit, secret("Opaque", "userData", "x")).message()).isEqualTo("Unexpected secret type: Opaque");
    VirtualMachine sysprep = vm("  provisioning: {type: SysprepRef, sysprepRef: {kind: Secret, name: s}}\n");
    assertThat(ready(sysprep, secret("provisioning.virtualization.deckhouse.io/sysprep", "unattend.xml", "<x/>"))
        .reason()).isEqualTo("ProvisioningReady");
    assertThat(ready(sysprep, secret("provisioning.virtualization.deckhouse.io/sysprep", "autounattend.xml", "<x/>"))
        .reason()).isEqualTo("ProvisioningReady");
    assertThat(ready(sysprep, secret("provisioning.virtualization.deckhouse.io/sysprep", "other", "<x/>")).message())
        .isEqualTo("The secret has none of the data fields [autounattend.xml unattend.xml], so Windows setup will"
            + " find no answer file.");
    // The Secret's type decides; the SDK notes the mismatch.
    var mismatch = ProvisioningReadiness.evaluate(cloudInit, ResourceSet.of(List.of(
        secret("provisioning.virtualization.deckhouse.io/sysprep", "unattend.xml", "<x/>"))));
    assertThat(mismatch.condition().reason()).isEqualTo("ProvisioningReady");
    assertThat(mismatch.notes()).hasSize(1);
  }

  // --- attachments and Services ------------------------------------------------------------------------------

  @Test
  void attachmentPhases() {
    AttachmentLifecycle.Situation attached = new AttachmentLifecycle.Situation(false, Optional.empty(), "d", true, true,
        true, "vm", true, true, false, Optional.empty(), true, true, Optional.empty(), false);
    assertThat(AttachmentLifecycle.evaluate(attached).phase()).isEqualTo(VirtualMachineBlockDeviceAttachmentPhase.ATTACHED);
    AttachmentLifecycle.Situation conflict = new AttachmentLifecycle.Situation(false, Optional.of("ns/other"), "d",
        true, true, true, "vm", true, true, false, Optional.empty(), false, true, Optional.empty(), false);
    var c = AttachmentLifecycle.evaluate(conflict);
    assertThat(c.phase()).isEqualTo(VirtualMachineBlockDeviceAttachmentPhase.FAILED);
    assertThat(c.attached().message()).isEqualTo("Another VirtualMachineBlockDeviceAttachment ns/other already exists"
        + " with the same block device \"d\" for hot-plugging.");
    assertThat(AttachmentLifecycle.virtualMachineReady("ns", "vm", Optional.of(VirtualMachinePhase.STOPPED), false)
        .reason()).isEqualTo("NotAttached");
    assertThat(AttachmentLifecycle.capacity("vm", 17).message())
        .isEqualTo("Cannot attach 17 block devices to VirtualMachine \"vm\": the maximum is 16.");
  }

  @Test
  void servicesReachRunningVmsByLabel() throws Exception {
    VirtualMachine web = vm("").withMetadata(vm("").metadata().withName("web").withLabels(Map.of("app", "nginx")));
    VirtualMachine running = web.withStatus(dev.dvp.model.VirtualMachineStatus.builder()
        .phase(VirtualMachinePhase.RUNNING).build());
    VirtualMachine stopped = running.withMetadata(running.metadata().withName("web2"))
        .withStatus(dev.dvp.model.VirtualMachineStatus.builder().phase(VirtualMachinePhase.STOPPED).build());
    ResourceSet set = ResourceSet.of(List.of(running, stopped));
    assertThat(LauncherPods.selectedBy(Map.of("app", "nginx"), "ns", set)).containsExactly(running);
    assertThat(LauncherPods.selectedBy(Map.of("app", "nginx"), "other", set)).isEmpty();
    assertThat(LauncherPods.labels(running)).containsEntry("app", "nginx")
        .containsEntry("pod.deckhouse.io/inhibit-node-shutdown", "");
  }
}

package dev.dvp.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.dvp.model.Condition;
import dev.dvp.model.ConditionStatus;
import dev.dvp.model.VirtualMachinePhase;
import dev.dvp.lifecycle.BlockDevicesCondition.Device;
import dev.dvp.lifecycle.BlockDevicesCondition.InUse;
import dev.dvp.lifecycle.RunningCondition.Detail;
import dev.dvp.lifecycle.RunningCondition.Facts;
import dev.dvp.lifecycle.RunningCondition.Instance;
import dev.dvp.lifecycle.RunningCondition.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class RunningAndBlockDevicesConditionTest {

  // --- Running (admission.md §4.4) ---------------------------------------------------------------------------

  private static Instance kvvmi(String phase) {
    return new Instance(phase, "node-1", Optional.empty(), Optional.empty());
  }

  @Test
  void noKvvmIsNotRunningAndClearsTheNode() {
    Outcome out = RunningCondition.evaluate(Facts.none());
    assertThat(out.condition()).isEqualTo(Condition.of("Running", ConditionStatus.FALSE, "NotRunning", ""));
    assertThat(out.nodeName()).isEmpty();
    assertThat(out.nodeUnchanged()).isFalse();
  }

  @Test
  void runningInstanceIsTrueAndSetsTheNode() {
    Outcome out = RunningCondition.evaluate(Facts.none().withPrintableStatus("Running").withInstance(kvvmi("Running")));
    assertThat(out.condition()).isEqualTo(Condition.of("Running", ConditionStatus.TRUE, "Running", ""));
    assertThat(out.nodeName()).contains("node-1");
  }

  @Test
  void bootFailedGivesNoBootableDeviceWithTypographicApostrophe() {
    Outcome out = RunningCondition.evaluate(Facts.none().withBootloader("EFI")
        .withInstance(new Instance("Running", "n", Optional.of(ConditionStatus.FALSE), Optional.empty())));
    assertThat(out.condition().reason()).isEqualTo("NoBootableDevice");
    assertThat(out.condition().status()).isEqualTo(ConditionStatus.FALSE);
    assertThat(out.condition().message()).isEqualTo("Among all the virtual machine\u2019s block devices, there is no"
        + " device from which it can boot. Check OS image is compatible with the chosen bootloader \"EFI\".");
  }

  @Test
  void otherInstancePhasesCopyReadyWithMappedReasons() {
    Condition notExists = Condition.of("Ready", ConditionStatus.FALSE, "PodNotExists", "gone");
    assertThat(RunningCondition.evaluate(Facts.none().withInstance(
        new Instance("Scheduled", "n", Optional.empty(), Optional.of(notExists)))).condition())
        .isEqualTo(Condition.of("Running", ConditionStatus.FALSE, "PodNotFound", "gone"));
    Condition trueEmpty = Condition.of("Ready", ConditionStatus.TRUE, "", "");
    assertThat(RunningCondition.evaluate(Facts.none().withInstance(
        new Instance("Scheduled", "n", Optional.empty(), Optional.of(trueEmpty)))).condition().reason())
        .isEqualTo("Running");
    Condition guest = Condition.of("Ready", ConditionStatus.FALSE, "GuestNotRunning", "x");
    assertThat(RunningCondition.evaluate(Facts.none().withInstance(
        new Instance("Scheduling", "n", Optional.empty(), Optional.of(guest)))).condition().reason())
        .isEqualTo("GuestNotRunning");
    assertThat(RunningCondition.evaluate(Facts.none().withInstance(kvvmi("Stopped"))).condition().reason())
        .isEqualTo("NotRunning");
  }

  @Test
  void launcherPodMessageWinsOverEverything() {
    Outcome out = RunningCondition.evaluate(Facts.none().withInstance(kvvmi("Running"))
        .withPrintableStatus("CrashLoopBackOff").withLauncherPodMessage(new Detail("Evicted", "low on memory"))
        .withVolumeErrorEvent(new Detail("FailedMount", "x")));
    assertThat(out.condition()).isEqualTo(
        Condition.of("Running", ConditionStatus.FALSE, "PodNotStarted", "Evicted: low on memory"));
    assertThat(out.nodeUnchanged()).isTrue();
  }

  @Test
  void volumeErrorEvent() {
    assertThat(RunningCondition.evaluate(Facts.none().withVolumeErrorEvent(
        new Detail("FailedAttachVolume", "attach failed"))).condition().message())
        .isEqualTo("Error attaching block devices to virtual machine: FailedAttachVolume: attach failed");
  }

  @Test
  void unschedulableWithAndWithoutMessage() {
    Condition sched = Condition.of("PodScheduled", ConditionStatus.FALSE, "Unschedulable", "0/3 nodes are available");
    assertThat(RunningCondition.evaluate(Facts.none().withKvvmPodScheduled(sched)).condition())
        .isEqualTo(Condition.of("Running", ConditionStatus.FALSE, "PodNotStarted",
            "Could not schedule the virtual machine: Unschedulable: 0/3 nodes are available"));
    Condition previous = Condition.of("Running", ConditionStatus.FALSE, "NotRunning", "");
    Condition silent = Condition.of("PodScheduled", ConditionStatus.FALSE, "Unschedulable", "");
    assertThat(RunningCondition.evaluate(Facts.none().withPrevious(previous).withKvvmPodScheduled(silent)
        .withPrintableStatus("CrashLoopBackOff")).condition()).isEqualTo(previous);
    assertThat(RunningCondition.evaluate(Facts.none().withKvvmPodScheduled(silent)).condition())
        .isEqualTo(Condition.of("Running", ConditionStatus.UNKNOWN, "Unknown", ""));
  }

  @Test
  void podStartErrorsAndTheirMessages() {
    assertThat(msg("ErrImagePull")).isEqualTo("Cannot pull the image for one of the virtual machine's disks.");
    assertThat(msg("ImagePullBackOff")).isEqualTo("Cannot pull the image for one of the virtual machine's disks.");
    assertThat(msg("CrashLoopBackOff")).isEqualTo("The virtual machine repeatedly fails to start.");
    assertThat(msg("ErrorUnschedulable")).isEqualTo("The virtual machine cannot be scheduled onto any node.");
    assertThat(msg("DataVolumeError")).isEqualTo("Provisioning a disk for the virtual machine failed.");
    assertThat(msg("ErrorPvcNotFound")).isEqualTo("Storage for one of the virtual machine's disks was not found.");
    Condition unknown = RunningCondition.evaluate(Facts.none().withPrintableStatus("Unknown")).condition();
    assertThat(unknown).isEqualTo(Condition.of("Running", ConditionStatus.FALSE, "InternalVirtualMachineError",
        "The virtual machine state is temporarily unknown."));
    assertThat(RunningCondition.startupMessage("Whatever", "")).isEqualTo("The virtual machine failed to start.");
    // Waiting statuses are not start errors.
    assertThat(RunningCondition.evaluate(Facts.none().withPrintableStatus("WaitingForVolumeBinding")).condition()
        .reason()).isEqualTo("NotRunning");
  }

  private static String msg(String printable) {
    Condition c = RunningCondition.evaluate(Facts.none().withPrintableStatus(printable)).condition();
    assertThat(c.reason()).isEqualTo("PodNotStarted");
    return c.message();
  }

  @Test
  void synchronizedFailures() {
    Condition backend = Condition.of("Synchronized", ConditionStatus.FALSE, "FailedBackendStorageCreate",
        "pvc quota exceeded.");
    assertThat(RunningCondition.evaluate(Facts.none().withKvvmSynchronized(backend).withPrintableStatus("Starting"))
        .condition().message()).isEqualTo(
            "Cannot provision storage for the virtual machine's Secure Boot state: pvc quota exceeded.");
    assertThat(RunningCondition.startupMessage("FailedBackendStorageCreate", ""))
        .isEqualTo("Cannot provision storage for the virtual machine's Secure Boot state.");
    Condition create = Condition.of("Synchronized", ConditionStatus.FALSE, "FailedCreate", "boom");
    assertThat(RunningCondition.evaluate(Facts.none().withKvvmSynchronized(create)).condition())
        .isEqualTo(Condition.of("Running", ConditionStatus.FALSE, "PodNotStarted",
            "Cannot start the virtual machine: creating its instance failed."));
    Condition other = Condition.of("Synchronized", ConditionStatus.FALSE, "Other", "x");
    assertThat(RunningCondition.evaluate(Facts.none().withKvvmSynchronized(other)).condition().reason())
        .isEqualTo("NotRunning");
  }

  @Test
  void propertyOnlyRule6SetsAndOnlyRule7ClearsTheNode() {
    qt().forAll(SourceDSL.integers().between(0, 63)).checkAssert(bits -> {
      Facts f = Facts.none();
      if ((bits & 1) != 0) {
        f = f.withLauncherPodMessage(new Detail("R", "M"));
      }
      if ((bits & 2) != 0) {
        f = f.withVolumeErrorEvent(new Detail("R", "M"));
      }
      if ((bits & 4) != 0) {
        f = f.withKvvmPodScheduled(Condition.of("PodScheduled", ConditionStatus.FALSE, "U", "m"));
      }
      if ((bits & 8) != 0) {
        f = f.withPrintableStatus("ErrImagePull");
      }
      if ((bits & 16) != 0) {
        f = f.withInstance(kvvmi("Running"));
      }
      if ((bits & 32) != 0) {
        f = f.withPrintableStatus("Unknown");
      }
      Outcome out = RunningCondition.evaluate(f);
      assertThat(out.condition().type()).isEqualTo("Running");
      boolean earlier = (bits & (1 | 2 | 4 | 8 | 32)) != 0;
      assertThat(out.nodeUnchanged()).isEqualTo(earlier);
      assertThat(out.condition().status().equals(ConditionStatus.TRUE)).isEqualTo(!earlier && (bits & 16) != 0);
      assertThat(out.nodeName().isPresent()).isEqualTo(!earlier && (bits & 16) != 0);
    });
  }

  // --- BlockDevicesReady (admission.md §4.5) -----------------------------------------------------------------

  private static final Optional<InUse> MOUNTED =
      Optional.of(new InUse(ConditionStatus.TRUE, "AttachedToVirtualMachine", true, true, true));

  private static Device readyDisk(String name) {
    return Device.disk(name, true, false, true, "Ready", MOUNTED);
  }

  private static Condition bd(VirtualMachinePhase phase, boolean mayStart, List<Device> devices) {
    return BlockDevicesCondition.evaluate(new BlockDevicesCondition.Facts("vm", phase, mayStart, devices.size(),
        List.of(), devices));
  }

  @Test
  void allReadyAndUsableIsTrue() {
    assertThat(bd(VirtualMachinePhase.RUNNING, false, List.of(readyDisk("a"),
        Device.image("VirtualImage", "img", "Ready"))))
        .isEqualTo(Condition.of("BlockDevicesReady", ConditionStatus.TRUE, "BlockDevicesReady", ""));
    assertThat(bd(VirtualMachinePhase.STOPPED, false, List.of())).extracting(Condition::status)
        .isEqualTo(ConditionStatus.TRUE);
  }

  @Test
  void limitAtTheBoundary() {
    List<Device> none = List.of();
    assertThat(BlockDevicesCondition.evaluate(new BlockDevicesCondition.Facts("vm", VirtualMachinePhase.STOPPED,
        false, 16, List.of(), none)).status()).isEqualTo(ConditionStatus.TRUE);
    assertThat(BlockDevicesCondition.evaluate(new BlockDevicesCondition.Facts("vm", VirtualMachinePhase.STOPPED,
        false, 17, List.of("VirtualDisk/a"), none))).isEqualTo(Condition.of("BlockDevicesReady",
        ConditionStatus.FALSE, "BlockDeviceLimitExceeded",
        "Cannot attach 17 block devices (16 is maximum) to VirtualMachine \"vm\""));
  }

  @Test
  void hotpluggedSpecRefs() {
    assertThat(BlockDevicesCondition.evaluate(new BlockDevicesCondition.Facts("vm", VirtualMachinePhase.RUNNING,
        false, 2, List.of("VirtualDisk/a", "ClusterVirtualImage/b"), List.of(readyDisk("a")))).message())
        .isEqualTo("spec.blockDeviceRefs field contains block devices to hotplug (virtualdisk/a,"
            + " clustervirtualimage/b): unplug or remove them from spec to continue.");
  }

  @Test
  void waitingMessages() {
    assertThat(bd(VirtualMachinePhase.STOPPED, false, List.of(Device.image("VirtualImage", "img", "Provisioning"))))
        .isEqualTo(Condition.of("BlockDevicesReady", ConditionStatus.FALSE, "BlockDevicesNotReady",
            "Waiting for block device \"img\" to be ready."));
    Condition c = bd(VirtualMachinePhase.STOPPED, false, List.of(readyDisk("a"),
        Device.disk("b", true, true, true, "Terminating", Optional.empty()),
        Device.disk("c", false, false, false, "WaitForFirstConsumer", Optional.empty())));
    assertThat(c.message()).isEqualTo("Waiting for block devices to be ready: 1/3; Virtual disk b is terminating;"
        + " Virtual disk \"c\" is waiting for the virtual machine to start.");
    assertThat(c.reason()).isEqualTo("BlockDevicesNotReady");
  }

  @Test
  void waitForFirstConsumerWhenTheVmMayStart() {
    Device wffc = Device.disk("c", false, false, false, "WaitForFirstConsumer",
        Optional.of(new InUse(ConditionStatus.FALSE, "NotInUse", true, true, false)));
    Condition c = bd(VirtualMachinePhase.STOPPED, true, List.of(wffc));
    assertThat(c).isEqualTo(Condition.of("BlockDevicesReady", ConditionStatus.FALSE,
        "WaitingForWaitForFirstConsumerBlockDevicesToBeReady",
        "Waiting for block device \"c\" to be ready; Virtual disk \"c\" is waiting for the virtual machine to start."));
    assertThat(bd(VirtualMachinePhase.STOPPED, false, List.of(wffc)).reason()).isEqualTo("BlockDevicesNotReady");
    // Step 4 replaces the WFFC condition when the disk is not usable.
    Device wffcOther = Device.disk("c", false, false, false, "WaitForFirstConsumer",
        Optional.of(new InUse(ConditionStatus.TRUE, "AttachedToVirtualMachine", true, false, false)));
    assertThat(bd(VirtualMachinePhase.STARTING, true, List.of(wffcOther)))
        .isEqualTo(Condition.of("BlockDevicesReady", ConditionStatus.FALSE, "BlockDevicesNotReady",
            "Virtual disk \"c\" is in use by another VM."));
  }

  @Test
  void usabilitySingleDisk() {
    assertThat(bd(VirtualMachinePhase.RUNNING, false, List.of(Device.disk("a", true, false, true, "Ready",
        Optional.of(new InUse(ConditionStatus.TRUE, "UsedForImageCreation", true, false, false))))).message())
        .isEqualTo("Virtual disk \"a\" is in use for image creation.");
    assertThat(bd(VirtualMachinePhase.RUNNING, false, List.of(Device.disk("a", true, false, true, "Ready",
        Optional.empty()))).message()).isEqualTo("Waiting for block device \"a\" to be ready to use.");
    // Stale InUse (observedGeneration behind) is not usable.
    assertThat(bd(VirtualMachinePhase.RUNNING, false, List.of(Device.disk("a", true, false, true, "Ready",
        Optional.of(new InUse(ConditionStatus.TRUE, "AttachedToVirtualMachine", false, true, true))))).message())
        .isEqualTo("Waiting for block device \"a\" to be ready to use.");
    // A stopped VM named in the list is fine while InUse is not True.
    assertThat(bd(VirtualMachinePhase.STOPPED, false, List.of(Device.disk("a", true, false, true, "Ready",
        Optional.of(new InUse(ConditionStatus.FALSE, "NotInUse", true, true, false))))).status())
        .isEqualTo(ConditionStatus.TRUE);
  }

  @Test
  void usabilitySeveralDisks() {
    Optional<InUse> other = Optional.of(new InUse(ConditionStatus.TRUE, "AttachedToVirtualMachine", true, false,
        false));
    Optional<InUse> image = Optional.of(new InUse(ConditionStatus.TRUE, "UsedForImageCreation", true, false, false));
    Condition c = bd(VirtualMachinePhase.RUNNING, false, List.of(readyDisk("a"),
        Device.disk("b", true, false, true, "Ready", other), Device.disk("c", true, false, true, "Ready", other),
        Device.disk("d", true, false, true, "Ready", image)));
    assertThat(c.message()).isEqualTo("Waiting for block devices to be ready to use: 1/4; Virtual disk \"d\" is in"
        + " use for image creation; Virtual disks 2/4 are in use by another VM.");
  }

  @Test
  void badInputIsRejectedWithAHint() {
    assertThatThrownBy(() -> new InUse(ConditionStatus.TRUE, "x", true, false, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mounted=true");
    assertThatThrownBy(() -> new BlockDevicesCondition.Facts("vm", VirtualMachinePhase.RUNNING, false, -1,
        List.of(), List.of())).hasMessageContaining("deviceCount");
  }

  @Test
  void propertyTrueOnlyWhenEveryDeviceIsReadyAndUsable() {
    qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 3)).ofSizeBetween(0, 6)).checkAssert(kinds -> {
      List<Device> devices = new ArrayList<>();
      for (int i = 0; i < kinds.size(); i++) {
        int k = kinds.get(i);
        devices.add(k == 0 ? readyDisk("d" + i) : k == 1 ? Device.image("VirtualImage", "i" + i, "Ready")
            : k == 2 ? Device.image("VirtualImage", "i" + i, "Pending")
            : Device.disk("d" + i, true, false, true, "Ready", Optional.empty()));
      }
      Condition c = bd(VirtualMachinePhase.RUNNING, false, devices);
      boolean ok = kinds.stream().allMatch(k -> k < 2);
      assertThat(c.status()).isEqualTo(ok ? ConditionStatus.TRUE : ConditionStatus.FALSE);
      assertThat(c.message()).isEqualTo(ok ? "" : c.message()).doesNotContain("null");
    });
  }
}

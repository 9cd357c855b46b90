package dev.dvp.lifecycle;

import dev.dvp.model.Condition;
import dev.dvp.model.ConditionStatus;
import dev.dvp.model.VirtualMachinePhase;
import java.util.Objects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * DVP's VirtualMachine {@code BlockDevicesReady} condition
 * ({@code images/virtualization-artifact/pkg/controller/vm/internal/block_device_handler.go},
 * {@code block_device_condition.go}) as a pure function of the VM's block devices, passed in as {@link Device} values.
 * In order, the first that applies decides:
 * <ol>
 *   <li>more than 16 devices → False / {@code BlockDeviceLimitExceeded};</li>
 *   <li>a {@code spec.blockDeviceRefs} entry that a VMBDA also hot-plugs → False / {@code BlockDevicesNotReady};</li>
 *   <li>not all devices ready → False; reason {@code WaitingForWaitForFirstConsumerBlockDevicesToBeReady} when the
 *       only blockers are WaitForFirstConsumer disks and the VM may start (then step 4 may still replace it, step 5 is
 *       never reached), else {@code BlockDevicesNotReady};</li>
 *   <li>a VirtualDisk not usable by this VM (its {@code InUse} condition) → False / {@code BlockDevicesNotReady};</li>
 *   <li>otherwise True / {@code BlockDevicesReady}.</li>
 * </ol>
 *
 * <p>The SDK's reading where DVP's code leaves it open: in {@code <ready>/<total>} a WaitForFirstConsumer disk counts
 * as not ready; a WaitForFirstConsumer disk gets the note "waiting for the virtual machine to start" when the VM is
 * {@code Stopped} and "waiting for its storage to be provisioned" otherwise.
 *
 * <pre>{@code
 * Condition c = BlockDevicesCondition.evaluate(new BlockDevicesCondition.Facts("vm", VirtualMachinePhase.STOPPED,
 *     true, 2, List.of(), List.of(BlockDevicesCondition.Device.image("VirtualImage", "ubuntu", "Ready"))));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class BlockDevicesCondition {
  /** DVP's block device limit per VM ({@code VMBlockDeviceAttachedLimit}). */
  public static final int LIMIT = 16;

  private static final String TYPE = VirtualMachineConditions.BLOCK_DEVICES_READY;
  private static final String NOT_READY = "BlockDevicesNotReady";

  private BlockDevicesCondition() {}

  /**
   * How a VirtualDisk is in use, from its {@code InUse} condition and {@code status.attachedToVirtualMachines}.
   *
   * @param status the {@code InUse} condition's status
   * @param reason its reason ({@code AttachedToVirtualMachine}, {@code UsedForImageCreation}, ...)
   * @param current its {@code observedGeneration} equals the disk's {@code metadata.generation}
   * @param listed {@code status.attachedToVirtualMachines} names this VM
   * @param mounted that entry has {@code mounted: true}
   */
  public record InUse(ConditionStatus status, String reason, boolean current, boolean listed, boolean mounted) {
    /** Checks for nulls and that a mounted entry is listed. */
    public InUse {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(reason, "reason");
      if (mounted && !listed) {
        throw new IllegalArgumentException("InUse: mounted=true needs listed=true (the entry names this VM)");
      }
    }
  }

  /**
   * One block device of the VM (a {@code spec.blockDeviceRefs} entry or a hot-plugged one).
   *
   * @param kind {@code VirtualDisk}, {@code VirtualImage} or {@code ClusterVirtualImage}
   * @param name the object's name
   * @param ready an image: phase {@code Ready}; a disk: it has a target PVC, is not being deleted and {@code Ready}
   *     is True
   * @param deleting a disk being deleted
   * @param waitingForFirstConsumer a disk in phase {@code WaitForFirstConsumer}
   * @param inUse a disk's {@code InUse} state; empty for images and for disks without the condition
   */
  public record Device(String kind, String name, boolean ready, boolean deleting, boolean waitingForFirstConsumer,
      Optional<InUse> inUse) {
    /** Checks for nulls. */
    public Device {
      if (kind == null || name == null || inUse == null) {
        throw new IllegalArgumentException("Device kind, name and inUse must not be null; use Optional.empty()");
      }
    }

    /**
     * An image device.
     *
     * @param kind {@code VirtualImage} or {@code ClusterVirtualImage}
     * @param name its name
     * @param phase its {@code status.phase} ({@code ""} when missing)
     * @return the device, ready when the phase is {@code Ready}
     */
    public static Device image(String kind, String name, String phase) {
      return new Device(kind, name, "Ready".equals(phase), false, false, Optional.empty());
    }

    /**
     * A disk device.
     *
     * @param name its name
     * @param hasTargetPvc {@code status.target.persistentVolumeClaimName} is set
     * @param deleting it has a {@code deletionTimestamp}
     * @param readyTrue its {@code Ready} condition is True
     * @param phase its {@code status.phase} ({@code ""} when missing)
     * @param inUse its {@code InUse} state
     * @return the device
     */
    public static Device disk(String name, boolean hasTargetPvc, boolean deleting, boolean readyTrue, String phase,
        Optional<InUse> inUse) {
      return new Device("VirtualDisk", name, hasTargetPvc && !deleting && readyTrue, deleting,
          "WaitForFirstConsumer".equals(phase), inUse);
    }

    boolean isDisk() {
      return kind.equals("VirtualDisk");
    }
  }

  /**
   * Everything the condition depends on.
   *
   * @param vmName the VM's name
   * @param vmPhase the VM's phase
   * @param mayStart the VM is to be started (its runPolicy or a start request asks for it), so a
   *     WaitForFirstConsumer disk can only get a volume by starting it
   * @param deviceCount the count {@code block_device_handler.go} checks against
   *     {@code VMBlockDeviceAttachedLimit}: {@code spec.blockDeviceRefs} plus every VMBDA of the VM, in any phase
   * @param hotpluggedSpecRefs the {@code spec.blockDeviceRefs} entries a VMBDA also hot-plugs, as {@code kind/name}
   *     with the kind as written (it is lowercased in the message)
   * @param devices the VM's devices, in {@code spec.blockDeviceRefs} order, then the hot-plugged ones
   */
  public record Facts(String vmName, VirtualMachinePhase vmPhase, boolean mayStart, int deviceCount,
      List<String> hotpluggedSpecRefs, List<Device> devices) {
    /** Checks for nulls and copies the lists. */
    public Facts {
      if (vmName == null || vmPhase == null || hotpluggedSpecRefs == null || devices == null) {
        throw new IllegalArgumentException("Facts components must not be null; use List.of()");
      }
      if (deviceCount < 0) {
        throw new IllegalArgumentException("deviceCount must be >= 0, got " + deviceCount);
      }
      hotpluggedSpecRefs = List.copyOf(hotpluggedSpecRefs);
      devices = List.copyOf(devices);
    }
  }

  /**
   * Evaluates the condition.
   *
   * @param f the facts
   * @return the condition DVP would write
   */
  public static Condition evaluate(Facts f) {
    if (f.deviceCount() > LIMIT) {
      return Condition.of(TYPE, ConditionStatus.FALSE, "BlockDeviceLimitExceeded", "Cannot attach " + f.deviceCount()
          + " block devices (16 is maximum) to VirtualMachine \"" + f.vmName() + "\"");
    }
    if (!f.hotpluggedSpecRefs().isEmpty()) {
      String refs = f.hotpluggedSpecRefs().stream().map(BlockDevicesCondition::lowerKind)
          .collect(Collectors.joining(", "));
      return notReady("spec.blockDeviceRefs field contains block devices to hotplug (" + refs
          + "): unplug or remove them from spec to continue.");
    }
    List<Device> devices = f.devices();
    long ready = devices.stream().filter(Device::ready).count();
    Optional<Condition> waiting = Optional.empty();
    if (ready < devices.size()) {
      boolean onlyFirstConsumer = devices.stream().filter(d -> !d.ready())
          .allMatch(d -> d.isDisk() && d.waitingForFirstConsumer() && !d.deleting());
      StringBuilder m = new StringBuilder(devices.size() == 1
          ? "Waiting for block device \"" + devices.get(0).name() + "\" to be ready"
          : "Waiting for block devices to be ready: " + ready + "/" + devices.size());
      for (Device d : devices) {
        if (!d.isDisk()) {
          continue;
        }
        if (d.deleting()) {
          m.append("; Virtual disk ").append(d.name()).append(" is terminating");
        } else if (d.waitingForFirstConsumer()) {
          m.append("; Virtual disk \"").append(d.name()).append(f.vmPhase().equals(VirtualMachinePhase.STOPPED)
              ? "\" is waiting for the virtual machine to start" : "\" is waiting for its storage to be provisioned");
        }
      }
      m.append('.');
      if (!(onlyFirstConsumer && f.mayStart())) {
        return notReady(m.toString());
      }
      waiting = Optional.of(Condition.of(TYPE, ConditionStatus.FALSE,
          VirtualMachineConditions.WAITING_FOR_WFFC_BLOCK_DEVICES, m.toString()));
    }
    Optional<Condition> unusable = usability(f);
    if (unusable.isPresent()) {
      return unusable.get();
    }
    return waiting.orElse(Condition.of(TYPE, ConditionStatus.TRUE, "BlockDevicesReady", ""));
  }

  private static Optional<Condition> usability(Facts f) {
    List<Device> disks = f.devices().stream().filter(Device::isDisk).toList();
    List<String> forImage = new ArrayList<>();
    List<String> byOther = new ArrayList<>();
    int usable = 0;
    for (Device d : disks) {
      InUse u = d.inUse().orElse(null);
      boolean isTrue = u != null && u.status().equals(ConditionStatus.TRUE);
      if (u != null && u.current() && (isTrue ? u.reason().equals("AttachedToVirtualMachine") && u.mounted()
          : f.vmPhase().equals(VirtualMachinePhase.STOPPED) && u.listed())) {
        usable++;
      } else if (isTrue && u.reason().equals("UsedForImageCreation")) {
        forImage.add(d.name());
      } else if (isTrue && u.reason().equals("AttachedToVirtualMachine") && !u.mounted()) {
        byOther.add(d.name());
      }
    }
    if (usable == disks.size()) {
      return Optional.empty();
    }
    if (disks.size() == 1) {
      String n = disks.get(0).name();
      return Optional.of(notReady(!forImage.isEmpty() ? "Virtual disk \"" + n + "\" is in use for image creation."
          : !byOther.isEmpty() ? "Virtual disk \"" + n + "\" is in use by another VM."
          : "Waiting for block device \"" + n + "\" to be ready to use."));
    }
    List<String> parts = new ArrayList<>();
    parts.add("Waiting for block devices to be ready to use: " + usable + "/" + disks.size());
    usage(forImage, disks.size(), "for image creation").ifPresent(parts::add);
    usage(byOther, disks.size(), "by another VM").ifPresent(parts::add);
    return Optional.of(notReady(String.join("; ", parts) + "."));
  }

  private static Optional<String> usage(List<String> names, int total, String usage) {
    if (names.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(names.size() == 1 ? "Virtual disk \"" + names.get(0) + "\" is in use " + usage
        : "Virtual disks " + names.size() + "/" + total + " are in use " + usage);
  }

  private static String lowerKind(String ref) {
    int slash = ref.indexOf('/');
    return slash < 0 ? ref : ref.substring(0, slash).toLowerCase(Locale.ROOT) + ref.substring(slash);
  }

  private static Condition notReady(String message) {
    return Condition.of(TYPE, ConditionStatus.FALSE, NOT_READY, message);
  }
}

package dev.dvp.lifecycle;

import dev.dvp.model.Condition;
import dev.dvp.model.ConditionStatus;
import java.util.Optional;
import java.util.Set;

/**
 * DVP's VirtualMachine {@code Running} condition
 * ({@code images/virtualization-artifact/pkg/controller/vm/internal/lifecycle.go}, {@code util.go}) as a pure function
 * of the KubeVirt-side facts, passed in as a {@link Facts} value. The first matching rule wins:
 * <ol>
 *   <li>the launcher pod has a {@code status.message} → False / {@code PodNotStarted};</li>
 *   <li>a launcher or hot-plug pod is {@code ContainerCreating} with a volume error as its last event → False /
 *       {@code PodNotStarted};</li>
 *   <li>KVVM {@code PodScheduled=False} with a message → False / {@code PodNotStarted}; without a message the
 *       previous condition stays;</li>
 *   <li>a pod start error (KVVM {@code Synchronized=False} with {@code FailedCreate} /
 *       {@code FailedBackendStorageCreate}, or an error printable status) → False / {@code PodNotStarted};</li>
 *   <li>printable status {@code Unknown} → False / {@code InternalVirtualMachineError};</li>
 *   <li>a KVVMI outside phase {@code Stopped} → from the KVVMI (and {@code status.nodeName} is its node);</li>
 *   <li>otherwise False / {@code NotRunning} and {@code status.nodeName} is cleared.</li>
 * </ol>
 *
 * <pre>{@code
 * RunningCondition.Outcome out = RunningCondition.evaluate(RunningCondition.Facts.none()
 *     .withInstance(new RunningCondition.Instance("Running", "node-1", Optional.empty(), Optional.empty()))
 *     .withBootloader("BIOS"));
 * out.condition();   // Running=True, reason Running
 * out.nodeName();    // Optional[node-1]
 * }</pre>
 *
 * <p>Not reproduced: the Warning event DVP records with the raw detail in rule 5 (events are outside the condition).
 * Stateless and thread-safe.
 */
public final class RunningCondition {
  /** Printable statuses that mean the launcher pod could not start (rule 4). */
  public static final Set<String> POD_START_ERRORS = Set.of("ErrImagePull", "ImagePullBackOff", "CrashLoopBackOff",
      "ErrorUnschedulable", "DataVolumeError", "ErrorPvcNotFound");

  private static final String TYPE = VirtualMachineConditions.RUNNING;
  private static final String POD_NOT_STARTED = "PodNotStarted";

  private RunningCondition() {}

  /**
   * A reason and a message, as carried by a pod status, an event or a KubeVirt condition.
   *
   * @param reason the reason
   * @param message the message
   */
  public record Detail(String reason, String message) {
    /** Checks for nulls. */
    public Detail {
      if (reason == null || message == null) {
        throw new IllegalArgumentException("Detail reason and message must not be null; use \"\"");
      }
    }
  }

  /**
   * The KVVMI (the running KubeVirt instance).
   *
   * @param phase its {@code status.phase}, e.g. {@code Running}, {@code Scheduling}, {@code Stopped}
   * @param nodeName its {@code status.nodeName} ({@code ""} when not yet scheduled)
   * @param bootFailed the status of its {@code BootFailed} condition, when present
   * @param ready its {@code Ready} condition, when present
   */
  public record Instance(String phase, String nodeName, Optional<ConditionStatus> bootFailed,
      Optional<Condition> ready) {
    /** Checks for nulls. */
    public Instance {
      if (phase == null || nodeName == null || bootFailed == null || ready == null) {
        throw new IllegalArgumentException("Instance components must not be null; use \"\" or Optional.empty()");
      }
    }
  }

  /**
   * Everything the condition depends on; every fact is explicit.
   *
   * @param previous the VM's current {@code Running} condition, kept by rule 3 when the scheduling failure has no
   *     message
   * @param launcherPodMessage the launcher pod's {@code status.reason} and {@code status.message}, when it has a
   *     message
   * @param volumeErrorEvent the last event of a {@code ContainerCreating} launcher or hot-plug pod, when it is a
   *     volume error
   * @param kvvmPodScheduled the KVVM's {@code PodScheduled} condition, when present
   * @param kvvmSynchronized the KVVM's {@code Synchronized} condition, when present
   * @param printableStatus the KVVM's {@code status.printableStatus}; empty when there is no KVVM or none is set
   * @param instance the KVVMI, when it exists
   * @param bootloader the VM's {@code spec.bootloader} (with its default), quoted in the no-bootable-device message
   */
  public record Facts(Optional<Condition> previous, Optional<Detail> launcherPodMessage,
      Optional<Detail> volumeErrorEvent, Optional<Condition> kvvmPodScheduled, Optional<Condition> kvvmSynchronized,
      Optional<String> printableStatus, Optional<Instance> instance, String bootloader) {
    /** Checks for nulls. */
    public Facts {
      if (previous == null || launcherPodMessage == null || volumeErrorEvent == null || kvvmPodScheduled == null
          || kvvmSynchronized == null || printableStatus == null || instance == null || bootloader == null) {
        throw new IllegalArgumentException("Facts components must not be null; use Optional.empty()");
      }
    }

    /** @return facts of a VM with no KVVM, no pod and no previous condition, bootloader {@code BIOS} */
    public static Facts none() {
      return new Facts(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), "BIOS");
    }

    /**
     * @param condition the VM's current {@code Running} condition
     * @return a copy with it
     */
    public Facts withPrevious(Condition condition) {
      return new Facts(Optional.of(condition), launcherPodMessage, volumeErrorEvent, kvvmPodScheduled,
          kvvmSynchronized, printableStatus, instance, bootloader);
    }

    /**
     * @param detail the launcher pod's reason and message
     * @return a copy with it
     */
    public Facts withLauncherPodMessage(Detail detail) {
      return new Facts(previous, Optional.of(detail), volumeErrorEvent, kvvmPodScheduled, kvvmSynchronized,
          printableStatus, instance, bootloader);
    }

    /**
     * @param event the volume-error event of a {@code ContainerCreating} pod
     * @return a copy with it
     */
    public Facts withVolumeErrorEvent(Detail event) {
      return new Facts(previous, launcherPodMessage, Optional.of(event), kvvmPodScheduled, kvvmSynchronized,
          printableStatus, instance, bootloader);
    }

    /**
     * @param condition the KVVM's {@code PodScheduled} condition
     * @return a copy with it
     */
    public Facts withKvvmPodScheduled(Condition condition) {
      return new Facts(previous, launcherPodMessage, volumeErrorEvent, Optional.of(condition), kvvmSynchronized,
          printableStatus, instance, bootloader);
    }

    /**
     * @param condition the KVVM's {@code Synchronized} condition
     * @return a copy with it
     */
    public Facts withKvvmSynchronized(Condition condition) {
      return new Facts(previous, launcherPodMessage, volumeErrorEvent, kvvmPodScheduled, Optional.of(condition),
          printableStatus, instance, bootloader);
    }

    /**
     * @param status the KVVM's printable status
     * @return a copy with it
     */
    public Facts withPrintableStatus(String status) {
      return new Facts(previous, launcherPodMessage, volumeErrorEvent, kvvmPodScheduled, kvvmSynchronized,
          Optional.of(status), instance, bootloader);
    }

    /**
     * @param kvvmi the KVVMI
     * @return a copy with it
     */
    public Facts withInstance(Instance kvvmi) {
      return new Facts(previous, launcherPodMessage, volumeErrorEvent, kvvmPodScheduled, kvvmSynchronized,
          printableStatus, Optional.of(kvvmi), bootloader);
    }

    /**
     * @param name the VM's bootloader
     * @return a copy with it
     */
    public Facts withBootloader(String name) {
      return new Facts(previous, launcherPodMessage, volumeErrorEvent, kvvmPodScheduled, kvvmSynchronized,
          printableStatus, instance, name);
    }
  }

  /**
   * The condition and the {@code status.nodeName} that go with it.
   *
   * @param condition the {@code Running} condition
   * @param nodeName the VM's {@code status.nodeName}: the KVVMI's node under rule 6, empty (cleared) under rule 7,
   *     and {@link #nodeUnchanged()} tells when the rule leaves it as it was
   * @param nodeUnchanged the rule that decided does not touch {@code status.nodeName} (rules 1–5)
   */
  public record Outcome(Condition condition, Optional<String> nodeName, boolean nodeUnchanged) {}

  /**
   * Evaluates the condition.
   *
   * @param f the facts
   * @return the condition DVP would write, with the node name
   */
  public static Outcome evaluate(Facts f) {
    if (f.launcherPodMessage().isPresent()) {
      Detail d = f.launcherPodMessage().get();
      return kept(falseWith(POD_NOT_STARTED, d.reason() + ": " + d.message()));
    }
    if (f.volumeErrorEvent().isPresent()) {
      Detail d = f.volumeErrorEvent().get();
      return kept(falseWith(POD_NOT_STARTED,
          "Error attaching block devices to virtual machine: " + d.reason() + ": " + d.message()));
    }
    Optional<Condition> scheduled = f.kvvmPodScheduled().filter(c -> c.status().equals(ConditionStatus.FALSE));
    if (scheduled.isPresent()) {
      Condition c = scheduled.get();
      if (c.message().isEmpty()) {
        return kept(f.previous().orElse(Condition.of(TYPE, ConditionStatus.UNKNOWN, "Unknown", "")));
      }
      return kept(falseWith(POD_NOT_STARTED,
          "Could not schedule the virtual machine: " + c.reason() + ": " + c.message()));
    }
    Optional<Condition> failedSync = f.kvvmSynchronized().filter(c -> c.status().equals(ConditionStatus.FALSE)
        && (c.reason().equals("FailedCreate") || c.reason().equals("FailedBackendStorageCreate")));
    String printable = f.printableStatus().orElse("");
    if (failedSync.isPresent()) {
      return kept(falseWith(POD_NOT_STARTED, startupMessage(failedSync.get().reason(), failedSync.get().message())));
    }
    if (POD_START_ERRORS.contains(printable)) {
      return kept(falseWith(POD_NOT_STARTED, startupMessage(printable, "")));
    }
    if (printable.equals("Unknown")) {
      return kept(falseWith("InternalVirtualMachineError", startupMessage(printable, "")));
    }
    if (f.instance().isPresent() && !f.instance().get().phase().equals("Stopped")) {
      Instance i = f.instance().get();
      return new Outcome(fromInstance(i, f.bootloader()), Optional.of(i.nodeName()), false);
    }
    return new Outcome(falseWith("NotRunning", ""), Optional.empty(), false);
  }

  /**
   * DVP's startup message for a pod start error ({@code vmStartupMessage} in
   * {@code images/virtualization-artifact/pkg/controller/vm/internal/util.go}).
   *
   * @param cause a {@code Synchronized} reason ({@code FailedCreate}, {@code FailedBackendStorageCreate}) or a
   *     printable status
   * @param detail the {@code Synchronized} condition's message (used only for {@code FailedBackendStorageCreate})
   * @return the message
   */
  public static String startupMessage(String cause, String detail) {
    switch (cause) {
      case "FailedBackendStorageCreate": {
        String d = detail.endsWith(".") ? detail.substring(0, detail.length() - 1) : detail;
        return "Cannot provision storage for the virtual machine's Secure Boot state"
            + (d.isEmpty() ? "" : ": " + d) + ".";
      }
      case "FailedCreate":
        return "Cannot start the virtual machine: creating its instance failed.";
      case "ErrImagePull":
      case "ImagePullBackOff":
        return "Cannot pull the image for one of the virtual machine's disks.";
      case "CrashLoopBackOff":
        return "The virtual machine repeatedly fails to start.";
      case "ErrorUnschedulable":
        return "The virtual machine cannot be scheduled onto any node.";
      case "DataVolumeError":
        return "Provisioning a disk for the virtual machine failed.";
      case "ErrorPvcNotFound":
        return "Storage for one of the virtual machine's disks was not found.";
      case "Unknown":
        return "The virtual machine state is temporarily unknown.";
      default:
        return "The virtual machine failed to start.";
    }
  }

  private static Condition fromInstance(Instance i, String bootloader) {
    if (i.phase().equals("Running")) {
      if (i.bootFailed().isPresent()) {
        return Condition.of(TYPE, i.bootFailed().get(), "NoBootableDevice", "Among all the virtual machine\u2019s"
            + " block devices, there is no device from which it can boot. Check OS image is compatible with the"
            + " chosen bootloader \"" + bootloader + "\".");
      }
      return Condition.of(TYPE, ConditionStatus.TRUE, "Running", "");
    }
    if (i.ready().isEmpty()) {
      return Condition.of(TYPE, ConditionStatus.UNKNOWN, "Unknown", "");
    }
    Condition ready = i.ready().get();
    String reason = ready.reason();
    if (reason.equals("PodNotExists")) {
      reason = "PodNotFound";
    } else if (reason.isEmpty() && ready.status().equals(ConditionStatus.TRUE)) {
      reason = "Running";
    }
    return Condition.of(TYPE, ready.status(), reason, ready.message());
  }

  private static Condition falseWith(String reason, String message) {
    return Condition.of(TYPE, ConditionStatus.FALSE, reason, message);
  }

  private static Outcome kept(Condition c) {
    return new Outcome(c, Optional.empty(), true);
  }
}

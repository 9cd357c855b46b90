package dev.dvp.ipam;

import dev.dvp.model.GoQuote;
import dev.dvp.model.Condition;
import dev.dvp.model.ConditionStatus;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineIPAddress;
import dev.dvp.model.VirtualMachineIPAddressStatus;
import dev.dvp.model.VirtualMachinePhase;
import dev.dvp.model.VirtualMachineStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The VM's {@code VirtualMachineIPAddressReady} condition and the IP fields of its status, as DVP's VM controller
 * sets them ({@code images/virtualization-artifact/pkg/controller/vm/internal/ipam.go}).
 *
 * <p>The VM's claim is the vmip named in {@code spec.virtualMachineIPAddressName}, else the first vmip of the
 * namespace labelled {@code virtual-machine-uid=<VM UID>}. The claim is bound to the VM when its {@code Bound} and
 * {@code Attached} conditions are True and current and its {@code status.virtualMachineName} is the VM.
 *
 * <pre>{@code
 * VirtualMachineIpAddressReady r = VirtualMachineIpAddressReady.of(vm, vmipsOfNamespace);
 * r.condition(vm.metadata().generation().orElse(0L));  // VirtualMachineIPAddressReady=True
 * r.ipAddress();                                       // Optional[10.66.10.1] (unless the VM is Running/Stopping)
 * }</pre>
 *
 * <p>Differences and readings, documented: DVP decides "no Main network" from {@code status.networks}; for a VM
 * whose {@code status.networks} is still empty the SDK reads {@code spec.networks} instead (empty = implicit Main).
 * The reason {@link #NOT_AVAILABLE} exists in DVP's API, but no case in {@code ipam.go} produces it, so this function
 * never returns it; a claim attached to another VM is reported with {@link #NOT_READY}. Immutable and thread-safe.
 *
 * @param status the condition's status
 * @param reason one of the reason constants
 * @param message the message, word for word from DVP
 * @param virtualMachineIPAddressName the VM's {@code status.virtualMachineIPAddressName} when DVP sets it (the claim
 *     is bound to the VM), else empty
 * @param ipAddress the VM's {@code status.ipAddress} when DVP copies it (bound, and the VM is neither Running nor
 *     Stopping), else empty
 */
public record VirtualMachineIpAddressReady(ConditionStatus status, String reason, String message,
    Optional<String> virtualMachineIPAddressName, Optional<String> ipAddress) {
  /** The condition type, and the reason when ready. */
  public static final String TYPE = "VirtualMachineIPAddressReady";
  /** The claim is bound to the VM, or the VM has no Main network. */
  public static final String READY = "VirtualMachineIPAddressReady";
  /** The claim is missing, not bound yet, or attached to another VM. */
  public static final String NOT_READY = "VirtualMachineIPAddressNotReady";
  /** The running guest's {@code default} interface does not carry the claim's address. */
  public static final String NOT_ASSIGNED = "VirtualMachineIPAddressNotAssigned";
  /** In DVP's API; not produced by any case of DVP's VM controller. */
  public static final String NOT_AVAILABLE = "VirtualMachineIPAddressNotAvailable";

  /**
   * Creates an outcome.
   *
   * @throws NullPointerException if an argument is {@code null}
   */
  public VirtualMachineIpAddressReady {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(virtualMachineIPAddressName, "virtualMachineIPAddressName");
    Objects.requireNonNull(ipAddress, "ipAddress");
  }

  /**
   * The condition while the VM's KubeVirt instance is not running (no guest addresses to compare).
   *
   * @param vm the VM
   * @param claims the vmips of the VM's namespace, in cache order (others are ignored)
   * @return the outcome
   */
  public static VirtualMachineIpAddressReady of(VirtualMachine vm, List<VirtualMachineIPAddress> claims) {
    return evaluate(vm, claims, Optional.empty());
  }

  /**
   * The condition while the VM's KubeVirt instance is Running.
   *
   * @param vm the VM
   * @param claims the vmips of the VM's namespace, in cache order (others are ignored)
   * @param defaultInterfaceAddresses the addresses the guest reports on its {@code default} interface, in order
   * @return the outcome; {@code VirtualMachineIPAddressNotAssigned} when a bound claim's address is not among them
   */
  public static VirtualMachineIpAddressReady ofRunning(VirtualMachine vm, List<VirtualMachineIPAddress> claims,
      List<String> defaultInterfaceAddresses) {
    return evaluate(vm, claims, Optional.of(List.copyOf(defaultInterfaceAddresses)));
  }

  private static VirtualMachineIpAddressReady evaluate(VirtualMachine vm, List<VirtualMachineIPAddress> claims,
      Optional<List<String>> guestAddresses) {
    Objects.requireNonNull(vm, "vm");
    Objects.requireNonNull(claims, "claims");
    boolean hasMain = vm.status().map(VirtualMachineStatus::networks).filter(n -> !n.isEmpty()).isPresent()
        ? VirtualMachineNetworks.hasMainInStatus(vm) : VirtualMachineNetworks.hasMainInSpec(vm);
    if (!hasMain) {
      return new VirtualMachineIpAddressReady(ConditionStatus.TRUE, READY, "", Optional.empty(), Optional.empty());
    }
    Optional<String> explicit = vm.spec().virtualMachineIPAddressName();
    Optional<VirtualMachineIPAddress> claim = claimOf(vm, claims);
    if (claim.isEmpty()) {
      return notReady(explicit.map(name -> "The requested VirtualMachineIPAddress " + GoQuote.quote(name)
              + " was not found: waiting for it to appear.")
          .orElse("VirtualMachineIPAddress " + GoQuote.quote(vm.name())
              + " was not found: it may be in the process of being created."));
    }
    VirtualMachineIPAddress c = claim.get();
    Optional<String> attachedTo = c.status().flatMap(VirtualMachineIPAddressStatus::virtualMachineName)
        .filter(n -> !n.isEmpty());
    if (isBoundTo(c, vm)) {
      String address = c.status().flatMap(VirtualMachineIPAddressStatus::address).orElse("");
      VirtualMachinePhase phase = vm.status().flatMap(VirtualMachineStatus::phase).orElse(VirtualMachinePhase.PENDING);
      Optional<String> copied = phase.equals(VirtualMachinePhase.RUNNING) || phase.equals(VirtualMachinePhase.STOPPING)
          ? Optional.empty() : Optional.of(address);
      if (guestAddresses.isPresent() && !guestAddresses.get().contains(address)) {
        return new VirtualMachineIpAddressReady(ConditionStatus.FALSE, NOT_ASSIGNED, "IP address (" + address
            + ") is not among addresses assigned to 'default' network interface ("
            + String.join(", ", guestAddresses.get()) + ")", Optional.of(c.name()), copied);
      }
      return new VirtualMachineIpAddressReady(ConditionStatus.TRUE, READY, "", Optional.of(c.name()), copied);
    }
    if (attachedTo.isPresent() && !attachedTo.get().equals(vm.name())) {
      return notReady("The requested VirtualMachineIPAddress " + GoQuote.quote(c.name()) + " is attached to"
          + " VirtualMachine " + GoQuote.quote(attachedTo.get()) + ": waiting for it to be released.");
    }
    return notReady("The IP address is not bound yet: waiting for it to be assigned.");
  }

  /**
   * Returns the vmip a VM uses ({@code images/virtualization-artifact/pkg/controller/vm/internal/ipam.go}): the one
   * named in {@code spec.virtualMachineIPAddressName}, else the first labelled {@code virtual-machine-uid=<VM UID>}.
   *
   * @param vm the VM
   * @param claims the vmips to look in, in cache order; other namespaces are ignored
   * @return the claim, or empty when none exists (yet)
   */
  public static Optional<VirtualMachineIPAddress> claimOf(VirtualMachine vm, List<VirtualMachineIPAddress> claims) {
    String namespace = VirtualMachineNetworks.namespaceOf(vm);
    List<VirtualMachineIPAddress> local = claims.stream()
        .filter(c -> c.namespace().orElse("default").equals(namespace)).toList();
    Optional<String> explicit = vm.spec().virtualMachineIPAddressName();
    if (explicit.isPresent()) {
      return local.stream().filter(c -> c.name().equals(explicit.get())).findFirst();
    }
    String uid = vm.metadata().uid().orElse("");
    return local.stream().filter(c -> !uid.isEmpty() && uid.equals(c.metadata().labels()
        .get(VirtualMachineIPAddress.VIRTUAL_MACHINE_UID_LABEL))).findFirst();
  }

  private static boolean isBoundTo(VirtualMachineIPAddress claim, VirtualMachine vm) {
    long generation = claim.metadata().generation().orElse(0L);
    return claim.status().filter(s -> isTrueAndCurrent(s.condition("Bound"), generation)
            && isTrueAndCurrent(s.condition(IpClaimAttachment.TYPE), generation)
            && s.virtualMachineName().filter(vm.name()::equals).isPresent())
        .isPresent();
  }

  private static boolean isTrueAndCurrent(Optional<Condition> condition, long generation) {
    return condition.filter(c -> c.status().equals(ConditionStatus.TRUE)
        && c.observedGeneration().orElse(0L) == generation).isPresent();
  }

  private static VirtualMachineIpAddressReady notReady(String message) {
    return new VirtualMachineIpAddressReady(ConditionStatus.FALSE, NOT_READY, message, Optional.empty(),
        Optional.empty());
  }

  /** @return whether the condition is True */
  public boolean isReady() {
    return status.equals(ConditionStatus.TRUE);
  }

  /**
   * Returns the condition with the VM's generation.
   *
   * @param generation the VM's {@code metadata.generation}
   * @return the {@code VirtualMachineIPAddressReady} condition, without a transition time
   */
  public Condition condition(long generation) {
    return Condition.builder().type(TYPE).status(status).reason(reason).message(message)
        .observedGeneration(generation).build();
  }
}

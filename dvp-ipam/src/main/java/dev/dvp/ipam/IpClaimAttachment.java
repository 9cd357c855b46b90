package dev.dvp.ipam;

import dev.dvp.model.Condition;
import dev.dvp.model.ConditionStatus;
import dev.dvp.model.OwnerReference;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineIPAddress;
import dev.dvp.model.VirtualMachineStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The {@code Attached} condition DVP's vmip controller sets on a VirtualMachineIPAddress and the
 * {@code status.virtualMachineName} that goes with it
 * ({@code images/virtualization-artifact/pkg/controller/vmip/internal/attached_handler.go}).
 *
 * <p>The VM is looked up among the VMs of the claim's namespace, in list order: the first whose
 * {@code status.virtualMachineIPAddressName} is the claim's name; else the first whose
 * {@code spec.virtualMachineIPAddressName} is; else the VM named by the claim's {@code VirtualMachine} owner
 * reference, when that reference's UID equals the claim's {@code virtual-machine-uid} label. The VM found does not
 * count when it is being deleted and has no pods left, or when it has no {@code Main} network in spec or status (an
 * empty {@code spec.networks} is the implicit {@code Main}).
 *
 * <pre>{@code
 * IpClaimAttachment a = IpClaimAttachment.of(claim, vmsOfNamespace);
 * a.isAttached();          // true
 * a.virtualMachineName();  // Optional[linux-vm]
 * a.condition();           // Attached=True, reason Attached
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param status {@code True}, {@code False}, or {@code Unknown} when the lookup failed
 * @param reason {@link #ATTACHED}, {@link #VIRTUAL_MACHINE_NOT_FOUND} or {@link #UNKNOWN}
 * @param message the condition's message, word for word from DVP (empty when attached)
 * @param virtualMachineName the claim's {@code status.virtualMachineName}: the VM when attached, else empty
 *     (DVP clears it)
 */
public record IpClaimAttachment(ConditionStatus status, String reason, String message,
    Optional<String> virtualMachineName) {
  /** The condition type. */
  public static final String TYPE = "Attached";
  /** A VM uses the claim. */
  public static final String ATTACHED = "Attached";
  /** No VM of the namespace uses the claim. */
  public static final String VIRTUAL_MACHINE_NOT_FOUND = "VirtualMachineNotFound";
  /** Looking the VM up failed. */
  public static final String UNKNOWN = "Unknown";

  /**
   * Creates an attachment outcome.
   *
   * @throws NullPointerException if an argument is {@code null}
   */
  public IpClaimAttachment {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(virtualMachineName, "virtualMachineName");
  }

  /**
   * Works out the claim's attachment as DVP's controller does.
   *
   * @param claim the vmip; its name, namespace (absent = {@code default}), owner references and
   *     {@code virtual-machine-uid} label are used
   * @param virtualMachines the VMs to look in, in the order the cache lists them; VMs of other namespaces are
   *     ignored
   * @return {@code Attached=True} with the VM's name, or {@code Attached=False/VirtualMachineNotFound}
   */
  public static IpClaimAttachment of(VirtualMachineIPAddress claim, List<VirtualMachine> virtualMachines) {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(virtualMachines, "virtualMachines");
    String namespace = claim.namespace().orElse("default");
    List<VirtualMachine> local = virtualMachines.stream()
        .filter(vm -> VirtualMachineNetworks.namespaceOf(vm).equals(namespace)).toList();
    Optional<VirtualMachine> vm = first(local, v -> v.status()
        .flatMap(VirtualMachineStatus::virtualMachineIPAddressName).filter(claim.name()::equals).isPresent())
        .or(() -> first(local, v -> v.spec().virtualMachineIPAddressName().filter(claim.name()::equals)
            .isPresent()))
        .or(() -> owner(claim, local));
    return vm.filter(IpClaimAttachment::counts)
        .map(v -> new IpClaimAttachment(ConditionStatus.TRUE, ATTACHED, "", Optional.of(v.name())))
        .orElseGet(() -> new IpClaimAttachment(ConditionStatus.FALSE, VIRTUAL_MACHINE_NOT_FOUND,
            "VirtualMachineIPAddress is not attached to any virtual machine.", Optional.empty()));
  }

  /**
   * The outcome when the VM lookup itself failed (e.g. the API server refused the list).
   *
   * @param error the error text, e.g. {@code connection refused}
   * @return {@code Attached=Unknown}, reason {@code Unknown},
   *     {@code Failed to get attached virtual machine: <error>.}; {@code status.virtualMachineName} is left as it was
   *     ({@link IpClaimStatus#status} keeps the claim's)
   */
  public static IpClaimAttachment lookupFailed(String error) {
    Objects.requireNonNull(error, "error");
    return new IpClaimAttachment(ConditionStatus.UNKNOWN, UNKNOWN,
        "Failed to get attached virtual machine: " + error + ".", Optional.empty());
  }

  private static Optional<VirtualMachine> first(List<VirtualMachine> vms, Predicate<VirtualMachine> test) {
    return vms.stream().filter(test).findFirst();
  }

  private static Optional<VirtualMachine> owner(VirtualMachineIPAddress claim, List<VirtualMachine> vms) {
    String uidLabel = claim.metadata().labels().getOrDefault(VirtualMachineIPAddress.VIRTUAL_MACHINE_UID_LABEL, "");
    return claim.metadata().ownerReferences().stream().filter(o -> o.kind().equals("VirtualMachine")).findFirst()
        .filter(o -> o.uid().equals(uidLabel))
        .map(OwnerReference::name)
        .flatMap(name -> first(vms, v -> v.name().equals(name)));
  }

  private static boolean counts(VirtualMachine vm) {
    boolean deletedWithoutPods = vm.metadata().deletionTimestamp().isPresent()
        && vm.status().map(VirtualMachineStatus::virtualMachinePods).orElse(List.of()).isEmpty();
    return !deletedWithoutPods && VirtualMachineNetworks.hasMain(vm);
  }

  /** @return whether a VM uses the claim ({@code Attached=True}) */
  public boolean isAttached() {
    return status.equals(ConditionStatus.TRUE);
  }

  /**
   * Returns the condition with the claim's generation, so it counts as current.
   *
   * @param generation the claim's {@code metadata.generation}
   * @return the {@code Attached} condition, without a transition time
   */
  public Condition condition(long generation) {
    return Condition.builder().type(TYPE).status(status).reason(reason).message(message)
        .observedGeneration(generation).build();
  }

  /**
   * Returns the Normal/Warning event text DVP records with this outcome.
   *
   * @param namespace the claim's namespace (the VM's, too)
   * @return {@code VirtualMachineIPAddress is attached to "<ns>/<vm>".} when attached, else the condition's message
   */
  public String eventMessage(String namespace) {
    return isAttached() ? "VirtualMachineIPAddress is attached to \"" + namespace + "/" + virtualMachineName.get()
        + "\"." : message;
  }
}

package dev.dvp.ipam;

import dev.dvp.model.Condition;
import dev.dvp.model.ConditionStatus;
import dev.dvp.model.NetworkInterface;
import dev.dvp.model.NetworkInterfaceStatus;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineMACAddress;
import dev.dvp.model.VirtualMachineMACAddressPhase;
import dev.dvp.model.VirtualMachineStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code Attached} condition DVP's vmmac controller sets on a VirtualMachineMACAddress, its
 * {@code status.virtualMachineName}, the phase, and whether the vmmac then deletes itself
 * ({@code images/virtualization-artifact/pkg/controller/vmmac/internal/attached_handler.go},
 * {@code lifecycle_handler.go}, {@code deletion_handler.go}).
 *
 * <p>The VM is the first of the vmmac's namespace whose {@code status.networks[].virtualMachineMACAddressName} is the
 * vmmac's name, else the first whose {@code spec.networks[].virtualMachineMACAddressName} is. Unlike the vmip there
 * is no owner-reference fallback and no check of the VM's deletion or networks.
 *
 * <pre>{@code
 * MacClaimAttachment a = MacClaimAttachment.of(vmmac, vmsOfNamespace);
 * a.isAttached();                               // true
 * MacClaimAttachment.phaseOf(boundResult, a);   // Attached
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param status {@code True}, {@code False}, or {@code Unknown} when the lookup failed
 * @param reason {@link #ATTACHED}, {@link #VIRTUAL_MACHINE_NOT_FOUND} or {@link #UNKNOWN}
 * @param message the message, word for word from DVP (empty when attached)
 * @param virtualMachineName the vmmac's {@code status.virtualMachineName}: the VM when attached, else empty
 */
public record MacClaimAttachment(ConditionStatus status, String reason, String message,
    Optional<String> virtualMachineName) {
  /** The condition type. */
  public static final String TYPE = "Attached";
  /** A VM uses the vmmac. */
  public static final String ATTACHED = "Attached";
  /** No VM of the namespace uses the vmmac. */
  public static final String VIRTUAL_MACHINE_NOT_FOUND = "VirtualMachineNotFound";
  /** Looking the VM up failed. */
  public static final String UNKNOWN = "Unknown";
  /** DVP's guard against deleting a never-attached vmmac: creation and the Attached transition at least this apart. */
  public static final Duration DELETE_GUARD = Duration.ofSeconds(1);

  private static final Instant GO_ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

  /**
   * Creates an outcome.
   *
   * @throws NullPointerException if an argument is {@code null}
   */
  public MacClaimAttachment {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(virtualMachineName, "virtualMachineName");
  }

  /**
   * Works out the vmmac's attachment as DVP's controller does.
   *
   * @param mac the vmmac; its name and namespace (absent = {@code default}) are used
   * @param virtualMachines the VMs to look in, in cache order; other namespaces are ignored
   * @return {@code Attached=True} with the VM, or {@code Attached=False/VirtualMachineNotFound}
   */
  public static MacClaimAttachment of(VirtualMachineMACAddress mac, List<VirtualMachine> virtualMachines) {
    Objects.requireNonNull(mac, "mac");
    Objects.requireNonNull(virtualMachines, "virtualMachines");
    String namespace = mac.namespace().orElse("default");
    List<VirtualMachine> local = virtualMachines.stream()
        .filter(vm -> VirtualMachineNetworks.namespaceOf(vm).equals(namespace)).toList();
    Optional<VirtualMachine> vm = local.stream().filter(v -> v.status().map(VirtualMachineStatus::networks)
            .orElse(List.of()).stream().map(NetworkInterfaceStatus::virtualMachineMACAddressName)
            .anyMatch(n -> n.filter(mac.name()::equals).isPresent())).findFirst()
        .or(() -> local.stream().filter(v -> v.spec().networks().stream()
            .map(NetworkInterface::virtualMachineMACAddressName)
            .anyMatch(n -> n.filter(mac.name()::equals).isPresent())).findFirst());
    return vm.map(v -> new MacClaimAttachment(ConditionStatus.TRUE, ATTACHED, "", Optional.of(v.name())))
        .orElseGet(() -> new MacClaimAttachment(ConditionStatus.FALSE, VIRTUAL_MACHINE_NOT_FOUND,
            "VirtualMachineMACAddress is not attached to any virtual machine.", Optional.empty()));
  }

  /**
   * The outcome when the VM lookup itself failed.
   *
   * @param error the error text
   * @return {@code Attached=Unknown}, reason {@code Unknown}, {@code Failed to get attached virtual machine: <error>.}
   */
  public static MacClaimAttachment lookupFailed(String error) {
    Objects.requireNonNull(error, "error");
    return new MacClaimAttachment(ConditionStatus.UNKNOWN, UNKNOWN,
        "Failed to get attached virtual machine: " + error + ".", Optional.empty());
  }

  /**
   * The phase rule (as for the vmip): {@code Pending} unless Bound, {@code Bound} unless attached, else
   * {@code Attached}.
   *
   * @param bound the vmmac's {@code Bound} outcome
   * @param attachment its attachment
   * @return the phase
   */
  public static VirtualMachineMACAddressPhase phaseOf(MacClaimResult bound, MacClaimAttachment attachment) {
    if (!bound.isBound()) {
      return VirtualMachineMACAddressPhase.PENDING;
    }
    return attachment.isAttached() ? VirtualMachineMACAddressPhase.ATTACHED : VirtualMachineMACAddressPhase.BOUND;
  }

  /**
   * Fidelity mode: whether DVP's DeletionHandler deletes the vmmac. It does when {@code Attached} is current and not
   * True and {@code |creationTimestamp − Attached.lastTransitionTime| ≥ 1 s}. Because the Attached time is when the
   * controller first looked, a never-attached vmmac first reconciled more than a second after its creation is
   * deleted too (a DVP quirk). A missing or unparsable time counts as Go's zero time.
   *
   * @param mac the vmmac with the status DVP wrote
   * @return {@code true} when DVP deletes it
   */
  public static boolean isDeletedByDvp(VirtualMachineMACAddress mac) {
    Optional<Condition> attached = currentAttached(mac).filter(c -> !c.status().equals(ConditionStatus.TRUE));
    if (attached.isEmpty()) {
      return false;
    }
    Instant created = instant(mac.metadata().creationTimestamp().orElse(""));
    Instant changed = instant(attached.get().lastTransitionTime());
    return Duration.between(created, changed).abs().compareTo(DELETE_GUARD) >= 0;
  }

  /**
   * Harm guard (the SDK's default): the vmmac is deleted only after a real attach → detach, i.e. it was attached in
   * its previous status and is now current and not attached. A vmmac that was never attached is kept however late
   * it is reconciled.
   *
   * @param previous the vmmac as it was before this reconcile
   * @param now the attachment just worked out
   * @return {@code true} when the vmmac should be deleted
   */
  public static boolean isDeletedAfterDetach(VirtualMachineMACAddress previous, MacClaimAttachment now) {
    boolean wasAttached = previous.status().filter(s -> s.phase()
            .filter(VirtualMachineMACAddressPhase.ATTACHED::equals).isPresent()
            || s.condition(TYPE).filter(c -> c.status().equals(ConditionStatus.TRUE)).isPresent())
        .isPresent();
    return wasAttached && now.status().equals(ConditionStatus.FALSE);
  }

  private static Optional<Condition> currentAttached(VirtualMachineMACAddress mac) {
    long generation = mac.metadata().generation().orElse(0L);
    return mac.status().flatMap(s -> s.condition(TYPE))
        .filter(c -> c.observedGeneration().orElse(0L) == generation);
  }

  private static Instant instant(String rfc3339) {
    try {
      return OffsetDateTime.parse(rfc3339).toInstant();
    } catch (DateTimeParseException e) {
      return GO_ZERO_TIME;
    }
  }

  /** @return whether a VM uses the vmmac */
  public boolean isAttached() {
    return status.equals(ConditionStatus.TRUE);
  }

  /**
   * Returns the condition with the vmmac's generation.
   *
   * @param generation the vmmac's {@code metadata.generation}
   * @return the {@code Attached} condition, without a transition time
   */
  public Condition condition(long generation) {
    return Condition.builder().type(TYPE).status(status).reason(reason).message(message)
        .observedGeneration(generation).build();
  }

  /**
   * Returns the event text DVP records with this outcome.
   *
   * @param namespace the vmmac's namespace
   * @return {@code VirtualMachineMACAddress is attached to "<ns>/<vm>".} when attached, else the message
   */
  public String eventMessage(String namespace) {
    return isAttached() ? "VirtualMachineMACAddress is attached to \"" + namespace + "/" + virtualMachineName.get()
        + "\"." : message;
  }
}

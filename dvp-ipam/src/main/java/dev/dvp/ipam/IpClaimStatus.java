package dev.dvp.ipam;

import dev.dvp.model.ConditionStatus;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineIPAddress;
import dev.dvp.model.VirtualMachineIPAddressLease;
import dev.dvp.model.VirtualMachineIPAddressPhase;
import dev.dvp.model.VirtualMachineIPAddressStatus;
import java.util.List;
import java.util.Objects;

/**
 * The status DVP's vmip controller writes on a VirtualMachineIPAddress after one reconcile
 * ({@code images/virtualization-artifact/pkg/controller/vmip/vmip_controller.go}): the {@code Bound} condition
 * ({@code internal/step/bind_step.go} and the steps after it), the {@code Attached} condition and
 * {@code status.virtualMachineName} ({@code internal/attached_handler.go}), and the phase
 * ({@code internal/lifecycle_handler.go}): {@code Pending} unless Bound, {@code Bound} unless a VM is attached, else
 * {@code Attached}.
 *
 * <pre>{@code
 * IpClaimStatus s = IpClaimStatus.of(claim, lease, vmsOfNamespace);
 * s.phase();    // Attached
 * s.status();   // the whole VirtualMachineIPAddressStatus, conditions carrying the claim's generation
 * }</pre>
 *
 * <p>Both conditions are computed fresh, so they are current ({@code observedGeneration} = the claim's
 * {@code metadata.generation}, absent = 0). Immutable and thread-safe.
 *
 * @param bound the {@code Bound} outcome
 * @param attachment the {@code Attached} outcome
 * @param phase the phase DVP derives from both
 */
public record IpClaimStatus(IpClaimResult bound, IpClaimAttachment attachment, VirtualMachineIPAddressPhase phase) {
  /**
   * Creates a status; prefer the {@code of} factories, which derive the phase.
   *
   * @throws NullPointerException if an argument is {@code null}
   */
  public IpClaimStatus {
    Objects.requireNonNull(bound, "bound");
    Objects.requireNonNull(attachment, "attachment");
    Objects.requireNonNull(phase, "phase");
  }

  /**
   * The status of a claim whose lease exists (the controller's Bind or Take step).
   *
   * @param claim the vmip
   * @param lease the lease found for it
   * @param virtualMachines the VMs of the claim's namespace, in cache order (others are ignored)
   * @return the status
   */
  public static IpClaimStatus of(VirtualMachineIPAddress claim, VirtualMachineIPAddressLease lease,
      List<VirtualMachine> virtualMachines) {
    return of(claim, IpClaimBinding.of(claim, lease), virtualMachines);
  }

  /**
   * The status of a claim with a {@code Bound} outcome worked out elsewhere, typically
   * {@link IpPool#claim(VirtualMachineIPAddress)} when no lease exists yet (the Create step needs the pool).
   *
   * @param claim the vmip
   * @param bound its {@code Bound} outcome
   * @param virtualMachines the VMs of the claim's namespace, in cache order (others are ignored)
   * @return the status
   */
  public static IpClaimStatus of(VirtualMachineIPAddress claim, IpClaimResult bound,
      List<VirtualMachine> virtualMachines) {
    Objects.requireNonNull(bound, "bound");
    IpClaimAttachment attachment = IpClaimAttachment.of(claim, virtualMachines);
    return new IpClaimStatus(bound, attachment, phaseOf(bound, attachment));
  }

  /**
   * The phase rule of {@code lifecycle_handler.go}, given fresh (current) conditions.
   *
   * @param bound the {@code Bound} outcome
   * @param attachment the {@code Attached} outcome
   * @return {@code Pending}, {@code Bound} or {@code Attached}
   */
  public static VirtualMachineIPAddressPhase phaseOf(IpClaimResult bound, IpClaimAttachment attachment) {
    if (!bound.isBound()) {
      return VirtualMachineIPAddressPhase.PENDING;
    }
    return attachment.status().equals(ConditionStatus.TRUE) ? VirtualMachineIPAddressPhase.ATTACHED
        : VirtualMachineIPAddressPhase.BOUND;
  }

  /**
   * Returns the status object DVP writes: both conditions with the claim's generation, the address (kept from the
   * claim when the outcome names none), the attached VM's name (kept as it was when the VM lookup failed), the phase and {@code observedGeneration}.
   *
   * @param claim the vmip the status belongs to
   * @return the status
   */
  public VirtualMachineIPAddressStatus status(VirtualMachineIPAddress claim) {
    long generation = claim.metadata().generation().orElse(0L);
    var out = VirtualMachineIPAddressStatus.builder()
        .addConditions(bound.condition().withObservedGeneration(generation), attachment.condition(generation))
        .phase(phase)
        .observedGeneration(generation);
    bound.address().map(Ipv4Address::toString)
        .or(() -> claim.status().flatMap(VirtualMachineIPAddressStatus::address))
        .ifPresent(out::address);
    if (attachment.status().equals(ConditionStatus.UNKNOWN)) {
      // a failed lookup changes nothing but the condition
      claim.status().flatMap(VirtualMachineIPAddressStatus::virtualMachineName).ifPresent(out::virtualMachineName);
    } else {
      attachment.virtualMachineName().ifPresent(out::virtualMachineName);
    }
    return out.build();
  }
}

package dev.dvp.ipam;

import dev.dvp.model.Condition;
import dev.dvp.model.ObjectMeta;
import dev.dvp.model.ConditionStatus;
import dev.dvp.model.VirtualMachineIPAddressLease;
import dev.dvp.model.VirtualMachineIPAddressLeasePhase;
import dev.dvp.model.VirtualMachineIPAddressLeaseSpec;
import dev.dvp.model.VirtualMachineIPAddressLeaseStatus;
import java.time.format.DateTimeFormatter;

/**
 * Writes an {@link IpLease} as the VirtualMachineIPAddressLease DVP would show: name {@code ip-…}, the claim's UID
 * label, the reference, the phase and the {@code Bound} condition whose transition time is the lease's
 * {@link IpLease#since()}. Stateless.
 */
final class LeaseExport {
  static final String RELEASED_MESSAGE = "VirtualMachineIPAddressLease is not bound to any VirtualMachineIPAddress.";

  private LeaseExport() {}

  static VirtualMachineIPAddressLease toObject(IpLease lease) {
    var meta = ObjectMeta.builder().name(lease.name());
    lease.claimUid().ifPresent(uid -> meta.putLabel(VirtualMachineIPAddressLease.VIRTUAL_MACHINE_IP_ADDRESS_UID_LABEL,
        uid));
    var out = VirtualMachineIPAddressLease.builder().metadata(meta.build());
    lease.ref().ifPresent(ref -> out.spec(VirtualMachineIPAddressLeaseSpec.of(ref)));
    if (lease.state() != IpLease.State.NEW) {
      boolean bound = lease.state() == IpLease.State.BOUND;
      Condition condition = Condition.builder()
          .type("Bound")
          .status(bound ? ConditionStatus.TRUE : ConditionStatus.FALSE)
          .reason(bound ? "Bound" : "Released")
          .message(bound ? "" : RELEASED_MESSAGE)
          .lastTransitionTime(lease.since().map(DateTimeFormatter.ISO_INSTANT::format).orElse(""))
          .build();
      out.status(VirtualMachineIPAddressLeaseStatus.builder()
          .phase(bound ? VirtualMachineIPAddressLeasePhase.BOUND : VirtualMachineIPAddressLeasePhase.RELEASED)
          .addCondition(condition)
          .build());
    }
    return out.build();
  }
}

package dev.dvp.admission;

import dev.dvp.model.Resource;
import dev.dvp.model.VirtualMachineBlockDeviceAttachment;
import dev.dvp.model.VirtualMachineBlockDeviceAttachmentPhase;
import java.util.ArrayList;
import java.util.List;

/** The VirtualMachineBlockDeviceAttachments of the context that name a VM, as DVP's validators list them. */
final class Attachments {
  /** DVP's {@code VMBlockDeviceAttachedLimit}: block devices per VM, static and hot-plugged together. */
  static final int LIMIT = 16;

  private Attachments() {}

  /** Every VMBDA in the namespace naming the VM, in any phase (Failed and Terminating included), except {@code self}. */
  static List<VirtualMachineBlockDeviceAttachment> of(String vmName, String namespace, AdmissionContext context,
      Resource self) {
    List<VirtualMachineBlockDeviceAttachment> out = new ArrayList<>();
    for (VirtualMachineBlockDeviceAttachment a : context.resources().ofType(VirtualMachineBlockDeviceAttachment.class)) {
      if (a.spec().virtualMachineName().equals(vmName) && context.namespaceOf(a).equals(namespace)
          && !ObjectFields.sameObject(a, self, context)) {
        out.add(a);
      }
    }
    return out;
  }

  static boolean isFailedOrTerminating(VirtualMachineBlockDeviceAttachment a) {
    return a.status().flatMap(s -> s.phase())
        .map(p -> p.equals(VirtualMachineBlockDeviceAttachmentPhase.FAILED)
            || p.equals(VirtualMachineBlockDeviceAttachmentPhase.TERMINATING))
        .orElse(false);
  }
}

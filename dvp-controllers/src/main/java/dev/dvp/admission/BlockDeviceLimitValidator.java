package dev.dvp.admission;

import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineBlockDeviceAttachment;
import dev.dvp.model.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * DVP's {@code block_device_limiter_validator.go} (VM webhook, position 5): {@code spec.blockDeviceRefs} plus every
 * VMBDA naming the VM, in any phase, must not exceed 16. When Failed or Terminating attachments push the count over
 * the limit the SDK adds a note naming them (DVP counts them too, which surprises).
 */
final class BlockDeviceLimitValidator implements AdmissionValidator<VirtualMachine> {
  @Override
  public List<Violation> validate(AdmissionRequest<VirtualMachine> request, AdmissionContext context) {
    VirtualMachine vm = request.object();
    List<VirtualMachineBlockDeviceAttachment> attached =
        Attachments.of(vm.name(), context.namespaceOf(vm), context, vm);
    int count = vm.spec().blockDeviceRefs().size() + attached.size();
    if (count <= Attachments.LIMIT) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>(2);
    out.add(limitReached("spec.blockDeviceRefs", vm.name(), count));
    List<VirtualMachineBlockDeviceAttachment> stale =
        attached.stream().filter(Attachments::isFailedOrTerminating).toList();
    if (!stale.isEmpty() && count - stale.size() <= Attachments.LIMIT) {
      out.add(0, Violation.warning("spec.blockDeviceRefs", "sdk.note.staleAttachments", "the count includes "
          + stale.stream().map(a -> a.name()).collect(Collectors.joining(", "))
          + " in phase Failed or Terminating; maybe delete them"));
    }
    return out;
  }

  static Violation limitReached(String path, String vmName, int count) {
    return Violation.error(path, "dvp.blockDevices.limit", "block device attached to"
        + " VirtualMachine \"" + vmName + "\" limit reached: " + count + " devices found, " + Attachments.LIMIT
        + " is maximum");
  }
}

package dev.dvp.admission;

import dev.dvp.model.BlockDeviceRef;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineBlockDeviceAttachment;
import dev.dvp.model.VirtualMachineBlockDeviceAttachmentPhase;
import dev.dvp.model.Violation;
import java.util.List;
import java.util.Set;

/**
 * DVP's {@code vmbda_conflict_validator.go} (VM webhook, position 14): a block device in {@code spec} that a VMBDA
 * of this VM (not Terminating) already hot-plugs. CREATE checks every ref, UPDATE only the added ones.
 */
final class VmbdaConflictValidator implements AdmissionValidator<VirtualMachine> {
  @Override
  public List<Violation> validate(AdmissionRequest<VirtualMachine> request, AdmissionContext context) {
    VirtualMachine vm = request.object();
    Set<String> before = request.oldObject()
        .map(old -> BlockDeviceRefsValidator.keys(old.spec().blockDeviceRefs())).orElse(Set.of());
    List<VirtualMachineBlockDeviceAttachment> attachments =
        Attachments.of(vm.name(), context.namespaceOf(vm), context, vm);
    List<BlockDeviceRef> refs = vm.spec().blockDeviceRefs();
    for (int i = 0; i < refs.size(); i++) {
      BlockDeviceRef ref = refs.get(i);
      if (before.contains(ref.kind().value() + "/" + ref.name())) {
        continue;
      }
      for (VirtualMachineBlockDeviceAttachment a : attachments) {
        boolean terminating = a.status().flatMap(s -> s.phase())
            .map(VirtualMachineBlockDeviceAttachmentPhase.TERMINATING::equals).orElse(false);
        if (!terminating && a.spec().blockDeviceRef().kind().equals(ref.kind())
            && a.spec().blockDeviceRef().name().equals(ref.name())) {
          return List.of(Violation.error("spec.blockDeviceRefs[" + i + "]", "dvp.blockDevices.hotplugged",
              "block device " + ref.kind() + " \"" + ref.name() + "\" is already attached to the virtual machine"
                  + " via VirtualMachineBlockDeviceAttachment \"" + a.name() + "\""));
        }
      }
    }
    return List.of();
  }
}

package dev.dvp.admission;

import dev.dvp.model.BlockDeviceKind;
import dev.dvp.model.BlockDeviceRef;
import dev.dvp.model.Resource;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.Violation;
import java.util.List;
import java.util.Optional;

/**
 * DVP's {@code first_block_device_validator.go} (VM webhook, position 11; on UPDATE only when
 * {@code blockDeviceRefs} changed): an image that exists, is {@code Ready} and is not a CD-ROM may not be at index 0.
 * Only the list position counts, not {@code bootOrder}; a missing or not yet Ready image passes.
 */
final class FirstBlockDeviceValidator implements AdmissionValidator<VirtualMachine> {
  @Override
  public List<Violation> validate(AdmissionRequest<VirtualMachine> request, AdmissionContext context) {
    VirtualMachine vm = request.object();
    List<BlockDeviceRef> refs = vm.spec().blockDeviceRefs();
    if (refs.isEmpty() || (!request.isCreate()
        && refs.equals(request.oldObject().orElseThrow().spec().blockDeviceRefs()))) {
      return List.of();
    }
    BlockDeviceRef first = refs.get(0);
    Optional<Resource> image;
    if (first.kind().equals(BlockDeviceKind.VIRTUAL_IMAGE)) {
      image = context.resources().find("VirtualImage", context.namespaceOf(vm), first.name());
    } else if (first.kind().equals(BlockDeviceKind.CLUSTER_VIRTUAL_IMAGE)) {
      image = context.resources().find("ClusterVirtualImage", "", first.name());
    } else {
      return List.of();
    }
    if (image.isEmpty()
        || !ObjectFields.text(image.get(), "status", "phase").orElse("").equals("Ready")
        || ObjectFields.bool(image.get(), "status", "cdrom").orElse(false)) {
      return List.of();
    }
    String kind = first.kind().value();
    return List.of(Violation.error("spec.blockDeviceRefs[0]", "dvp.blockDevices.firstNotCdrom", "a non-CDROM "
        + kind + " cannot occupy the first position in block devices: " + kind + " " + first.name()
        + " is not CDROM"));
  }
}

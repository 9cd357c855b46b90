package dev.dvp.admission;

import dev.dvp.model.BlockDeviceRef;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.Violation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DVP's {@code block_device_refs_validator.go} (VM webhook, position 3): a {@code (kind, name)} pair used twice,
 * then {@code bootOrder} below 1 or used twice; on UPDATE a warning when paravirtualization is off and the set of
 * devices changed (order ignored), since such devices cannot be hot-plugged.
 */
final class BlockDeviceRefsValidator implements AdmissionValidator<VirtualMachine> {
  static final String HOTPLUG_WARNING = "Hot-plugging block devices with enableParavirtualization=false is not"
      + " supported. Restart the VM to apply changes.";

  @Override
  public List<Violation> validate(AdmissionRequest<VirtualMachine> request, AdmissionContext context) {
    List<BlockDeviceRef> refs = request.object().spec().blockDeviceRefs();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < refs.size(); i++) {
      BlockDeviceRef ref = refs.get(i);
      if (!seen.add(ref.kind().value() + "/" + ref.name())) {
        return List.of(Violation.error("spec.blockDeviceRefs[" + i + "]", "dvp.blockDevices.duplicate",
            "cannot specify the same block device reference more than once: " + ref.kind() + " with name \""
                + ref.name() + "\" has a duplicate reference"));
      }
    }
    Map<Integer, BlockDeviceRef> bootOrders = new HashMap<>();
    for (int i = 0; i < refs.size(); i++) {
      BlockDeviceRef ref = refs.get(i);
      if (ref.bootOrder().isEmpty()) {
        continue;
      }
      int order = ref.bootOrder().get();
      String path = "spec.blockDeviceRefs[" + i + "].bootOrder";
      if (order < 1) {
        return List.of(Violation.error(path, "dvp.blockDevices.bootOrder",
            "bootOrder must be >= 1, got " + order + " for " + ref.kind() + " \"" + ref.name() + "\""));
      }
      BlockDeviceRef holder = bootOrders.putIfAbsent(order, ref);
      if (holder != null) {
        return List.of(Violation.error(path, "dvp.blockDevices.duplicateBootOrder", "duplicate bootOrder " + order
            + ": already used by " + holder.kind() + "/" + holder.name() + ", conflicts with " + ref.kind() + " \""
            + ref.name() + "\""));
      }
    }
    if (!request.isCreate() && !request.object().spec().enableParavirtualizationOrDefault()
        && !keys(refs).equals(keys(request.oldObject().orElseThrow().spec().blockDeviceRefs()))) {
      return List.of(Violation.warning("spec.blockDeviceRefs", "dvp.blockDevices.hotplugWithoutVirtio",
          HOTPLUG_WARNING));
    }
    return List.of();
  }

  static Set<String> keys(List<BlockDeviceRef> refs) {
    Set<String> keys = new HashSet<>();
    refs.forEach(r -> keys.add(r.kind().value() + "/" + r.name()));
    return keys;
  }
}

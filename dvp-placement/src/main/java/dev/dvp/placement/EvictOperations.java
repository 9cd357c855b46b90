package dev.dvp.placement;

import dev.dvp.model.ObjectMeta;
import dev.dvp.model.VirtualMachineOperation;
import dev.dvp.model.VirtualMachineOperationSpec;
import dev.dvp.model.VirtualMachineOperationType;

/**
 * The Evict VirtualMachineOperations DVP creates for system evictions: {@code nodeplacement-update-*} from
 * {@code images/virtualization-artifact/pkg/controller/workload-updater/internal/handler/nodeplacement.go},
 * {@code evacuation-*} from
 * {@code images/virtualization-artifact/pkg/controller/evacuation/internal/handler/evacuation.go}.
 */
final class EvictOperations {
  static final String WORKLOAD_UPDATE_ANNOTATION = "virtualization.deckhouse.io/workload-update";

  private EvictOperations() {}

  static VirtualMachineOperation evict(String generateName, String vmName, String namespace, boolean workloadUpdate) {
    var meta = ObjectMeta.builder().generateName(generateName).namespace(namespace);
    if (workloadUpdate) {
      meta.putAnnotation(WORKLOAD_UPDATE_ANNOTATION, "");
    }
    return VirtualMachineOperation.builder().metadata(meta.build())
        .spec(VirtualMachineOperationSpec.builder().type(VirtualMachineOperationType.EVICT).virtualMachineName(vmName)
            .build())
        .build();
  }
}

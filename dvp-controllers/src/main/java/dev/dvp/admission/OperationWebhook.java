package dev.dvp.admission;

import dev.dvp.model.BlockDeviceKind;
import dev.dvp.model.BlockDeviceStatus;
import dev.dvp.model.KubernetesNames;
import dev.dvp.model.Resource;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineOperation;
import dev.dvp.model.VirtualMachineOperationType;
import dev.dvp.model.Violation;
import dev.dvp.model.cluster.Edition;
import dev.dvp.lifecycle.Operations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * DVP's VirtualMachineOperation validating webhook ({@code vmop_webhook.go}; CREATE only), in order: the
 * {@code migrate.nodeSelector} gate and syntax, local (RWO) disks in the Community Edition, and the one active
 * operation per VM (an older unfinished operation the new one cannot supersede).
 *
 * <p>The RWO check reads each VirtualDisk's {@code status.target.persistentVolumeClaimName} and that
 * PersistentVolumeClaim's access modes from the context; a claim the context lacks is not judged (a note says so).
 */
final class OperationWebhook implements AdmissionValidator<VirtualMachineOperation> {
  @Override
  public List<Violation> validate(AdmissionRequest<VirtualMachineOperation> request, AdmissionContext context) {
    if (!request.isCreate()) {
      return List.of();
    }
    VirtualMachineOperation op = request.object();
    List<Violation> notes = new ArrayList<>(1);
    Optional<Violation> selector = nodeSelector(op, context, notes);
    if (selector.isPresent()) {
      return List.of(selector.get());
    }
    String namespace = context.namespaceOf(op);
    VirtualMachineOperationType type = op.spec().type();
    boolean migration = type.equals(VirtualMachineOperationType.MIGRATE)
        || type.equals(VirtualMachineOperationType.EVICT);
    if (migration && context.edition().isEmpty()) {
      notes.add(UnknownFacts.warning("spec.type", "edition", UnknownFacts.EDITION));
    }
    if (migration && context.edition().map(Edition.CE::equals).orElse(false)) {
      Optional<VirtualMachine> vm =
          context.resources().find(VirtualMachine.class, namespace, op.spec().virtualMachineName());
      if (vm.isEmpty()) {
        return List.of(Violation.error("spec.virtualMachineName", "dvp.vmop.vmNotFound", "failed to get"
            + " VirtualMachine: virtualmachines.virtualization.deckhouse.io \"" + op.spec().virtualMachineName()
            + "\" not found"));
      }
      List<BlockDeviceStatus> devices = vm.get().status().map(s -> s.blockDeviceRefs()).orElse(List.of());
      for (BlockDeviceStatus device : devices) {
        if (!device.kind().equals(BlockDeviceKind.VIRTUAL_DISK)) {
          continue;
        }
        Optional<Boolean> shared = sharedStorage(device.name(), namespace, context);
        if (shared.isEmpty()) {
          notes.add(Violation.warning("spec.type", "sdk.unknown.accessModes", "not checked whether VirtualDisk "
              + device.name() + " is on ReadWriteMany storage: its PersistentVolumeClaim is not in the context"));
        } else if (!shared.get()) {
          return List.of(Violation.error("spec.type", "dvp.vmop.localStorageCe", "migration of virtual machines"
              + " with local (RWO) virtual disks is available only in the Enterprise Edition (EE)"));
        }
      }
    }
    for (VirtualMachineOperation other : context.resources().ofType(VirtualMachineOperation.class)) {
      if (ObjectFields.sameObject(other, op, context) || !context.namespaceOf(other).equals(namespace)
          || !other.spec().virtualMachineName().equals(op.spec().virtualMachineName())
          || Operations.isFinished(other)) {
        continue;
      }
      if (!Operations.canSupersede(other.spec(), op.spec())) {
        return List.of(Violation.error("spec.virtualMachineName", "dvp.vmop.active", "VMOP cannot be executed now."
            + " Previously created operation \"" + other.name() + "\" should finish first"));
      }
    }
    return notes;
  }

  private static Optional<Violation> nodeSelector(VirtualMachineOperation op, AdmissionContext context,
      List<Violation> notes) {
    if (op.spec().migrate().isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> selector = new TreeMap<>(op.spec().migrate().get().nodeSelector());
    String path = "spec.migrate.nodeSelector";
    Optional<Boolean> gate = context.featureGate(AdmissionContext.TARGET_MIGRATION)
        .or(() -> context.edition().map(Edition.EE::equals));
    if (gate.isEmpty()) {
      notes.add(UnknownFacts.gate(path, AdmissionContext.TARGET_MIGRATION, "the edition"));
    }
    if (gate.isPresent() && !gate.get()) {
      return Optional.of(Violation.error(path, "dvp.vmop.nodeSelectorCe",
          "the `nodeSelector` field is not available in the Community Edition version"));
    }
    List<String> keyErrors = new ArrayList<>();
    List<String> valueErrors = new ArrayList<>();
    selector.forEach((k, v) -> {
      keyErrors.addAll(KubernetesNames.qualifiedName(k));
      valueErrors.addAll(KubernetesNames.labelValue(v));
    });
    if (!keyErrors.isEmpty()) {
      return Optional.of(Violation.error(path, "dvp.vmop.nodeSelectorKey",
          "invalid label key in the `nodeSelector` field: [" + String.join(" ", keyErrors) + "]"));
    }
    if (!valueErrors.isEmpty()) {
      return Optional.of(Violation.error(path, "dvp.vmop.nodeSelectorValue",
          "invalid label value in the `nodeSelector` field: [" + String.join(" ", valueErrors) + "]"));
    }
    return Optional.empty();
  }

  private static Optional<Boolean> sharedStorage(String disk, String namespace, AdmissionContext context) {
    Optional<Resource> vd = context.resources().find("VirtualDisk", namespace, disk);
    Optional<String> pvcName = vd.flatMap(d -> ObjectFields.text(d, "status", "target", "persistentVolumeClaimName"));
    Optional<Resource> pvc = pvcName.flatMap(n -> context.resources().find("PersistentVolumeClaim", namespace, n));
    if (pvc.isEmpty()) {
      return Optional.empty();
    }
    var tree = ObjectFields.tree(pvc.get());
    var modes = tree.path("status").path("accessModes");
    if (!modes.isArray() || modes.isEmpty()) {
      modes = tree.path("spec").path("accessModes");
    }
    for (var mode : modes) {
      if (mode.asText().equals("ReadWriteMany")) {
        return Optional.of(true);
      }
    }
    return Optional.of(false);
  }
}

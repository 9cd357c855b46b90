package dev.dvp.admission;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvp.model.Resource;
import dev.dvp.model.Violation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Validators 5 and 6 of the VirtualDisk webhook ({@code storage_class_validator.go} and
 * {@code vi_pvc_storage_class_provisioner_compatibility_validator.go} in
 * {@code images/virtualization-artifact/pkg/controller/vd/internal/validator/}): the explicit class must exist and not
 * be deprecated; on UPDATE outside {@code Pending} a class change is a volume migration with its preconditions; the
 * disk's class must be determinable on CREATE; an ObjectRef to a Ready PVC-backed VirtualImage must use the same CSI
 * provisioner.
 *
 * <p>Not reproduced: the volume-migration checks "existing classes" and "same volume mode" (their full messages are not
 * reproduced), and validator 7 (snapshot provisioner: VolumeSnapshot objects are not modelled). A check that needs an
 * object or setting the context lacks is skipped with a note.
 */
final class DiskStorageChecks {
  private static final String CLASS_PATH = "spec.persistentVolumeClaim.storageClassName";
  private static final Set<String> PROVISIONING = Set.of("Pending", "Provisioning", "WaitForFirstConsumer");

  private DiskStorageChecks() {}

  /**
   * Runs the checks.
   *
   * @param request the VD request
   * @param context the context
   * @param notes receives the SDK's notes (codes {@code sdk.})
   * @return DVP's error, if any
   */
  static Optional<Violation> check(AdmissionRequest<? extends Resource> request, AdmissionContext context,
      List<Violation> notes) {
    StorageClasses classes = new StorageClasses(context);
    JsonNode tree = ObjectFields.tree(request.object());
    JsonNode spec = tree.path("spec");
    String specClass = spec.path("persistentVolumeClaim").path("storageClassName").asText("");
    Optional<JsonNode> old = request.oldObject().map(ObjectFields::tree);
    String oldPhase = old.map(o -> o.path("status").path("phase").asText("")).orElse("");
    if (old.isEmpty() || oldPhase.equals("Pending")) {
      if (!specClass.isEmpty()) {
        Optional<Violation> v = classes.checkExplicit(specClass, CLASS_PATH,
            old.isEmpty() ? "storage class" : "target storage class");
        if (v.isPresent() && v.get().isError()) {
          return v;
        }
        v.ifPresent(notes::add);
      }
    } else {
      String oldClass = old.get().path("spec").path("persistentVolumeClaim").path("storageClassName").asText("");
      if (!specClass.isEmpty() && !specClass.equals(oldClass)) {
        Optional<Violation> v = volumeMigration(old.get(), specClass, request.object(), context, notes);
        if (v.isPresent()) {
          return v;
        }
      }
    }
    boolean provisioning = old.isEmpty() || (!ImageAndDiskWebhooks.readyTrue(old.get())
        && PROVISIONING.contains(oldPhase)
        && !old.get().path("spec").path("dataSource").equals(spec.path("dataSource")));
    if (!provisioning) {
      return Optional.empty();
    }
    Optional<String> resolved = classes.resolve(context.defaultVirtualDiskStorageClass(),
        tree.path("status").path("storageClassName").asText(""), specClass);
    if (resolved.isEmpty()) {
      if (old.isPresent()) {
        return Optional.empty();
      }
      if (context.storageClassesComplete()) {
        return Optional.of(Violation.error(CLASS_PATH, "dvp.vd.storageClassUndetermined",
            "storage class for VirtualDisk \"" + request.object().name() + "\" cannot be determined"));
      }
      notes.add(UnknownFacts.warning(CLASS_PATH, "storageClasses", UnknownFacts.STORAGE_CLASSES
          + " and ModuleConfig/virtualization spec.settings.virtualDisks.defaultStorageClassName"));
      return Optional.empty();
    }
    return imageProvisioner(spec, resolved.get(), context.namespaceOf(request.object()), context, classes, notes);
  }

  private static Optional<Violation> imageProvisioner(JsonNode spec, String diskClass, String namespace,
      AdmissionContext context, StorageClasses classes, List<Violation> notes) {
    JsonNode ref = spec.path("dataSource").path("objectRef");
    if (!spec.path("dataSource").path("type").asText("").equals("ObjectRef")
        || !ref.path("kind").asText("").equals("VirtualImage")) {
      return Optional.empty();
    }
    Optional<Resource> vi = context.resources().find("VirtualImage", namespace, ref.path("name").asText(""));
    if (vi.isEmpty()) {
      return Optional.empty();
    }
    JsonNode image = ObjectFields.tree(vi.get());
    String storage = image.path("spec").path("storage").asText("");
    if (!image.path("status").path("phase").asText("").equals("Ready")
        || !(storage.equals("PersistentVolumeClaim") || storage.equals("Kubernetes"))) {
      return Optional.empty();
    }
    String imageClass = image.path("status").path("storageClassName").asText(
        image.path("spec").path("persistentVolumeClaim").path("storageClassName").asText(""));
    Optional<String> diskProvisioner = classes.provisioner(diskClass);
    Optional<String> imageProvisioner = classes.provisioner(imageClass);
    if (diskProvisioner.isEmpty() || imageProvisioner.isEmpty()) {
      notes.add(StorageClasses.notChecked("spec.dataSource.objectRef", "the provisioners of storage classes \""
          + diskClass + "\" and \"" + imageClass + "\" were not compared: a StorageClass is not among the given"
          + " objects; maybe add it"));
      return Optional.empty();
    }
    if (diskProvisioner.equals(imageProvisioner)) {
      return Optional.empty();
    }
    return Optional.of(Violation.error("spec.dataSource.objectRef", "dvp.vd.provisionerMismatch",
        "virtual disk storage class \"" + diskClass + "\" provisioner does not match virtual image storage class \""
            + imageClass + "\" provisioner: source type with different provisioners is not supported yet"));
  }

  private static Optional<Violation> volumeMigration(JsonNode old, String newClass, Resource vd,
      AdmissionContext context, List<Violation> notes) {
    JsonNode status = old.path("status");
    if (status.path("phase").asText("").equals("Migrating")) {
      String sourcePvc = status.path("migrationState").path("sourcePVC").asText("");
      Optional<Resource> pvc = context.resources().find("PersistentVolumeClaim", context.namespaceOf(vd), sourcePvc);
      if (pvc.isEmpty()) {
        notes.add(StorageClasses.notChecked(CLASS_PATH, "the source PVC \"" + sourcePvc + "\" of the running volume"
            + " migration is not among the given objects, so the rollback rule was not checked; maybe add it"));
        return Optional.empty();
      }
      String sourceClass = ObjectFields.tree(pvc.get()).path("spec").path("storageClassName").asText("");
      return newClass.equals(sourceClass) ? Optional.empty() : Optional.of(Violation.error(CLASS_PATH,
          "dvp.vd.migrationRollbackOnly", "storage class can be changed during migration only to rollback to \""
              + sourceClass + "\""));
    }
    Optional<Boolean> enabled = context.featureGate(AdmissionContext.VOLUME_MIGRATION);
    if (enabled.isEmpty() || (!enabled.get() && context.edition().isEmpty())) {
      notes.add(UnknownFacts.gate(CLASS_PATH, AdmissionContext.VOLUME_MIGRATION, "the edition"));
      return Optional.empty();
    }
    if (!enabled.get()) {
      return Optional.of(Violation.error(CLASS_PATH, "dvp.vd.volumeMigrationDisabled", "storage class cannot be"
          + " changed if volume migration is not enabled (EDITION=\"" + context.edition().get() + "\")"));
    }
    Optional<String> vmName = mountedVm(status);
    if (vmName.isEmpty()) {
      return Optional.of(Violation.error(CLASS_PATH, "dvp.vd.notMounted",
          "storage class cannot be changed if the VirtualDisk not mounted to virtual machine"));
    }
    Optional<Resource> vm = context.resources().find("VirtualMachine", context.namespaceOf(vd), vmName.get());
    if (vm.isEmpty()) {
      notes.add(StorageClasses.notChecked(CLASS_PATH, "VirtualMachine \"" + vmName.get() + "\" is not among the"
          + " given objects, so its phase was not checked for the volume migration; maybe add it"));
      return Optional.empty();
    }
    String phase = ObjectFields.text(vm.get(), "status", "phase").orElse("");
    if (!phase.equals("Running") && !phase.equals("Migrating")) {
      return Optional.of(Violation.error(CLASS_PATH, "dvp.vd.vmNotRunning",
          "storage class cannot be changed unless the VirtualDisk is mounted to a running virtual machine"));
    }
    return Optional.empty();
  }

  private static Optional<String> mountedVm(JsonNode status) {
    for (JsonNode a : status.path("attachedToVirtualMachines")) {
      if (a.path("mounted").asBoolean(false)) {
        return Optional.of(a.path("name").asText(""));
      }
    }
    return Optional.empty();
  }
}

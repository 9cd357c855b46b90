package dev.dvp.admission;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvp.model.Resource;
import dev.dvp.model.Violation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The storage checks of the VirtualImage webhook
 * ({@code images/virtualization-artifact/pkg/controller/vi/vi_webhook.go}): a PVC-backed image made from a VirtualDisk
 * or VirtualImage must use the source's CSI provisioner (step 2), and a {@code PersistentVolumeClaim} image needs an
 * existing, non-deprecated class or a resolvable default (step 4). Not reproduced: VirtualDiskSnapshot sources
 * (skipped with a note) and the StorageProfile claim-property check.
 */
final class ImageStorageChecks {
  private static final String CLASS_PATH = "spec.persistentVolumeClaim.storageClassName";
  private static final Set<String> PVC_BACKED = Set.of("PersistentVolumeClaim", "Kubernetes");

  private ImageStorageChecks() {}

  /** Step 2: the provisioner of a PVC-backed image's class must match its source's. */
  static Optional<Violation> sourceProvisioner(Resource vi, AdmissionContext context, List<Violation> notes) {
    JsonNode spec = ObjectFields.tree(vi).path("spec");
    JsonNode ref = spec.path("dataSource").path("objectRef");
    String kind = ref.path("kind").asText("");
    String name = ref.path("name").asText("");
    if (!PVC_BACKED.contains(spec.path("storage").asText("")) || !spec.path("dataSource").path("type").asText("")
        .equals("ObjectRef") || !Set.of("VirtualDisk", "VirtualImage", "VirtualDiskSnapshot").contains(kind)) {
      return Optional.empty();
    }
    String path = "spec.dataSource.objectRef";
    if (kind.equals("VirtualDiskSnapshot")) {
      notes.add(StorageClasses.notChecked(path, "the CSI provisioner of VirtualDiskSnapshot \"" + name + "\" was not"
          + " compared with the image's: VolumeSnapshots are not modelled"));
      return Optional.empty();
    }
    StorageClasses classes = new StorageClasses(context);
    Optional<String> target = classes.resolve(context.defaultVirtualImageStorageClass(),
        spec.path("persistentVolumeClaim").path("storageClassName").asText(""));
    Optional<Resource> source = context.resources().find(kind, context.namespaceOf(vi), name);
    if (target.isEmpty() || source.isEmpty()) {
      return Optional.empty();
    }
    JsonNode src = ObjectFields.tree(source.get());
    if (kind.equals("VirtualImage") && !PVC_BACKED.contains(src.path("spec").path("storage").asText(""))) {
      return Optional.empty();
    }
    Optional<String> sourceClass = classes.resolve(kind.equals("VirtualDisk")
            ? context.defaultVirtualDiskStorageClass() : context.defaultVirtualImageStorageClass(),
        src.path("status").path("storageClassName").asText(""),
        src.path("spec").path("persistentVolumeClaim").path("storageClassName").asText(""));
    Optional<String> p = classes.provisioner(target.get());
    Optional<String> q = sourceClass.flatMap(classes::provisioner);
    if (p.isEmpty() || q.isEmpty()) {
      notes.add(StorageClasses.notChecked(path, "the CSI provisioners of the image and of its source " + kind + " \""
          + name + "\" were not compared: a StorageClass is not among the given objects; maybe add it"));
      return Optional.empty();
    }
    if (p.equals(q)) {
      return Optional.empty();
    }
    return Optional.of(Violation.error(path, "dvp.vi.provisionerMismatch", "virtual image storage class \""
        + target.get() + "\" provisioner \"" + p.get() + "\" does not match the source " + kind + " \"" + name
        + "\" provisioner \"" + q.get() + "\": creating an image from a source on a different CSI driver is not"
        + " supported"));
  }

  /**
   * Step 4 (and the UPDATE-in-Pending variant): a {@code PersistentVolumeClaim} image's class.
   *
   * @param notFoundPrefix {@code storage class} on CREATE, {@code target storage class} on UPDATE
   */
  static Optional<Violation> storageClass(Resource vi, AdmissionContext context, String notFoundPrefix,
      List<Violation> notes) {
    JsonNode spec = ObjectFields.tree(vi).path("spec");
    if (!spec.path("storage").asText("").equals("PersistentVolumeClaim")) {
      return Optional.empty();
    }
    StorageClasses classes = new StorageClasses(context);
    String explicit = spec.path("persistentVolumeClaim").path("storageClassName").asText("");
    if (!explicit.isEmpty()) {
      Optional<Violation> v = classes.checkExplicit(explicit, CLASS_PATH, notFoundPrefix);
      if (v.isPresent() && v.get().isError()) {
        return v;
      }
      v.ifPresent(notes::add);
      return Optional.empty();
    }
    if (classes.resolve(context.defaultVirtualImageStorageClass()).isPresent()) {
      return Optional.empty();
    }
    if (context.storageClassesComplete()) {
      return Optional.of(Violation.error(CLASS_PATH, "dvp.vi.noDefaultStorageClass", "the default storage class was"
          + " not found in either the cluster or the module settings; please specify a storage class name explicitly"
          + " in the spec"));
    }
    notes.add(UnknownFacts.warning(CLASS_PATH, "storageClasses", UnknownFacts.STORAGE_CLASSES
        + " and ModuleConfig/virtualization spec.settings.virtualImages.defaultStorageClassName"));
    return Optional.empty();
  }
}

package dev.dvp.admission;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvp.model.Quantity;
import dev.dvp.model.Resource;
import dev.dvp.model.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The validating webhooks of VirtualDisk, VirtualImage and ClusterVirtualImage ({@code vd_webhook.go},
 * {@code vi_webhook.go}, {@code cvi_webhook.go}), read through each object's JSON form.
 *
 * <p>Reproduced: the VD size rules (zero, blank disk without size, changes during migration, removal or decrease once
 * provisioned), the VD/VI/CVI spec-change rules once provisioned or Ready, the ISO-source warning, the
 * {@code storage: Kubernetes} deprecation warning, and the name rules (a {@code .} is an error on CREATE and a
 * warning on UPDATE; the VI warning starts with a space, as in DVP). Update checks run only when the spec changed
 * ("generation changed"). The insufficient-size warning reads the source image's {@code status.size.unpackedBytes};
 * the StorageClass, provisioner and volume-migration checks are {@link DiskStorageChecks} and
 * {@link ImageStorageChecks}. Not reproduced: the VirtualDiskSnapshot size and provisioner checks and the VI
 * StorageProfile claim-property check (those objects are not modelled).
 */
final class ImageAndDiskWebhooks {
  private static final String NAME_SYMBOLS = "allowed name symbols are [0-9a-zA-Z-]";

  private ImageAndDiskWebhooks() {}

  static Optional<AdmissionValidator<? extends Resource>> forKind(String kind) {
    switch (kind) {
      case "VirtualDisk":
        return Optional.of(ImageAndDiskWebhooks::disk);
      case "VirtualImage":
        return Optional.of(ImageAndDiskWebhooks::image);
      case "ClusterVirtualImage":
        return Optional.of(ImageAndDiskWebhooks::clusterImage);
      default:
        return Optional.empty();
    }
  }

  private static List<Violation> disk(AdmissionRequest<? extends Resource> request, AdmissionContext context) {
    Resource vd = request.object();
    JsonNode spec = ObjectFields.tree(vd).path("spec");
    List<Violation> warnings = new ArrayList<>();
    String sizePath = "spec.persistentVolumeClaim.size";
    Optional<Quantity> size = quantity(spec.path("persistentVolumeClaim").path("size"));
    if (request.isCreate()) {
      if (size.isPresent() && size.get().isZero()) {
        return List.of(Violation.error(sizePath, "dvp.vd.sizeZero", "virtual disk size must be greater than 0"));
      }
      if (size.isEmpty() && spec.path("dataSource").isMissingNode()) {
        return List.of(Violation.error(sizePath, "dvp.vd.sizeRequired", "if the data source is not specified, it's"
            + " necessary to set spec.PersistentVolumeClaim.size to create blank virtual disk"));
      }
      insufficientSize(spec, size, context.namespaceOf(vd), context).ifPresent(warnings::add);
    } else {
      Resource old = request.oldObject().orElseThrow();
      JsonNode oldTree = ObjectFields.tree(old);
      if (oldTree.path("spec").equals(spec)) {
        return List.of();
      }
      String oldPhase = oldTree.path("status").path("phase").asText("");
      Optional<Quantity> oldSize = quantity(oldTree.path("spec").path("persistentVolumeClaim").path("size"));
      boolean sizeChanged = !oldSize.equals(size);
      if (oldPhase.equals("Migrating") && sizeChanged) {
        return List.of(Violation.error(sizePath, "dvp.vd.sizeDuringMigration", "spec.persistentVolumeClaim.size cannot"
            + " be changed during migration. Please wait for the migration to finish"));
      }
      boolean provisioned = readyTrue(oldTree) || !Set.of("Pending", "Provisioning", "WaitForFirstConsumer")
          .contains(oldPhase);
      if (sizeChanged && provisioned && oldSize.isPresent()) {
        if (size.isEmpty()) {
          return List.of(Violation.error(sizePath, "dvp.vd.sizeRemoved",
              "spec.persistentVolumeClaim.size cannot be omitted once set"));
        }
        if (size.get().compareTo(oldSize.get()) < 0) {
          return List.of(Violation.error(sizePath, "dvp.vd.sizeDecreased", "spec.persistentVolumeClaim.size value ("
              + size.get().canonical() + ") should be greater than or equal to the current value ("
              + oldSize.get().canonical() + ")"));
        }
      }
      insufficientSize(spec, size, context.namespaceOf(vd), context).ifPresent(warnings::add);
      if (!oldTree.path("spec").equals(spec)) {
        boolean provisionedForSource = readyTrue(oldTree) || Set.of("Ready", "Migrating", "PVCLost").contains(oldPhase);
        if (provisionedForSource && !oldTree.path("spec").path("dataSource").equals(spec.path("dataSource"))) {
          return List.of(Violation.error("spec.dataSource", "dvp.vd.dataSourceChanged",
              "data source cannot be changed if the VirtualDisk has already been provisioned"));
        }
        if (oldPhase.equals("Terminating")) {
          return List.of(Violation.error("spec", "dvp.vd.terminating",
              "spec cannot be changed if the VirtualDisk is the process of termination"));
        }
      }
    }
    isoSource(spec, context.namespaceOf(vd), context).ifPresent(warnings::add);
    Optional<Violation> name = dottedName(request, "VirtualDisk", "disk", "");
    if (name.isPresent() && name.get().isError()) {
      return List.of(name.get());
    }
    name.ifPresent(warnings::add);
    Optional<Violation> storage = DiskStorageChecks.check(request, context, warnings);
    if (storage.isPresent()) {
      return List.of(storage.get());
    }
    return warnings;
  }

  /**
   * The insufficient-size warning of {@code pvc_size_validator.go}: an ObjectRef to a Ready VI/CVI needs at least its
   * unpacked size rounded up to 1 MiB. A VirtualDiskSnapshot source is not checked (its restore size is not modelled).
   */
  static Optional<Violation> insufficientSize(JsonNode spec, Optional<Quantity> size, String namespace,
      AdmissionContext context) {
    JsonNode ref = spec.path("dataSource").path("objectRef");
    String kind = ref.path("kind").asText("");
    if (size.isEmpty() || !spec.path("dataSource").path("type").asText("").equals("ObjectRef")
        || !(kind.equals("VirtualImage") || kind.equals("ClusterVirtualImage"))) {
      return Optional.empty();
    }
    Optional<Resource> image = context.resources().find(kind, kind.equals("VirtualImage") ? namespace : "",
        ref.path("name").asText(""));
    if (image.isEmpty()) {
      return Optional.empty();
    }
    JsonNode status = ObjectFields.tree(image.get()).path("status");
    Optional<Quantity> unpacked = quantity(status.path("size").path("unpackedBytes"));
    if (!status.path("phase").asText("").equals("Ready") || unpacked.isEmpty()) {
      return Optional.empty();
    }
    long mib = 1L << 20;
    long required = (unpacked.get().value() + mib - 1) / mib * mib;
    long bytes = size.get().value();
    if (bytes >= required) {
      return Optional.empty();
    }
    String canonical = size.get().canonical();
    String shown = canonical.equals(Long.toString(bytes)) ? Long.toString(bytes) : bytes + " (" + canonical + ")";
    return Optional.of(Violation.warning("spec.persistentVolumeClaim.size", "dvp.vd.sizeInsufficient",
        "The specified pvc size is insufficient: " + shown + " < " + required));
  }

  private static List<Violation> image(AdmissionRequest<? extends Resource> request, AdmissionContext context) {
    Resource vi = request.object();
    JsonNode tree = ObjectFields.tree(vi);
    if (request.isCreate()) {
      Optional<Violation> name = dottedName(request, "VirtualImage", "image", " ");
      if (name.isPresent()) {
        return List.of(name.get());
      }
      List<Violation> notes = new ArrayList<>();
      Optional<Violation> source = ImageStorageChecks.sourceProvisioner(vi, context, notes);
      if (source.isPresent()) {
        return List.of(source.get());
      }
      if (tree.path("spec").path("storage").asText("").equals("Kubernetes")) {
        notes.add(0, Violation.warning("spec.storage", "dvp.vi.kubernetesStorage", "Using the `Kubernetes` storage"
            + " type is deprecated. It is recommended to use `PersistentVolumeClaim` instead."));
        notes.add(Violation.warning("spec.storage", "sdk.note.storageClassNotChecked",
            "DVP admits `storage: Kubernetes` without checking the storage class"));
        return notes;
      }
      Optional<Violation> storageClass = ImageStorageChecks.storageClass(vi, context, "storage class", notes);
      return storageClass.isPresent() ? List.of(storageClass.get()) : notes;
    }
    JsonNode old = ObjectFields.tree(request.oldObject().orElseThrow());
    if (old.path("spec").equals(tree.path("spec"))) {
      return List.of();
    }
    String oldPhase = old.path("status").path("phase").asText("");
    if (readyTrue(old) || Set.of("Ready", "ImageLost", "PVCLost").contains(oldPhase)) {
      if (!old.path("spec").path("dataSource").equals(tree.path("spec").path("dataSource"))) {
        return List.of(Violation.error("spec.dataSource", "dvp.vi.dataSourceChanged",
            "data source cannot be changed if the VirtualImage has already been provisioned"));
      }
      if (!old.path("spec").path("persistentVolumeClaim").path("storageClassName")
          .equals(tree.path("spec").path("persistentVolumeClaim").path("storageClassName"))) {
        return List.of(Violation.error("spec.persistentVolumeClaim.storageClassName", "dvp.vi.storageClassChanged",
            "storage class cannot be changed if the VirtualImage has already been provisioned"));
      }
    }
    if (oldPhase.equals("Terminating")) {
      return List.of(Violation.error("spec", "dvp.vi.terminating",
          "spec cannot be changed if the VirtualImage is the process of termination"));
    }
    List<Violation> out = new ArrayList<>();
    if (oldPhase.equals("Pending")) {
      Optional<Violation> storageClass = ImageStorageChecks.storageClass(vi, context, "target storage class", out);
      if (storageClass.isPresent()) {
        return List.of(storageClass.get());
      }
    }
    dottedName(request, "VirtualImage", "image", " ").ifPresent(out::add);
    return out;
  }

  private static List<Violation> clusterImage(AdmissionRequest<? extends Resource> request, AdmissionContext context) {
    if (request.isCreate()) {
      return dottedName(request, "ClusterVirtualImage", "image", "").map(List::of).orElse(List.of());
    }
    JsonNode tree = ObjectFields.tree(request.object());
    JsonNode old = ObjectFields.tree(request.oldObject().orElseThrow());
    if (old.path("spec").equals(tree.path("spec"))) {
      return List.of();
    }
    if (old.path("status").path("phase").asText("").equals("Ready") || readyTrue(old)) {
      return List.of(Violation.error("spec", "dvp.cvi.ready",
          "ClusterVirtualImage is in a Ready state: configuration changes are not available"));
    }
    return dottedName(request, "ClusterVirtualImage", "image", "").map(List::of).orElse(List.of());
  }

  /** The CREATE error or UPDATE warning of a name with a dot; {@code warningPrefix} is DVP's (a space for VI). */
  private static Optional<Violation> dottedName(AdmissionRequest<? extends Resource> request, String kind,
      String noun, String warningPrefix) {
    String name = request.object().name();
    if (!name.contains(".")) {
      return Optional.empty();
    }
    if (request.isCreate()) {
      return Optional.of(Violation.error("metadata.name", "dvp.name.dot", "the " + kind + " name \"" + name
          + "\" is invalid: '.' is forbidden, " + NAME_SYMBOLS));
    }
    return Optional.of(Violation.warning("metadata.name", "dvp.name.dot", warningPrefix + "the " + kind + " name \""
        + name + "\" is invalid as it contains now forbidden symbol '.', allowed symbols for name are [0-9a-zA-Z-]."
        + " Create another " + noun + " with valid name to avoid problems with future updates."));
  }

  private static Optional<Violation> isoSource(JsonNode spec, String namespace, AdmissionContext context) {
    JsonNode ref = spec.path("dataSource").path("objectRef");
    String kind = ref.path("kind").asText("");
    if (!kind.equals("VirtualImage") && !kind.equals("ClusterVirtualImage")) {
      return Optional.empty();
    }
    Optional<Resource> image = context.resources().find(kind, kind.equals("VirtualImage") ? namespace : "",
        ref.path("name").asText(""));
    if (image.isEmpty()) {
      return Optional.empty();
    }
    JsonNode status = ObjectFields.tree(image.get()).path("status");
    if (status.path("phase").asText("").equals("Ready") && status.path("format").asText("").equals("iso")) {
      return Optional.of(Violation.warning("spec.dataSource.objectRef", "dvp.vd.isoSource", "Creating a virtual disk"
          + " from an ISO image is not supported: please use a virtual image or a cluster virtual image instead"));
    }
    return Optional.empty();
  }

  static boolean readyTrue(JsonNode tree) {
    for (JsonNode c : tree.path("status").path("conditions")) {
      if (c.path("type").asText("").equals("Ready") && c.path("status").asText("").equals("True")) {
        return true;
      }
    }
    return false;
  }

  static Optional<Quantity> quantity(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Quantity.parse(node.asText()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}

package dev.dvp.admission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvp.model.Resource;
import dev.dvp.model.ResourceSet;
import dev.dvp.model.Violation;
import dev.dvp.model.cluster.Edition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

/** VirtualDisk and VirtualImage storage checks (admission.md §8.2 items 1, 5, 6; §9.2 items 2 and 4). */
class StorageClassAdmissionTest {
  private static Resource sc(String name, String provisioner, String extraMeta) {
    return Vms.read("apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata: {name: " + name + extraMeta
        + "}\nprovisioner: " + provisioner + "\n");
  }

  private static Resource disk(String name, String spec, String status) {
    return Vms.read("apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualDisk\nmetadata: {name: " + name
        + ", namespace: default}\nspec: " + spec + "\n" + (status == null ? "" : "status: " + status + "\n"));
  }

  private static Resource image(String name, String spec, String status) {
    return Vms.read("apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualImage\nmetadata: {name: " + name
        + ", namespace: default}\nspec: " + spec + "\n" + (status == null ? "" : "status: " + status + "\n"));
  }

  private static AdmissionContext complete(Resource... objects) {
    return AdmissionContext.builder().resources(ResourceSet.of(Arrays.asList(objects)))
        .storageClassesComplete(true).build();
  }

  private static AdmissionContext partial(Resource... objects) {
    return AdmissionContext.builder().resources(ResourceSet.of(Arrays.asList(objects))).build();
  }

  private static AdmissionResult<Resource> create(Resource r, AdmissionContext c) {
    return Admission.standard().review(AdmissionRequest.create(r), c);
  }

  private static AdmissionResult<Resource> update(Resource old, Resource now, AdmissionContext c) {
    return Admission.standard().review(AdmissionRequest.update(old, now), c);
  }

  private static List<String> errors(AdmissionResult<Resource> r) {
    return r.errors().stream().map(Violation::message).toList();
  }

  private static final String BLANK_SC = "{persistentVolumeClaim: {size: 1Gi, storageClassName: fast}}";
  private static final String BLANK = "{persistentVolumeClaim: {size: 1Gi}}";

  // --- VD: explicit class --------------------------------------------------------------------------------------

  @Test
  void explicitClassMustExistWhenTheContextIsComplete() {
    assertThat(errors(create(disk("d", BLANK_SC, null), complete()))).containsExactly("storage class \"fast\" not found");
    AdmissionResult<Resource> unknown = create(disk("d", BLANK_SC, null), partial());
    assertThat(unknown.allowed()).isTrue();
    assertThat(unknown.notes()).extracting(Violation::toString).contains("spec.persistentVolumeClaim.storageClassName:"
        + " cannot check spec.persistentVolumeClaim.storageClassName without knowing the cluster's StorageClasses."
        + " Maybe pass --cluster");
    assertThat(create(disk("d", BLANK_SC, null), complete(sc("fast", "rbd.csi.ceph.com", ""))).allowed()).isTrue();
  }

  @Test
  void deprecatedProvisioner() {
    Resource local = sc("fast", "deckhouse.io/local-path", ", labels: {module: local-path-provisioner}");
    assertThat(errors(create(disk("d", BLANK_SC, null), partial(local)))).containsExactly(
        "the provisioner of the \"fast\" storage class is deprecated; please use a different one");
  }

  @Test
  void updateInPendingUsesTheTargetWording() {
    Resource old = disk("d", BLANK, "{phase: Pending}");
    assertThat(errors(update(old, disk("d", BLANK_SC, "{phase: Pending}"), complete(sc("other", "p", "")))))
        .containsExactly("target storage class \"fast\" not found");
  }

  // --- VD: class determination ---------------------------------------------------------------------------------

  @Test
  void undeterminedClassIsRejectedOnlyWhenTheContextIsComplete() {
    assertThat(errors(create(disk("d", BLANK, null), complete(sc("fast", "p", "")))))
        .containsExactly("storage class for VirtualDisk \"d\" cannot be determined");
    AdmissionResult<Resource> unknown = create(disk("d", BLANK, null), partial());
    assertThat(unknown.allowed()).isTrue();
    assertThat(unknown.notes()).extracting(Violation::message).contains("cannot check"
        + " spec.persistentVolumeClaim.storageClassName without knowing the cluster's StorageClasses and"
        + " ModuleConfig/virtualization spec.settings.virtualDisks.defaultStorageClassName. Maybe pass --cluster");
    // A module default or an annotated StorageClass resolves it.
    assertThat(create(disk("d", BLANK, null), complete().toBuilder().defaultVirtualDiskStorageClass("x").build())
        .allowed()).isTrue();
    Resource def = sc("fast", "p", ", annotations: {storageclass.kubernetes.io/is-default-class: \"true\"}");
    assertThat(create(disk("d", BLANK, null), complete(def)).allowed()).isTrue();
  }

  @Test
  void clusterDefaultIsTheNewestAnnotatedThenByName() {
    String ann = ", annotations: {storageclass.kubernetes.io/is-default-class: \"true\"}";
    Resource older = sc("a", "p", ", creationTimestamp: \"2024-01-01T00:00:00Z\"" + ann);
    Resource newer = sc("z", "q", ", creationTimestamp: \"2025-01-01T00:00:00Z\"" + ann);
    Resource twin = sc("b", "q", ", creationTimestamp: \"2025-01-01T00:00:00Z\"" + ann);
    assertThat(new StorageClasses(complete(older, newer, twin)).clusterDefault()).contains("b");
    assertThat(new StorageClasses(complete(older)).clusterDefault()).contains("a");
    assertThat(new StorageClasses(complete(sc("c", "p", ""))).clusterDefault()).isEmpty();
  }

  @Test
  void imageProvisionerMustMatch() {
    Resource vi = image("img", "{storage: PersistentVolumeClaim, persistentVolumeClaim: {storageClassName: slow},"
        + " dataSource: {type: HTTP, http: {url: \"https://e.com/i.img\"}}}", "{phase: Ready, storageClassName: slow}");
    String fromImage = "{dataSource: {type: ObjectRef, objectRef: {kind: VirtualImage, name: img}},"
        + " persistentVolumeClaim: {storageClassName: fast}}";
    assertThat(errors(create(disk("d", fromImage, null), complete(vi, sc("fast", "a.csi", ""), sc("slow", "b.csi",
        ""))))).containsExactly("virtual disk storage class \"fast\" provisioner does not match virtual image storage"
            + " class \"slow\" provisioner: source type with different provisioners is not supported yet");
    assertThat(create(disk("d", fromImage, null), complete(vi, sc("fast", "a.csi", ""), sc("slow", "a.csi", "")))
        .allowed()).isTrue();
  }

  // --- VD: insufficient size -------------------------------------------------------------------------------------

  private static Resource readyImage(String unpackedBytes) {
    return image("img", "{storage: ContainerRegistry, dataSource: {type: HTTP, http: {url: \"https://e.com/i\"}}}",
        "{phase: Ready, size: {unpackedBytes: \"" + unpackedBytes + "\"}}");
  }

  private static String fromImage(String size) {
    return "{dataSource: {type: ObjectRef, objectRef: {kind: VirtualImage, name: img}}, persistentVolumeClaim:"
        + " {size: " + size + "}}";
  }

  @Test
  void insufficientSizeIsAWarningRoundedUpToMebibytes() {
    AdmissionResult<Resource> r = create(disk("d", fromImage("1Gi"), null), partial(readyImage("2147483000")));
    assertThat(r.allowed()).isTrue();
    assertThat(r.warnings()).extracting(Violation::message)
        .containsExactly("The specified pvc size is insufficient: 1073741824 (1Gi) < 2147483648");
    assertThat(create(disk("d", fromImage("999"), null), partial(readyImage("1"))).warnings())
        .extracting(Violation::message).containsExactly("The specified pvc size is insufficient: 999 < 1048576");
    // Kubernetes' canonical form of 1000 is 1k, so it is shown.
    assertThat(create(disk("d", fromImage("1000"), null), partial(readyImage("1"))).warnings())
        .extracting(Violation::message).containsExactly("The specified pvc size is insufficient: 1000 (1k) < 1048576");
    // Exactly the rounded size is enough.
    assertThat(create(disk("d", fromImage("1Mi"), null), partial(readyImage("1048576"))).warnings()).isEmpty();
    assertThat(create(disk("d", fromImage("1Mi"), null), partial(readyImage("1048577"))).warnings()).hasSize(1);
  }

  @Test
  void propertySizeWarningIffBelowTheRoundedUnpackedSize() {
    QuickTheory.qt().withExamples(60).forAll(SourceDSL.longs().between(1, 1L << 34),
        SourceDSL.longs().between(1, 1L << 34)).checkAssert((size, unpacked) -> {
          AdmissionResult<Resource> r = create(disk("d", fromImage(Long.toString(size)), null),
              partial(readyImage(Long.toString(unpacked))));
          long required = (unpacked + (1 << 20) - 1) / (1 << 20) * (1 << 20);
          assertThat(r.warnings().isEmpty()).isEqualTo(size >= required);
        });
  }

  // --- VD: volume migration --------------------------------------------------------------------------------------

  private static final String READY_MOUNTED = "{phase: Ready, attachedToVirtualMachines: [{name: linux-vm, mounted: true}]}";

  private static Resource vm(String phase) {
    return Vms.read(Vms.BASE + "status: {phase: " + phase + "}\n");
  }

  @Test
  void volumeMigrationPreconditions() {
    Resource old = disk("d", "{persistentVolumeClaim: {size: 1Gi, storageClassName: slow}}", READY_MOUNTED);
    Resource now = disk("d", BLANK_SC, READY_MOUNTED);
    AdmissionContext off = partial().toBuilder().featureGate(AdmissionContext.VOLUME_MIGRATION, false)
        .edition(Edition.CE).build();
    assertThat(errors(update(old, now, off))).containsExactly(
        "storage class cannot be changed if volume migration is not enabled (EDITION=\"CE\")");
    AdmissionContext on = AdmissionContext.builder().featureGate(AdmissionContext.VOLUME_MIGRATION, true)
        .resources(ResourceSet.of(List.of(vm("Stopped")))).build();
    assertThat(errors(update(old, now, on))).containsExactly(
        "storage class cannot be changed unless the VirtualDisk is mounted to a running virtual machine");
    Resource unmounted = disk("d", "{persistentVolumeClaim: {size: 1Gi, storageClassName: slow}}", "{phase: Ready}");
    assertThat(errors(update(unmounted, disk("d", BLANK_SC, "{phase: Ready}"), on))).containsExactly(
        "storage class cannot be changed if the VirtualDisk not mounted to virtual machine");
    AdmissionContext running = on.toBuilder().resources(ResourceSet.of(List.of(vm("Running")))).build();
    assertThat(update(old, now, running).allowed()).isTrue();
    // Unknown gate: skipped with a note.
    AdmissionResult<Resource> unknown = update(old, now, AdmissionContext.empty());
    assertThat(unknown.allowed()).isTrue();
    assertThat(unknown.notes()).isNotEmpty();
  }

  @Test
  void duringMigrationOnlyRollback() {
    String status = "{phase: Migrating, migrationState: {sourcePVC: pvc-src}}";
    Resource pvc = Vms.read("apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: pvc-src, namespace:"
        + " default}\nspec: {storageClassName: slow}\n");
    Resource old = disk("d", "{persistentVolumeClaim: {size: 1Gi, storageClassName: mid}}", status);
    assertThat(errors(update(old, disk("d", BLANK_SC, status), partial(pvc)))).containsExactly(
        "storage class can be changed during migration only to rollback to \"slow\"");
    assertThat(update(old, disk("d", "{persistentVolumeClaim: {size: 1Gi, storageClassName: slow}}", status),
        partial(pvc)).allowed()).isTrue();
  }

  // --- VI ----------------------------------------------------------------------------------------------------

  private static final String PVC_IMAGE = "{storage: PersistentVolumeClaim, dataSource: {type: HTTP, http: {url:"
      + " \"https://e.com/i.img\"}}}";

  @Test
  void imageDefaultClassAndExplicitClass() {
    assertThat(errors(create(image("i", PVC_IMAGE, null), complete()))).containsExactly("the default storage class"
        + " was not found in either the cluster or the module settings; please specify a storage class name"
        + " explicitly in the spec");
    assertThat(create(image("i", PVC_IMAGE, null), partial()).allowed()).isTrue();
    assertThat(create(image("i", PVC_IMAGE, null), complete().toBuilder().defaultVirtualImageStorageClass("x")
        .build()).allowed()).isTrue();
    String explicit = PVC_IMAGE.replace("storage: PersistentVolumeClaim,",
        "storage: PersistentVolumeClaim, persistentVolumeClaim: {storageClassName: fast},");
    assertThat(errors(create(image("i", explicit, null), complete()))).containsExactly(
        "storage class \"fast\" not found");
    assertThat(errors(update(image("i", PVC_IMAGE, "{phase: Pending}"), image("i", explicit, "{phase: Pending}"),
        complete()))).containsExactly("target storage class \"fast\" not found");
    // Kubernetes storage is admitted with the deprecation warning before any class check.
    AdmissionResult<Resource> k8s = create(image("i", PVC_IMAGE.replace("PersistentVolumeClaim", "Kubernetes"),
        null), complete());
    assertThat(k8s.allowed()).isTrue();
    assertThat(k8s.warnings()).extracting(Violation::code).containsExactly("dvp.vi.kubernetesStorage");
  }

  @Test
  void imageSourceProvisionerMustMatch() {
    Resource vd = disk("src", BLANK, "{phase: Ready, storageClassName: slow}");
    String spec = "{storage: Kubernetes, persistentVolumeClaim: {storageClassName: fast}, dataSource: {type:"
        + " ObjectRef, objectRef: {kind: VirtualDisk, name: src}}}";
    List<Resource> objects = new ArrayList<>(List.of(vd, sc("fast", "a.csi", ""), sc("slow", "b.csi", "")));
    assertThat(errors(create(image("i", spec, null), complete(objects.toArray(Resource[]::new))))).containsExactly(
        "virtual image storage class \"fast\" provisioner \"a.csi\" does not match the source VirtualDisk \"src\""
            + " provisioner \"b.csi\": creating an image from a source on a different CSI driver is not supported");
    objects.set(2, sc("slow", "a.csi", ""));
    assertThat(create(image("i", spec, null), complete(objects.toArray(Resource[]::new))).allowed()).isTrue();
  }
}

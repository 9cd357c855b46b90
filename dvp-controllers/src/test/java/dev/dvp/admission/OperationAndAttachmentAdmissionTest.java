package dev.dvp.admission;

import static dev.dvp.admission.Vms.context;
import static dev.dvp.admission.Vms.vmbda;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvp.model.Resource;
import dev.dvp.model.ResourceSet;
import dev.dvp.model.VirtualMachineBlockDeviceAttachment;
import dev.dvp.model.VirtualMachineOperation;
import dev.dvp.model.Violation;
import dev.dvp.model.cluster.Edition;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationAndAttachmentAdmissionTest {
  private static VirtualMachineOperation vmop(String name, String spec, String phase) {
    return (VirtualMachineOperation) Vms.read("apiVersion: virtualization.deckhouse.io/v1alpha2\n"
        + "kind: VirtualMachineOperation\nmetadata: {name: " + name + ", namespace: default}\nspec: " + spec + "\n"
        + (phase == null ? "" : "status: {phase: " + phase + "}\n"));
  }

  private static String error(AdmissionResult<?> r) {
    assertThat(r.allowed()).as(r.toString()).isFalse();
    return r.errors().get(0).message();
  }

  // --- VirtualMachineOperation ----------------------------------------------------------------------------

  @Test
  void operationSpecIsImmutableAsACelRule() {
    VirtualMachineOperation old = vmop("op", "{type: Restart, virtualMachineName: vm}", "InProgress");
    VirtualMachineOperation changed = vmop("op", "{type: Restart, virtualMachineName: vm, force: true}", "InProgress");
    AdmissionResult<VirtualMachineOperation> r =
        Admission.standard().review(AdmissionRequest.update(old, changed), AdmissionContext.empty());
    assertThat(r.deniedAt()).contains(AdmissionStage.SCHEMA);
    assertThat(r.errors()).extracting(Violation::toString)
        .containsExactly("spec: Invalid value: \"object\": .spec is immutable");
    VirtualMachineOperation statusOnly = vmop("op", "{type: Restart, virtualMachineName: vm}", "Completed");
    assertThat(Admission.standard().review(AdmissionRequest.update(old, statusOnly), AdmissionContext.empty())
        .allowed()).isTrue();
  }

  @Test
  void oneActiveOperationPerVmUnlessSuperseded() {
    VirtualMachineOperation start = vmop("start-1", "{type: Start, virtualMachineName: vm}", "InProgress");
    VirtualMachineOperation restart = vmop("restart-1", "{type: Restart, virtualMachineName: vm}", null);
    AdmissionResult<VirtualMachineOperation> r =
        Admission.standard().review(AdmissionRequest.create(restart), context(start));
    assertThat(error(r)).isEqualTo("VMOP cannot be executed now. Previously created operation \"start-1\" should"
        + " finish first");
    VirtualMachineOperation stop = vmop("stop-1", "{type: Stop, virtualMachineName: vm}", null);
    assertThat(Admission.standard().review(AdmissionRequest.create(stop), context(start)).allowed()).isTrue();
    VirtualMachineOperation done = vmop("start-0", "{type: Start, virtualMachineName: vm}", "Superseded");
    assertThat(Admission.standard().review(AdmissionRequest.create(restart), context(done)).allowed()).isTrue();
    VirtualMachineOperation otherVm = vmop("start-2", "{type: Start, virtualMachineName: other}", "Terminating");
    assertThat(Admission.standard().review(AdmissionRequest.create(restart), context(otherVm)).allowed()).isTrue();
  }

  @Test
  void nodeSelectorNeedsTargetMigrationAndValidLabels() {
    VirtualMachineOperation migrate =
        vmop("m", "{type: Migrate, virtualMachineName: vm, migrate: {nodeSelector: {\"bad key!\": ok}}}", null);
    AdmissionContext ce = AdmissionContext.builder().edition(Edition.CE).build();
    assertThat(error(Admission.standard().review(AdmissionRequest.create(migrate), ce)))
        .isEqualTo("the `nodeSelector` field is not available in the Community Edition version");
    AdmissionContext ee = AdmissionContext.builder().edition(Edition.EE).build();
    assertThat(error(Admission.standard().review(AdmissionRequest.create(migrate), ee)))
        .isEqualTo("invalid label key in the `nodeSelector` field: [name part must consist of alphanumeric"
            + " characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', "
            + " or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')]");
    VirtualMachineOperation value = vmop("m", "{type: Migrate, virtualMachineName: vm, migrate: {nodeSelector: {"
        + "zone: \"-x\"}}}", null);
    assertThat(error(Admission.standard().review(AdmissionRequest.create(value), ee)))
        .startsWith("invalid label value in the `nodeSelector` field: [a valid label must be an empty string");
  }

  @Test
  void localDisksCannotMigrateInCe() {
    Resource vm = Vms.read(Vms.BASE + "status:\n  phase: Running\n  blockDeviceRefs:\n"
        + "    - {kind: VirtualDisk, name: linux-vm-root, size: 10Gi, attached: true}\n");
    Resource vd = Vms.read("apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualDisk\n"
        + "metadata: {name: linux-vm-root, namespace: default}\nspec: {persistentVolumeClaim: {size: 10Gi}}\n"
        + "status: {target: {persistentVolumeClaimName: vd-pvc}}\n");
    Resource rwo = Vms.read("apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: vd-pvc, namespace: default}\n"
        + "spec: {accessModes: [ReadWriteOnce]}\n");
    VirtualMachineOperation evict = vmop("e", "{type: Evict, virtualMachineName: linux-vm, force: true}", null);
    AdmissionContext ce = AdmissionContext.builder().edition(Edition.CE)
        .resources(ResourceSet.of(List.of(vm, vd, rwo))).build();
    assertThat(error(Admission.standard().review(AdmissionRequest.create(evict), ce))).isEqualTo("migration of"
        + " virtual machines with local (RWO) virtual disks is available only in the Enterprise Edition (EE)");
    AdmissionContext ee = ce.toBuilder().edition(Edition.EE).build();
    assertThat(Admission.standard().review(AdmissionRequest.create(evict), ee).allowed()).isTrue();
    AdmissionContext noVm = AdmissionContext.builder().edition(Edition.CE).build();
    assertThat(error(Admission.standard().review(AdmissionRequest.create(evict), noVm))).isEqualTo(
        "failed to get VirtualMachine: virtualmachines.virtualization.deckhouse.io \"linux-vm\" not found");
  }

  // --- VirtualMachineBlockDeviceAttachment --------------------------------------------------------------

  @Test
  void attachmentSpecIsImmutable() {
    VirtualMachineBlockDeviceAttachment old = vmbda("a", "vm", "VirtualDisk", "d", "Attached");
    VirtualMachineBlockDeviceAttachment changed = vmbda("a", "vm", "VirtualDisk", "e", "Attached");
    assertThat(error(Admission.standard().review(AdmissionRequest.update(old, changed), AdmissionContext.empty())))
        .isEqualTo("VirtualMachineBlockDeviceAttachment is an idempotent resource: specification changes are not"
            + " available");
    VirtualMachineBlockDeviceAttachment statusOnly = vmbda("a", "vm", "VirtualDisk", "d", "Failed");
    assertThat(Admission.standard().review(AdmissionRequest.update(old, statusOnly), AdmissionContext.empty())
        .allowed()).isTrue();
  }

  @Test
  void legacyVmWithoutVirtioCannotHotplug() {
    Resource legacy = Vms.read(Vms.BASE + "  osType: Legacy\n  enableParavirtualization: false\n");
    VirtualMachineBlockDeviceAttachment a = vmbda("a", "linux-vm", "VirtualDisk", "d", null);
    assertThat(error(Admission.standard().review(AdmissionRequest.create(a), context(legacy)))).isEqualTo(
        "unable to attach block device to VirtualMachine \"linux-vm\": hot-plugging is not available for the Legacy"
            + " osType with enableParavirtualization=false, its disks are on the IDE bus. Add the block device to the"
            + " VirtualMachine `.spec.blockDeviceRefs` and restart it");
    Resource legacyVirtio = Vms.read(Vms.BASE + "  osType: Legacy\n");
    assertThat(Admission.standard().review(AdmissionRequest.create(a), context(legacyVirtio)).allowed()).isTrue();
  }

  @Test
  void everyExistingAttachmentOfTheSameDiskConflictsWhateverItsPhase() {
    VirtualMachineBlockDeviceAttachment a = vmbda("b", "vm2", "VirtualDisk", "d", null);
    for (String phase : new String[] {"Failed", "Terminating", "Attached", null}) {
      VirtualMachineBlockDeviceAttachment other = vmbda("x", "vm1", "VirtualDisk", "d", phase);
      assertThat(error(Admission.standard().review(AdmissionRequest.create(a), context(other))))
          .isEqualTo("another VirtualMachineBlockDeviceAttachment default/x already exists with the same block device"
              + " d for hot-plugging");
    }
    VirtualMachineBlockDeviceAttachment image = vmbda("c", "vm2", "VirtualImage", "d", null);
    assertThat(Admission.standard().review(AdmissionRequest.create(image),
        context(vmbda("x", "vm1", "VirtualImage", "d", "Attached"))).allowed()).isTrue();
  }

  @Test
  void sameSecondTieIsBrokenByName() {
    Clock clock = Clock.fixed(Instant.parse("2026-05-01T10:00:00.700Z"), ZoneOffset.UTC);
    AdmissionContext.Builder ctx = AdmissionContext.builder().clock(clock);
    Resource laterName = Vms.read("apiVersion: virtualization.deckhouse.io/v1alpha2\n"
        + "kind: VirtualMachineBlockDeviceAttachment\nmetadata: {name: z, namespace: default,"
        + " creationTimestamp: \"2026-05-01T10:00:00Z\"}\n"
        + "spec: {virtualMachineName: vm1, blockDeviceRef: {kind: VirtualDisk, name: d}}\n");
    VirtualMachineBlockDeviceAttachment a = vmbda("b", "vm2", "VirtualDisk", "d", null);
    assertThat(Admission.standard().review(AdmissionRequest.create(a),
        ctx.resources(ResourceSet.of(List.of(laterName))).build()).allowed()).isTrue();
    VirtualMachineBlockDeviceAttachment first = vmbda("a0", "vm2", "VirtualDisk", "d", null);
    assertThat(Admission.standard().review(AdmissionRequest.create(first),
        ctx.resources(ResourceSet.of(List.of(laterName))).build()).allowed()).isTrue();
    VirtualMachineBlockDeviceAttachment after = vmbda("zz", "vm2", "VirtualDisk", "d", null);
    assertThat(Admission.standard().review(AdmissionRequest.create(after),
        ctx.resources(ResourceSet.of(List.of(laterName))).build()).allowed()).isFalse();
  }

  @Test
  void connectLimitCountsTheNewAttachmentOnCreate() {
    StringBuilder refs = new StringBuilder();
    for (int i = 1; i < 15; i++) {
      refs.append("    - {kind: VirtualDisk, name: d").append(i).append("}\n");
    }
    Resource vm = Vms.read(Vms.BASE.replace("      name: linux-vm-root\n", "      name: linux-vm-root\n" + refs));
    List<Resource> objects = new ArrayList<>(List.of(vm, vmbda("h1", "linux-vm", "VirtualImage", "i1", "Attached")));
    VirtualMachineBlockDeviceAttachment fresh = vmbda("new", "linux-vm", "VirtualImage", "i2", null);
    AdmissionContext sixteen = AdmissionContext.builder().resources(ResourceSet.of(objects)).build();
    assertThat(error(Admission.standard().review(AdmissionRequest.create(fresh), sixteen))).isEqualTo(
        "block device attached to VirtualMachine \"linux-vm\" limit reached: 16 devices found, 16 is maximum");
    objects.remove(1);
    AdmissionContext fifteen = AdmissionContext.builder().resources(ResourceSet.of(objects)).build();
    assertThat(Admission.standard().review(AdmissionRequest.create(fresh), fifteen).allowed()).isTrue();
  }

  @Test
  void seedAttachmentsAreAdmitted() {
    VirtualMachineBlockDeviceAttachment blank = vmbda("attach-blank-disk", "linux-vm", "VirtualDisk", "blank-disk", null);
    assertThat(Admission.standard().review(AdmissionRequest.create(blank), context(Vms.base())).allowed()).isTrue();
  }
}

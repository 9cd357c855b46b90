package dev.dvp.admission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvp.model.Resource;
import dev.dvp.model.ResourceSet;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.Violation;
import dev.dvp.model.cluster.ClusterFacts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class DiskImageAndCheckTest {
  private static Resource disk(String name, String spec, String status) {
    return Vms.read("apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualDisk\nmetadata: {name: \""
        + name + "\", namespace: default}\nspec: " + spec + "\n" + (status == null ? "" : "status: " + status + "\n"));
  }

  private static AdmissionResult<Resource> create(Resource r) {
    return Admission.standard().review(AdmissionRequest.create(r), AdmissionContext.empty());
  }

  private static AdmissionResult<Resource> update(Resource old, Resource now) {
    return Admission.standard().review(AdmissionRequest.update(old, now), AdmissionContext.empty());
  }

  @Test
  void diskSizeRules() {
    assertThat(create(disk("blank", "{persistentVolumeClaim: {size: 0}}", null)).errors())
        .extracting(Violation::message).containsExactly("virtual disk size must be greater than 0");
    assertThat(create(disk("blank", "{persistentVolumeClaim: {storageClassName: sc}}", null)).errors())
        .extracting(Violation::message).containsExactly("if the data source is not specified, it's necessary to set"
            + " spec.PersistentVolumeClaim.size to create blank virtual disk");
    Resource ready = disk("d", "{persistentVolumeClaim: {size: 10Gi}}", "{phase: Ready}");
    assertThat(update(ready, disk("d", "{persistentVolumeClaim: {size: 5Gi}}", "{phase: Ready}")).errors())
        .extracting(Violation::message).containsExactly("spec.persistentVolumeClaim.size value (5Gi) should be greater"
            + " than or equal to the current value (10Gi)");
    assertThat(update(ready, disk("d", "{persistentVolumeClaim: {size: 20Gi}}", "{phase: Ready}")).allowed()).isTrue();
    Resource pending = disk("d", "{persistentVolumeClaim: {size: 10Gi}}", "{phase: Pending}");
    assertThat(update(pending, disk("d", "{persistentVolumeClaim: {size: 5Gi}}", "{phase: Pending}")).allowed())
        .isTrue();
    Resource migrating = disk("d", "{persistentVolumeClaim: {size: 10Gi}}", "{phase: Migrating}");
    assertThat(update(migrating, disk("d", "{persistentVolumeClaim: {size: 20Gi}}", "{phase: Migrating}")).errors())
        .extracting(Violation::message).containsExactly("spec.persistentVolumeClaim.size cannot be changed during"
            + " migration. Please wait for the migration to finish");
  }

  @Test
  void dottedNamesAreRefusedOnCreateAndWarnedOnUpdate() {
    Resource dotted = disk("my.disk", "{persistentVolumeClaim: {size: 1Gi}}", null);
    assertThat(create(dotted).errors()).extracting(Violation::message).containsExactly(
        "the VirtualDisk name \"my.disk\" is invalid: '.' is forbidden, allowed name symbols are [0-9a-zA-Z-]");
    Resource grown = disk("my.disk", "{persistentVolumeClaim: {size: 2Gi}}", null);
    assertThat(update(dotted, grown).warnings()).extracting(Violation::message).containsExactly(
        "the VirtualDisk name \"my.disk\" is invalid as it contains now forbidden symbol '.', allowed symbols for name"
            + " are [0-9a-zA-Z-]. Create another disk with valid name to avoid problems with future updates.");
    assertThat(update(dotted, dotted).warnings()).isEmpty();
  }

  @Test
  void readyClusterImageRefusesSpecChanges() {
    Resource cvi = VirtualMachineAdmissionTest.image("ClusterVirtualImage", "ubuntu", "Ready", false);
    Resource changed = Vms.read(dev.dvp.model.Manifests.standard().toYaml(cvi).replace("i.img", "j.img"));
    assertThat(update(cvi, changed).errors()).extracting(Violation::message)
        .containsExactly("ClusterVirtualImage is in a Ready state: configuration changes are not available");
  }

  @Test
  void checkReportsAdmissionFindingsWithTheSetAsContext() {
    Resource noClassVm = Vms.read(Vms.BASE.replace("  virtualMachineClassName: generic\n", ""));
    Resource legacyVm = Vms.read(Vms.BASE.replace("name: linux-vm\n", "name: old-vm\n") + "  osType: Legacy\n");
    ResourceSet set = ResourceSet.of(List.of(noClassVm, legacyVm));
    // Without facts the default class and the CIDRs are unknown: warnings name them, nothing is rejected.
    assertThat(new AdmissionCheck().check(set)).extracting(f -> f.subject().name() + ": " + f.violation().severity()
        + " " + f.violation().message().substring(0, 40)).containsExactly(
        "linux-vm: WARNING cannot check spec.virtualMachineClassNam",
        "linux-vm: WARNING cannot check spec.networks without knowi",
        "old-vm: WARNING cannot check spec.networks without knowi",
        "old-vm: WARNING The Legacy osType with enableParavirtual");
    // A cluster with CIDRs and no default class: DVP's defaulter rejects the VM without a class.
    ClusterFacts facts = ClusterFacts.builder().virtualMachineCIDRs(List.of("10.66.10.0/24")).build();
    assertThat(new AdmissionCheck(Admission.standard(), facts).check(set)).extracting(f -> f.subject().name() + ": "
        + f.violation().severity() + " " + f.violation().message().substring(0, 40)).containsExactly(
        "linux-vm: ERROR spec.virtualMachineClassName is empty an",
        "old-vm: WARNING The Legacy osType with enableParavirtual");
  }

  // --- properties --------------------------------------------------------------------------------------------

  private static Gen<VirtualMachine> vms() {
    Gen<String> networks = SourceDSL.lists().of(SourceDSL.integers().between(0, 5).map(i -> switch (i) {
      case 0 -> "{type: Main}";
      case 1 -> "{type: Main, id: 1}";
      case 2 -> "{type: Network, name: n" + i + "}";
      case 3 -> "{type: ClusterNetwork, name: c}";
      case 4 -> "{type: Network, name: x, id: 7}";
      default -> "{type: Network, name: y}";
    })).ofSizeBetween(0, 4).map(l -> l.isEmpty() ? "" : "  networks: [" + String.join(", ", l) + "]\n");
    Gen<String> policy = SourceDSL.integers().between(0, 4).map(i -> i == 4 ? ""
        : "  runPolicy: " + List.of("AlwaysOn", "AlwaysOff", "Manual", "AlwaysOnUnlessStoppedManually").get(i) + "\n");
    Gen<String> os = SourceDSL.integers().between(0, 2).map(i -> i == 2 ? "" : "  osType: " + (i == 0 ? "Legacy" : "Windows")
        + "\n");
    return networks.zip(policy, os, (n, p, o) -> Vms.vm(Vms.BASE + n + p + o));
  }

  @Test
  void admissionIsIdempotentOnItsOwnOutput() {
    AdmissionContext context = AdmissionContext.builder().featureGate(AdmissionContext.SDN, true).build();
    QuickTheory.qt().forAll(vms()).checkAssert(vm -> {
      AdmissionResult<VirtualMachine> first = Admission.standard().review(AdmissionRequest.create(vm), context);
      if (first.allowed()) {
        AdmissionResult<VirtualMachine> second =
            Admission.standard().review(AdmissionRequest.create(first.object()), context);
        assertThat(second.allowed()).isTrue();
        assertThat(second.object()).isEqualTo(first.object());
        assertThat(second.warnings()).isEqualTo(first.warnings());
      }
    });
  }

  @Test
  void aRejectedObjectIsNeverPartiallyDefaulted() {
    AdmissionContext context = AdmissionContext.builder().featureGate(AdmissionContext.SDN, false)
        .virtualMachineCIDRs(List.of()).build();
    QuickTheory.qt().forAll(vms()).checkAssert(vm -> {
      AdmissionResult<VirtualMachine> r = Admission.standard().review(AdmissionRequest.create(vm), context);
      if (!r.allowed()) {
        assertThat(r.object()).isSameAs(vm);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.errors()).isNotEmpty();
      } else {
        assertThat(r.errors()).isEmpty();
      }
    });
  }
}

package dev.dvp.admission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvp.model.Finding;
import dev.dvp.model.Resource;
import dev.dvp.model.ResourceSet;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.model.Violation;
import dev.dvp.model.cluster.ClusterFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The issue "dvp check judges like the API server": admission order, facts and linear work in AdmissionCheck. */
class AdmissionCheckTest {
  private static final String NO_CLASS = Vms.BASE.replace("  virtualMachineClassName: generic\n", "");
  private static final String ADDITIONAL = Vms.BASE + "  networks:\n    - type: Main\n    - type: Network\n"
      + "      name: backend\n";
  private static final ClusterFacts WITH_CIDRS =
      ClusterFacts.builder().virtualMachineCIDRs(List.of("10.66.10.0/24")).build();

  private static VirtualMachineClass vmClass(String name, boolean isDefault) {
    return (VirtualMachineClass) Vms.read("apiVersion: virtualization.deckhouse.io/v1alpha3\nkind: VirtualMachineClass\n"
        + "metadata:\n  name: " + name + "\n"
        + (isDefault ? "  annotations: {virtualmachineclass.virtualization.deckhouse.io/is-default-class: \"true\"}\n"
            : "")
        + "spec: {cpu: {type: Host}}\n");
  }

  private static List<String> lines(List<Finding> findings) {
    return findings.stream().map(f -> f.subject().name() + ": " + f.violation().severity() + " " + f.violation())
        .toList();
  }

  @Test
  void defaultClassInTheSetFillsTheClassNameBeforeTheSchemaIsChecked() {
    List<String> seen = new ArrayList<>();
    Admission admission = Admission.builder().validator(VirtualMachineSlot.SIZING_POLICY, (request, context) -> {
      seen.add(request.object().spec().virtualMachineClassName().orElse("?"));
      return List.of();
    }).build();
    ResourceSet set = ResourceSet.of(List.of(Vms.read(NO_CLASS), vmClass("host", false), vmClass("generic", true)));
    List<Finding> findings = new AdmissionCheck(admission, WITH_CIDRS).check(set);
    assertThat(findings).isEmpty();
    assertThat(seen).containsExactly("generic");
    // Without facts too: the class comes from the set, and only the unknown CIDRs are warned about.
    assertThat(lines(new AdmissionCheck(admission).check(set))).containsExactly("linux-vm: WARNING spec.networks:"
        + " cannot check spec.networks without knowing ModuleConfig/virtualization spec.settings.virtualMachineCIDRs."
        + " Maybe pass --cluster");
  }

  @Test
  void reportsEverySchemaErrorOfTheMutatedObject() {
    Resource broken = Vms.read(NO_CLASS.replace("cores: 1", "cores: 0") + "  runPolicy: Sometimes\n");
    ResourceSet set = ResourceSet.of(List.of(broken, vmClass("generic", true)));
    List<Finding> findings = new AdmissionCheck(Admission.standard(), WITH_CIDRS).check(set);
    assertThat(findings).extracting(f -> f.violation().path())
        .containsExactlyInAnyOrder("spec.cpu.cores", "spec.runPolicy");
    assertThat(findings).allMatch(f -> f.violation().isError());
  }

  @Test
  void withoutFactsAMissingDefaultClassIsAWarningNotARequiredValue() {
    ResourceSet set = ResourceSet.of(List.of(Vms.read(NO_CLASS)));
    assertThat(lines(new AdmissionCheck().check(set))).containsExactly(
        "linux-vm: WARNING spec.virtualMachineClassName: cannot check spec.virtualMachineClassName without knowing"
            + " the cluster's default VirtualMachineClass. Maybe pass --cluster",
        "linux-vm: WARNING spec.networks: cannot check spec.networks without knowing"
            + " ModuleConfig/virtualization spec.settings.virtualMachineCIDRs. Maybe pass --cluster");
  }

  @Test
  void additionalNetworksWithoutFactsWarnNamingTheSdnModule() {
    ResourceSet set = ResourceSet.of(List.of(Vms.read(ADDITIONAL)));
    assertThat(lines(new AdmissionCheck().check(set))).containsExactly(
        "linux-vm: WARNING spec.networks[0]: cannot check spec.networks[0] without knowing"
            + " ModuleConfig/virtualization spec.settings.virtualMachineCIDRs. Maybe pass --cluster",
        "linux-vm: WARNING spec.networks[1]: cannot check spec.networks[1] without knowing whether the sdn module"
            + " is enabled. Maybe pass --cluster");
  }

  @Test
  void additionalNetworksWithSdnDisabledAreDvpsError() {
    ResourceSet set = ResourceSet.of(List.of(Vms.read(ADDITIONAL)));
    ClusterFacts sdnOff = WITH_CIDRS;
    assertThat(lines(new AdmissionCheck(Admission.standard(), sdnOff).check(set))).containsExactly(
        "linux-vm: ERROR spec.networks: spec.networks has additional networks, this configuration requires SDN module"
            + " to be enabled");
    ClusterFacts sdnOn = ClusterFacts.builder().virtualMachineCIDRs(List.of("10.66.10.0/24"))
        .moduleEnabled("sdn", true).build();
    assertThat(new AdmissionCheck(Admission.standard(), sdnOn).check(set)).isEmpty();
  }

  @Test
  void editionAndGatesComeFromTheFacts() {
    Resource migrate = Vms.read("apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachineOperation\n"
        + "metadata: {name: m, namespace: default}\n"
        + "spec: {type: Migrate, virtualMachineName: vm, migrate: {nodeSelector: {zone: a}}}\n");
    Resource usb = Vms.read(Vms.BASE + "  usbDevices:\n    - name: token\n");
    ResourceSet set = ResourceSet.of(List.of(migrate, usb));
    assertThat(lines(new AdmissionCheck().check(set))).containsExactly(
        "m: WARNING spec.migrate.nodeSelector: cannot check spec.migrate.nodeSelector without knowing whether DVP's"
            + " TargetMigration feature gate is on (the edition). Maybe pass --cluster",
        "m: WARNING spec.type: cannot check spec.type without knowing the DVP edition. Maybe pass --cluster",
        "linux-vm: WARNING spec.networks: cannot check spec.networks without knowing"
            + " ModuleConfig/virtualization spec.settings.virtualMachineCIDRs. Maybe pass --cluster",
        "linux-vm: WARNING spec.usbDevices: cannot check spec.usbDevices without knowing whether DVP's USB feature"
            + " gate is on (the edition, the Kubernetes version and the API server's DRA feature gates)."
            + " Maybe pass --cluster");
    // A cluster that states nothing else is a CE cluster: DVP's own errors.
    assertThat(lines(new AdmissionCheck(Admission.standard(), WITH_CIDRS).check(set))).containsExactly(
        "m: ERROR spec.migrate.nodeSelector: the `nodeSelector` field is not available in the Community Edition"
            + " version",
        "linux-vm: ERROR spec.usbDevices: USB device attachment requires Kubernetes version 1.34 or newer and"
            + " enabled DRA feature gates");
  }

  @Test
  void admitsNamesTheKindsItValidatesItself() {
    assertThat(AdmissionCheck.admits(Vms.base())).isTrue();
    assertThat(AdmissionCheck.admits(Vms.vmbda("a", "vm", "VirtualDisk", "d", null))).isTrue();
    assertThat(AdmissionCheck.admits(vmClass("generic", false))).isFalse();
  }

  @Test
  void objectsOfOtherKindsAreNotAdmitted() {
    ResourceSet set = ResourceSet.of(List.of(vmClass("generic", false)));
    assertThat(new AdmissionCheck().check(set)).isEmpty();
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void tenThousandObjectsAreCheckedInLinearWork() {
    VirtualMachine vm = Vms.base();
    List<Resource> many = new ArrayList<>(10_001);
    many.add(vmClass("generic", true));
    for (int i = 0; i < 10_000; i++) {
      many.add(vm.withMetadata(vm.metadata().withName("vm-" + i)));
    }
    List<Finding> findings = new AdmissionCheck(Admission.standard(), WITH_CIDRS).check(ResourceSet.of(many));
    assertThat(findings).extracting(Finding::violation).noneMatch(Violation::isError);
  }
}

package dev.dvp.admission;

import static dev.dvp.admission.Vms.base;
import static dev.dvp.admission.Vms.context;
import static dev.dvp.admission.Vms.vm;
import static dev.dvp.admission.Vms.vmbda;
import static dev.dvp.admission.Vms.withSpec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvp.model.Bootloader;
import dev.dvp.model.LiveMigrationPolicy;
import dev.dvp.model.NetworkInterface;
import dev.dvp.model.OsType;
import dev.dvp.model.Resource;
import dev.dvp.model.RestartApprovalMode;
import dev.dvp.model.RunPolicy;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtualMachineAdmissionTest {
  private static AdmissionResult<VirtualMachine> create(VirtualMachine vm, AdmissionContext context) {
    return Admission.standard().review(AdmissionRequest.create(vm), context);
  }

  private static AdmissionResult<VirtualMachine> create(VirtualMachine vm) {
    return create(vm, AdmissionContext.empty());
  }

  private static List<String> messages(List<Violation> violations) {
    return violations.stream().map(Violation::message).toList();
  }

  private static String error(AdmissionResult<?> result) {
    assertThat(result.allowed()).as("denied: %s", result).isFalse();
    assertThat(result.errors()).hasSize(1);
    return result.errors().get(0).message();
  }

  @Test
  void admitsTheSeedVmAndAppliesCrdDefaults() {
    AdmissionResult<VirtualMachine> r = create(base());
    assertThat(r.allowed()).isTrue();
    assertThat(r.warnings()).isEmpty();
    var spec = r.object().spec();
    assertThat(spec.runPolicy()).contains(RunPolicy.ALWAYS_ON_UNLESS_STOPPED_MANUALLY);
    assertThat(spec.osType()).contains(OsType.GENERIC);
    assertThat(spec.bootloader()).contains(Bootloader.BIOS);
    assertThat(spec.liveMigrationPolicy()).contains(LiveMigrationPolicy.PREFER_SAFE);
    assertThat(spec.enableParavirtualization()).contains(true);
    assertThat(spec.terminationGracePeriodSeconds()).contains(60L);
    assertThat(spec.disruptions().flatMap(d -> d.restartApprovalMode())).contains(RestartApprovalMode.MANUAL);
  }

  // --- mutating webhook --------------------------------------------------------------------------------------

  private static Resource vmClass(String name, String isDefault) {
    return Vms.read("apiVersion: virtualization.deckhouse.io/v1alpha3\nkind: VirtualMachineClass\nmetadata:\n"
        + "  name: " + name + "\n"
        + (isDefault == null ? "" : "  annotations: {virtualmachineclass.virtualization.deckhouse.io/is-default-class: \""
            + isDefault + "\"}\n")
        + "spec: {cpu: {type: Host}}\n");
  }

  @Test
  void fillsTheClassNameFromTheSingleDefaultClass() {
    VirtualMachine noClass = vm(Vms.BASE.replace("  virtualMachineClassName: generic\n", ""));
    AdmissionResult<VirtualMachine> r = create(noClass, context(vmClass("host", null), vmClass("generic", "true")));
    assertThat(r.allowed()).as(r.toString()).isTrue();
    assertThat(r.object().spec().virtualMachineClassName()).contains("generic");
  }

  @Test
  void rejectsAMissingClassWithoutDefaultAtTheMutatingStageHidingSchemaErrors() {
    VirtualMachine noClass = vm(Vms.BASE.replace("  virtualMachineClassName: generic\n", "")
        .replace("cores: 1", "cores: 0"));
    AdmissionResult<VirtualMachine> r = create(noClass, context(vmClass("host", "True")));
    assertThat(r.deniedAt()).contains(AdmissionStage.MUTATING);
    assertThat(error(r)).isEqualTo("spec.virtualMachineClassName is empty and no default VirtualMachineClass is"
        + " configured; set spec.virtualMachineClassName explicitly or mark one VirtualMachineClass as default with"
        + " the \"virtualmachineclass.virtualization.deckhouse.io/is-default-class\" annotation set to \"true\"");
    assertThat(r.object()).isSameAs(noClass);
  }

  @Test
  void rejectsSeveralDefaultClassesNamingTheFirstTwo() {
    VirtualMachine noClass = vm(Vms.BASE.replace("  virtualMachineClassName: generic\n", ""));
    AdmissionResult<VirtualMachine> r =
        create(noClass, context(vmClass("b", "true"), vmClass("a", "true"), vmClass("c", "true")));
    assertThat(error(r)).isEqualTo("multiple default classes are found (b, a)");
  }

  @Test
  void pluggedCoreFractionDefaulterRunsAfterTheClassNameAndCanReject() {
    VirtualMachine noFraction = vm(Vms.BASE.replace("    coreFraction: 10%\n", ""));
    List<String> seen = new ArrayList<>();
    Admission admission = Admission.builder().coreFractionDefaulter((vm, ctx) -> {
      seen.add(vm.spec().virtualMachineClassName().orElse("?"));
      return VirtualMachineDefaulter.Outcome.defaulted(
          vm.withSpec(vm.spec().withCpu(vm.spec().cpu().withCoreFraction("25%"))));
    }).build();
    AdmissionResult<VirtualMachine> r = admission.review(AdmissionRequest.create(noFraction), AdmissionContext.empty());
    assertThat(seen).containsExactly("generic");
    assertThat(r.object().spec().cpu().coreFraction()).contains("25%");

    Admission rejecting = Admission.builder().coreFractionDefaulter((vm, ctx) -> VirtualMachineDefaulter.Outcome
        .rejected(vm, Violation.error("spec.cpu.coreFraction", "dvp.sizing", "nope"))).build();
    AdmissionResult<VirtualMachine> denied = rejecting.review(AdmissionRequest.create(noFraction), AdmissionContext.empty());
    assertThat(denied.deniedAt()).contains(AdmissionStage.MUTATING);
    assertThat(denied.object()).isSameAs(noFraction);
  }

  @Test
  void assignsNetworkIdsAsDvpDoes() {
    VirtualMachine vm = withSpec("  networks:\n    - type: Main\n    - {type: Network, name: a}\n"
        + "    - {type: Network, name: b, id: 3}\n    - {type: ClusterNetwork, name: c}\n");
    AdmissionResult<VirtualMachine> r = create(vm, AdmissionContext.builder().featureGate(AdmissionContext.SDN, true)
        .build());
    assertThat(r.allowed()).as(r.toString()).isTrue();
    assertThat(r.object().spec().networks()).extracting(n -> n.id().orElse(-1)).containsExactly(1, 2, 3, 4);
  }

  @Test
  void mainGetsIdOneEvenWhenTakenAndTheDuplicateIsThenRejected() {
    VirtualMachine vm = withSpec("  networks:\n    - type: Main\n    - {type: Network, name: a, id: 1}\n");
    AdmissionResult<VirtualMachine> r = create(vm, AdmissionContext.builder().featureGate(AdmissionContext.SDN, true)
        .build());
    assertThat(error(r)).isEqualTo("network id 1 is duplicated for network Network/a");
  }

  // --- schema ----------------------------------------------------------------------------------------------

  @Test
  void schemaErrorsComeTogetherAndHideWebhookErrors() {
    VirtualMachine vm = vm(Vms.BASE.replace("cores: 1", "cores: 0").replace("10%", "0%")
        .replace("name: linux-vm\n", "name: " + "a".repeat(64) + "\n"));
    AdmissionResult<VirtualMachine> r = create(vm);
    assertThat(r.deniedAt()).contains(AdmissionStage.SCHEMA);
    assertThat(r.errors()).hasSize(3);
  }

  @Test
  void inlineUserDataLimitCountsCharactersNotBytes() {
    String header = "#cloud-config\n";
    String ascii2048 = header + "a".repeat(2048 - header.length());
    String cyrillic2048 = header + "ж".repeat(2048 - header.length());
    assertThat(create(withUserData(ascii2048)).allowed()).isTrue();
    assertThat(create(withUserData(cyrillic2048)).deniedAt()).isEmpty();
    AdmissionResult<VirtualMachine> r = create(withUserData(ascii2048 + "a"));
    assertThat(r.deniedAt()).contains(AdmissionStage.SCHEMA);
    assertThat(r.errors()).extracting(Violation::toString).containsExactly("spec.provisioning.userData: Invalid value:"
        + " \"string\": `userData` exceeds 2048 byte limit; should use `userDataRef` for larger data.");
  }

  private static VirtualMachine withUserData(String text) {
    return base().withSpec(base().spec().withProvisioning(dev.dvp.model.Provisioning.builder()
        .type(dev.dvp.model.ProvisioningType.USER_DATA).userData(text).build()));
  }

  // --- meta ------------------------------------------------------------------------------------------------

  @Test
  void nameOf63PassesAnd64FailsOnCreateOnly() {
    VirtualMachine ok = base().withMetadata(base().metadata().withName("a".repeat(63)));
    VirtualMachine tooLong = base().withMetadata(base().metadata().withName("a".repeat(64)));
    assertThat(create(ok).allowed()).isTrue();
    assertThat(error(create(tooLong))).isEqualTo("the VirtualMachine name \"" + "a".repeat(64)
        + "\" is too long: it must be no more than 63 characters");
    assertThat(Admission.standard().review(AdmissionRequest.update(tooLong, tooLong), AdmissionContext.empty())
        .allowed()).isTrue();
  }

  @Test
  void kubevirtIoInKeysIsASubstringTestAnnotationsFirst() {
    VirtualMachine both = base().withMetadata(base().metadata()
        .withLabels(java.util.Map.of("notkubevirt.io", "x"))
        .withAnnotations(java.util.Map.of("foo.kubevirt.io/x", "y")));
    assertThat(error(create(both))).isEqualTo("using the kubevirt.io group's name in the annotation is prohibited");
    VirtualMachine label = base().withMetadata(base().metadata().withLabels(java.util.Map.of("notkubevirt.io", "x")));
    assertThat(error(create(label))).isEqualTo("using the kubevirt.io group's name in the label is prohibited");
    VirtualMachine value = base().withMetadata(base().metadata().withLabels(java.util.Map.of("app", "kubevirt.io")));
    assertThat(create(value).allowed()).isTrue();
  }

  // --- IPAM ------------------------------------------------------------------------------------------------

  @Test
  void ipAddressNameNeedsCidrsAndMain() {
    VirtualMachine vm = withSpec("  virtualMachineIPAddressName: ip\n");
    AdmissionContext noCidrs = AdmissionContext.builder().virtualMachineCIDRs(List.of()).build();
    assertThat(error(create(vm, noCidrs))).isEqualTo("spec.virtualMachineIPAddressName cannot be set when"
        + " ModuleConfig/virtualization spec.settings.virtualMachineCIDRs is not configured");
    VirtualMachine noMain = withSpec("  virtualMachineIPAddressName: ip\n  networks: [{type: Network, name: n}]\n");
    AdmissionContext cidrs = AdmissionContext.builder().virtualMachineCIDRs(List.of("10.66.10.0/24")).build();
    assertThat(error(create(noMain, cidrs)))
        .isEqualTo("spec.virtualMachineIPAddressName cannot be set without Main network type in spec.networks");
    AdmissionResult<VirtualMachine> unknown = create(vm);
    assertThat(unknown.allowed()).isTrue();
    // IPAM's check and the networks' Main-availability check each need the CIDRs.
    assertThat(unknown.notes()).extracting(Violation::code)
        .containsExactly("sdk.unknown.virtualMachineCIDRs", "sdk.unknown.virtualMachineCIDRs");
    assertThat(unknown.notes()).extracting(Violation::toString).containsExactly(
        "spec.virtualMachineIPAddressName: cannot check spec.virtualMachineIPAddressName without knowing"
            + " ModuleConfig/virtualization spec.settings.virtualMachineCIDRs. Maybe pass --cluster",
        "spec.networks: cannot check spec.networks without knowing"
            + " ModuleConfig/virtualization spec.settings.virtualMachineCIDRs. Maybe pass --cluster");
  }

  @Test
  void existingIpAddressNamedLikeTheVmIsRejectedOnCreate() {
    Resource vmip = Vms.read("apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachineIPAddress\n"
        + "metadata: {name: linux-vm, namespace: default}\nspec: {type: Auto}\nstatus: {address: 10.66.10.14}\n");
    AdmissionResult<VirtualMachine> r = create(base(), context(vmip));
    assertThat(error(r)).isEqualTo("VirtualMachineIPAddress with the name of the virtual machine already exists:"
        + " set spec.virtualMachineIPAddress field to linux-vm to use IP 10.66.10.14");
    assertThat(r.errors().get(0).path()).isEqualTo("spec.virtualMachineIPAddressName");
  }

  // --- block devices ---------------------------------------------------------------------------------------

  @Test
  void duplicateRefsAndBootOrders() {
    VirtualMachine dup = withSpec("").withSpec(withSpec("").spec().withBlockDeviceRefs(
        dev.dvp.model.BlockDeviceRef.of(dev.dvp.model.BlockDeviceKind.VIRTUAL_DISK, "d"),
        dev.dvp.model.BlockDeviceRef.of(dev.dvp.model.BlockDeviceKind.VIRTUAL_IMAGE, "d"),
        dev.dvp.model.BlockDeviceRef.of(dev.dvp.model.BlockDeviceKind.VIRTUAL_DISK, "d")));
    assertThat(error(create(dup))).isEqualTo("cannot specify the same block device reference more than once:"
        + " VirtualDisk with name \"d\" has a duplicate reference");
    VirtualMachine boot = vm(Vms.BASE.replace("      name: linux-vm-root\n", "      name: linux-vm-root\n"
        + "      bootOrder: 1\n    - {kind: VirtualImage, name: iso, bootOrder: 1}\n"));
    assertThat(error(create(boot))).isEqualTo("duplicate bootOrder 1: already used by VirtualDisk/linux-vm-root,"
        + " conflicts with VirtualImage \"iso\"");
  }

  @Test
  void hotplugWithoutParavirtualizationWarnsOnUpdateWhenTheSetChanges() {
    VirtualMachine old = withSpec("  enableParavirtualization: false\n");
    VirtualMachine added = vm(Vms.BASE.replace("      name: linux-vm-root\n",
        "      name: linux-vm-root\n    - {kind: VirtualDisk, name: data}\n") + "  enableParavirtualization: false\n");
    AdmissionResult<VirtualMachine> r =
        Admission.standard().review(AdmissionRequest.update(old, added), AdmissionContext.empty());
    assertThat(messages(r.warnings())).containsExactly("Hot-plugging block devices with enableParavirtualization=false"
        + " is not supported. Restart the VM to apply changes.");
  }

  @Test
  void sixteenDevicesIncludeAttachmentsInAnyPhase() {
    StringBuilder refs = new StringBuilder();
    for (int i = 1; i < 16; i++) {
      refs.append("    - {kind: VirtualDisk, name: d").append(i).append("}\n");
    }
    VirtualMachine vm = vm(Vms.BASE.replace("      name: linux-vm-root\n", "      name: linux-vm-root\n" + refs));
    assertThat(create(vm).allowed()).isTrue();
    AdmissionResult<VirtualMachine> r = create(vm, context(vmbda("a", "linux-vm", "VirtualDisk", "x", "Failed")));
    assertThat(error(r)).isEqualTo("block device attached to VirtualMachine \"linux-vm\" limit reached: 17 devices"
        + " found, 16 is maximum");
    assertThat(r.notes()).extracting(Violation::code).containsExactly("sdk.note.staleAttachments");
    assertThat(create(vm, context(vmbda("a", "other-vm", "VirtualDisk", "x", null))).allowed()).isTrue();
  }

  @Test
  void firstDeviceMayNotBeAReadyNonCdromImage() {
    VirtualMachine vm = vm(Vms.BASE.replace("    - kind: VirtualDisk\n      name: linux-vm-root\n",
        "    - {kind: ClusterVirtualImage, name: ubuntu}\n    - {kind: VirtualDisk, name: linux-vm-root}\n"));
    Resource ready = image("ClusterVirtualImage", "ubuntu", "Ready", false);
    assertThat(error(create(vm, context(ready)))).isEqualTo("a non-CDROM ClusterVirtualImage cannot occupy the first"
        + " position in block devices: ClusterVirtualImage ubuntu is not CDROM");
    assertThat(create(vm, context(image("ClusterVirtualImage", "ubuntu", "Ready", true))).allowed()).isTrue();
    assertThat(create(vm, context(image("ClusterVirtualImage", "ubuntu", "Provisioning", false))).allowed()).isTrue();
    assertThat(create(vm).allowed()).isTrue();
    VirtualMachine second = vm(Vms.BASE.replace("      name: linux-vm-root\n",
        "      name: linux-vm-root\n    - {kind: ClusterVirtualImage, name: ubuntu}\n"));
    assertThat(create(second, context(ready)).allowed()).isTrue();
  }

  static Resource image(String kind, String name, String phase, boolean cdrom) {
    return Vms.read("apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: " + kind + "\nmetadata: {name: " + name
        + (kind.equals("VirtualImage") ? ", namespace: default" : "") + "}\n"
        + "spec: {storage: ContainerRegistry, dataSource: {type: HTTP, http: {url: \"https://example.com/i.img\"}}}\n"
        + "status: {phase: " + phase + ", cdrom: " + cdrom + "}\n");
  }

  @Test
  void refAlreadyHotpluggedIsRejectedUnlessTheAttachmentIsTerminating() {
    VirtualMachine vm = withSpec("");
    assertThat(error(create(vm, context(vmbda("att", "linux-vm", "VirtualDisk", "linux-vm-root", "Attached")))))
        .isEqualTo("block device VirtualDisk \"linux-vm-root\" is already attached to the virtual machine via"
            + " VirtualMachineBlockDeviceAttachment \"att\"");
    assertThat(create(vm, context(vmbda("att", "linux-vm", "VirtualDisk", "linux-vm-root", "Terminating")))
        .allowed()).isTrue();
    // An update checks only added refs.
    assertThat(Admission.standard().review(AdmissionRequest.update(vm, vm),
        context(vmbda("att", "linux-vm", "VirtualDisk", "linux-vm-root", "Attached"))).allowed()).isTrue();
  }

  // --- networks --------------------------------------------------------------------------------------------

  @Test
  void networksWithoutCidrsOrSdn() {
    AdmissionContext noCidrs = AdmissionContext.builder().virtualMachineCIDRs(List.of()).build();
    assertThat(error(create(base(), noCidrs))).isEqualTo("spec.networks cannot be empty when ModuleConfig/virtualization"
        + " has no configured IP ranges in the spec.settings.virtualMachineCIDRs field");
    assertThat(error(create(withSpec("  networks: [{type: Main}]\n"), noCidrs))).isEqualTo("spec.networks cannot"
        + " explicitly include Main network type when ModuleConfig/virtualization has no configured IP ranges in the"
        + " spec.settings.virtualMachineCIDRs field");
    AdmissionContext noSdnNoCidrs = noCidrs.toBuilder().featureGate(AdmissionContext.SDN, false).build();
    assertThat(error(create(withSpec("  networks: [{type: Network, name: n}]\n"), noSdnNoCidrs))).isEqualTo(
        "spec.networks has additional networks, this configuration requires SDN module to be enabled; also note"
            + " that the Main network is unavailable for VirtualMachines because ModuleConfig/virtualization has no"
            + " configured IP ranges in the spec.settings.virtualMachineCIDRs field");
  }

  @Test
  void networkEntryRulesInOrder() {
    AdmissionContext sdn = AdmissionContext.builder().featureGate(AdmissionContext.SDN, true).build();
    assertThat(error(create(withSpec("  networks: [{type: Network, name: a}, {type: Main}]\n"), sdn)))
        .isEqualTo("network type 'Main' occurs at unexpected position 1, it should be first");
    assertThat(error(create(withSpec("  networks: [{type: Main}, {type: Main}]\n"), sdn)))
        .isEqualTo("network type 'Main' occurs at unexpected position 1, it should be first");
    assertThat(error(create(withSpec("  networks: [{type: Main, name: x}]\n"), sdn)))
        .isEqualTo("network with type 'Main' should not have a name");
    assertThat(error(create(withSpec("  networks: [{type: Main}, {type: ClusterNetwork}]\n"), sdn)))
        .isEqualTo("network with type 'ClusterNetwork' must have a non-empty name");
    assertThat(error(create(withSpec("  networks: [{type: Main}, {type: Network, name: a}, {type: Network, name: a}]\n"),
        sdn))).isEqualTo("network Network:a is duplicated");
    assertThat(error(create(withSpec("  networks: [{type: Main}, {type: Network, name: a, id: 16384}]\n"), sdn)))
        .isEqualTo("network id must be between 1 and 16383 for network Network/a, got 16384");
    assertThat(create(withSpec("  networks: [{type: Main}, {type: Network, name: a, id: 16383}]\n"), sdn).allowed())
        .isTrue();
    assertThat(error(create(withSpec("  networks: [{type: Main, id: 2}]\n"), sdn)))
        .isEqualTo("network id for network Main must be 1, got 2");
  }

  @Test
  void networkIdChangesOnlyWhileStopped() {
    VirtualMachine old = withSpec("  networks: [{type: Main, id: 1}, {type: Network, name: a, id: 2}]\n");
    VirtualMachine changed = vm(Vms.BASE + "  networks: [{type: Main, id: 1}, {type: Network, name: a, id: 5}]\n"
        + "status: {phase: Running}\n");
    AdmissionContext sdn = AdmissionContext.builder().featureGate(AdmissionContext.SDN, true).build();
    assertThat(error(Admission.standard().review(AdmissionRequest.update(old, changed), sdn))).isEqualTo(
        "cannot change network ID for network 'Network/a' while VM is in phase 'Running' (only allowed when VM is"
            + " stopped)");
    VirtualMachine noPhase = changed.withStatus(java.util.Optional.empty());
    assertThat(error(Admission.standard().review(AdmissionRequest.update(old, noPhase), sdn))).contains("phase ''");
    VirtualMachine stopped = vm(Vms.BASE + "  networks: [{type: Main, id: 1}, {type: Network, name: a, id: 5}]\n"
        + "status: {phase: Stopped}\n");
    AdmissionContext withNetwork = sdn.toBuilder().resources(dev.dvp.model.ResourceSet.of(List.of(Vms.read(
        "apiVersion: network.deckhouse.io/v1alpha1\nkind: Network\nmetadata: {name: a, namespace: default}\n")))).build();
    assertThat(Admission.standard().review(AdmissionRequest.update(old, stopped), withNetwork).allowed()).isTrue();
  }

  @Test
  void addedNetworksMustExistOnUpdateOnly() {
    AdmissionContext sdn = AdmissionContext.builder().featureGate(AdmissionContext.SDN, true).build();
    VirtualMachine old = withSpec("  networks: [{type: Main, id: 1}]\n");
    VirtualMachine added = withSpec("  networks: [{type: Main, id: 1}, {type: ClusterNetwork, name: cn, id: 2}]\n");
    assertThat(error(Admission.standard().review(AdmissionRequest.update(old, added), sdn)))
        .isEqualTo("ClusterNetwork \"cn\" referenced in spec.networks does not exist");
    assertThat(create(added, sdn).allowed()).isTrue();
  }

  // --- warnings --------------------------------------------------------------------------------------------

  @Test
  void legacyWithVirtioWarnsAndWarningsAreDroppedByALaterError() {
    VirtualMachine legacy = withSpec("  osType: Legacy\n");
    AdmissionResult<VirtualMachine> r = create(legacy);
    assertThat(r.allowed()).isTrue();
    assertThat(messages(r.warnings())).containsExactly(LegacyOsWarning.MESSAGE);
    assertThat(create(withSpec("  osType: Legacy\n  enableParavirtualization: false\n")).warnings()).isEmpty();
    // A failing validator drops the warnings gathered before it (here: the hot-plug warning of position 3).
    VirtualMachine old = withSpec("  enableParavirtualization: false\n");
    VirtualMachine added = vm(Vms.BASE.replace("      name: linux-vm-root\n",
        "      name: linux-vm-root\n    - {kind: VirtualDisk, name: data}\n") + "  enableParavirtualization: false\n");
    AdmissionResult<VirtualMachine> denied = Admission.standard().review(AdmissionRequest.update(old, added),
        context(vmbda("att", "linux-vm", "VirtualDisk", "data", "Attached")));
    assertThat(denied.allowed()).isFalse();
    assertThat(denied.warnings()).isEmpty();
  }

  @Test
  void inlineCloudInitIsLinted() {
    AdmissionResult<VirtualMachine> r = create(withUserData("ssh_pwauth: true\n"));
    assertThat(messages(r.warnings())).containsExactly("spec.provisioning.userData: user data starts with"
        + " \"ssh_pwauth: true\" instead of a cloud-init header, so cloud-init will ignore it; expected one of:"
        + " #cloud-config, #cloud-config-archive, #cloud-config-jsonp, #!, #include, #include-once, #cloud-boothook,"
        + " #part-handler, #upstart-job, ## template: jinja, MIME-Version:, Content-Type:");
  }

  @Test
  void deletingVmSkipsTheWebhookOnUpdate() {
    VirtualMachine deleting = base().withMetadata(base().metadata().withName("a".repeat(64))
        .withAnnotations(java.util.Map.of("kubevirt.io/x", "y")).withDeletionTimestamp("2026-01-01T00:00:00Z"));
    assertThat(Admission.standard().review(AdmissionRequest.update(deleting, deleting), AdmissionContext.empty())
        .allowed()).isTrue();
  }

  // --- slots -----------------------------------------------------------------------------------------------

  @Test
  void slotsRunAtTheirPositions() {
    List<String> order = new ArrayList<>();
    Admission admission = Admission.builder()
        .validator(VirtualMachineSlot.CORE_FRACTION, (req, ctx) -> {
          order.add("coreFraction");
          return List.of();
        })
        .validator(VirtualMachineSlot.SIZING_POLICY, (req, ctx) -> {
          order.add("sizing");
          return List.of(Violation.error("spec.cpu", "dvp.sizing", "sizing says no"));
        })
        .build();
    // Sizing (4) fails before the limit (5), networks (10) and core fraction (9) run.
    AdmissionResult<VirtualMachine> r = admission.review(AdmissionRequest.create(base()), AdmissionContext.empty());
    assertThat(error(r)).isEqualTo("sizing says no");
    assertThat(order).containsExactly("sizing");
    // The meta validator (1) comes first.
    VirtualMachine bad = base().withMetadata(base().metadata().withLabels(java.util.Map.of("kubevirt.io", "")));
    assertThat(error(admission.review(AdmissionRequest.create(bad), AdmissionContext.empty())))
        .contains("in the label is prohibited");
  }

  @Test
  void networksAreNotRevalidatedWhenUnchanged() {
    VirtualMachine vm = withSpec("  networks: [{type: Main, id: 1}, {type: Network, name: a, id: 2}]\n");
    AdmissionContext noSdn = AdmissionContext.builder().featureGate(AdmissionContext.SDN, false).build();
    assertThat(create(vm, noSdn).allowed()).isFalse();
    assertThat(Admission.standard().review(AdmissionRequest.update(vm, vm), noSdn).allowed()).isTrue();
    NetworkInterface main = vm.spec().networks().get(0);
    assertThat(main.id()).contains(1);
  }
}

package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import dev.dvp.testing.SharedReference;
import org.junit.jupiter.api.Test;

/** The IPAM kinds (vmip, vmipl, vmmac, vmmacl) and ModuleConfig: codec, schema constraints, examples. */
class IpamKindsTest {
  private static final Path EXAMPLES = Path.of("../examples/ipam");
  private static final java.util.regex.Pattern YAML_BLOCK =
      java.util.regex.Pattern.compile("```yaml\\n(.*?)```", java.util.regex.Pattern.DOTALL);

  private static List<String> violations(Resource r) {
    return StructuralValidator.standard().validate(r).stream().map(Violation::toString).toList();
  }

  private static void assertRoundTrips(String yaml, Resource read) throws Exception {
    JsonNode original = new YAMLMapper().readTree(yaml);
    assertThat(new YAMLMapper().readTree(Manifests.standard().toYaml(read))).isEqualTo(original);
  }

  /** The seed's "how to request an address" vmip, with the heredoc wrapper stripped and the indentation removed. */
  private static List<String> seedVmips() throws Exception {
    Path seed = SharedReference.file("seed", "virtual-machines.ru.md");
    Matcher m = YAML_BLOCK.matcher(Files.readString(seed));
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      if (!m.group(1).contains("kind: VirtualMachineIPAddress\n")) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      String prefix = null;
      for (String line : m.group(1).split("\n")) {
        if (line.strip().startsWith("d8 k apply") || line.strip().equals("EOF")) {
          continue;
        }
        if (prefix == null) {
          prefix = line.substring(0, line.length() - line.stripLeading().length());
        }
        text.append(line.startsWith(prefix) ? line.substring(prefix.length()) : line.strip()).append('\n');
      }
      out.add(text.toString());
    }
    return out;
  }

  @Test
  void seedStaticVmipReadsValidatesRoundTripsAndEqualsTheExample() throws Exception {
    List<String> blocks = seedVmips();
    assertThat(blocks).as("the seed shows the static vmip twice (request, reclaim)").hasSize(2);
    Path example = EXAMPLES.resolve("virtualmachineipaddress-static.yaml");
    for (String yaml : blocks) {
      VirtualMachineIPAddress vmip = (VirtualMachineIPAddress) Manifests.standard().read(yaml, "seed.md").get(0);
      assertThat(vmip.name()).isEqualTo("linux-vm-custom-ip");
      assertThat(vmip.spec().type()).isEqualTo(VirtualMachineIPAddressType.STATIC);
      assertThat(vmip.spec().staticIP()).contains("10.66.20.77");
      assertThat(violations(vmip)).isEmpty();
      assertRoundTrips(yaml, vmip);
      if (Files.isRegularFile(example)) {
        assertThat(Manifests.standard().read(example)).containsExactly(vmip);
      }
    }
  }

  @Test
  void examplesReadAsTypedKinds() throws Exception {
    assumeThat(Files.isDirectory(EXAMPLES)).as("examples/ipam is beside dvp-model").isTrue();
    Path leases = EXAMPLES.resolve("leases.yaml");
    List<Resource> read = Manifests.standard().read(leases);
    assertThat(read).hasSize(2);
    VirtualMachineIPAddressLease lease = (VirtualMachineIPAddressLease) read.get(0);
    assertThat(lease.ref()).contains(VirtualMachineIPAddressRef.of("default", "linux-vm-7prpx"));
    assertThat(lease.status().flatMap(VirtualMachineIPAddressLeaseStatus::phase))
        .contains(VirtualMachineIPAddressLeasePhase.BOUND);
    assertThat(lease.status().flatMap(s -> s.condition("Bound")).map(Condition::status))
        .contains(ConditionStatus.TRUE);
    VirtualMachineIPAddress vmip = (VirtualMachineIPAddress) read.get(1);
    assertThat(vmip.status().flatMap(VirtualMachineIPAddressStatus::phase))
        .contains(VirtualMachineIPAddressPhase.ATTACHED);
    assertThat(vmip.metadata().ownerReferences()).singleElement()
        .satisfies(o -> assertThat(o.kind()).isEqualTo("VirtualMachine"));
    read.forEach(r -> assertThat(violations(r)).isEmpty());

    Path mcFile = EXAMPLES.resolve("moduleconfig-virtualization.yaml");
    ModuleConfig mc = (ModuleConfig) Manifests.standard().read(mcFile).get(0);
    assertThat(mc.spec().virtualMachineCIDRs()).containsExactly("10.66.10.0/24", "10.66.20.0/24");
    assertThat(mc.spec().enabled()).contains(true);
    assertThat(violations(mc)).isEmpty();
    assertRoundTrips(Files.readString(mcFile), mc);
  }

  @Test
  void leasesAndMacsRoundTripWithUnknownFields() throws Exception {
    String ipl = String.join("\n",
        "apiVersion: virtualization.deckhouse.io/v1alpha2",
        "kind: VirtualMachineIPAddressLease",
        "metadata: {name: ip-10-66-10-14}",
        "spec:",
        "  virtualMachineIPAddressRef: {name: '', namespace: ns-a}",
        "  futureField: 1",
        "status:",
        "  phase: Released",
        "  observedGeneration: 3",
        "  conditions:",
        "  - {type: Bound, status: 'False', reason: Released, lastTransitionTime: '2025-01-01T00:00:00Z',",
        "     message: VirtualMachineIPAddressLease is not bound to any VirtualMachineIPAddress.}",
        "");
    VirtualMachineIPAddressLease lease = Manifests.standard().readOne(ipl, VirtualMachineIPAddressLease.class);
    assertThat(lease.ref().map(VirtualMachineIPAddressRef::name)).contains("");
    assertThat(violations(lease)).isEmpty();
    assertRoundTrips(ipl, lease);

    String mac = String.join("\n",
        "apiVersion: virtualization.deckhouse.io/v1alpha2",
        "kind: VirtualMachineMACAddress",
        "metadata: {name: vm-mac-1, namespace: ns-a}",
        "spec: {address: '5E-e6:19-22:0F-d8'}",
        "status: {address: '5e:e6:19:22:0f:d8', phase: Attached, virtualMachineName: vm}",
        "");
    VirtualMachineMACAddress vmmac = Manifests.standard().readOne(mac, VirtualMachineMACAddress.class);
    assertThat(vmmac.requestedAddress()).contains("5E-e6:19-22:0F-d8");
    assertThat(violations(vmmac)).as("mixed separators match the CRD pattern").isEmpty();
    assertRoundTrips(mac, vmmac);

    String macl = String.join("\n",
        "apiVersion: virtualization.deckhouse.io/v1alpha2",
        "kind: VirtualMachineMACAddressLease",
        "metadata: {name: mac-5e-e6-19-22-0f-d8}",
        "spec: {virtualMachineMACAddressRef: {name: vm-mac-1, namespace: ns-a}}",
        "status: {phase: Bound}",
        "");
    VirtualMachineMACAddressLease macLease = Manifests.standard().readOne(macl, VirtualMachineMACAddressLease.class);
    assertThat(macLease.ref()).contains(VirtualMachineMACAddressRef.of("ns-a", "vm-mac-1"));
    assertThat(violations(macLease)).isEmpty();
    assertRoundTrips(macl, macLease);
  }

  @Test
  void constraintsRejectBadObjectsAtTheirPaths() throws Exception {
    VirtualMachineIPAddress vmip = Manifests.standard().readOne(String.join("\n",
        "apiVersion: virtualization.deckhouse.io/v1alpha2",
        "kind: VirtualMachineIPAddress",
        "metadata: {name: ip, namespace: ns}",
        "spec: {type: Dynamic}",
        "status: {phase: Lost}",
        ""), VirtualMachineIPAddress.class);
    assertThat(violations(vmip)).containsExactly(
        "spec.type: Unsupported value: \"Dynamic\": supported values: \"Auto\", \"Static\"",
        "status.phase: Unsupported value: \"Lost\": supported values: \"Pending\", \"Bound\", \"Attached\"");

    VirtualMachineMACAddress vmmac = VirtualMachineMACAddress.builder()
        .metadata(ObjectMeta.of("m", "ns"))
        .spec(VirtualMachineMACAddressSpec.builder().address("5e:e6:19:22:0f").build())
        .build();
    assertThat(violations(vmmac)).containsExactly("spec.address: Invalid value: \"5e:e6:19:22:0f\": spec.address in"
        + " body should match '^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$'");

    VirtualMachineIPAddressLease released = VirtualMachineIPAddressLease.builder()
        .metadata(ObjectMeta.named("ip-10-0-0-1"))
        .status(VirtualMachineIPAddressLeaseStatus.builder()
            .phase(VirtualMachineIPAddressLeasePhase.of("Pending")).build())
        .build();
    assertThat(violations(released)).containsExactly(
        "status.phase: Unsupported value: \"Pending\": supported values: \"Bound\", \"Released\"");

    VirtualMachineMACAddressLease macLease = VirtualMachineMACAddressLease.builder()
        .metadata(ObjectMeta.named("mac-02-00-00-00-00-01"))
        .status(VirtualMachineMACAddressLeaseStatus.builder()
            .phase(VirtualMachineMACAddressLeasePhase.of("Released")).build())
        .build();
    assertThat(violations(macLease)).containsExactly(
        "status.phase: Unsupported value: \"Released\": supported values: \"Bound\"");
  }

  @Test
  void missingRequiredFieldsAreReportedWithLine() {
    assertThatThrownBy(() -> Manifests.standard().read(String.join("\n",
        "apiVersion: virtualization.deckhouse.io/v1alpha2",
        "kind: VirtualMachineIPAddress",
        "metadata: {name: ip}",
        "spec: {staticIP: 10.66.20.77}",
        ""), "vmip.yaml"))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("vmip.yaml:4")
        .hasMessageContaining("spec.type: Required value");
    assertThatThrownBy(() -> Manifests.standard().read(String.join("\n",
        "apiVersion: virtualization.deckhouse.io/v1alpha2",
        "kind: VirtualMachineIPAddressLease",
        "metadata: {name: ip-10-0-0-1}",
        "spec: {virtualMachineIPAddressRef: {name: a}}",
        ""), "vmipl.yaml"))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("spec.virtualMachineIPAddressRef.namespace: Required value");
  }

  @Test
  void moduleConfigSettingsAreCheckedAndKeptVerbatim() throws Exception {
    String text = String.join("\n",
        "apiVersion: deckhouse.io/v1alpha1",
        "kind: ModuleConfig",
        "metadata: {name: virtualization}",
        "spec:",
        "  enabled: true",
        "  version: 1",
        "  settings:",
        "    virtualMachineCIDRs: [10.66.10.0/24, 7]",
        "    featureGates: SDN",
        "    dvcr: {storage: {type: PersistentVolumeClaim, persistentVolumeClaim: {size: 50G}}}",
        "");
    ModuleConfig mc = Manifests.standard().readOne(text, ModuleConfig.class);
    assertThat(mc.spec().virtualMachineCIDRs()).containsExactly("10.66.10.0/24");
    assertThat(mc.spec().featureGates()).isEmpty();
    assertThat(mc.spec().setting("dvcr", "storage", "type")).contains("PersistentVolumeClaim");
    assertThat(mc.spec().setting("dvcr", "nothing", "type")).isEmpty();
    assertThat(violations(mc)).containsExactly(
        "spec.settings.featureGates: Invalid value: \"string\": spec.settings.featureGates in body must be of"
            + " type array: \"string\"",
        "spec.settings.virtualMachineCIDRs[1]: Invalid value: \"integer\": spec.settings.virtualMachineCIDRs[1]"
            + " in body must be of type string: \"integer\"");
    assertRoundTrips(text, mc);

    ModuleConfig empty = mc.withSpec(mc.spec().withSettings(Map.of("virtualMachineCIDRs", List.of())));
    assertThat(violations(empty)).containsExactly("spec.settings.virtualMachineCIDRs: Invalid value: 0:"
        + " spec.settings.virtualMachineCIDRs in body should have at least 1 items");
    assertThatThrownBy(() -> mc.spec().setting()).isInstanceOf(IllegalArgumentException.class);
  }
}

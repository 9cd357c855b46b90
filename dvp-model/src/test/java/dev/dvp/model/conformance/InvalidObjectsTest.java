package dev.dvp.model.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.dvp.model.ManifestException;
import dev.dvp.model.Manifests;
import dev.dvp.model.Resource;
import dev.dvp.model.StructuralValidator;
import dev.dvp.model.Violation;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of invalid objects, each rejected by BOTH the CRD schema and the SDK: the SDK either reads the object and
 * reports exactly the listed violations (path and API-server message), or refuses to read it with a
 * {@link ManifestException} at the listed path. The schema must report an error at each listed schema path; CEL
 * rules have no JSON Schema form, so their SDK violations have no schema counterpart.
 */
class InvalidObjectsTest {
  private static final String VM = """
      apiVersion: virtualization.deckhouse.io/v1alpha2
      kind: VirtualMachine
      metadata:
        name: linux-vm
      spec:
        virtualMachineClassName: generic
        cpu:
          cores: 1
          coreFraction: 10%
        memory:
          size: 1Gi
        blockDeviceRefs:
          - kind: VirtualDisk
            name: linux-vm-root
      """;

  private static final String CLASS_V1ALPHA2 = """
      apiVersion: virtualization.deckhouse.io/v1alpha2
      kind: VirtualMachineClass
      metadata:
        name: generic
      spec:
        cpu:
          type: Model
          model: Nehalem
        sizingPolicies:
          - cores:
              min: 1
              max: 4
            coreFractions: [5, 10, 20, 50, 100]
            defaultCoreFraction: 10
      """;

  private static final String CLASS_V1ALPHA3 = CLASS_V1ALPHA2
      .replace("v1alpha2", "v1alpha3")
      .replace("[5, 10, 20, 50, 100]", "[5%, 10%, 20%, 50%, 100%]")
      .replace("defaultCoreFraction: 10", "defaultCoreFraction: 10%");

  private static final String VMOP = """
      apiVersion: virtualization.deckhouse.io/v1alpha2
      kind: VirtualMachineOperation
      metadata:
        name: restart-linux-vm
      spec:
        type: Restart
        virtualMachineName: linux-vm
      """;

  private static final String MAC = """
      apiVersion: virtualization.deckhouse.io/v1alpha2
      kind: VirtualMachineMACAddress
      metadata:
        name: linux-vm-mac
      spec:
        address: aa:bb:cc:dd:ee:ff
      """;

  /** One invalid object and what each side must say about it. */
  record Case(String name, String yaml, List<String> sdk, String unreadableAt, List<String> schemaPaths) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** An object the SDK reads and reports with exactly these violations ({@code path: message}). */
  static Case violations(String name, String yaml, List<String> schemaPaths, String... sdk) {
    return new Case(name, yaml, List.of(sdk), null, schemaPaths);
  }

  /** An object the SDK refuses to read, naming this path; the reason must start with {@code reason}. */
  static Case unreadable(String name, String yaml, String path, String reason, List<String> schemaPaths) {
    return new Case(name, yaml, List.of(reason), path, schemaPaths);
  }

  static Stream<Case> cases() {
    String gpus = VM + "  gpus:\n    - gpuClassName: " + "a".repeat(254) + "\n";
    StringBuilder seventeen = new StringBuilder(VM);
    for (int i = 1; i < 17; i++) {
      seventeen.append("    - kind: VirtualImage\n      name: image-").append(i).append('\n');
    }
    StringBuilder nineUsb = new StringBuilder(VM).append("  usbDevices:\n");
    for (int i = 0; i < 9; i++) {
      nineUsb.append("    - name: usb-").append(i).append('\n');
    }
    StringBuilder seventeenPolicies = new StringBuilder(CLASS_V1ALPHA2);
    for (int i = 1; i < 17; i++) {
      seventeenPolicies.append("    - cores: {min: ").append(4 * i + 1).append(", max: ").append(4 * i + 4).append("}\n");
    }
    return Stream.of(
        violations("unknown runPolicy", VM + "  runPolicy: Sometimes\n", List.of("spec.runPolicy"),
            "spec.runPolicy: Unsupported value: \"Sometimes\": supported values: \"AlwaysOn\", \"AlwaysOff\","
                + " \"Manual\", \"AlwaysOnUnlessStoppedManually\""),
        violations("unknown block device kind", VM.replace("kind: VirtualDisk", "kind: VirtualThing"),
            List.of("spec.blockDeviceRefs[0].kind"),
            "spec.blockDeviceRefs[0].kind: Unsupported value: \"VirtualThing\": supported values: "
                + "\"ClusterVirtualImage\", \"VirtualImage\", \"VirtualDisk\""),
        violations("zero cores", VM.replace("cores: 1", "cores: 0"), List.of("spec.cpu.cores"),
            "spec.cpu.cores: Invalid value: 0: spec.cpu.cores in body should be greater than or equal to 1"),
        violations("bootOrder 0", VM.replace("name: linux-vm-root\n", "name: linux-vm-root\n      bootOrder: 0\n"), List.of("spec.blockDeviceRefs[0].bootOrder"),
            "spec.blockDeviceRefs[0].bootOrder: Invalid value: 0: spec.blockDeviceRefs[0].bootOrder in body should"
                + " be greater than or equal to 1"),
        violations("17 block devices", seventeen.toString(), List.of("spec.blockDeviceRefs"),
            "spec.blockDeviceRefs: Too many: 17: must have at most 16 items"),
        violations("9 USB devices", nineUsb.toString(), List.of("spec.usbDevices"),
            "spec.usbDevices: Too many: 9: must have at most 8 items"),
        violations("254-character gpuClassName", gpus, List.of("spec.gpus[0].gpuClassName"),
            "spec.gpus[0].gpuClassName: Too long: may not be more than 253 bytes"),
        violations("empty block device name", VM.replace("name: linux-vm-root", "name: \"\""),
            List.of("spec.blockDeviceRefs[0].name"),
            "spec.blockDeviceRefs[0].name: Invalid value: \"\": spec.blockDeviceRefs[0].name in body should be at"
                + " least 1 chars long"),
        violations("coreFraction 0%", VM.replace("10%", "0%"), List.of("spec.cpu.coreFraction"),
            "spec: Invalid value: \"object\": Core fraction must be 'Auto' or a percentage between 1% and 100%.",
            "spec.cpu.coreFraction: Invalid value: \"0%\": spec.cpu.coreFraction in body should match"
                + " '^(Auto|(100|[1-9][0-9]?)%)$'"),
        violations("coreFraction without %", VM.replace("10%", "\"50\""), List.of("spec.cpu.coreFraction"),
            "spec: Invalid value: \"object\": Core fraction must be 'Auto' or a percentage between 1% and 100%.",
            "spec.cpu.coreFraction: Invalid value: \"50\": spec.cpu.coreFraction in body should match"
                + " '^(Auto|(100|[1-9][0-9]?)%)$'"),
        violations("missing virtualMachineClassName", VM.replace("  virtualMachineClassName: generic\n", ""),
            List.of("spec.virtualMachineClassName"), "spec.virtualMachineClassName: Required value"),
        violations("no block devices", VM.replace("  blockDeviceRefs:\n    - kind: VirtualDisk\n      name: linux-vm-root\n",
            ""), List.of("spec.blockDeviceRefs"), "spec.blockDeviceRefs: Required value"),
        violations("userDataRef of a ConfigMap", VM + "  provisioning:\n    type: UserDataRef\n"
                + "    userDataRef:\n      kind: ConfigMap\n      name: cloud-init\n",
            List.of("spec.provisioning.userDataRef.kind"),
            "spec.provisioning.userDataRef.kind: Unsupported value: \"ConfigMap\": supported values: \"Secret\""),
        violations("UserData without userData", VM + "  provisioning:\n    type: UserData\n",
            List.of("spec.provisioning"),
            "spec.provisioning: Invalid value: \"object\": must validate one and only one schema (oneOf)."
                + " Found none valid"),
        unreadable("missing cores", VM.replace("    cores: 1\n", ""), "spec.cpu.cores", "Required value",
            List.of("spec.cpu.cores")),
        unreadable("cores as text", VM.replace("cores: 1", "cores: two"), "spec.cpu.cores",
            "expected an integer, got \"two\"", List.of("spec.cpu.cores")),
        unreadable("memory size 1GB", VM.replace("size: 1Gi", "size: 1GB"), "spec.memory.size", "",
            List.of("spec.memory.size")),
        violations("v1alpha3 class with integer coreFractions", CLASS_V1ALPHA3.replace("[5%, 10%", "[5, 10%"),
            List.of("spec.sizingPolicies[0].coreFractions[0]"),
            "spec.sizingPolicies[0].coreFractions[0]: Invalid value: \"integer\": spec.sizingPolicies[0]"
                + ".coreFractions[0] in body must be of type string: \"integer\""),
        violations("v1alpha3 class with 0% coreFraction", CLASS_V1ALPHA3.replace("[5%", "[0%"),
            List.of("spec.sizingPolicies[0].coreFractions[0]"),
            "spec.sizingPolicies[0].coreFractions[0]: Invalid value: \"0%\": spec.sizingPolicies[0]"
                + ".coreFractions[0] in body should match '^(100|[1-9][0-9]?)%$'"),
        violations("v1alpha2 class with percent coreFractions", CLASS_V1ALPHA2.replace("[5, 10", "[5%, 10"),
            List.of("spec.sizingPolicies[0].coreFractions[0]"),
            "spec.sizingPolicies[0].coreFractions[0]: Invalid value: \"string\": spec.sizingPolicies[0]"
                + ".coreFractions[0] in body must be of type integer: \"string\""),
        violations("v1alpha2 class with coreFraction 101", CLASS_V1ALPHA2.replace("50, 100]", "50, 101]"),
            List.of("spec.sizingPolicies[0].coreFractions[4]"),
            "spec.sizingPolicies[0].coreFractions[4]: Invalid value: 101: spec.sizingPolicies[0].coreFractions[4]"
                + " in body should be less than or equal to 100"),
        violations("v1alpha2 class with default coreFraction Always",
            CLASS_V1ALPHA2.replace("defaultCoreFraction: 10", "defaultCoreFraction: Always"),
            List.of("spec.sizingPolicies[0].defaultCoreFraction"),
            "spec.sizingPolicies[0].defaultCoreFraction: Too long: may not be more than 4 bytes",
            "spec.sizingPolicies[0].defaultCoreFraction: Invalid value: \"string\": The default core fraction must"
                + " be a number from 1 to 100, or 'Auto'."),
        violations("class with 1025 cores", CLASS_V1ALPHA2.replace("max: 4", "max: 1025"),
            List.of("spec.sizingPolicies[0].cores.max"),
            "spec.sizingPolicies[0].cores.max: Invalid value: 1025: spec.sizingPolicies[0].cores.max in body should"
                + " be less than or equal to 1024"),
        violations("class with 17 sizing policies", seventeenPolicies.toString(), List.of("spec.sizingPolicies"),
            "spec.sizingPolicies: Too many: 17: must have at most 16 items"),
        violations("class with unknown CPU type", CLASS_V1ALPHA2.replace("type: Model\n    model: Nehalem",
            "type: Emulated"), List.of("spec.cpu.type"),
            "spec.cpu.type: Unsupported value: \"Emulated\": supported values: \"Host\", \"HostPassthrough\","
                + " \"Discovery\", \"Model\", \"Features\""),
        violations("operation of an unknown type", VMOP.replace("Restart", "Reboot"), List.of("spec.type"),
            "spec.type: Unsupported value: \"Reboot\": supported values: \"Restart\", \"Start\", \"Stop\","
                + " \"Migrate\", \"Evict\", \"Restore\", \"Clone\""),
        unreadable("operation without a VM", VMOP.replace("  virtualMachineName: linux-vm\n", ""),
            "spec.virtualMachineName", "Required value", List.of("spec.virtualMachineName")),
        violations("MAC address with a bad pattern", MAC.replace("aa:bb:cc:dd:ee:ff", "aa:bb:cc:dd:ee"),
            List.of("spec.address"),
            "spec.address: Invalid value: \"aa:bb:cc:dd:ee\": spec.address in body should match"
                + " '^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rejectedByTheSchemaAndTheSdk(Case c) throws Exception {
    CrdSchemas crds = CrdSchemas.reference();
    JsonNode written = new YAMLMapper().readTree(c.yaml());
    assertThat(paths(crds.validate(written))).as("schema errors of the manifest").containsAll(c.schemaPaths());
    if (c.unreadableAt() != null) {
      ManifestException e = catchThrowableOfType(ManifestException.class,
          () -> Manifests.standard().read(c.yaml(), "case.yaml"));
      assertThat(e).as("the SDK refuses to read it").isNotNull();
      assertThat(e.path()).isEqualTo(c.unreadableAt());
      assertThat(e.reason()).startsWith(c.sdk().get(0));
      return;
    }
    Resource read = Manifests.standard().read(c.yaml(), "case.yaml").get(0);
    List<Violation> violations = StructuralValidator.standard().validate(read);
    assertThat(violations).extracting(Violation::toString).containsExactlyElementsOf(c.sdk());
    assertThat(paths(crds.validate(Manifests.standard().toJsonTree(read))))
        .as("schema errors of the object as the SDK writes it").containsAll(c.schemaPaths());
  }

  private static List<String> paths(List<CrdSchemas.SchemaError> errors) {
    return errors.stream().map(CrdSchemas.SchemaError::path).distinct().collect(Collectors.toList());
  }
}

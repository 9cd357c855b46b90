package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Strict field validation: the examples, the documentation's examples, free-form fields. */
class UnknownFieldsTest {
  private static final String VM = """
      apiVersion: virtualization.deckhouse.io/v1alpha2
      kind: VirtualMachine
      metadata:
        name: linux-vm
      spec:
        virtualMachineClassName: generic
        cpu:
      %s
        memory:
          size: 1Gi
        blockDeviceRefs:
          - kind: VirtualDisk
      %s
      """;

  private static Resource vm(String cpu, String firstBlockDevice) throws ManifestException {
    return Manifests.standard().read(VM.formatted(cpu, firstBlockDevice), "vm.yaml").get(0);
  }

  private static List<String> lines(List<Violation> violations) {
    return violations.stream().map(Violation::toString).toList();
  }

  @Test
  void wrongCaseNextToTheKnownFieldIsOneErrorWithAHint() throws Exception {
    Resource vm = vm("    cores: 1\n    corefraction: 10%", "      name: linux-disk");
    List<Violation> found = UnknownFields.of(vm);
    assertThat(found).containsExactly(Violation.error("spec.cpu.corefraction", "unknownField",
        "unknown field \"spec.cpu.corefraction\". Maybe \"coreFraction\"?"));
    assertThat(found.get(0).isError()).isTrue();
  }

  private static ManifestDocument vmDocument(String cpu, String firstBlockDevice) throws ManifestException {
    return Manifests.standard().readDocuments(VM.formatted(cpu, firstBlockDevice), "vm.yaml").get(0);
  }

  @Test
  void misspeltNameInAListItem() throws Exception {
    ManifestDocument doc = vmDocument("    cores: 1", "      nmae: linux-disk");
    // name is required, so the document does not bind; it is checked as written.
    assertThat(doc.problem()).hasValueSatisfying(p -> assertThat(p.path()).isEqualTo("spec.blockDeviceRefs[0].name"));
    assertThat(lines(UnknownFields.of(doc)))
        .containsExactly("spec.blockDeviceRefs[0].nmae: unknown field \"spec.blockDeviceRefs[0].nmae\". Maybe \"name\"?");
    Resource bound = vm("    cores: 1", "      name: linux-disk\n      nmae: linux-disk");
    assertThat(lines(UnknownFields.of(bound)))
        .containsExactly("spec.blockDeviceRefs[0].nmae: unknown field \"spec.blockDeviceRefs[0].nmae\". Maybe \"name\"?");
  }

  @Test
  void misspeltRequiredFieldIsBothRequiredAndUnknown() throws Exception {
    ManifestDocument doc = vmDocument("    corse: 2", "      name: linux-disk");
    assertThat(doc.problem()).hasValueSatisfying(p -> {
      assertThat(p.path()).isEqualTo("spec.cpu.cores");
      assertThat(p.getMessage()).endsWith("spec.cpu.cores: Required value");
    });
    assertThat(lines(UnknownFields.of(doc)))
        .containsExactly("spec.cpu.corse: unknown field \"spec.cpu.corse\". Maybe \"cores\"?");
  }

  @Test
  void misspeltServiceFieldsAreQuotedAsGoQuotesThem() throws Exception {
    ManifestDocument service = Manifests.standard().readDocuments("""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          lables: {app: web}
        spec:
          selector: {app: web}
          ports:
            - port: 80
              targetport: 8080
          sessionAfinity: ClientIP
          sessionAffinityConfig: {clientIP: {timeoutSecond: 60}}
          "tab\\tname": 1
          additionalProperties: {}
        """, "svc.yaml").get(0);
    assertThat(service.resource()).isPresent();
    assertThat(lines(UnknownFields.of(service))).containsExactly(
        "metadata.lables: unknown field \"metadata.lables\". Maybe \"labels\"?",
        "spec.ports[0].targetport: unknown field \"spec.ports[0].targetport\". Maybe \"targetPort\"?",
        "spec.sessionAfinity: unknown field \"spec.sessionAfinity\". Maybe \"sessionAffinity\"?",
        "spec.sessionAffinityConfig.clientIP.timeoutSecond: unknown field "
            + "\"spec.sessionAffinityConfig.clientIP.timeoutSecond\". Maybe \"timeoutSeconds\"?",
        "spec.tab\tname: unknown field \"spec.tab\\tname\"",
        "spec.additionalProperties: unknown field \"spec.additionalProperties\"");
  }

  @Test
  void noHintWhenNothingIsNear() throws Exception {
    Resource vm = vm("    cores: 1\n    sockets: 2", "      name: linux-disk");
    assertThat(lines(UnknownFields.of(vm))).containsExactly("spec.cpu.sockets: unknown field \"spec.cpu.sockets\"");
  }

  @Test
  void documentOrderFollowsTheSource() throws Exception {
    String text = """
        apiVersion: virtualization.deckhouse.io/v1alpha2
        kind: VirtualMachine
        metadata: {name: linux-vm}
        zzz: 1
        spec:
          blockDeviceRefs:
            - {kind: VirtualDisk, name: d, nmae: d}
          virtualMachineClassName: generic
          memory: {size: 1Gi}
          b: 1
          cpu: {cores: 1, corse: 2}
          a: 2
        """;
    ManifestDocument doc = Manifests.standard().readDocuments(text, "vm.yaml").get(0);
    assertThat(UnknownFields.of(doc)).extracting(Violation::path)
        .containsExactly("zzz", "spec.blockDeviceRefs[0].nmae", "spec.b", "spec.cpu.corse", "spec.a");
    // The value alone: level by level in the order the SDK writes it, a level's unknown fields sorted by name.
    assertThat(UnknownFields.of(doc.resource().orElseThrow())).extracting(Violation::path)
        .containsExactly("spec.cpu.corse", "spec.blockDeviceRefs[0].nmae", "spec.a", "spec.b", "zzz");
  }

  @Test
  void freeFormFieldsAreNotReported() throws Exception {
    Resource vm = Manifests.standard().read("""
        apiVersion: virtualization.deckhouse.io/v1alpha2
        kind: VirtualMachine
        metadata: {name: linux-vm}
        spec:
          virtualMachineClassName: generic
          cpu: {cores: 1}
          memory: {size: 1Gi}
        status:
          guestOSInfo: {anything: {goes: here}, id: ubuntu}
          restartAwaitingChanges:
            - {operation: replace, path: cpu.cores, currentValue: 1, desiredValue: 2, whatever: true}
        """, "vm.yaml").get(0);
    assertThat(UnknownFields.of(vm)).isEmpty();
    Resource config = Manifests.standard().read("""
        apiVersion: deckhouse.io/v1alpha1
        kind: ModuleConfig
        metadata: {name: virtualization}
        spec:
          enabled: true
          version: 1
          updatePolicy: stable
          settings:
            virtualMachineCIDRs: [10.66.10.0/24]
            someSettingFromANewerModule: {deep: {er: 1}}
        status: {version: "1", message: ""}
        """, "mc.yaml").get(0);
    assertThat(UnknownFields.of(config)).isEmpty();
  }

  @Test
  void genericResourcesAreOnlyCheckedInTheirMetadata() throws Exception {
    Resource cm = Manifests.standard().read("""
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: c, namspace: x}
        data: {a: b}
        anything: 1
        """, "cm.yaml").get(0);
    assertThat(cm).isInstanceOf(GenericResource.class);
    assertThat(lines(UnknownFields.of(cm)))
        .containsExactly("metadata.namspace: unknown field \"metadata.namspace\". Maybe \"namespace\"?");
  }

  @Test
  void valuesBuiltInCodeHaveNone() {
    VirtualMachine vm = VirtualMachine.builder()
        .metadata(ObjectMeta.of("linux-vm", "default"))
        .spec(VirtualMachineSpec.builder()
            .virtualMachineClassName("host")
            .cpu(Cpu.of(1))
            .memory(Memory.of(Quantity.parse("1Gi")))
            .addBlockDeviceRefs(BlockDeviceRef.of(BlockDeviceKind.VIRTUAL_DISK, "linux-vm-root"))
            .build())
        .build();
    assertThat(UnknownFields.of(vm)).isEmpty();
    assertThat(UnknownFields.of(vm.withSpec(vm.spec().withCpu(Cpu.builder().cores(1)
        .putAdditionalProperty("coreFracton", "10%").build()))))
        .extracting(Violation::message)
        .containsExactly("unknown field \"spec.cpu.coreFracton\". Maybe \"coreFraction\"?");
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> UnknownFields.of((Resource) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("resource");
    assertThatThrownBy(() -> UnknownFields.of((ManifestDocument) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("document");
  }

  @Test
  void nearestNames() {
    List<String> known = List.of("cores", "coreFraction", "name", "kind");
    assertThat(NearestName.of("CORES", known)).isEqualTo("cores");
    assertThat(NearestName.of("corse", known)).isEqualTo("cores");
    assertThat(NearestName.of("nmae", known)).isEqualTo("name");
    assertThat(NearestName.of("coreFractoin", known)).isEqualTo("coreFraction");
    assertThat(NearestName.of("mane", known)).isNull();
    assertThat(NearestName.of("virtualMachineClasName", List.of("virtualMachineClassName")))
        .isEqualTo("virtualMachineClassName");
    assertThat(NearestName.of("size", known)).isNull();
    assertThat(NearestName.of("xy", known)).isNull();
  }

  @TestFactory
  Stream<DynamicTest> everyExampleHasNoUnknownField() throws IOException {
    Path examples = Path.of("..", "examples");
    assumeTrue(Files.isDirectory(examples), "examples/ is not beside dvp-model; skipping");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(examples)) {
      files = walk.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")
          || f.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files) {
      tests.add(DynamicTest.dynamicTest(examples.relativize(file).toString(), () -> {
        for (Resource object : Manifests.standard().read(file)) {
          assertThat(UnknownFields.of(object)).as("%s %s in %s", object.kind(), object.name(), file).isEmpty();
        }
      }));
    }
    return tests.stream();
  }
}

package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each OpenAPI keyword and CEL rule of the VirtualMachine CRD, at its boundary, with the API server's words. */
class StructuralValidatorTest {
  static final StructuralValidator V = StructuralValidator.standard();

  static VirtualMachineSpec spec() {
    return VirtualMachineSpec.builder()
        .virtualMachineClassName("generic")
        .cpu(Cpu.of(1))
        .memory(Memory.of(Quantity.parse("1Gi")))
        .addBlockDeviceRefs(BlockDeviceRef.of(BlockDeviceKind.VIRTUAL_DISK, "root"))
        .build();
  }

  static VirtualMachine vm(VirtualMachineSpec spec) {
    return VirtualMachine.builder().metadata(ObjectMeta.of("vm", "default")).spec(spec).build();
  }

  static List<String> messages(Object value) {
    return V.validate(value).stream().map(Violation::toString).collect(Collectors.toList());
  }

  static List<BlockDeviceRef> disks(int n) {
    return IntStream.range(0, n).mapToObj(i -> BlockDeviceRef.of(BlockDeviceKind.VIRTUAL_DISK, "d" + i))
        .collect(Collectors.toList());
  }

  @Test
  void aMinimalVmIsValid() {
    assertThat(V.validate(vm(spec()))).isEmpty();
  }

  @Test
  void requiredFields() {
    VirtualMachineSpec noClass = VirtualMachineSpec.builder().from(spec()).virtualMachineClassName(
        java.util.Optional.empty()).build();
    assertThat(messages(vm(noClass))).containsExactly("spec.virtualMachineClassName: Required value");
    assertThat(messages(vm(spec().withBlockDeviceRefs(List.of()))))
        .containsExactly("spec.blockDeviceRefs: Required value");
  }

  @Test
  void blockDeviceLimitIs16() {
    assertThat(messages(vm(spec().withBlockDeviceRefs(disks(16))))).isEmpty();
    assertThat(messages(vm(spec().withBlockDeviceRefs(disks(17)))))
        .containsExactly("spec.blockDeviceRefs: Too many: 17: must have at most 16 items");
  }

  @Test
  void lengthsCountCharacters() {
    assertThat(messages(vm(spec().withVirtualMachineClassName(""))))
        .containsExactly("spec.virtualMachineClassName: Invalid value: \"\": spec.virtualMachineClassName in body"
            + " should be at least 1 chars long");
    String longName = "a".repeat(254);
    assertThat(messages(vm(spec().withGpus(GpuRef.builder().gpuClassName("a".repeat(253)).build())))).isEmpty();
    assertThat(messages(vm(spec().withGpus(GpuRef.builder().gpuClassName(longName).build()))))
        .containsExactly("spec.gpus[0].gpuClassName: Too long: may not be more than 253 bytes");
  }

  @Test
  void patternsAreSearchedAsKubernetesDoes() {
    assertThat(messages(vm(spec().withGpus(GpuRef.builder().gpuClassName("Nvidia_H100").build()))))
        .containsExactly("spec.gpus[0].gpuClassName: Invalid value: \"Nvidia_H100\": spec.gpus[0].gpuClassName in"
            + " body should match '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'");
  }

  @Test
  void coreFractionBoundaries() {
    for (String ok : List.of("1%", "5%", "99%", "100%", "Auto")) {
      assertThat(messages(vm(spec().withCpu(Cpu.of(1, ok))))).as(ok).isEmpty();
    }
    for (String bad : List.of("0%", "101%", "50", "auto", "05%")) {
      assertThat(messages(vm(spec().withCpu(Cpu.of(1, bad))))).as(bad)
          .contains("spec.cpu.coreFraction: Invalid value: \"" + bad + "\": spec.cpu.coreFraction in body should"
              + " match '^(Auto|(100|[1-9][0-9]?)%)$'");
    }
    // CEL: "05%" passes the rule (int("05") = 5) but not the pattern; "0%" fails both.
    assertThat(messages(vm(spec().withCpu(Cpu.of(1, "05%"))))).hasSize(1);
    assertThat(messages(vm(spec().withCpu(Cpu.of(1, "0%")))))
        .contains("spec: Invalid value: \"object\": Core fraction must be 'Auto' or a percentage between 1% and"
            + " 100%.");
  }

  @Test
  void legacyOsTypeRules() {
    VirtualMachineSpec legacy = spec().withOsType(OsType.LEGACY);
    assertThat(messages(vm(legacy))).isEmpty();
    assertThat(messages(vm(legacy.withBootloader(Bootloader.EFI))))
        .containsExactly("spec: Invalid value: \"object\": The Legacy osType requires the BIOS bootloader.");
    assertThat(messages(vm(legacy.withProvisioning(Provisioning.builder().type(ProvisioningType.USER_DATA)
        .userData("#cloud-config").build()))))
        .containsExactly("spec: Invalid value: \"object\": The Legacy osType does not support provisioning: such"
            + " operating systems have no cloud-init or Sysprep support.");
    VirtualMachineSpec noVirtio = legacy.withEnableParavirtualization(false);
    assertThat(messages(vm(noVirtio.withBlockDeviceRefs(disks(4))))).isEmpty();
    assertThat(messages(vm(noVirtio.withBlockDeviceRefs(disks(5)))))
        .containsExactly("spec: Invalid value: \"object\": The Legacy osType with enableParavirtualization=false"
            + " supports at most 4 block devices.");
    assertThat(messages(vm(legacy.withBlockDeviceRefs(disks(5))))).isEmpty();
  }

  @Test
  void userDataLimitCountsCharactersNotBytes() {
    Provisioning ascii2048 = Provisioning.builder().type(ProvisioningType.USER_DATA).userData("a".repeat(2048))
        .build();
    assertThat(messages(ascii2048)).isEmpty();
    assertThat(messages(ascii2048.withUserData("a".repeat(2049)))).containsExactly(
        "userData: Invalid value: \"string\": `userData` exceeds 2048 byte limit; should use `userDataRef` for"
            + " larger data.");
    // 2048 Cyrillic letters are 4096 UTF-8 bytes, and DVP's CEL rule (size() counts code points) accepts them.
    assertThat(messages(ascii2048.withUserData("ж".repeat(2048)))).isEmpty();
  }

  @Test
  void provisioningOneOf() {
    Provisioning both = Provisioning.builder().type(ProvisioningType.USER_DATA).userData("#cloud-config")
        .userDataRef(ProvisioningRef.secret("s")).build();
    assertThat(messages(vm(spec().withProvisioning(both)))).containsExactly(
        "spec.provisioning: Invalid value: \"object\": must validate one and only one schema (oneOf). Found none"
            + " valid");
    Provisioning ref = Provisioning.builder().type(ProvisioningType.SYSPREP_REF)
        .sysprepRef(ProvisioningRef.secret("sysprep")).build();
    assertThat(messages(vm(spec().withProvisioning(ref)))).isEmpty();
    assertThat(messages(vm(spec().withProvisioning(ref.withType(ProvisioningType.USER_DATA_REF))))).hasSize(1);
  }

  @Test
  void unknownEnumValuesAreReported() {
    assertThat(messages(vm(spec().withRunPolicy(RunPolicy.of("Sometimes")))))
        .containsExactly("spec.runPolicy: Unsupported value: \"Sometimes\": supported values: \"AlwaysOn\","
            + " \"AlwaysOff\", \"Manual\", \"AlwaysOnUnlessStoppedManually\"");
  }

  @Test
  void weightsAndNestedPaths() {
    VirtualMachineAffinity affinity = VirtualMachineAffinity.builder().nodeAffinity(NodeAffinity.builder()
        .addPreferredDuringSchedulingIgnoredDuringExecution(PreferredSchedulingTerm.builder().weight(101)
            .preference(NodeSelectorTerm.builder().build()).build()).build()).build();
    assertThat(messages(vm(spec().withAffinity(affinity)))).containsExactly(
        "spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 101:"
            + " spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight in body should"
            + " be less than or equal to 100");
  }

  @Test
  void conditionFields() {
    Condition bad = Condition.of("Running", ConditionStatus.TRUE, "not a reason!", "m");
    assertThat(messages(bad)).containsExactly("reason: Invalid value: \"not a reason!\": reason in body should"
        + " match '^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$'");
  }

  @Test
  void misuseIsAClearError() {
    assertThatThrownBy(() -> V.validate(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot validate null");
    assertThatThrownBy(() -> Violation.error(null, "c", "m")).isInstanceOf(IllegalArgumentException.class);
  }
}

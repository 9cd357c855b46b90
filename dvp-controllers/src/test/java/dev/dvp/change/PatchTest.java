package dev.dvp.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvp.model.ManifestException;
import dev.dvp.model.Manifests;
import dev.dvp.model.ObjectMeta;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachinePhase;
import dev.dvp.model.VirtualMachineStatus;
import dev.dvp.model.Violation;
import org.junit.jupiter.api.Test;

/** kubectl-style patches: merge (RFC 7386), json (RFC 6902), replacement; invalid results are rejected. */
class PatchTest {
  private static final VirtualMachine VM = VirtualMachine.builder()
      .metadata(ObjectMeta.builder().name("linux-vm").namespace("default").generation(4L).build())
      .spec(Specs.builder().build())
      .status(VirtualMachineStatus.builder().phase(VirtualMachinePhase.RUNNING).build())
      .build();

  @Test
  void mergePatchChangesCoresAndBumpsTheGeneration() throws Exception {
    PatchResult result = Patch.merge("{\"spec\":{\"cpu\":{\"cores\":2}}}").applyTo(VM);
    assertThat(result.accepted()).isTrue();
    assertThat(result.violations()).isEmpty();
    assertThat(result.virtualMachine().spec().cpu().cores()).isEqualTo(2);
    assertThat(result.virtualMachine().metadata().generation()).contains(5L);
    assertThat(result.virtualMachine().status()).isEqualTo(VM.status());
  }

  @Test
  void mergePatchNullDeletesAField() throws Exception {
    VirtualMachine withIp = VM.withSpec(VM.spec().withVirtualMachineIPAddressName("ip"));
    PatchResult result = Patch.merge("{\"spec\":{\"virtualMachineIPAddressName\":null}}").applyTo(withIp);
    assertThat(result.virtualMachine().spec().virtualMachineIPAddressName()).isEmpty();
  }

  @Test
  void mergePatchMayBeYamlLikeKubectlAccepts() throws Exception {
    assertThat(Patch.merge("spec: {memory: {size: 2Gi}}").applyTo(VM).virtualMachine().spec().memory().size()
        .canonical()).isEqualTo("2Gi");
  }

  @Test
  void jsonPatchOperations() throws Exception {
    PatchResult result = Patch.json("[{\"op\":\"replace\",\"path\":\"/spec/cpu/cores\",\"value\":4},"
        + "{\"op\":\"add\",\"path\":\"/spec/blockDeviceRefs/-\",\"value\":{\"kind\":\"VirtualDisk\",\"name\":\"data\"}}]")
        .applyTo(VM);
    assertThat(result.accepted()).isTrue();
    assertThat(result.virtualMachine().spec().cpu().cores()).isEqualTo(4);
    assertThat(result.virtualMachine().spec().blockDeviceRefs()).extracting(r -> r.name())
        .containsExactly("linux-vm-root", "data");
  }

  @Test
  void jsonPatchThatDoesNotApplyIsRejectedAndTheVmIsUnchanged() throws Exception {
    PatchResult result = Patch.json("[{\"op\":\"replace\",\"path\":\"/spec/nothing/here\",\"value\":1}]")
        .applyTo(VM);
    assertThat(result.accepted()).isFalse();
    assertThat(result.virtualMachine()).isSameAs(VM);
    assertThat(result.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("patch");
      assertThat(v.message()).startsWith("the patch does not apply: ").contains("Maybe");
    });
    PatchResult failedTest = Patch.json("[{\"op\":\"test\",\"path\":\"/spec/cpu/cores\",\"value\":8}]").applyTo(VM);
    assertThat(failedTest.accepted()).isFalse();
  }

  @Test
  void aPatchProducingAnInvalidVmIsRejectedWithTheStructuralViolations() throws Exception {
    PatchResult result = Patch.merge("{\"spec\":{\"cpu\":{\"cores\":0,\"coreFraction\":\"0%\"}}}").applyTo(VM);
    assertThat(result.accepted()).isFalse();
    assertThat(result.virtualMachine()).isSameAs(VM);
    assertThat(result.violations()).extracting(Violation::toString).contains(
        "spec.cpu.cores: Invalid value: 0: spec.cpu.cores in body should be greater than or equal to 1",
        "spec.cpu.coreFraction: Invalid value: \"0%\": spec.cpu.coreFraction in body should match "
            + "'^(Auto|(100|[1-9][0-9]?)%)$'");
  }

  @Test
  void aPatchOfTheWrongTypeIsRejectedWithThePath() throws Exception {
    PatchResult result = Patch.merge("{\"spec\":{\"cpu\":{\"cores\":\"two\"}}}").applyTo(VM);
    assertThat(result.accepted()).isFalse();
    assertThat(result.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("spec.cpu.cores");
      assertThat(v.message()).contains("two");
    });
  }

  @Test
  void removingARequiredFieldIsRejected() throws Exception {
    PatchResult result = Patch.json("[{\"op\":\"remove\",\"path\":\"/spec/memory\"}]").applyTo(VM);
    assertThat(result.accepted()).isFalse();
    assertThat(result.violations()).extracting(Violation::path).contains("spec.memory");
  }

  @Test
  void renamingIsRejected() throws Exception {
    PatchResult result = Patch.merge("{\"metadata\":{\"name\":\"other\"}}").applyTo(VM);
    assertThat(result.accepted()).isFalse();
    assertThat(result.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("metadata.name");
      assertThat(v.message()).contains("immutable").contains("Maybe");
    });
  }

  @Test
  void statusIsASubresourceAndIgnored() throws Exception {
    PatchResult result = Patch.merge("{\"status\":{\"phase\":\"Stopped\"},\"metadata\":{\"labels\":{\"a\":\"b\"}}}")
        .applyTo(VM);
    assertThat(result.accepted()).isTrue();
    assertThat(result.virtualMachine().status().flatMap(VirtualMachineStatus::phase))
        .contains(VirtualMachinePhase.RUNNING);
    assertThat(result.virtualMachine().metadata().labels()).containsEntry("a", "b");
    assertThat(result.virtualMachine().metadata().generation()).as("no spec change").contains(4L);
  }

  @Test
  void replacementActsLikeKubectlApply() throws Exception {
    VirtualMachine edited = VM.withSpec(VM.spec().withCpu(dev.dvp.model.Cpu.of(2))).withStatus(
        VirtualMachineStatus.builder().build());
    PatchResult result = Patch.replacement(edited).applyTo(VM);
    assertThat(result.accepted()).isTrue();
    assertThat(result.virtualMachine().spec().cpu().cores()).isEqualTo(2);
    assertThat(result.virtualMachine().status()).isEqualTo(VM.status());
    String yaml = Manifests.standard().toYaml(edited);
    assertThat(Patch.of(yaml, PatchType.REPLACE).applyTo(VM).virtualMachine().spec()).isEqualTo(edited.spec());
  }

  @Test
  void unreadablePatchTextIsAManifestException() {
    assertThatThrownBy(() -> Patch.merge("{\"spec\": ")).isInstanceOf(ManifestException.class)
        .hasMessageContaining("the merge patch is not JSON");
    assertThatThrownBy(() -> Patch.merge("[1]")).isInstanceOf(ManifestException.class)
        .hasMessageContaining("must be a JSON object").hasMessageContaining("Maybe");
    assertThatThrownBy(() -> Patch.json("{\"op\":\"add\"}")).isInstanceOf(ManifestException.class)
        .hasMessageContaining("must be a list of operations");
    assertThatThrownBy(() -> Patch.json("[{\"op\":\"jump\",\"path\":\"/spec\"}]"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("not a JSON patch");
    assertThatThrownBy(() -> Patch.merge(" ")).isInstanceOf(ManifestException.class)
        .hasMessageContaining("empty");
  }
}

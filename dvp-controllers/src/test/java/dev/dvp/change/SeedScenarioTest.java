package dev.dvp.change;

import dev.dvp.model.cluster.Edition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dvp.model.Manifests;
import dev.dvp.model.StructuralValidator;
import dev.dvp.model.VirtualMachine;
import dev.dvp.testing.SharedReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The seed guide's "Изменение конфигурации ВМ" example end to end: a running VM with 1 core,
 * {@code d8 k patch vm linux-vm --type merge -p '{"spec":{"cpu":{"cores":2}}}'}, the pending list, NEED RESTART, and
 * an empty list after the restart.
 */
class SeedScenarioTest {
  private static final String PATCH = "{\"spec\":{\"cpu\":{\"cores\":2}}}";
  private static final String EXPECTED =
      "[{\"currentValue\":1,\"desiredValue\":2,\"operation\":\"replace\",\"path\":\"cpu.cores\"}]";

  static VirtualMachine seedVm() throws Exception {
    Path file = Path.of("..", "docs", "examples", "changes", "linux-vm.yaml");
    assumeTrue(Files.isRegularFile(file), "docs/examples/changes/linux-vm.yaml is not reachable from "
        + Path.of("").toAbsolutePath() + "; run the tests from the dvp-model module");
    return Manifests.standard().readOne(Files.readString(file, StandardCharsets.UTF_8), VirtualMachine.class);
  }

  @Test
  void patchingCoresFromOneToTwoWaitsForARestart() throws Exception {
    VirtualMachine vm = seedVm();
    assertThat(StructuralValidator.standard().validate(vm)).isEmpty();
    assertThat(vm.spec().cpu().cores()).isEqualTo(1);

    PatchResult patched = Patch.merge(PATCH).applyTo(vm);
    assertThat(patched.accepted()).isTrue();

    // The baseline is the spec DVP applied when the VM started: the unpatched one.
    SpecChanges pending = SpecChanges.between(vm.spec(), patched.virtualMachine().spec(), ChangeContext.defaults());
    assertThat(pending.restartAwaitingChangesJson()).contains(EXPECTED);
    assertThat(pending.needsRestart()).as("NEED RESTART").isTrue();
    assertThat(pending.conditions().get(0).type()).isEqualTo("AwaitingRestartToApplyConfiguration");

    // d8 v restart: DVP applies the spec, the baseline moves, the list is empty.
    SpecChanges afterRestart = SpecChanges.between(patched.virtualMachine().spec(), patched.virtualMachine().spec(),
        ChangeContext.defaults());
    assertThat(afterRestart.restartAwaitingChanges()).isEmpty();
    assertThat(afterRestart.restartAwaitingChangesJson()).isEmpty();
    assertThat(afterRestart.needsRestart()).isFalse();
  }

  @Test
  void theSameChangeInEeWithoutHotplugGatesAlsoWaits() throws Exception {
    VirtualMachine vm = seedVm();
    VirtualMachine patched = Patch.merge(PATCH).applyTo(vm).virtualMachine();
    SpecChanges ee = SpecChanges.between(vm.spec(), patched.spec(),
        ChangeContext.builder().edition(Edition.EE).build());
    assertThat(ee.restartAwaitingChangesJson()).contains(EXPECTED);
    SpecChanges hotplug = SpecChanges.between(vm.spec(), patched.spec(), ChangeContext.builder().edition(Edition.EE)
        .addFeatureGates(HotplugFeatureGate.HOTPLUG_CPU_WITH_LIVE_MIGRATION).build());
    assertThat(hotplug.restartAwaitingChanges()).isEmpty();
    assertThat(hotplug.immediateChanges()).extracting(FieldChange::path).containsExactly("cpu.cores");
  }

  @Test
  void theExampleFileAfterThePatchIsTheSecondExample() throws Exception {
    VirtualMachine vm = seedVm();
    Path file = Path.of("..", "docs", "examples", "changes", "linux-vm-2-cores.yaml");
    VirtualMachine twoCores = Manifests.standard().readOne(Files.readString(file, StandardCharsets.UTF_8),
        VirtualMachine.class);
    assertThat(Patch.merge(PATCH).applyTo(vm).virtualMachine().spec()).isEqualTo(twoCores.spec());
  }

  @Test
  void outputMatchesTheGuidesJsonBlock() throws Exception {
    Path guide = SharedReference.file("seed", "virtual-machines.ru.md");
    String text = Files.readString(guide, StandardCharsets.UTF_8);
    int command = text.indexOf("jsonpath=\"{.status.restartAwaitingChanges}\"");
    assertThat(command).as("the guide shows the restartAwaitingChanges command").isPositive();
    int start = text.indexOf("```json", command) + "```json".length();
    int end = text.indexOf("```", start);
    JsonNode shown = new ObjectMapper().readTree(text.substring(start, end));

    VirtualMachine vm = seedVm();
    VirtualMachine patched = Patch.merge(PATCH).applyTo(vm).virtualMachine();
    String ours = SpecChanges.between(vm.spec(), patched.spec()).restartAwaitingChangesJson().orElseThrow();
    assertThat(new ObjectMapper().readTree(ours)).isEqualTo(shown);
  }
}

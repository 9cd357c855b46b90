package dev.dvp.placement;

import dev.dvp.model.cluster.Edition;
import static dev.dvp.placement.Fixtures.generic;
import static dev.dvp.placement.Fixtures.node;
import static dev.dvp.placement.Fixtures.vm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvp.model.ImmutableVirtualMachine;
import dev.dvp.model.Taint;
import dev.dvp.model.TaintEffect;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The guide's green/blue example ("Живая миграция ВМ при изменении параметров размещения") and R-A16/R-A17. */
class RecheckTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);
  private final PlacementRecheck ee = PlacementRecheck.of(PlacementOptions.defaults());

  private static VirtualMachine running(VirtualMachine vm, String node) {
    return ((ImmutableVirtualMachine) vm).withStatus(VirtualMachineStatus.builder().nodeName(node).build());
  }

  private static Inventory cluster(VirtualMachine vm) {
    return Inventory.builder()
        .addNode(node("green-1", "4", "16Gi", "node.deckhouse.io/group=green"))
        .addNode(node("blue-1", "4", "16Gi", "node.deckhouse.io/group=blue"))
        .addVirtualMachine(vm, Optional.of(generic()))
        .build();
  }

  @Test
  void greenBlue_step1_addingTheCurrentGroupKeepsTheVmWhereItIs() {
    VirtualMachine before = running(vm("linux-vm", 1, "10%", "1Gi"), "green-1");
    VirtualMachine after = running(vm("linux-vm", 1, "10%", "1Gi", "nodeSelector:",
        "  node.deckhouse.io/group: green"), "green-1");
    Recheck r = ee.recheck(cluster(before), before, after, Optional.of(generic()), Optional.of(generic()),
        WorkloadState.idle(), CLOCK);
    assertThat(r.verdict()).isEqualTo(RecheckVerdict.STAYS);
    assertThat(r.code()).isEqualTo(Recheck.CURRENT_NODE_FITS);
    assertThat(r.reason()).startsWith("the current node meets the new requirements");
  }

  @Test
  void greenBlue_step2_switchingToBlueCreatesAnEvictNodeplacementUpdate() {
    VirtualMachine before = running(vm("linux-vm", 1, "10%", "1Gi", "nodeSelector:",
        "  node.deckhouse.io/group: green"), "green-1");
    VirtualMachine after = running(vm("linux-vm", 1, "10%", "1Gi", "nodeSelector:",
        "  node.deckhouse.io/group: blue"), "green-1");
    Recheck r = ee.recheck(cluster(before), before, after, Optional.of(generic()), Optional.of(generic()),
        WorkloadState.idle(), CLOCK);
    assertThat(r.verdict()).isEqualTo(RecheckVerdict.WILL_MIGRATE);
    assertThat(r.operation().orElseThrow().metadata().generateName()).contains("nodeplacement-update-");
    assertThat(r.operation().orElseThrow().spec().type().value()).isEqualTo("Evict");
    assertThat(r.operation().orElseThrow().spec().virtualMachineName()).isEqualTo("linux-vm");
    assertThat(r.target().orElseThrow().node()).contains("blue-1");
    assertThat(r.currentNodeRejection().orElseThrow().details())
        .containsExactly("nodeSelector node.deckhouse.io/group=blue: the node has node.deckhouse.io/group=green");

    // CE: the same change waits for a restart.
    Recheck ce = PlacementRecheck.of(PlacementOptions.builder().edition(Edition.CE).build()).recheck(cluster(before),
        before, after, Optional.of(generic()), Optional.of(generic()), WorkloadState.idle(), CLOCK);
    assertThat(ce.verdict()).isEqualTo(RecheckVerdict.NEEDS_RESTART);

    // Once tried (sum recorded), DVP does not try again.
    WorkloadState tried = new WorkloadState(true, false, false, Optional.empty(), Optional.of(r.placementSum()),
        false);
    assertThat(ee.recheck(cluster(before), before, after, Optional.of(generic()), Optional.of(generic()), tried, CLOCK)
        .verdict()).isEqualTo(RecheckVerdict.NO_LONGER_FITS_NO_ACTION);

    // Within a minute of the last migration the updater waits.
    WorkloadState recent = new WorkloadState(true, false, false,
        Optional.of(Instant.parse("2025-03-01T11:59:30Z")), Optional.empty(), false);
    assertThat(ee.recheck(cluster(before), before, after, Optional.of(generic()), Optional.of(generic()), recent,
        CLOCK).verdict()).isEqualTo(RecheckVerdict.WAITS);
  }

  @Test
  void tolerationOnlyChangesNeverMigrateAndSpreadChangesNeedARestart() {
    VirtualMachine before = running(vm("linux-vm", 1, "10%", "1Gi", "tolerations:",
        "  - {key: maintenance, operator: Exists}"), "green-1");
    VirtualMachine after = running(vm("linux-vm", 1, "10%", "1Gi"), "green-1");
    Inventory tainted = Inventory.builder()
        .addNode(Fixtures.tainted(node("green-1", "4", "16Gi"), Taint.of("maintenance", "", TaintEffect.NO_SCHEDULE)))
        .addNode(node("blue-1", "4", "16Gi")).build();
    Recheck r = ee.recheck(tainted, before, after, Optional.of(generic()), Optional.of(generic()),
        WorkloadState.idle(), CLOCK);
    assertThat(r.verdict()).isEqualTo(RecheckVerdict.NO_LONGER_FITS_NO_ACTION);
    assertThat(r.code()).isEqualTo(Recheck.TOLERATIONS_ONLY);
    assertThat(r.reason()).contains("toleration changes");

    VirtualMachine spread = running(vm("linux-vm", 1, "10%", "1Gi", "priorityClassName: high"), "green-1");
    assertThat(ee.recheck(tainted, after, spread, Optional.of(generic()), Optional.of(generic()),
        WorkloadState.idle(), CLOCK).verdict()).isEqualTo(RecheckVerdict.NEEDS_RESTART);
  }
}

package dev.dvp.change;

import dev.dvp.model.cluster.Edition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dvp.model.BlockDeviceRef;
import dev.dvp.model.Bootloader;
import dev.dvp.model.Cpu;
import dev.dvp.model.Disruptions;
import dev.dvp.model.GpuRef;
import dev.dvp.model.ImmutableVirtualMachineSpec;
import dev.dvp.model.Manifests;
import dev.dvp.model.Memory;
import dev.dvp.model.NetworkInterface;
import dev.dvp.model.NetworkType;
import dev.dvp.model.OsType;
import dev.dvp.model.Provisioning;
import dev.dvp.model.ProvisioningType;
import dev.dvp.model.Quantity;
import dev.dvp.model.RestartApprovalMode;
import dev.dvp.model.RunPolicy;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of {@link SpecChanges} over generated pairs of specs, in both editions. */
class SpecChangesPropertiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<BlockDeviceRef> DEVICES = List.of(Specs.disk("root"), Specs.disk("data"),
      Specs.image("iso"), Specs.clusterImage("ubuntu"), Specs.disk("logs"));

  private static <T> T pick(SplittableRandom random, List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  /** A spec from a small domain per field, so that generated pairs often share values. */
  static VirtualMachineSpec spec(SplittableRandom r) {
    ImmutableVirtualMachineSpec.Builder b = VirtualMachineSpec.builder()
        .virtualMachineClassName(pick(r, List.of("generic", "host")))
        .cpu(r.nextBoolean() ? Cpu.of(pick(r, List.of(1, 2, 16, 17, 40))) : Cpu.of(pick(r, List.of(1, 2, 17)),
            pick(r, List.of("10%", "50%", "100%"))))
        .memory(Memory.of(Quantity.parse(pick(r, List.of("512Mi", "1Gi", "1024Mi", "2Gi", "4Gi")))));
    List<BlockDeviceRef> devices = new ArrayList<>(DEVICES.subList(0, 1 + r.nextInt(4)));
    if (r.nextInt(3) == 0) {
      Collections.swap(devices, 0, devices.size() - 1);
    }
    b.blockDeviceRefs(devices);
    switch (r.nextInt(4)) {
      case 0 -> b.runPolicy(RunPolicy.ALWAYS_ON);
      case 1 -> b.runPolicy(RunPolicy.ALWAYS_ON_UNLESS_STOPPED_MANUALLY);
      default -> { }
    }
    switch (r.nextInt(3)) {
      case 0 -> b.osType(OsType.WINDOWS);
      case 1 -> b.osType(OsType.GENERIC);
      default -> { }
    }
    switch (r.nextInt(3)) {
      case 0 -> b.bootloader(Bootloader.EFI);
      case 1 -> b.bootloader(Bootloader.BIOS);
      default -> { }
    }
    switch (r.nextInt(3)) {
      case 0 -> b.terminationGracePeriodSeconds(60L);
      case 1 -> b.terminationGracePeriodSeconds(30L);
      default -> { }
    }
    switch (r.nextInt(3)) {
      case 0 -> b.enableParavirtualization(true);
      case 1 -> b.enableParavirtualization(false);
      default -> { }
    }
    switch (r.nextInt(3)) {
      case 0 -> b.disruptions(Disruptions.builder().restartApprovalMode(RestartApprovalMode.AUTOMATIC).build());
      case 1 -> b.disruptions(Disruptions.builder().restartApprovalMode(RestartApprovalMode.MANUAL).build());
      default -> { }
    }
    if (r.nextBoolean()) {
      b.putNodeSelector("zone", pick(r, List.of("a", "b")));
    }
    if (r.nextBoolean()) {
      b.virtualMachineIPAddressName(pick(r, List.of("ip-1", "ip-2")));
    }
    if (r.nextInt(3) == 0) {
      b.priorityClassName("high");
    }
    if (r.nextBoolean()) {
      b.provisioning(Provisioning.builder().type(ProvisioningType.USER_DATA)
          .userData(pick(r, List.of("#cloud-config\n", "#cloud-config\nssh_pwauth: True\n"))).build());
    }
    switch (r.nextInt(3)) {
      case 0 -> b.addGpus(GpuRef.builder().gpuClassName("a100").build());
      case 1 -> b.addGpus(GpuRef.builder().gpuClassName("a100").build(), GpuRef.builder().gpuClassName("h100").build());
      default -> { }
    }
    switch (r.nextInt(3)) {
      case 0 -> b.addNetworks(NetworkInterface.builder().type(NetworkType.MAIN).build());
      case 1 -> b.addNetworks(NetworkInterface.builder().type(NetworkType.MAIN).build(),
          NetworkInterface.builder().type(NetworkType.NETWORK).name("n1").build());
      default -> { }
    }
    return b.build();
  }

  /** A pair (applied, desired): desired is either independent or a few-field edit of applied. */
  static Gen<VirtualMachineSpec[]> pairs() {
    return longs().all().map(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      VirtualMachineSpec applied = spec(r);
      VirtualMachineSpec other = spec(r);
      return new VirtualMachineSpec[] {applied, r.nextBoolean() ? other : mix(applied, other, r)};
    });
  }

  private static VirtualMachineSpec mix(VirtualMachineSpec a, VirtualMachineSpec b, SplittableRandom r) {
    ImmutableVirtualMachineSpec.Builder out = VirtualMachineSpec.builder().from(a);
    if (r.nextBoolean()) {
      out.cpu(b.cpu());
    }
    if (r.nextBoolean()) {
      out.memory(b.memory());
    }
    if (r.nextBoolean()) {
      out.blockDeviceRefs(b.blockDeviceRefs());
    }
    if (r.nextBoolean()) {
      out.networks(b.networks());
    }
    return out.build();
  }

  static Gen<ChangeContext> contexts() {
    return longs().between(0, 3).map(i -> switch (i.intValue()) {
      case 0 -> ChangeContext.defaults();
      case 1 -> ChangeContext.builder().edition(Edition.EE).build();
      case 2 -> ChangeContext.builder().edition(Edition.EE)
          .addFeatureGates(HotplugFeatureGate.HOTPLUG_CPU_AND_MEMORY_WITH_IN_PLACE_RESIZE).build();
      default -> ChangeContext.builder().edition(Edition.EE).seedGuideRules(true)
          .addBootAttachedBlockDevices(DEVICES.get(0)).build();
    });
  }

  @Test
  void aSpecComparedWithItselfHasNoChange() {
    qt().forAll(pairs(), contexts()).checkAssert((pair, context) -> {
      SpecChanges changes = SpecChanges.between(pair[0], pair[0], context);
      assertThat(changes.changes()).isEmpty();
      assertThat(changes.restartAwaitingChangesJson()).isEmpty();
      assertThat(changes.conditions()).isEmpty();
    });
  }

  @Test
  void outputIsSortedByPathAsBytesAndTheListHoldsExactlyTheRestartEntries() {
    qt().forAll(pairs(), contexts()).checkAssert((pair, context) -> {
      SpecChanges changes = SpecChanges.between(pair[0], pair[1], context);
      List<FieldChange> all = changes.changes();
      for (int i = 1; i < all.size(); i++) {
        assertThat(all.get(i - 1).path().compareTo(all.get(i).path())).isLessThanOrEqualTo(0);
      }
      assertThat(changes.restartAwaitingChanges()).isEqualTo(changes.restartChanges().stream()
          .map(FieldChange::toStatusEntry).toList());
      assertThat(changes.needsRestart()).isEqualTo(!changes.restartChanges().isEmpty());
      assertThat(changes.immediateChanges().size() + changes.heldBackChanges().size()
          + changes.restartChanges().size()).isEqualTo(all.size());
    });
  }

  @Test
  void unsetAndDefaultAreNeverPending() {
    qt().forAll(pairs(), contexts()).checkAssert((pair, context) -> {
      SpecChanges changes = SpecChanges.between(pair[0], defaulted(pair[0]),
          ChangeContext.builder().from(context).crdDefaults(false).build());
      // runPolicy has no comparator default: unset -> AlwaysOnUnlessStoppedManually is an immediate add.
      assertThat(changes.changes()).allMatch(c -> c.action() == (c.path().equals("runPolicy")
          ? ChangeAction.APPLY_IMMEDIATE : ChangeAction.NONE));
      assertThat(changes.restartAwaitingChanges()).isEmpty();
      assertThat(SpecChanges.between(pair[0], defaulted(pair[0]), context).changes()).isEmpty();
    });
  }

  @Test
  void swappingTheSidesSwapsAddAndRemoveAtTheSamePaths() {
    qt().forAll(pairs(), contexts()).checkAssert((pair, context) -> {
      List<FieldChange> forward = SpecChanges.between(pair[0], pair[1], context).changes();
      List<FieldChange> backward = SpecChanges.between(pair[1], pair[0], context).changes();
      assertThat(backward).extracting(FieldChange::path).containsExactlyElementsOf(
          forward.stream().map(FieldChange::path).toList());
      for (int i = 0; i < forward.size(); i++) {
        assertThat(backward.get(i).currentValue()).isEqualTo(forward.get(i).desiredValue());
        assertThat(backward.get(i).desiredValue()).isEqualTo(forward.get(i).currentValue());
      }
    });
  }

  /**
   * Block devices as DVP's path model can express them: unchanged, two swapped, one appended, the last removed, or
   * one replaced in place (a move next to an add or remove is invisible to DVP by design).
   */
  static List<BlockDeviceRef> expressibleEdit(List<BlockDeviceRef> devices, SplittableRandom r) {
    List<BlockDeviceRef> out = new ArrayList<>(devices);
    List<BlockDeviceRef> unused = new ArrayList<>(DEVICES);
    unused.removeAll(devices);
    switch (r.nextInt(5)) {
      case 0 -> Collections.swap(out, r.nextInt(out.size()), r.nextInt(out.size()));
      case 1 -> out.add(unused.get(r.nextInt(unused.size())));
      case 2 -> {
        if (out.size() > 1) {
          out.remove(out.size() - 1);
        }
      }
      case 3 -> out.set(r.nextInt(out.size()), unused.get(r.nextInt(unused.size())));
      default -> { }
    }
    return out;
  }

  @Test
  void applyingTheChangesToTheBaselineGivesTheDesiredSpec() {
    qt().forAll(pairs(), contexts(), longs().all()).checkAssert((pair, context, seed) -> {
      VirtualMachineSpec applied = defaulted(pair[0]);
      VirtualMachineSpec desired = defaulted(pair[1]).withBlockDeviceRefs(
          expressibleEdit(applied.blockDeviceRefs(), new SplittableRandom(seed)));
      SpecChanges changes = SpecChanges.between(applied, desired, context);
      assertThat(apply(applied, changes.changes())).isEqualTo(desired);
    });
  }

  /** The CRD defaults the API server fills in. */
  static VirtualMachineSpec defaulted(VirtualMachineSpec spec) {
    return VirtualMachineSpec.builder().from(spec)
        .runPolicy(spec.runPolicyOrDefault())
        .disruptions(spec.disruptions().orElse(Disruptions.builder()
            .restartApprovalMode(RestartApprovalMode.MANUAL).build()))
        .terminationGracePeriodSeconds(spec.terminationGracePeriodSecondsOrDefault())
        .enableParavirtualization(spec.enableParavirtualizationOrDefault())
        .osType(spec.osTypeOrDefault())
        .bootloader(spec.bootloaderOrDefault())
        .build();
  }

  /**
   * Applies DVP's entries as JSON-patch operations on the spec: the path model allows it when block devices only
   * change in place, at the end, or by swaps (moves next to an add or remove are invisible to DVP).
   */
  static VirtualMachineSpec apply(VirtualMachineSpec spec, List<FieldChange> changes) {
    ObjectNode tree = (ObjectNode) Manifests.standard().toJsonTree(spec);
    List<FieldChange> removals = new ArrayList<>();
    List<FieldChange> additions = new ArrayList<>();
    for (FieldChange change : changes) {
      String[] steps = change.fieldPath().replace("spec.", "").replace("[", ".").replace("]", "").split("\\.");
      if (steps.length == 2 && steps[0].equals("blockDeviceRefs") && change.operation() != ChangeOperation.REPLACE) {
        (change.operation() == ChangeOperation.REMOVE ? removals : additions).add(change);
        continue;
      }
      ObjectNode parent = tree;
      for (int i = 0; i < steps.length - 1; i++) {
        JsonNode next = parent.get(steps[i]);
        if (next instanceof ArrayNode array) {
          array.set(Integer.parseInt(steps[i + 1]), JSON.valueToTree(change.desiredValue().orElseThrow()));
          parent = null;
          break;
        }
        parent = next == null ? parent.putObject(steps[i]) : (ObjectNode) next;
      }
      if (parent == null) {
        continue;
      }
      String field = steps[steps.length - 1];
      if (change.desiredValue().isPresent()) {
        parent.set(field, JSON.valueToTree(change.desiredValue().get()));
      } else {
        parent.remove(field);
      }
    }
    ArrayNode devices = (ArrayNode) tree.get("blockDeviceRefs");
    removals.sort((a, b) -> index(b) - index(a));
    removals.forEach(c -> devices.remove(index(c)));
    additions.sort((a, b) -> index(a) - index(b));
    additions.forEach(c -> devices.insert(index(c), JSON.valueToTree(c.desiredValue().orElseThrow())));
    ObjectNode vm = JSON.createObjectNode().put("apiVersion", VirtualMachine.API_VERSION)
        .put("kind", VirtualMachine.KIND);
    vm.set("spec", tree);
    try {
      return Manifests.standard().fromJsonTree(vm, VirtualMachine.class).spec();
    } catch (Exception e) {
      throw new AssertionError("the applied changes do not make a spec: " + e.getMessage(), e);
    }
  }

  private static int index(FieldChange change) {
    return Integer.parseInt(change.path().substring("blockDeviceRefs.".length()));
  }
}

package dev.dvp.consumer;

import dev.dvp.admission.Admission;
import dev.dvp.admission.AdmissionContext;
import dev.dvp.admission.AdmissionRequest;
import dev.dvp.admission.AdmissionResult;
import dev.dvp.change.ChangeContext;
import dev.dvp.change.Patch;
import dev.dvp.change.PatchResult;
import dev.dvp.change.SpecChanges;
import dev.dvp.ipam.IpPool;
import dev.dvp.ipam.IpPoolOptions;
import dev.dvp.ipam.MacOui;
import dev.dvp.ipam.VirtualMachineCidrs;
import dev.dvp.migration.MigrationPath;
import dev.dvp.migration.MigrationOutcome;
import dev.dvp.migration.MigrationSimulator;
import dev.dvp.migration.VirtualMachineScenarios;
import dev.dvp.migration.Workload;
import dev.dvp.model.BlockDeviceKind;
import dev.dvp.model.BlockDeviceRef;
import dev.dvp.model.Cpu;
import dev.dvp.model.CpuTopology;
import dev.dvp.model.ManifestDocument;
import dev.dvp.model.Manifests;
import dev.dvp.model.Memory;
import dev.dvp.model.ObjectMeta;
import dev.dvp.model.Quantity;
import dev.dvp.model.Resource;
import dev.dvp.model.ServedKinds;
import dev.dvp.model.StructuralValidator;
import dev.dvp.model.UnknownFields;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.model.VirtualMachineSpec;
import dev.dvp.model.Violation;
import dev.dvp.placement.Inventory;
import dev.dvp.placement.Placement;
import dev.dvp.placement.PlacementOptions;
import dev.dvp.placement.Scheduler;
import dev.dvp.placement.TieBreak;
import dev.dvp.sizing.CoreFractionDefaulting;

import dev.dvp.sizing.ResourceRequests;
import dev.dvp.sizing.Sizing;
import dev.dvp.sizing.SizingAdmission;
import dev.dvp.sizing.SizingVerdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The README's Java snippets, copied as written (each in a method whose parameters are the snippet's free
 * variables), so that a consumer's {@code -Xlint:all -Werror} build of them proves the SDK's public API compiles
 * cleanly for its users. Only compiled, never run: the SDK's own tests check what the snippets return.
 */
final class ReadmeExamples {
  private ReadmeExamples() {}

  static String quickStart() throws Exception {
    // Read manifests (YAML with several documents, JSON, or kubectl's kind: List).
    List<Resource> objects = Manifests.standard().read(Path.of("vm.yaml"));
    VirtualMachine vm = (VirtualMachine) objects.get(0);

    // Build one in code: immutable values with fluent builders and with-copies.
    VirtualMachine built = VirtualMachine.builder()
        .metadata(ObjectMeta.of("linux-vm", "default"))
        .spec(VirtualMachineSpec.builder()
            .virtualMachineClassName("generic")
            .cpu(Cpu.of(1, "10%"))
            .memory(Memory.of(Quantity.parse("1Gi")))
            .addBlockDeviceRefs(BlockDeviceRef.of(BlockDeviceKind.VIRTUAL_DISK, "linux-vm-root"))
            .build())
        .build();
    VirtualMachine bigger = built.withSpec(built.spec().withCpu(Cpu.of(2, "10%")));

    // Validate against the CRD schema: each violation has a JSON path, a code and the API server's message.
    for (Violation v : StructuralValidator.standard().validate(bigger)) {
      System.out.println(v);   // e.g. spec.cpu.cores: Invalid value: 0: spec.cpu.cores in body should be ...
    }

    // Write it back.
    String yaml = Manifests.standard().toYaml(bigger);
    return vm.name() + yaml;
  }

  static void strictness() throws Exception {
    // Strict field validation, as the API server's fieldValidation=Strict reports it.
    VirtualMachine typo = Manifests.standard().readOne(
        "apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachine\nmetadata: {name: vm}\n"
            + "spec: {virtualMachineClassName: generic, cpu: {cores: 1, corefraction: 10%}, memory: {size: 1Gi},"
            + " blockDeviceRefs: [{kind: VirtualDisk, name: d}]}", VirtualMachine.class);
    UnknownFields.of(typo);   // [spec.cpu.corefraction: unknown field "spec.cpu.corefraction". Maybe "coreFraction"?]

    // Discovery: is this apiVersion and kind served?
    ServedKinds.check("virtualization.deckhouse.io/v1alpha1", "VirtualMachine");
    // Optional[apiVersion: no matches for kind "VirtualMachine" in version "virtualization.deckhouse.io/v1alpha1". Maybe ...]

    // Documents keep where they came from: line and column of any path, and keys written twice.
    for (ManifestDocument d : Manifests.standard().readDocuments(Path.of("vm.yaml"))) {
      for (Violation v : d.duplicateFields()) {
        System.out.println(d.locateDuplicate(v) + ": " + v);   // vm.yaml:12:5: spec.memory.size: duplicate field ...
      }
    }
  }

  static void migration(VirtualMachine vm) {
    MigrationOutcome r = MigrationSimulator.create().run(
        VirtualMachineScenarios.builderFor(vm)                       // memory + liveMigrationPolicy from the manifest
            .workload(Workload.builder().dirtyRate(300L << 20).workingSetBytes(512L << 20).build())
            .path(MigrationPath.builder().linkBandwidth(MigrationPath.GIGABIT_ETHERNET_GOODPUT).build())
            .force(true).build());
    System.out.println(r.verdict());
    // Completed in 73.3 s (downtime 233 ms, 20 iterations, 22 dirty syncs, max throttle 90%)
  }

  static Admission sizing(VirtualMachine vm0, VirtualMachineClass vmClass) {
    VirtualMachine vm = CoreFractionDefaulting.apply(vm0, Optional.of(vmClass)).vm();  // DVP's mutating defaulter
    SizingVerdict v = Sizing.check(vm, vmClass);
    v.fits();                      // false
    v.message();                   // DVP's webhook text, word for word
    v.advice();                    // "valid: memory 8Gi, or 5-8 cores with 9Gi"
    CpuTopology.of(20).toStatus(); // sockets 2, coresPerSocket 10
    ResourceRequests.of(vm, Optional.of(vmClass)).cpuRequest();  // 400m (2 cores × 20%)
    Admission admission = SizingAdmission.addTo(Admission.builder()).build();  // the rules in DVP's admission chain
    return admission;
  }

  static void ipam() {
    IpPool pool = IpPool.create(VirtualMachineCidrs.parse(List.of("10.66.10.0/24", "10.66.20.0/24")), IpPoolOptions.defaults());
    pool.allocate("default", "linux-vm-7prpx");                       // Bound 10.66.10.1, lease ip-10-66-10-1
    pool.allocateStatic("default", "linux-vm-custom-ip", "10.66.20.77");
    pool.release("default", "linux-vm-custom-ip");                    // Released; only "default" may take it back for 10 min
    MacOui.fromClusterUuid("17eb5ee6-192c-4048-b79e-a21eaf8b7121");   // 5e:e6:19
  }

  static boolean specChanges(VirtualMachine vm) throws Exception {
    PatchResult patched = Patch.merge("{\"spec\":{\"cpu\":{\"cores\":2}}}").applyTo(vm);       // vm: running, 1 core
    SpecChanges changes = SpecChanges.between(vm.spec(), patched.virtualMachine().spec(), ChangeContext.defaults());
    changes.restartAwaitingChangesJson().orElseThrow(); // [{"currentValue":1,"desiredValue":2,"operation":"replace","path":"cpu.cores"}]
    return changes.needsRestart();                // true: NEED RESTART; after the restart the baseline moves and the list is empty
  }

  static void admission() throws Exception {
    VirtualMachine vm = Manifests.standard().readOne(Files.readString(Path.of("vm.yaml")), VirtualMachine.class);
    // vm.yaml: labels {vm.kubevirt.io/name: x}, networks [{type: Network, name: a}, {type: Main}]
    AdmissionResult<VirtualMachine> r = Admission.standard().review(AdmissionRequest.create(vm),
        AdmissionContext.builder().virtualMachineCIDRs(List.of("10.66.10.0/24")).featureGate(AdmissionContext.SDN, true).build());
    r.allowed();   // false
    r.deniedAt();  // Optional[VALIDATING]
    r.errors();    // [metadata.labels[vm.kubevirt.io/name]: using the kubevirt.io group's name in the label is prohibited]
    // without the label: [spec.networks[1]: network type 'Main' occurs at unexpected position 1, it should be first]
  }

  /** Not in the README: where kube-scheduler would put a VM, through dvp-placement's public API. */
  static Optional<String> placement(Inventory inventory, VirtualMachine vm, VirtualMachineClass vmClass) {
    Placement placement = Scheduler.of(PlacementOptions.defaults())
        .schedule(inventory, vm, Optional.of(vmClass), TieBreak.byName());
    return placement.node();
  }
}

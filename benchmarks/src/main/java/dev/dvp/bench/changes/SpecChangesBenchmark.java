package dev.dvp.bench.changes;

import dev.dvp.model.BlockDeviceKind;
import dev.dvp.model.BlockDeviceRef;
import dev.dvp.model.Cpu;
import dev.dvp.model.ManifestException;
import dev.dvp.model.Manifests;
import dev.dvp.model.Memory;
import dev.dvp.model.Quantity;
import dev.dvp.model.RunPolicy;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineSpec;
import dev.dvp.change.ChangeContext;
import dev.dvp.model.cluster.Edition;
import dev.dvp.change.SpecChanges;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of {@link SpecChanges#between} on the seed's full VM (cloud-init, three block devices;
 * {@code docs/examples/changes/linux-vm.yaml}): the diff DVP's
 * controller runs on every reconcile. Target: at least 200,000 diffs per second on one core, i.e. at most 5 µs per
 * diff. Baseline: the deep {@code equals} of the two specs, the floor of any comparison.
 *
 * <p>Run from the repository root:
 * {@code java -jar benchmarks/target/benchmarks.jar SpecChangesBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SpecChangesBenchmark {
  /** The README's seed VM: cloud-init, 1 core at 10%, 1Gi, three block devices. */
  static final Path SEED_VM = Path.of(System.getProperty("dvp.examples", "docs/examples"), "changes", "linux-vm.yaml");

  private VirtualMachineSpec applied;
  private VirtualMachineSpec identical;
  private VirtualMachineSpec twoCores;
  private VirtualMachineSpec diskAdded;
  private VirtualMachineSpec manyChanges;
  private ChangeContext ce;
  private ChangeContext eeRunning;

  /**
   * Reads the VM twice, so "identical" is a deep comparison, not a reference check.
   *
   * @throws IOException if the example is missing: run from the repository root or set {@code -Ddvp.examples}
   * @throws ManifestException if the example is not a VM
   */
  @Setup
  public void setUp() throws IOException, ManifestException {
    if (!Files.isRegularFile(SEED_VM)) {
      throw new IOException(SEED_VM.toAbsolutePath() + " not found. Maybe run from the repository root or pass "
          + "-Ddvp.examples=<repository>/docs/examples");
    }
    String text = Files.readString(SEED_VM, StandardCharsets.UTF_8);
    applied = Manifests.standard().readOne(text, VirtualMachine.class).spec();
    identical = Manifests.standard().readOne(text, VirtualMachine.class).spec();
    twoCores = identical.withCpu(Cpu.of(2, "10%"));
    diskAdded = identical.withBlockDeviceRefs(append(identical.blockDeviceRefs(),
        BlockDeviceRef.of(BlockDeviceKind.VIRTUAL_DISK, "linux-vm-logs")));
    manyChanges = identical.withVirtualMachineClassName("host")
        .withCpu(Cpu.of(4, "50%"))
        .withMemory(Memory.of(Quantity.parse("4Gi")))
        .withRunPolicy(RunPolicy.ALWAYS_ON)
        .withProvisioning(identical.provisioning().map(p -> p.withUserData("#cloud-config\nssh_pwauth: True\n")))
        .withBlockDeviceRefs(identical.blockDeviceRefs().get(2), identical.blockDeviceRefs().get(1),
            identical.blockDeviceRefs().get(0));
    ce = ChangeContext.defaults();
    eeRunning = ChangeContext.builder().edition(Edition.EE)
        .addAllBootAttachedBlockDevices(applied.blockDeviceRefs()).build();
  }

  private static List<BlockDeviceRef> append(List<BlockDeviceRef> refs, BlockDeviceRef ref) {
    java.util.ArrayList<BlockDeviceRef> out = new java.util.ArrayList<>(refs);
    out.add(ref);
    return out;
  }

  /** Baseline: deep equality of the two specs. */
  @Benchmark
  public boolean baselineSpecEquals() {
    return applied.equals(identical);
  }

  /** The common reconcile: nothing changed. */
  @Benchmark
  public SpecChanges identical() {
    return SpecChanges.between(applied, identical, ce);
  }

  /** The seed scenario: cores 1 → 2, a Restart entry. */
  @Benchmark
  public SpecChanges coresChanged() {
    return SpecChanges.between(applied, twoCores, ce);
  }

  /** The seed scenario with what DVP publishes: the status list rendered as JSON. */
  @Benchmark
  public Optional<String> coresChangedAsStatusJson() {
    return SpecChanges.between(applied, twoCores, ce).restartAwaitingChangesJson();
  }

  /** A fourth disk hot-plugged in EE, with the boot-attached check. */
  @Benchmark
  public SpecChanges diskAdded() {
    return SpecChanges.between(applied, diskAdded, eeRunning);
  }

  /** Class, cpu, memory, runPolicy, cloud-init and a disk reorder at once. */
  @Benchmark
  public SpecChanges manyChanges() {
    return SpecChanges.between(applied, manyChanges, ce);
  }
}

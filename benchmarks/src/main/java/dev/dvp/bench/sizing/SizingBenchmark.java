package dev.dvp.bench.sizing;

import dev.dvp.model.ManifestException;
import dev.dvp.model.Manifests;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.model.CpuTopology;
import dev.dvp.sizing.ResourceRequests;
import dev.dvp.sizing.Sizing;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The sizing check of a VM against a class with the maximum 16 sizing policies (cores step, memory min/max/step,
 * per-core bounds, core fractions), with topology and requests; the target is at least 2 million VMs per second on
 * one core (under 500 ns per VM). The fitting VM matches the 16th policy, so the scan of ranges is the longest;
 * the rejected one fails three checks and builds DVP's message.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Sizing -f 1 -wi 2 -i 3 -w 1s -r 1s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SizingBenchmark {
  private VirtualMachineClass vmClass;
  private Optional<VirtualMachineClass> optionalClass;
  private VirtualMachine fitting;
  private VirtualMachine fittingSmall;
  private VirtualMachine rejected;

  /** Builds a 16-policy class and the VMs. */
  @Setup
  public void setUp() throws ManifestException {
    StringBuilder y = new StringBuilder("apiVersion: virtualization.deckhouse.io/v1alpha2\n"
        + "kind: VirtualMachineClass\nmetadata: {name: big}\nspec:\n  cpu: {type: Discovery}\n  sizingPolicies:\n");
    int min = 1;
    for (int i = 0; i < 16; i++) {
      int max = min + 7;
      y.append("  - cores: {min: ").append(min).append(", max: ").append(max).append(", step: 1}\n")
          .append("    memory: {min: 1Gi, max: 1Ti, step: 512Mi, perCore: {min: 512Mi, max: 16Gi}}\n")
          .append("    coreFractions: [5, 10, 20, 50, 100]\n");
      min = max + 1;
    }
    vmClass = Manifests.standard().readOne(y.toString(), VirtualMachineClass.class);
    optionalClass = Optional.of(vmClass);
    fitting = vm(128, "50%", "256Gi");
    fittingSmall = vm(2, "20%", "4Gi");
    rejected = vm(128, "30%", "4097Mi");
    if (!Sizing.check(fitting, vmClass).fits() || !Sizing.check(fittingSmall, vmClass).fits()
        || Sizing.check(rejected, vmClass).violations().size() != 3) {
      throw new IllegalStateException("benchmark fixtures do not behave as intended");
    }
  }

  private static VirtualMachine vm(int cores, String fraction, String memory) throws ManifestException {
    return Manifests.standard().readOne("apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachine\n"
        + "metadata: {name: vm}\nspec:\n  virtualMachineClassName: big\n  cpu: {cores: " + cores
        + ", coreFraction: \"" + fraction + "\"}\n  memory: {size: " + memory + "}\n"
        + "  blockDeviceRefs: [{kind: VirtualDisk, name: root}]\n", VirtualMachine.class);
  }

  /** Check a VM matching the 16th policy (the longest scan). */
  @Benchmark
  public boolean checkFittingLastPolicy() {
    return Sizing.check(fitting, vmClass).fits();
  }

  /** Check, topology and requests together: the per-VM work of the target. */
  @Benchmark
  public void checkTopologyAndRequests(Blackhole bh) {
    perVm(fitting, bh);
  }

  /** The same for a VM matching the first policy. */
  @Benchmark
  public void checkTopologyAndRequestsFirstPolicy(Blackhole bh) {
    perVm(fittingSmall, bh);
  }

  private void perVm(VirtualMachine vm, Blackhole bh) {
    bh.consume(Sizing.check(vm, optionalClass).fits());
    bh.consume(CpuTopology.of(vm.spec().cpu().cores()).toStatus());
    ResourceRequests r = ResourceRequests.of(vm, optionalClass);
    bh.consume(r.cpuRequest());
    bh.consume(r.cpuLimit());
  }

  /** A VM failing three checks, with DVP's composed message. */
  @Benchmark
  public Optional<String> checkRejectedWithMessage() {
    return Sizing.check(rejected, vmClass).message();
  }

  /** A rejected VM's advice: the nearest valid configurations (re-checks up to 248 core counts). */
  @Benchmark
  public Object adviceForRejected() {
    return Sizing.check(rejected, vmClass).suggestions();
  }
}

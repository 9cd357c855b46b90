package dev.dvp.bench.migration;

import dev.dvp.migration.ConcurrencyLimits;
import dev.dvp.migration.DirtyPattern;
import dev.dvp.migration.EvacuationMove;
import dev.dvp.migration.EvacuationResult;
import dev.dvp.migration.EvacuationSimulator;
import dev.dvp.migration.MigrationPath;
import dev.dvp.migration.MigrationOutcome;
import dev.dvp.migration.MigrationScenario;
import dev.dvp.migration.MigrationSimulator;
import dev.dvp.migration.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Costs of the live-migration engine: a typical converging migration (16 GiB, 64 MiB/s over a 2 GiB hot set, a few
 * iterations; target &lt; 100 µs), a 1 TiB VM that never converges run to its 880 000 s completion timeout (target
 * &lt; 50 ms), and a drain of 1,000 VMs of 4–64 GiB with mixed workloads across 100 nodes (target &lt; 1 s). Baseline:
 * CloudSim Plus's closed form (memory / half the bandwidth), the floor any simulation is measured against.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MigrationBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
public class MigrationBenchmark {

    private static final long GI = 1L << 30;
    private static final long MI = 1L << 20;

    private final MigrationSimulator simulator = MigrationSimulator.create();
    private final EvacuationSimulator evacuation = EvacuationSimulator.using(simulator);
    private MigrationScenario typical;
    private MigrationScenario tebibyte;
    private List<EvacuationMove> drain;
    private long memory = 16 * GI;
    private long bandwidth = 640 * MI;

    @Setup
    public void setUp() {
        typical = MigrationScenario.builder().memoryBytes(16 * GI)
                .workload(Workload.builder().dirtyRate(64 * MI).workingSetBytes(2 * GI).build()).build();
        tebibyte = MigrationScenario.builder().memoryBytes(1L << 40)
                .workload(Workload.builder().dirtyRate(200_000_000L).workingSetBytes(64 * GI).build())
                .path(MigrationPath.builder().linkBandwidth(MigrationPath.GIGABIT_ETHERNET_GOODPUT).build()).build();
        drain = drainOf(1000, 100, new SplittableRandom(42));
    }

    /** 1,000 VMs, 4–64 GiB: mostly quiet, some busy, a few that never converge; targets on other nodes. */
    static List<EvacuationMove> drainOf(int vms, int nodes, SplittableRandom random) {
        long[] sizes = {4 * GI, 8 * GI, 16 * GI, 32 * GI, 64 * GI};
        List<EvacuationMove> moves = new ArrayList<>(vms);
        for (int i = 0; i < vms; i++) {
            long memory = sizes[random.nextInt(sizes.length)];
            int kind = random.nextInt(100);
            Workload w;
            if (kind < 60) {
                w = Workload.builder().dirtyRate(random.nextLong(0, 64 * MI)).workingSetBytes(memory / 10)
                        .zeroPageFraction(0.5).build();
            } else if (kind < 95) {
                w = Workload.builder().dirtyRate(random.nextLong(100 * MI, 500 * MI)).workingSetBytes(memory / 4)
                        .pattern(DirtyPattern.RANDOM).zeroPageFraction(0.3).build();
            } else {
                w = Workload.builder().dirtyRate(2 * GI).workingSetBytes(memory / 2).build();
            }
            int source = random.nextInt(nodes);
            int target = (source + 1 + random.nextInt(nodes - 1)) % nodes;
            moves.add(new EvacuationMove("vm-" + i, "node-" + source, "node-" + target,
                    MigrationScenario.builder().memoryBytes(memory).workload(w).build()));
        }
        return moves;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public MigrationOutcome typicalConverging16GiB() {
        return simulator.run(typical);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public MigrationOutcome nonConverging1TiBToCompletionTimeout() {
        return simulator.run(tebibyte);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public EvacuationResult drain1000VmsOver100Nodes() {
        return evacuation.run(drain, ConcurrencyLimits.dvpDefault());
    }

    /** Baseline: CloudSim Plus's migration time, memory over half the bandwidth (no dirty pages at all). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double baselineCloudSimClosedForm() {
        return memory / (bandwidth * 0.5);
    }
}

package dev.dvp.bench;

import dev.dvp.model.Quantity;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Costs of {@link Quantity} on the hot paths other modules use: parsing memory and CPU sizes, comparing them and
 * printing the canonical form. Baselines: {@link Long#parseLong(String)} and {@link BigDecimal} parsing/comparison of
 * the same magnitudes, the floor and the naive alternative.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar QuantityBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class QuantityBenchmark {

    // Fields, not constants, so the JIT cannot fold the inputs.
    private String gibibytes = "8Gi";
    private String mebibytes = "1536Mi";
    private String millis = "500m";
    private String plainBytes = "8589934592";
    private String plainDecimal = "1610612736";

    private Quantity eightGi = Quantity.parse("8Gi");
    private Quantity oneAndHalfGi = Quantity.parse("1536Mi");
    private Quantity halfCpu = Quantity.parse("500m");
    private Quantity twoCpu = Quantity.parse("2");
    private BigDecimal eightGiDecimal = new BigDecimal("8589934592");
    private BigDecimal oneAndHalfGiDecimal = new BigDecimal("1610612736");
    private Quantity computed = Quantity.parse("1Gi").add(Quantity.parse("512Mi"));
    private Quantity computedCpu = Quantity.parse("1").add(Quantity.parse("500m"));

    /** Parse a binary memory size. */
    @Benchmark
    public Quantity parse8Gi() {
        return Quantity.parse(gibibytes);
    }

    /** Parse a binary memory size that is not a power of 1024. */
    @Benchmark
    public Quantity parse1536Mi() {
        return Quantity.parse(mebibytes);
    }

    /** Parse a milli CPU value. */
    @Benchmark
    public Quantity parse500m() {
        return Quantity.parse(millis);
    }

    /** Baseline: the cheapest possible parse of a number of the same size. */
    @Benchmark
    public long baselineParseLong() {
        return Long.parseLong(plainBytes);
    }

    /** Baseline: parsing the same number as a BigDecimal. */
    @Benchmark
    public BigDecimal baselineParseBigDecimal() {
        return new BigDecimal(plainDecimal);
    }

    /** Compare two memory sizes with different exponents. */
    @Benchmark
    public int compareMemory() {
        return eightGi.compareTo(oneAndHalfGi);
    }

    /** Compare two CPU values with different scales (500m against 2). */
    @Benchmark
    public int compareCpu() {
        return halfCpu.compareTo(twoCpu);
    }

    /** Baseline: comparing the same memory sizes as BigDecimals. */
    @Benchmark
    public int baselineCompareBigDecimal() {
        return eightGiDecimal.compareTo(oneAndHalfGiDecimal);
    }

    /** Canonical form of a computed binary quantity (1536Mi). */
    @Benchmark
    public String canonicalBinary() {
        return computed.canonical();
    }

    /** Canonical form of a computed decimal quantity (1500m). */
    @Benchmark
    public String canonicalDecimal() {
        return computedCpu.canonical();
    }
}

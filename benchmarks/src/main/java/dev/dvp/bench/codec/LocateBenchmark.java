package dev.dvp.bench.codec;

import dev.dvp.model.ManifestDocument;
import dev.dvp.model.Manifests;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link ManifestDocument#locate} on a file of 1,000 VM documents: a field of the last document, and a missing
 * field (which resolves to its nearest existing ancestor), once the source has been located in before; and the
 * first locate on a freshly read source (which pays for whatever the first locate costs) against the read alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class LocateBenchmark {
  String text;
  ManifestDocument last;
  final Manifests manifests = Manifests.standard();

  /**
   * Reads the file once and locates in it once.
   *
   * @throws Exception never
   */
  @Setup
  public void setup() throws Exception {
    text = CheckPipelineBenchmark.documents(1000);
    List<ManifestDocument> docs = manifests.readDocuments(text, "vms.yaml");
    last = docs.get(docs.size() - 1);
    last.locate("spec");
  }

  /**
   * A field of the last of 1,000 documents, the source already located in.
   *
   * @return the location
   */
  @Benchmark
  public Object locateExisting() {
    return last.locate("spec.blockDeviceRefs[2].name");
  }

  /**
   * A field that is not in the source: its nearest ancestor is found.
   *
   * @return the location
   */
  @Benchmark
  public Object locateMissing() {
    return last.locate("spec.cpu.no.such.field");
  }

  /**
   * Reading the 1,000 documents, then one locate (the first on this source).
   *
   * @param bh sink
   * @throws Exception never
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void readThenFirstLocate(Blackhole bh) throws Exception {
    List<ManifestDocument> docs = manifests.readDocuments(text, "vms.yaml");
    bh.consume(docs.get(docs.size() - 1).locate("spec.cpu.cores"));
  }

  /**
   * Baseline: reading the 1,000 documents alone.
   *
   * @param bh sink
   * @throws Exception never
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void baselineReadOnly(Blackhole bh) throws Exception {
    bh.consume(manifests.readDocuments(text, "vms.yaml"));
  }
}

package dev.dvp.bench.codec;

import dev.dvp.model.ManifestException;
import dev.dvp.model.Manifests;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One ConfigMap whose {@code data.blob} is a single plain scalar of {@code megabytes} MB, in YAML and in JSON,
 * read by a codec whose limits admit it ({@code maxSourceSize} 64 Mi characters and no smaller per-document limit
 * where the codec has one), and refused by the standard codec (3 MiB per document). Single shots: the slow case
 * took tens of seconds per read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class LongScalarBenchmark {
  /** Size of the scalar in MB (10^6 characters). */
  @Param({"10", "60"})
  public int megabytes;

  String yaml;
  String json;
  Manifests admitting;

  /** Builds the two texts and the codec. */
  @Setup
  public void setup() {
    String blob = "x".repeat(megabytes * 1_000_000);
    yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  blob: " + blob + "\n";
    json = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"big\"},\"data\":{\"blob\":\""
        + blob + "\"}}";
    admitting = LongScalars.admitting();
  }

  /**
   * The YAML text.
   *
   * @return the objects
   * @throws ManifestException never
   */
  @Benchmark
  public Object readYaml() throws ManifestException {
    return admitting.read(yaml, "big.yaml");
  }

  /**
   * The YAML text, refused by the standard codec's per-document limit.
   *
   * @return the refusal
   */
  @Benchmark
  public Object refuseYaml() {
    try {
      return Manifests.standard().read(yaml, "big.yaml");
    } catch (ManifestException e) {
      return e;
    }
  }

  /**
   * The JSON text, refused by the standard codec's per-document limit.
   *
   * @return the refusal
   */
  @Benchmark
  public Object refuseJson() {
    try {
      return Manifests.standard().read(json, "big.json");
    } catch (ManifestException e) {
      return e;
    }
  }

  /**
   * The JSON text.
   *
   * @return the objects
   * @throws ManifestException never
   */
  @Benchmark
  public Object readJson() throws ManifestException {
    return admitting.read(json, "big.json");
  }
}

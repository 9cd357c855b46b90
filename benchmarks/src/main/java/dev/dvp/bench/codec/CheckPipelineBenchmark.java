package dev.dvp.bench.codec;

import dev.dvp.model.Finding;
import dev.dvp.model.ManifestDocument;
import dev.dvp.model.Manifests;
import dev.dvp.admission.ReferenceCheck;
import dev.dvp.model.Resource;
import dev.dvp.model.ResourceSet;
import dev.dvp.model.ResourceSetCheck;
import dev.dvp.model.StructuralValidator;
import dev.dvp.model.Violation;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The {@code dvp check} pipeline through the Java API on one file of N VirtualMachine documents: read with
 * positions, validate every object against its schema, run the set-wide checks (references and the
 * {@link ServiceLoader} ones: sizing, IPAM; not admission, which is measured apart), and locate every finding.
 * Every VM names a class and a disk that are not in the file, so each yields two located warnings. Target: the
 * time per document stays flat within 2x from 10 to 10,000 documents. Divide the score by {@code n}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class CheckPipelineBenchmark {
  /** Documents in the one file. */
  @Param({"10", "100", "1000", "10000"})
  public int n;

  String text;
  final Manifests manifests = Manifests.standard();
  final StructuralValidator validator = StructuralValidator.standard();
  final List<ResourceSetCheck> checks = new ArrayList<>();

  /** Builds the file and loads the checks. */
  @Setup
  public void setup() {
    text = documents(n);
    checks.add(new ReferenceCheck());
    ServiceLoader.load(ResourceSetCheck.class).forEach(checks::add);
  }

  /**
   * One file of {@code n} VMs, each with its own name.
   *
   * @param n how many documents
   * @return the YAML stream
   */
  public static String documents(int n) {
    StringBuilder b = new StringBuilder(n * ManifestReadBenchmark.VM.length() + n * 16);
    for (int i = 0; i < n; i++) {
      b.append("---\n").append(ManifestReadBenchmark.VM.replace("name: linux-vm\n", "name: linux-vm-" + i + "\n"));
    }
    return b.toString();
  }

  /**
   * The whole pipeline, as {@code dvp check} runs it.
   *
   * @param bh sink
   * @throws Exception never for this input
   */
  @Benchmark
  public void check(Blackhole bh) throws Exception {
    List<ManifestDocument> documents = manifests.readDocuments(text, "vms.yaml");
    Map<Resource, ManifestDocument> origin = new IdentityHashMap<>();
    List<Resource> resources = new ArrayList<>(documents.size());
    for (ManifestDocument d : documents) {
      Resource r = d.resource().orElseThrow();
      origin.put(r, d);
      resources.add(r);
      for (Violation v : validator.validate(r)) {
        bh.consume(d.locate(v.path()));
      }
    }
    ResourceSet set = ResourceSet.of(resources, "default");
    int located = 0;
    for (ResourceSetCheck check : checks) {
      for (Finding f : check.check(set)) {
        bh.consume(origin.get(f.subject()).locate(f.violation().path()));
        located++;
      }
    }
    if (located < 2 * n) {
      throw new IllegalStateException("expected two findings per VM, got " + located);
    }
  }
}

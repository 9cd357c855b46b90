package dev.dvp.cli;

import java.util.Optional;
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
 * What {@code dvp lsp} does after an edit: the changed document's text is read again and the whole workspace is
 * judged ({@link ManifestWorkspace#put} then {@link ManifestWorkspace#judge}). Two workspaces: {@code files}
 * files of one VM each (with its class and disk in two more files), and one file of {@code files} VM documents.
 * (In package {@code dev.dvp.cli} because the workspace is the command line's own, package-private.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LspWorkspaceBenchmark {
  /** How many VMs. */
  @Param({"100", "1000"})
  public int files;

  ManifestWorkspace manyFiles;
  ManifestWorkspace oneFile;
  String[] vmTexts = new String[2];
  String[] bigTexts = new String[2];
  int edit;

  static String vm(int i, int cores) {
    return "apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualMachine\nmetadata:\n  name: vm-" + i
        + "\nspec:\n  virtualMachineClassName: generic\n  cpu:\n    cores: " + cores + "\n    coreFraction: 10%\n"
        + "  memory:\n    size: 1Gi\n  blockDeviceRefs:\n    - kind: VirtualDisk\n      name: disk\n";
  }

  /** Builds both workspaces, judged once. */
  @Setup
  public void setup() {
    manyFiles = new ManifestWorkspace(Optional.empty());
    oneFile = new ManifestWorkspace(Optional.empty());
    String cls = "apiVersion: virtualization.deckhouse.io/v1alpha3\nkind: VirtualMachineClass\nmetadata:\n"
        + "  name: generic\nspec:\n  cpu:\n    type: Host\n";
    String disk = "apiVersion: virtualization.deckhouse.io/v1alpha2\nkind: VirtualDisk\nmetadata:\n  name: disk\n"
        + "spec:\n  persistentVolumeClaim:\n    size: 10Gi\n";
    for (ManifestWorkspace w : new ManifestWorkspace[] {manyFiles, oneFile}) {
      w.put("/ws/class.yaml", cls);
      w.put("/ws/disk.yaml", disk);
    }
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < files; i++) {
      manyFiles.put("/ws/vm-" + i + ".yaml", vm(i, 1));
      big.append(i == 0 ? "" : "---\n").append(vm(i, 1));
    }
    oneFile.put("/ws/vms.yaml", big.toString());
    vmTexts[0] = vm(0, 1);
    vmTexts[1] = vm(0, 2);
    bigTexts[0] = big.toString();
    bigTexts[1] = big.toString().replaceFirst("cores: 1", "cores: 2");
    manyFiles.judge();
    oneFile.judge();
  }

  /**
   * One VM file of many edited: read again, everything judged.
   *
   * @return the findings
   */
  @Benchmark
  public Object editOneOfManyFiles() {
    manyFiles.put("/ws/vm-0.yaml", vmTexts[edit++ & 1]);
    return manyFiles.judge();
  }

  /**
   * One document of a large file edited: the file read again, everything judged.
   *
   * @return the findings
   */
  @Benchmark
  public Object editOneDocumentOfALargeFile() {
    oneFile.put("/ws/vms.yaml", bigTexts[edit++ & 1]);
    return oneFile.judge();
  }
}

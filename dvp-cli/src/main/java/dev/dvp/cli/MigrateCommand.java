package dev.dvp.cli;

import dev.dvp.migration.AutoConvergePolicy;
import dev.dvp.migration.DirtyPattern;
import dev.dvp.migration.ImmutableMigrationScenario;
import dev.dvp.model.LiveMigrationPolicy;
import dev.dvp.migration.MigrationPath;
import dev.dvp.migration.MigrationOutcome;
import dev.dvp.migration.MigrationScenario;
import dev.dvp.migration.MigrationSimulator;
import dev.dvp.migration.QemuSettings;
import dev.dvp.migration.VirtualMachineScenarios;
import dev.dvp.migration.Workload;
import dev.dvp.model.ManifestException;
import dev.dvp.model.Resource;
import dev.dvp.model.VirtualMachine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dvp migrate}: predicts a live migration of the VM in a manifest under a workload the user describes — the
 * verdict, the per-iteration table, the DVP objects over time, an optional plot (SVG/PNG) and JSON output.
 *
 * <p>Exit 0: the migration completes; 1: it fails (timeout, policy error); 2: unreadable input or bad options.
 */
@Command(name = "migrate", sortOptions = false,
    description = {"Predict a live migration of a VM: convergence, iterations, throttle, downtime, DVP objects.",
        "Sizes and rates take Kubernetes quantities (2Gi, 640Mi), MiB/GiB spellings, or plain bytes.",
        "Exit 0: completes; 1: fails (timeout or policy error); 2: unreadable input or bad options."})
public final class MigrateCommand implements Callable<Integer> {
  @Mixin
  ManifestArgument manifest;

  /** The manifest given, as an argument or with {@code -f}. */
  private Path file;

  @Option(names = "--vm", paramLabel = "NAME", description = "Which VirtualMachine, when the file has several.")
  String vmName;

  @Option(names = "--dirty-rate", defaultValue = "0", paramLabel = "RATE",
      description = "Write rate to the hot set at 0%% throttle, e.g. 64MiB/s (default: ${DEFAULT-VALUE}).")
  String dirtyRate;

  @Option(names = "--working-set", paramLabel = "SIZE", description = "Hot set the workload writes (default: all memory).")
  String workingSet;

  @Option(names = "--zero-pages", defaultValue = "0", paramLabel = "0..1",
      description = "Share of the other pages that are all-zero (default: ${DEFAULT-VALUE}).")
  double zeroPages;

  @Option(names = "--pattern", defaultValue = "sweep", paramLabel = "sweep|random",
      description = "How writes land on the hot set (default: ${DEFAULT-VALUE}).")
  DirtyPattern pattern;

  @Option(names = "--throttleable", defaultValue = "true", arity = "1", paramLabel = "true|false",
      description = "Whether dirtying slows with the vCPU throttle (default: ${DEFAULT-VALUE}).")
  boolean throttleable;

  @Option(names = "--bandwidth", paramLabel = "RATE",
      description = "bandwidthPerMigration (default: DVP's 640Mi/s; 0 = unlimited).")
  String bandwidth;

  @Option(names = "--link-bandwidth", paramLabel = "RATE",
      description = "Goodput of the migration path (default: 1170000000, 10 GbE).")
  String linkBandwidth;

  @Option(names = "--downtime-limit", paramLabel = "DURATION", description = "QEMU downtime-limit (default: 300ms).")
  String downtimeLimit;

  @Option(names = "--policy", paramLabel = "POLICY",
      description = "liveMigrationPolicy instead of the VM's: AlwaysSafe, PreferSafe, AlwaysForced, PreferForced.")
  String policy;

  @Option(names = "--force", arity = "1", paramLabel = "true|false",
      description = "The VMOP's spec.force; unset unless given, as in a VMOP.")
  Boolean force;

  @Option(names = "--qemu-periodic-sync", arity = "1", defaultValue = "true", paramLabel = "true|false",
      description = "QEMU 9.2's 5 s dirty sync with auto-converge (false for QEMU <= 9.1; default: ${DEFAULT-VALUE}).")
  boolean periodicSync;

  @Option(names = "--plot", paramLabel = "FILE.svg|FILE.png",
      description = "Draw remaining memory, throttle and dirty rate over time.")
  Path plot;

  @Mixin
  OutputOption output;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    file = manifest.file(spec);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    VirtualMachine vm;
    try {
      vm = pickVm(ManifestFiles.read(file));
    } catch (ManifestException e) {
      err.println("dvp migrate: " + e.getMessage());
      return 2;
    } catch (IllegalArgumentException e) {
      err.println("dvp migrate: " + e.getMessage());
      return 2;
    }
    String name = vm.metadata().name().orElse("<unnamed>");
    MigrationScenario scenario;
    try {
      scenario = scenario(vm);
    } catch (IllegalArgumentException e) {
      err.println("dvp migrate: " + e.getMessage());
      return 2;
    }
    MigrationOutcome result = MigrationSimulator.using(Clock.systemUTC()).run(scenario);
    if (output.isJson()) {
      MigrateReport.json(out, name, scenario, result);
    } else {
      MigrateReport.text(out, name, scenario, result);
    }
    if (plot != null) {
      try {
        TimelinePlot.write(result, "dvp migrate " + name + ": " + result.verdict(), plot);
        if (!output.isJson()) {
          out.println("Plot: " + plot);
        }
      } catch (IOException | IllegalArgumentException e) {
        err.println("dvp migrate: cannot write the plot " + plot + ": " + e.getMessage());
        out.flush();
        return 2;
      }
    }
    out.flush();
    return result.completed() ? 0 : 1;
  }

  private VirtualMachine pickVm(List<Resource> resources) {
    List<VirtualMachine> vms = resources.stream().filter(VirtualMachine.class::isInstance)
        .map(VirtualMachine.class::cast)
        .filter(v -> vmName == null || v.metadata().name().map(vmName::equals).orElse(false)).toList();
    if (vms.isEmpty()) {
      throw new IllegalArgumentException(file + ": no VirtualMachine" + (vmName == null ? "" : " named " + vmName)
          + ". Maybe a manifest with kind: VirtualMachine" + (vmName == null ? "" : ", or another --vm") + "?");
    }
    if (vms.size() > 1) {
      throw new IllegalArgumentException(file + ": " + vms.size() + " VirtualMachines. Maybe --vm "
          + vms.get(0).metadata().name().orElse("NAME") + "?");
    }
    return vms.get(0);
  }

  private MigrationScenario scenario(VirtualMachine vm) {
    ImmutableMigrationScenario.Builder b = VirtualMachineScenarios.builderFor(vm);
    var w = Workload.builder().dirtyRate(MigrateUnits.rate("--dirty-rate", dirtyRate)).pattern(pattern)
        .dirtyThrottleable(throttleable).zeroPageFraction(zeroPages);
    if (workingSet != null) {
      w.workingSetBytes(MigrateUnits.bytes("--working-set", workingSet));
    }
    b.workload(w.build());
    var p = MigrationPath.builder();
    if (bandwidth != null) {
      p.bandwidthPerMigration(MigrateUnits.rate("--bandwidth", bandwidth));
    }
    if (linkBandwidth != null) {
      p.linkBandwidth(MigrateUnits.rate("--link-bandwidth", linkBandwidth));
    }
    b.path(p.build());
    var q = QemuSettings.builder();
    if (downtimeLimit != null) {
      q.downtimeLimit(MigrateUnits.duration("--downtime-limit", downtimeLimit));
    }
    if (!periodicSync) {
      q.periodicSync(java.time.Duration.ZERO);
    }
    b.qemu(q.build());
    if (policy != null) {
      LiveMigrationPolicy lp;
      try {
        lp = AutoConvergePolicy.policyOf(policy);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--policy: " + e.getMessage(), e);
      }
      b.policy(lp);
    }
    if (force != null) {
      b.force(force);
    }
    return b.build();
  }
}

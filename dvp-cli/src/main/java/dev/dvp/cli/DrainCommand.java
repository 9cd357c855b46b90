package dev.dvp.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dvp.model.ManifestException;
import dev.dvp.migration.ConcurrencyLimits;
import dev.dvp.migration.EvacuationEntry;
import dev.dvp.migration.EvacuationResult;
import dev.dvp.migration.EvacuationSimulator;
import dev.dvp.migration.MigrationSimulator;
import dev.dvp.model.Manifests;
import dev.dvp.model.VirtualMachine;
import dev.dvp.placement.Evacuation;
import dev.dvp.placement.EvacuationPlan;
import dev.dvp.placement.Inventory;
import dev.dvp.placement.Move;
import dev.dvp.placement.PlacementOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dvp drain}: for a node going into maintenance, a target node and an Evict operation ({@code evacuation-*})
 * for each VM on it, or the reason it cannot move.
 */
@Command(name = "drain", sortOptions = false,
    description = {"Plan the evacuation of a node: a target for every VM on it, or why it cannot move.",
        "With --workload, also simulate the live migrations under DVP's concurrency limits.",
        "Exit 0: every VM can move (and, simulated, migrates); 1: some cannot; 2: unreadable input."})
final class DrainCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "<node>", description = "The node to drain.")
  String node;

  @Mixin
  PlaceCommand.ClusterOptions cluster;

  @Option(names = "--unmovable", paramLabel = "<namespace/name=reason>",
      description = "A VM that cannot live-migrate, e.g. default/db=local disks. Repeatable.")
  Map<String, String> unmovable = new LinkedHashMap<>();

  @Option(names = "--workload", paramLabel = "<workload.yaml>",
      description = "Also simulate the evacuation with the live-migration engine, with each VM's dirty rate and"
          + " working set from this file (see the README), under DVP's concurrency limits.")
  Path workload;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PlacementOptions options = cluster.options();
    OutputOption output = cluster.output;
    PlaceCommand.Inputs in = new PlaceCommand.Inputs();
    EvacuationPlan plan;
    EvacuationResult simulated = null;
    try {
      in.read(cluster.nodes, in.running);
      in.read(cluster.running, in.running);
      Inventory inventory = in.inventory(options);
      plan = Evacuation.of(options).plan(inventory, node, unmovable, new SplittableRandom(cluster.seed));
      if (workload != null) {
        Map<String, VirtualMachine> byKey = new LinkedHashMap<>();
        in.running.forEach(vm -> byKey.put(vm.namespace().orElse("default") + "/" + vm.name(), vm));
        simulated = EvacuationSimulator.using(MigrationSimulator.create())
            .run(DrainWorkloads.read(workload).moves(node, plan.moves(), byKey), ConcurrencyLimits.dvpDefault());
      }
    } catch (ManifestException | IOException | IllegalArgumentException e) {
      err.println("dvp drain: " + e.getMessage());
      return 2;
    }
    if (output.isJson()) {
      ObjectNode root = PlaceCommand.json().createObjectNode();
      PlaceCommand.header(root, plan.snapshotId(), options);
      root.put("nodeName", plan.node());
      root.put("complete", plan.complete());
      ArrayNode moves = root.putArray("moves");
      for (Move m : plan.moves()) {
        ObjectNode o = moves.addObject();
        o.put("virtualMachine", m.pod());
        m.target().ifPresent(t -> o.put("nodeName", t));
        m.reason().ifPresent(r -> o.put("reason", r));
        m.operation().ifPresent(op -> o.set("operation", Manifests.standard().toJsonTree(op)));
      }
      if (simulated != null) {
        ObjectNode sim = root.putObject("evacuation");
        sim.put("totalSeconds", simulated.totalTime().toMillis() / 1000.0);
        ArrayNode timeline = sim.putArray("virtualMachines");
        for (EvacuationEntry e : simulated.byStart()) {
          ObjectNode o = timeline.addObject();
          o.put("virtualMachine", e.move().vmName()).put("nodeName", e.move().targetNode());
          e.transferStartedAt().ifPresent(t -> o.put("startSeconds", t.toMillis() / 1000.0));
          o.put("finishSeconds", e.finishedAt().toMillis() / 1000.0);
          o.put("completed", e.result().completed());
          o.put("verdict", e.result().verdict());
        }
      }
      PlaceCommand.print(out, root);
    } else {
      out.printf("Drain %s (snapshot %s): %s%n", plan.node(), plan.snapshotId(),
          plan.complete() ? "every VM can move" : "some VMs cannot move");
      out.printf("  %-40s %-20s %s%n", "VIRTUAL MACHINE", "TARGET", "OPERATION / REASON");
      for (Move m : plan.moves()) {
        out.printf("  %-40s %-20s %s%n", m.pod(), m.target().orElse("-"), m.target().isPresent()
            ? "Evict (generateName: evacuation-)" : m.reason().orElse(""));
      }
      if (simulated != null) {
        out.printf("Evacuation simulated with DVP's concurrency limits: %.1f s in all%n",
            simulated.totalTime().toMillis() / 1000.0);
        out.printf("  %-40s %-20s %9s %9s  %s%n", "VIRTUAL MACHINE", "TARGET", "START(s)", "END(s)", "RESULT");
        for (EvacuationEntry e : simulated.byStart()) {
          out.printf("  %-40s %-20s %9s %9.1f  %s%n", e.move().vmName(), e.move().targetNode(),
              e.transferStartedAt().map(t -> String.format("%.1f", t.toMillis() / 1000.0)).orElse("-"),
              e.finishedAt().toMillis() / 1000.0, e.result().verdict());
        }
      }
    }
    out.flush();
    boolean allMigrated = simulated == null || simulated.failures().isEmpty();
    return plan.complete() && allMigrated ? 0 : 1;
  }
}

package dev.dvp.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dvp.model.ManifestException;
import dev.dvp.model.Manifests;
import dev.dvp.placement.Evacuation;
import dev.dvp.placement.EvacuationPlan;
import dev.dvp.placement.Inventory;
import dev.dvp.placement.Move;
import dev.dvp.placement.PlacementOptions;
import java.io.IOException;
import java.io.PrintWriter;
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
        "Exit 0: every VM can move; 1: some cannot; 2: unreadable input."})
final class DrainCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "<node>", description = "The node to drain.")
  String node;

  @Mixin
  PlaceCommand.ClusterOptions cluster;

  @Option(names = "--unmovable", paramLabel = "<namespace/name=reason>",
      description = "A VM that cannot live-migrate, e.g. default/db=local disks. Repeatable.")
  Map<String, String> unmovable = new LinkedHashMap<>();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PlacementOptions options = cluster.options();
    OutputFormat output = cluster.output;
    PlaceCommand.Inputs in = new PlaceCommand.Inputs();
    EvacuationPlan plan;
    try {
      in.read(cluster.nodes, in.running);
      in.read(cluster.running, in.running);
      Inventory inventory = in.inventory(options);
      plan = Evacuation.of(options).plan(inventory, node, unmovable, new SplittableRandom(cluster.seed));
    } catch (ManifestException | IOException | IllegalArgumentException e) {
      err.println("dvp drain: " + e.getMessage());
      return 2;
    }
    if (output == OutputFormat.JSON) {
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
      PlaceCommand.print(out, root);
    } else {
      out.printf("Drain %s (snapshot %s): %s%n", plan.node(), plan.snapshotId(),
          plan.complete() ? "every VM can move" : "some VMs cannot move");
      out.printf("  %-40s %-20s %s%n", "VIRTUAL MACHINE", "TARGET", "OPERATION / REASON");
      for (Move m : plan.moves()) {
        out.printf("  %-40s %-20s %s%n", m.pod(), m.target().orElse("-"), m.target().isPresent()
            ? "Evict (generateName: evacuation-)" : m.reason().orElse(""));
      }
    }
    out.flush();
    return plan.complete() ? 0 : 1;
  }
}

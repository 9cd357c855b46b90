package dev.dvp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dvp.model.GenericResource;
import dev.dvp.model.ManifestException;
import dev.dvp.model.Manifests;
import dev.dvp.model.Node;
import dev.dvp.model.Resource;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.model.VirtualMachineStatus;
import dev.dvp.placement.Assignment;
import dev.dvp.placement.Inventory;
import dev.dvp.placement.KubernetesVersion;
import dev.dvp.placement.NodeRejection;
import dev.dvp.placement.NodeScore;
import dev.dvp.placement.Placement;
import dev.dvp.placement.PlacementOptions;
import dev.dvp.placement.Plan;
import dev.dvp.placement.Planner;
import dev.dvp.placement.PluginScore;
import dev.dvp.placement.Pod;
import dev.dvp.placement.Scheduler;
import dev.dvp.placement.TieBreak;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dvp place}: where kube-scheduler would put one VM (with every node's scores or reasons), or a batch plan
 * for several, on the nodes of {@code --nodes} and the running VMs of {@code --running}.
 */
@Command(name = "place", sortOptions = false,
    description = {"Place VMs on nodes as kube-scheduler would, and explain every node.",
        "Exit 0: all placed; 1: some VM cannot be placed; 2: unreadable input."})
final class PlaceCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "<vm.yaml>",
      description = "VirtualMachine manifests to place; VirtualMachineClass manifests in them are used by name;"
          + " - reads standard input.")
  List<Path> vms = new ArrayList<>();

  @Option(names = {"-f", "--filename"}, paramLabel = "<vm.yaml>", description = "Same as an argument; repeatable.")
  List<Path> filenames = new ArrayList<>();

  @Mixin
  ClusterOptions cluster;

  @Spec
  CommandSpec spec;

  /** The options {@code dvp place} and {@code dvp drain} share: the cluster's files and the scheduler's settings. */
  static final class ClusterOptions {
    @Option(names = "--nodes", required = true, paramLabel = "<nodes.yaml>",
        description = "Nodes (`kubectl get nodes -o yaml`, a List or single Nodes); Namespace manifests may be included.")
    List<Path> nodes;

    @Option(names = "--running", paramLabel = "<running.yaml>",
        description = "Running VMs (with status.nodeName) and their classes.")
    List<Path> running = new ArrayList<>();

    @Mixin
    OutputOption output;

    @Option(names = "--seed", defaultValue = "0", description = "Seed for tie-breaks (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--kubernetes-version", defaultValue = "V1_35", paramLabel = "V1_34|V1_35|V1_36",
        description = "kube-scheduler semantics (default: ${DEFAULT-VALUE}).")
    KubernetesVersion kubernetesVersion;

    PlacementOptions options() {
      return PlacementOptions.builder().kubernetesVersion(kubernetesVersion).build();
    }
  }

  /** What the input files hold, split by kind. */
  static final class Inputs {
    final List<Node> nodes = new ArrayList<>();
    final Map<String, Map<String, String>> namespaces = new LinkedHashMap<>();
    final Map<String, VirtualMachineClass> classes = new LinkedHashMap<>();
    final List<VirtualMachine> running = new ArrayList<>();
    final List<VirtualMachine> vms = new ArrayList<>();

    void read(List<Path> files, List<VirtualMachine> vmTarget) throws IOException, ManifestException {
      for (Path file : ManifestFiles.expand(files)) {
        for (Resource r : ManifestFiles.read(file)) {
          add(r, vmTarget, file);
        }
      }
    }

    private void add(Resource r, List<VirtualMachine> vmTarget, Path file) throws ManifestException {
      if (r instanceof Node n) {
        nodes.add(n);
      } else if (r instanceof VirtualMachineClass c) {
        classes.put(c.name(), c);
      } else if (r instanceof VirtualMachine vm) {
        vmTarget.add(vm);
      } else if (r instanceof GenericResource g && g.kind().equals("Namespace")) {
        namespaces.put(g.name(), g.metadata().labels());
      } else if (r instanceof GenericResource g && g.kind().equals("List")) {
        JsonNode items = Manifests.standard().toJsonTree(g).path("items");
        for (JsonNode item : items) {
          add(Manifests.standard().fromJsonTree(item), vmTarget, file);
        }
      }
    }

    Inventory inventory(PlacementOptions options) {
      Inventory.Builder b = Inventory.builder().options(options).addNodes(nodes);
      namespaces.forEach(b::addNamespace);
      for (VirtualMachine vm : running) {
        if (vm.status().flatMap(VirtualMachineStatus::nodeName).isPresent()) {
          b.addVirtualMachine(vm, vm.spec().virtualMachineClassName().map(classes::get));
        }
      }
      return b.build();
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PlacementOptions options = cluster.options();
    OutputOption output = cluster.output;
    vms.addAll(filenames);
    if (vms.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "error: must specify VM manifests, as arguments or with -f (- reads standard input)");
    }
    long seed = cluster.seed;
    Inputs in = new Inputs();
    Inventory inventory;
    try {
      in.read(cluster.nodes, in.vms);
      in.read(cluster.running, in.running);
      in.read(vms, in.vms);
      inventory = in.inventory(options);
    } catch (ManifestException | IOException | IllegalArgumentException e) {
      err.println("dvp place: " + e.getMessage());
      return 2;
    }
    if (in.vms.isEmpty()) {
      err.println("dvp place: no VirtualMachine in " + vms + ". Maybe the files hold only classes or nodes");
      return 2;
    }
    Planner planner = Planner.of(options);
    List<Pod> pods = planner.launcherPods(inventory, in.vms, in.classes);
    if (pods.size() == 1) {
      Placement p = Scheduler.of(options).schedule(inventory, pods.get(0),
          TieBreak.random(new SplittableRandom(seed)));
      if (output.isJson()) {
        ObjectNode root = json().createObjectNode();
        header(root, inventory.snapshotId(), options);
        root.set("placement", placementJson(p));
        print(out, root);
      } else {
        printPlacement(out, p);
      }
      out.flush();
      return p.isScheduled() ? 0 : 1;
    }
    Plan plan = planner.plan(inventory, pods, new SplittableRandom(seed));
    if (output.isJson()) {
      ObjectNode root = json().createObjectNode();
      header(root, inventory.snapshotId(), options);
      root.put("strategy", plan.strategy());
      root.put("totalScore", plan.totalScore());
      ArrayNode assigned = root.putArray("assignments");
      for (Assignment a : plan.assignments()) {
        ObjectNode o = assigned.addObject();
        o.put("virtualMachine", a.pod());
        o.put("nodeName", a.node());
        o.put("score", a.score());
      }
      ArrayNode unplaced = root.putArray("unplaced");
      plan.unplaced().values().forEach(p -> unplaced.add(placementJson(p)));
      print(out, root);
    } else {
      out.printf("Plan for %d VMs (%s), snapshot %s, kube-scheduler %s:%n", pods.size(), plan.strategy(),
          plan.snapshotId(), options.kubernetesVersion());
      out.printf("  %-40s %-20s %s%n", "VIRTUAL MACHINE", "NODE", "SCORE");
      for (Assignment a : plan.assignments()) {
        out.printf("  %-40s %-20s %d%n", a.pod(), a.node(), a.score());
      }
      for (Placement p : plan.unplaced().values()) {
        out.printf("  %-40s %-20s %s%n", p.pod().key(), "-", "unplaced");
      }
      for (Placement p : plan.unplaced().values()) {
        out.println();
        printPlacement(out, p);
      }
    }
    out.flush();
    return plan.unplaced().isEmpty() ? 0 : 1;
  }

  static ObjectMapper json() {
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  static void print(PrintWriter out, JsonNode root) {
    try {
      out.println(json().writeValueAsString(root));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static void header(ObjectNode root, String snapshotId, PlacementOptions options) {
    root.put("snapshotId", snapshotId);
    root.put("kubernetesVersion", options.kubernetesVersion().text());
    root.put("memoryOverhead", options.memoryOverhead().description());
  }

  static ObjectNode placementJson(Placement p) {
    ObjectNode o = json().createObjectNode();
    o.put("virtualMachine", p.pod().virtualMachine().orElse(p.pod().name()));
    o.put("namespace", p.pod().namespace());
    p.node().ifPresent(n -> o.put("nodeName", n));
    o.put("summary", p.summary());
    o.put("cpuRequest", p.pod().cpuMillis() + "m");
    o.put("memoryRequest", p.pod().memoryBytes());
    ArrayNode tied = o.putArray("tiedNodes");
    p.tiedNodes().forEach(tied::add);
    ArrayNode scores = o.putArray("scores");
    for (NodeScore s : p.scores()) {
      ObjectNode n = scores.addObject();
      n.put("nodeName", s.node());
      n.put("total", s.total());
      n.put("scored", s.scored());
      ArrayNode plugins = n.putArray("plugins");
      for (PluginScore ps : s.plugins()) {
        plugins.addObject().put("plugin", ps.plugin()).put("raw", ps.raw()).put("score", ps.score())
            .put("weight", ps.weight());
      }
    }
    ArrayNode rejections = o.putArray("rejections");
    for (NodeRejection r : p.rejections()) {
      ObjectNode n = rejections.addObject();
      n.put("nodeName", r.node());
      n.put("plugin", r.plugin());
      n.put("status", r.status() == dev.dvp.placement.FilterStatus.UNSCHEDULABLE ? "Unschedulable"
          : "UnschedulableAndUnresolvable");
      ArrayNode reasons = n.putArray("reasons");
      r.reasons().forEach(reasons::add);
      ArrayNode details = n.putArray("details");
      r.details().forEach(details::add);
    }
    ArrayNode warnings = o.putArray("warnings");
    p.warnings().forEach(warnings::add);
    return o;
  }

  static void printPlacement(PrintWriter out, Placement p) {
    Pod pod = p.pod();
    out.printf("VM %s: %s%n", pod.key(), p.node().map(n -> "-> " + n).orElse("cannot be placed"));
    out.printf("  %s%n", p.summary());
    out.printf("  requests cpu %dm, memory %s (%s); snapshot %s; kube-scheduler %s%n", pod.cpuMillis(),
        dev.dvp.model.Quantity.ofBytes(pod.memoryBytes()), p.memoryOverhead().description(), p.snapshotId(),
        p.kubernetesVersion());
    if (p.tiedNodes().size() > 1) {
      out.printf("  tied: %s%n", String.join(", ", p.tiedNodes()));
    }
    for (String w : p.warnings()) {
      out.printf("  warning: %s%n", w);
    }
    out.printf("  %-20s %-10s %s%n", "NODE", "TOTAL", "SCORES / REASON");
    for (NodeScore s : p.scores()) {
      StringBuilder line = new StringBuilder();
      for (PluginScore ps : s.plugins()) {
        line.append(ps.plugin()).append('=').append(ps.score()).append('x').append(ps.weight()).append(' ');
      }
      String mark = p.node().map(s.node()::equals).orElse(false) ? " (chosen)" : "";
      out.printf("  %-20s %-10s %s%n", s.node(), s.scored() ? String.valueOf(s.total()) : "-",
          (s.scored() ? line.toString().trim() : "only feasible node, not scored") + mark);
    }
    for (NodeRejection r : p.rejections()) {
      out.printf("  %-20s %-10s %s: %s%n", r.node(), "rejected", r.plugin(), String.join(", ", r.reasons()));
      for (String d : r.details()) {
        out.printf("  %-20s %-10s   %s%n", "", "", d);
      }
    }
  }

}

package dev.dvp.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dvp.model.ManifestException;
import dev.dvp.model.Resource;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineOperationType;
import dev.dvp.model.VirtualMachinePhase;
import dev.dvp.lifecycle.Applicability;
import dev.dvp.lifecycle.Operations;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dvp ops <vm.yaml>}: the VirtualMachineOperations DVP would carry out on each VM of the file now (from its
 * runPolicy and {@code status.phase}), the {@code d8 v} command for each, and DVP's reason for refusing the others.
 * Only glue over {@link Operations#applicability}.
 */
@Command(name = "ops", sortOptions = false,
    description = {"List the operations (d8 v start|stop|restart|migrate|evict, Clone, Restore) DVP allows on a VM now.",
        "Exit 0: listed; 2: unreadable input or no VirtualMachine."})
public final class OpsCommand implements Callable<Integer> {
  @Mixin
  ManifestArgument manifest;

  /** The manifest given, as an argument or with {@code -f}. */
  private Path file;

  @Mixin
  OutputOption output;

  @Option(names = "--phase", paramLabel = "<phase>",
      description = "Judge as if the VM were in this phase (default: its status.phase, else Pending).")
  String phase;

  @Spec
  CommandSpec spec;

  /** One row: an operation, whether it applies now, and why not. */
  private record Row(VirtualMachineOperationType type, boolean force, Applicability verdict) {
    String label() {
      return type + (force ? " --force" : "");
    }

    Optional<String> command(String vm) {
      if (Operations.POWER_COMMANDS.contains(type)) {
        return Optional.of("d8 v " + type.value().toLowerCase(Locale.ROOT) + (force ? " --force " : " ") + vm);
      }
      return Optional.empty();
    }
  }

  @Override
  public Integer call() {
    file = manifest.file(spec);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Resource> read;
    try {
      read = ManifestFiles.read(file);
    } catch (ManifestException e) {
      err.println("dvp ops: " + e.getMessage());
      return 2;
    }
    List<VirtualMachine> vms = read.stream().filter(VirtualMachine.class::isInstance)
        .map(VirtualMachine.class::cast).toList();
    if (vms.isEmpty()) {
      err.println("dvp ops: " + file + " has no VirtualMachine; maybe pass the VM's manifest"
          + " (d8 k get vm <name> -o yaml > vm.yaml)");
      return 2;
    }
    Optional<VirtualMachinePhase> override = Optional.ofNullable(phase).map(VirtualMachinePhase::of);
    if (override.isPresent() && !override.get().isKnown()) {
      err.println("dvp ops: --phase " + phase + " is not a VirtualMachine phase; maybe one of "
          + VirtualMachinePhase.knownValues());
      return 2;
    }
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode all = json.createArrayNode();
    for (VirtualMachine vm : vms) {
      boolean assumed = override.isEmpty() && vm.status().flatMap(s -> s.phase()).isEmpty();
      VirtualMachinePhase current = override
          .orElse(vm.status().flatMap(s -> s.phase()).orElse(VirtualMachinePhase.PENDING));
      var policy = vm.spec().runPolicyOrDefault();
      List<Row> rows = new ArrayList<>();
      for (VirtualMachineOperationType type : VirtualMachineOperationType.knownValues()) {
        rows.add(new Row(type, false, Operations.applicability(type, false, policy, current)));
        if (type.equals(VirtualMachineOperationType.STOP) || type.equals(VirtualMachineOperationType.RESTART)) {
          rows.add(new Row(type, true, Operations.applicability(type, true, policy, current)));
        }
      }
      if (output.isJson()) {
        all.add(toJson(json, vm, policy.value(), current, assumed, rows));
      } else {
        printText(out, vm, policy.value(), current, assumed, rows);
      }
    }
    if (output.isJson()) {
      try {
        out.println(json.writeValueAsString(vms.size() == 1 ? all.get(0) : all));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("cannot write JSON", e);
      }
    }
    out.flush();
    return 0;
  }

  private static void printText(PrintWriter out, VirtualMachine vm, String policy, VirtualMachinePhase phase,
      boolean assumed, List<Row> rows) {
    out.println("VirtualMachine " + vm.name() + ": runPolicy " + policy + ", phase " + phase
        + (assumed ? " (no status.phase: assuming a new VM)" : ""));
    out.println("  allowed now:");
    rows.stream().filter(r -> r.verdict().allowed()).forEach(r -> out.println(String.format("    %-17s %s",
        r.label(), r.command(vm.name()).orElse("(a VirtualMachineOperation manifest)"))));
    out.println("  not allowed:");
    rows.stream().filter(r -> !r.verdict().allowed()).forEach(r -> out.println(String.format("    %-17s %s (%s)",
        r.label(), r.verdict().message().orElseThrow(), r.verdict().reason().orElseThrow())));
  }

  private static ObjectNode toJson(ObjectMapper json, VirtualMachine vm, String policy, VirtualMachinePhase phase,
      boolean assumed, List<Row> rows) {
    ObjectNode node = json.createObjectNode();
    node.put("virtualMachine", vm.name());
    vm.namespace().ifPresent(ns -> node.put("namespace", ns));
    node.put("runPolicy", policy);
    node.put("phase", phase.value());
    node.put("phaseAssumed", assumed);
    ArrayNode ops = node.putArray("operations");
    for (Row r : rows) {
      ObjectNode o = ops.addObject();
      o.put("type", r.type().value());
      o.put("force", r.force());
      o.put("allowed", r.verdict().allowed());
      r.verdict().reason().ifPresent(x -> o.put("reason", x));
      r.verdict().message().ifPresent(x -> o.put("message", x));
      r.command(vm.name()).ifPresent(x -> o.put("command", x));
    }
    return node;
  }
}

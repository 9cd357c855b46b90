package dev.dvp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.dvp.migration.EvacuationMove;
import dev.dvp.migration.MigrationPath;
import dev.dvp.migration.VirtualMachineScenarios;
import dev.dvp.migration.Workload;
import dev.dvp.model.VirtualMachine;
import dev.dvp.placement.Move;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The workload file of {@code dvp drain --workload}: how fast each VM dirties its memory, so that the evacuation
 * the placement plan describes can be simulated with the migration engine.
 *
 * <pre>
 * default:                    # every VM not listed below (optional; an idle guest when absent)
 *   dirtyRate: 64MiB/s
 *   workingSet: 2Gi
 * virtualMachines:
 *   default/linux-vm:         # namespace/name
 *     dirtyRate: 300MiB/s
 *     workingSet: 512Mi
 * linkBandwidth: 117e6        # bytes/s of the migration network (optional)
 * </pre>
 */
final class DrainWorkloads {
  private final JsonNode root;

  private DrainWorkloads(JsonNode root) {
    this.root = root;
  }

  static DrainWorkloads read(Path file) throws IOException {
    JsonNode root = new YAMLMapper().readTree(file.toFile());
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(file + ": a workload file is an object with default, virtualMachines and"
          + " linkBandwidth; got " + (root == null ? "nothing" : root.getNodeType()));
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!List.of("default", "virtualMachines", "linkBandwidth").contains(field)) {
        throw new IllegalArgumentException(file + ": unknown field \"" + field
            + "\". Maybe default, virtualMachines or linkBandwidth");
      }
    }
    return new DrainWorkloads(root);
  }

  /** The migrations of the VMs that have a target, each with its own workload, in the plan's order. */
  List<EvacuationMove> moves(String sourceNode, List<Move> plan, Map<String, VirtualMachine> vmsByKey) {
    List<EvacuationMove> out = new ArrayList<>();
    MigrationPath path = root.has("linkBandwidth")
        ? MigrationPath.builder().linkBandwidth(MigrateUnits.rate("linkBandwidth", root.get("linkBandwidth").asText()))
            .build()
        : MigrationPath.builder().build();
    for (Move m : plan) {
      if (m.target().isEmpty()) {
        continue;
      }
      VirtualMachine vm = vmsByKey.get(m.pod());
      if (vm == null) {
        throw new IllegalArgumentException("no VirtualMachine " + m.pod() + " among the running VMs");
      }
      JsonNode spec = root.path("virtualMachines").path(m.pod());
      if (spec.isMissingNode()) {
        spec = root.path("default");
      }
      out.add(new EvacuationMove(m.pod(), sourceNode, m.target().get(),
          VirtualMachineScenarios.builderFor(vm).workload(workload(m.pod(), spec)).path(path).build()));
    }
    return out;
  }

  private static Workload workload(String vm, JsonNode spec) {
    if (spec.isMissingNode() || spec.isNull()) {
      return Workload.idle();
    }
    var builder = Workload.builder();
    if (spec.has("dirtyRate")) {
      builder.dirtyRate(MigrateUnits.rate(vm + ".dirtyRate", spec.get("dirtyRate").asText()));
    }
    if (spec.has("workingSet")) {
      builder.workingSetBytes(MigrateUnits.bytes(vm + ".workingSet", spec.get("workingSet").asText()));
    }
    return builder.build();
  }
}

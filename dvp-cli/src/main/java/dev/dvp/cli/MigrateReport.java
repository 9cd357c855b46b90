package dev.dvp.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dvp.migration.DvpSnapshot;
import dev.dvp.migration.IterationRecord;
import dev.dvp.migration.MigrationOutcome;
import dev.dvp.migration.MigrationSample;
import dev.dvp.migration.MigrationScenario;
import java.io.PrintWriter;
import java.util.Locale;

/** Renders a simulated migration for {@code dvp migrate}: text for people, JSON for machines. */
final class MigrateReport {

  /** Iteration rows shown in text output before the table is cut. */
  static final int TEXT_ITERATION_ROWS = 40;

  private static final double MIB = 1 << 20;

  private MigrateReport() {}

  static void text(PrintWriter out, String vm, MigrationScenario s, MigrationOutcome r) {
    out.printf(Locale.ROOT, "VM %s: %.0f MiB, policy %s (auto-converge %s), bandwidth %s, link %.0f MB/s, "
            + "downtime limit %d ms%n", vm, s.memoryBytes() / MIB, r.decision().effectivePolicy().value(),
        r.decision().autoConverge() ? "on" : "off",
        s.path().qemuMaxBandwidth() == 0 ? "unlimited" : String.format(Locale.ROOT, "%.0f MiB/s",
            s.path().qemuMaxBandwidth() / MIB),
        s.path().linkBandwidth() / 1e6, s.qemu().downtimeLimit().toMillis());
    out.printf(Locale.ROOT, "Threshold %.1f MiB, completion timeout %d s%n", r.thresholdBytes() / MIB,
        r.acceptableCompletionTime().getSeconds());
    out.println("Verdict: " + r.verdict());
    r.failure().flatMap(f -> f.kubevirtFailureReason()).ifPresent(k -> out.println("KubeVirt: " + k));
    if (!r.iterationTable().isEmpty()) {
      out.println();
      out.println(" iter   start(s)    end(s)   sent(MiB)  new dirty(MiB)  remaining(MiB)  throttle");
      int shown = 0;
      for (IterationRecord i : r.iterationTable()) {
        if (shown++ == TEXT_ITERATION_ROWS) {
          out.printf("  ... %d more iterations (use --output json for all)%n", r.iterations() - TEXT_ITERATION_ROWS);
          break;
        }
        out.printf(Locale.ROOT, "%5d %10.1f %9.1f %11.1f %15.1f %15.1f %8d%%%n", i.iteration(), i.startSeconds(),
            i.endSeconds(), i.wireBytes() / MIB, i.newDirtyPages() * 4096 / MIB, i.remainingAfterSyncBytes() / MIB,
            i.throttlePercent());
      }
    }
    out.println();
    out.println("DVP objects:");
    for (DvpSnapshot d : r.dvpTimeline()) {
      out.printf(Locale.ROOT, "  %9.1f s  VMOP %-10s %-36s VM %s%s%n", d.offset().toNanos() / 1e9,
          d.vmopPhase().value(), d.vmopReason() + d.vmopProgress().stream().mapToObj(p -> " " + p + "%")
              .findFirst().orElse(""), d.vmPhase(),
          d.migrationResult().isEmpty() ? "" : "  migrationState.result=" + d.migrationResult());
    }
    for (String w : r.warnings()) {
      out.println("Warning: " + w);
    }
  }

  static void json(PrintWriter out, String vm, MigrationScenario s, MigrationOutcome r) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("vm", vm);
    root.put("memoryBytes", s.memoryBytes());
    root.put("verdict", r.verdict());
    root.put("completed", r.completed());
    r.failure().ifPresent(f -> {
      ObjectNode fn = root.putObject("failure");
      fn.put("reason", f.reason().name());
      fn.put("atSeconds", f.at().toNanos() / 1e9);
      f.kubevirtFailureReason().ifPresent(k -> fn.put("kubevirtFailureReason", k));
      fn.put("vmopReason", f.vmopReason());
      fn.put("vmopMessage", f.vmopMessage());
    });
    root.put("policy", r.decision().effectivePolicy().value());
    root.put("autoConverge", r.decision().autoConverge());
    root.put("totalTimeSeconds", r.totalTime().toNanos() / 1e9);
    root.put("downtimeMs", r.downtime().toNanos() / 1e6);
    root.put("wireBytes", r.wireBytes());
    root.put("normalPages", r.normalPagesSent());
    root.put("zeroPages", r.zeroPagesSent());
    root.put("iterations", r.iterations());
    root.put("dirtySyncCount", r.dirtySyncCount());
    root.put("timerSyncs", r.timerSyncs());
    root.put("maxThrottlePercent", r.maxThrottlePercent());
    root.put("thresholdBytes", r.thresholdBytes());
    root.put("completionTimeoutSeconds", r.acceptableCompletionTime().getSeconds());
    ArrayNode its = root.putArray("iterationTable");
    for (IterationRecord i : r.iterationTable()) {
      its.addObject().put("iteration", i.iteration()).put("startSeconds", i.startSeconds())
          .put("endSeconds", i.endSeconds()).put("wireBytes", i.wireBytes()).put("newDirtyPages", i.newDirtyPages())
          .put("remainingAfterSyncBytes", i.remainingAfterSyncBytes()).put("throttlePercent", i.throttlePercent());
    }
    ArrayNode samples = root.putArray("samples");
    for (MigrationSample m : r.samples()) {
      samples.addObject().put("t", m.timeSeconds()).put("remaining", m.remainingBytes())
          .put("transferred", m.transferredBytes()).put("dirtyPagesRate", m.dirtyPagesRate())
          .put("expectedDowntimeMs", m.expectedDowntimeMs()).put("throttlePercent", m.throttlePercent())
          .put("dirtySyncCount", m.dirtySyncCount()).put("workloadDirtyRate", m.workloadDirtyRate());
    }
    ArrayNode dvp = root.putArray("dvpTimeline");
    for (DvpSnapshot d : r.dvpTimeline()) {
      ObjectNode o = dvp.addObject();
      o.put("offsetSeconds", d.offset().toNanos() / 1e9).put("time", d.time().toString())
          .put("vmopPhase", d.vmopPhase().value()).put("vmopReason", d.vmopReason());
      d.vmopMessage().ifPresent(m -> o.put("vmopMessage", m));
      d.vmopProgress().ifPresent(p -> o.put("vmopProgress", p + "%"));
      o.put("vmPhase", d.vmPhase());
      ObjectNode ms = o.putObject("migrationState");
      d.migrationStart().ifPresent(x -> ms.put("startTimestamp", x.toString()));
      d.migrationEnd().ifPresent(x -> ms.put("endTimestamp", x.toString()));
      ms.put("result", d.migrationResult());
    }
    ArrayNode warnings = root.putArray("warnings");
    r.warnings().forEach(warnings::add);
    out.println(root.toPrettyString());
  }
}

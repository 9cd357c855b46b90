package dev.dvp.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dvp.model.Condition;
import dev.dvp.model.ManifestException;
import dev.dvp.model.Manifests;
import dev.dvp.model.Resource;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachinePhase;
import dev.dvp.model.Violation;
import dev.dvp.change.ChangeAction;
import dev.dvp.change.ChangeContext;
import dev.dvp.model.cluster.Edition;
import dev.dvp.change.FieldChange;
import dev.dvp.change.HotplugFeatureGate;
import dev.dvp.change.ImmutableChangeContext;
import dev.dvp.change.Patch;
import dev.dvp.change.PatchResult;
import dev.dvp.change.PatchType;
import dev.dvp.change.SpecChanges;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dvp diff}: what DVP does with a VM spec change. Compares the applied VM with a desired one (or with itself
 * after a {@code kubectl patch}-style patch) and prints {@code .status.restartAwaitingChanges} exactly as DVP
 * publishes it, the changes that apply at once, those a pending restart holds back, and the
 * {@code AwaitingRestartToApplyConfiguration} / {@code ConfigurationApplied} conditions.
 *
 * <p>Glue only: the rules live in {@link SpecChanges} and {@link Patch}.
 */
@Command(name = "diff", sortOptions = false,
    description = {"Predict DVP's restartAwaitingChanges, NEED RESTART and conditions for a VM spec change.",
        "  dvp diff <applied.yaml> <desired.yaml> [--edition CE|EE]",
        "  dvp diff <vm.yaml> --patch '<json>' [--type merge|json]",
        "Exit 0: no restart needed; 1: a restart is needed or the patch is rejected; 2: unreadable input."})
final class DiffCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "<applied.yaml>",
      description = "The VM as DVP last applied it (the baseline); with --patch, the VM to patch.")
  Path applied;

  @Parameters(index = "1", arity = "0..1", paramLabel = "<desired.yaml>",
      description = "The VM's present spec (kubectl apply/edit); omit it with --patch.")
  Path desired;

  @Option(names = {"-p", "--patch"}, paramLabel = "<json>",
      description = "A patch as kubectl patch -p takes it, applied to <applied.yaml>.")
  String patch;

  @Option(names = "--type", defaultValue = "merge", paramLabel = "merge|json",
      description = "Patch type: merge (RFC 7386) or json (RFC 6902) (default: ${DEFAULT-VALUE}).")
  PatchType type;

  @Option(names = "--edition", defaultValue = "CE", paramLabel = "CE|EE",
      description = "DVP edition: placement changes restart in CE, apply in place in EE (default: ${DEFAULT-VALUE}).")
  Edition edition;

  @Option(names = "--feature-gate", paramLabel = "<gate>",
      description = "A hot-plug feature gate that is on (EE only): HotplugCPUWithLiveMigration, "
          + "HotplugMemoryWithLiveMigration, HotplugCPUAndMemoryWithInPlaceResize. Repeatable.")
  List<String> featureGates = new ArrayList<>();

  @Option(names = "--phase", defaultValue = "Running", paramLabel = "<phase>",
      description = "The VM's phase (default: ${DEFAULT-VALUE}); Stopped and Pending apply everything at once.")
  String phase;

  @Option(names = "--boot-attached", defaultValue = "applied", paramLabel = "applied|none",
      description = "Which block devices were attached at boot: those of the applied spec (a VM started with it),"
          + " or none (default: ${DEFAULT-VALUE}).")
  String bootAttached;

  @Option(names = "--not-migratable", description = "The VM's Migratable condition is False.")
  boolean notMigratable;

  @Option(names = "--seed-guide",
      description = "Follow the seed user guide: every block-device and network change needs a restart.")
  boolean seedGuide;

  @Mixin
  OutputOption output;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if ((desired == null) == (patch == null)) {
      err.println("dvp diff: give either <desired.yaml> or --patch '<json>', not " + (patch == null ? "neither"
          : "both") + ". Maybe dvp diff vm.yaml --patch '{\"spec\":{\"cpu\":{\"cores\":2}}}'");
      return 2;
    }
    VirtualMachine baseline;
    VirtualMachine present;
    PatchResult patched = null;
    ChangeContext context;
    try {
      baseline = readVm(applied);
      if (patch != null) {
        patched = Patch.of(patch, type).applyTo(baseline);
        present = patched.virtualMachine();
      } else {
        present = readVm(desired);
      }
      context = context(baseline, present);
    } catch (ManifestException e) {
      err.println(e.getMessage());
      return 2;
    } catch (IllegalArgumentException e) {
      err.println("dvp diff: " + e.getMessage());
      return 2;
    }
    if (patched != null && !patched.accepted()) {
      if (output.isJson()) {
        out.println(rejectedJson(patched));
      } else {
        printRejected(out, patched);
      }
      out.flush();
      return 1;
    }
    SpecChanges changes = SpecChanges.between(baseline.spec(), present.spec(), context);
    if (output.isJson()) {
      printJson(out, changes, patched);
    } else {
      printText(out, changes, patched);
    }
    out.flush();
    return changes.needsRestart() ? 1 : 0;
  }

  private static VirtualMachine readVm(Path file) throws ManifestException {
    List<Resource> resources = ManifestFiles.read(file);
    List<VirtualMachine> vms = new ArrayList<>();
    for (Resource r : resources) {
      if (r instanceof VirtualMachine vm) {
        vms.add(vm);
      }
    }
    if (vms.size() != 1) {
      throw new ManifestException(file.toString(), 0, 0, "", "expected exactly one VirtualMachine, found "
          + vms.size() + " (Maybe split the file, one VM per file)");
    }
    return vms.get(0);
  }

  private ChangeContext context(VirtualMachine baseline, VirtualMachine present) {
    ImmutableChangeContext.Builder b = ChangeContext.builder().edition(edition).seedGuideRules(seedGuide)
        .migratable(!notMigratable).phase(VirtualMachinePhase.of(phase));
    if (!VirtualMachinePhase.of(phase).isKnown()) {
      throw new IllegalArgumentException("unknown phase \"" + phase + "\". Maybe one of "
          + VirtualMachinePhase.knownValues());
    }
    for (String gate : featureGates) {
      b.addFeatureGates(HotplugFeatureGate.ofGateName(gate));
    }
    switch (bootAttached) {
      case "applied" -> b.addAllBootAttachedBlockDevices(baseline.spec().blockDeviceRefs());
      case "none" -> { }
      default -> throw new IllegalArgumentException("--boot-attached must be applied or none; got \""
          + bootAttached + "\"");
    }
    present.metadata().generation().ifPresent(b::generation);
    return b.build();
  }

  // ------------------------------------------------------------------------------------------------ text

  private static void printRejected(PrintWriter out, PatchResult patched) {
    out.println("Patch rejected: the VirtualMachine is unchanged.");
    for (Violation v : patched.violations()) {
      if (v.isError()) {
        out.println("  " + v);
      }
    }
  }

  private static void printText(PrintWriter out, SpecChanges changes, PatchResult patched) {
    if (patched != null) {
      out.println("Patch accepted.");
    }
    out.println("restartAwaitingChanges: " + changes.restartAwaitingChangesJson().orElse("(none)"));
    for (FieldChange c : changes.restartChanges()) {
      if (!changes.restartAwaitingChanges().isEmpty()) {
        out.println("  " + line(c));
      }
    }
    section(out, "Applies at once:", changes.immediateChanges());
    section(out, "Held back until the restart:", changes.heldBackChanges());
    out.println("Conditions:" + (changes.conditions().isEmpty() ? " (none)" : ""));
    for (Condition c : changes.conditions()) {
      out.println("  " + c.type() + "=" + c.status() + " (" + c.reason() + "): " + c.message());
    }
    for (String w : changes.warnings()) {
      out.println("Warning: " + w);
    }
    if (changes.needsRestart()) {
      out.println("NEED RESTART: True" + (changes.automaticRestart()
          ? " (restartApprovalMode: Automatic, DVP restarts the VM itself)"
          : " (restartApprovalMode: Manual, restart the VM: d8 v restart <name>)"));
    } else {
      out.println("NEED RESTART: False");
    }
  }

  private static void section(PrintWriter out, String title, List<FieldChange> changes) {
    out.println(title + (changes.isEmpty() ? " (none)" : ""));
    for (FieldChange c : changes) {
      out.println("  " + line(c));
    }
  }

  private static String line(FieldChange c) {
    String values = switch (c.operation()) {
      case ADD -> json(c.desiredValue().orElseThrow());
      case REMOVE -> json(c.currentValue().orElseThrow());
      case REPLACE -> json(c.currentValue().orElseThrow()) + " -> " + json(c.desiredValue().orElseThrow());
    };
    return c.operation().wireValue() + " " + c.path() + ": " + values + " [" + actionName(c.action()) + "]"
        + c.restartMessage().map(m -> " " + m).orElse("");
  }

  private static String actionName(ChangeAction action) {
    return switch (action) {
      case NONE -> "None";
      case APPLY_IMMEDIATE -> "ApplyImmediate";
      case RESTART -> "Restart";
    };
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  // ------------------------------------------------------------------------------------------------ json

  private static void printJson(PrintWriter out, SpecChanges changes, PatchResult patched) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    if (patched != null) {
      root.putObject("patch").put("accepted", true);
    }
    if (!changes.restartAwaitingChanges().isEmpty()) {
      root.set("restartAwaitingChanges", mapper.valueToTree(changes.restartAwaitingChanges()));
    }
    root.put("needRestart", changes.needsRestart());
    root.put("automaticRestart", changes.automaticRestart());
    root.set("immediateChanges", entries(mapper, changes.immediateChanges()));
    root.set("heldBackChanges", entries(mapper, changes.heldBackChanges()));
    ArrayNode conditions = root.putArray("conditions");
    for (Condition c : changes.conditions()) {
      ObjectNode node = (ObjectNode) Manifests.standard().toJsonTree(c);
      if (c.lastTransitionTime().isEmpty()) {
        node.remove("lastTransitionTime");
      }
      conditions.add(node);
    }
    ArrayNode warnings = root.putArray("warnings");
    changes.warnings().forEach(warnings::add);
    out.println(write(mapper, root));
  }

  private static ArrayNode entries(ObjectMapper mapper, List<FieldChange> changes) {
    ArrayNode list = mapper.createArrayNode();
    for (FieldChange c : changes) {
      ObjectNode entry = mapper.valueToTree(c.toStatusEntry());
      entry.put("action", actionName(c.action()));
      c.restartMessage().ifPresent(m -> entry.put("restartMessage", m));
      list.add(entry);
    }
    return list;
  }

  private static String write(ObjectMapper mapper, ObjectNode root) {
    try {
      return mapper.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String rejectedJson(PatchResult patched) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    ObjectNode p = root.putObject("patch").put("accepted", false);
    ArrayNode violations = p.putArray("violations");
    for (Violation v : patched.violations()) {
      violations.addObject().put("path", v.path()).put("code", v.code())
          .put("severity", v.isError() ? "error" : "warning").put("message", v.message());
    }
    return write(mapper, root);
  }
}

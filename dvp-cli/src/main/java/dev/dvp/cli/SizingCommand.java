package dev.dvp.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dvp.model.CpuResources;
import dev.dvp.model.ManifestException;
import dev.dvp.model.Manifests;
import dev.dvp.model.Resource;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.model.Violation;
import dev.dvp.sizing.CoreFractionDefaulting;
import dev.dvp.model.CpuTopology;
import dev.dvp.sizing.ResourceRequests;
import dev.dvp.sizing.Sizing;
import dev.dvp.sizing.SizingVerdict;
import dev.dvp.sizing.Suggestion;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dvp sizing}: checks a VM against its VirtualMachineClass as DVP does and prints the CPU topology, the
 * requests, the verdict with DVP's messages, and the nearest valid configurations.
 *
 * <p>The VM's coreFraction is defaulted from the class first, as DVP's mutating webhook does. Exit 0: the VM fits
 * its class; 1: it does not (or the defaulter rejects it); 2: unreadable input.
 */
@Command(name = "sizing", sortOptions = false,
    description = {"Check a VM's cores, coreFraction and memory against its VirtualMachineClass: topology, requests,",
        "DVP's verdict and the nearest valid configurations.",
        "Exit 0: fits; 1: does not fit; 2: unreadable input."})
public final class SizingCommand implements Callable<Integer> {
  @Mixin
  ManifestArgument manifest;

  /** The manifest given, as an argument or with {@code -f}. */
  private Path vmFile;

  @Option(names = "--class", required = true, paramLabel = "<class.yaml>",
      description = "Manifest with the VirtualMachineClass (the one the VM names, if the file has several).")
  Path classFile;

  @Option(names = "--vm", paramLabel = "NAME", description = "Which VirtualMachine, when the file has several.")
  String vmName;

  @Mixin
  OutputOption output;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    vmFile = manifest.file(spec);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    VirtualMachine vm;
    VirtualMachineClass vmClass;
    try {
      vm = pick(ManifestFiles.read(vmFile), VirtualMachine.class, vmName, vmFile);
      String wanted = vm.spec().virtualMachineClassName().orElse(null);
      List<VirtualMachineClass> classes = ManifestFiles.read(classFile).stream()
          .filter(VirtualMachineClass.class::isInstance).map(VirtualMachineClass.class::cast).toList();
      vmClass = classes.stream().filter(c -> c.name().equals(wanted)).findFirst()
          .orElseGet(() -> pick(new ArrayList<>(classes), VirtualMachineClass.class, null, classFile));
    } catch (ManifestException | IllegalArgumentException | UncheckedIOException e) {
      err.println("dvp sizing: " + e.getMessage());
      err.flush();
      return 2;
    }
    if (vm.spec().virtualMachineClassName().isEmpty()) {
      vm = vm.withSpec(vm.spec().withVirtualMachineClassName(vmClass.name()));
    }
    CoreFractionDefaulting.Outcome defaulted = CoreFractionDefaulting.apply(vm, vmClass);
    SizingVerdict verdict = defaulted.error().isPresent() ? null : Sizing.check(defaulted.vm(), vmClass);
    ResourceRequests requests = ResourceRequests.of(defaulted.vm(), Optional.of(vmClass));
    if (output.isJson()) {
      json(out, vm, vmClass, defaulted, verdict, requests);
    } else {
      text(out, vm, vmClass, defaulted, verdict, requests);
    }
    out.flush();
    return verdict != null && verdict.fits() ? 0 : 1;
  }

  private static <T extends Resource> T pick(List<? extends Resource> resources, Class<T> type, String name,
      Path file) {
    String kind = type.getSimpleName();
    List<T> found = resources.stream().filter(type::isInstance).map(type::cast)
        .filter(r -> name == null || r.name().equals(name)).toList();
    if (found.isEmpty()) {
      throw new IllegalArgumentException(file + ": no " + kind + (name == null ? "" : " named " + name)
          + ". Maybe a manifest with kind: " + kind + "?");
    }
    if (found.size() > 1) {
      throw new IllegalArgumentException(file + ": " + found.size() + " " + kind + "s. Maybe --vm "
          + found.get(0).name() + "?");
    }
    return found.get(0);
  }

  private static void text(PrintWriter out, VirtualMachine vm, VirtualMachineClass vmClass,
      CoreFractionDefaulting.Outcome defaulted, SizingVerdict verdict, ResourceRequests r) {
    CpuTopology t = r.topology();
    out.printf("VirtualMachine %s, VirtualMachineClass %s%n", name(vm), vmClass.name());
    if (verdict != null) {
      verdict.matchedPolicy().ifPresentOrElse(i -> out.printf("Policy:     spec.sizingPolicies[%d] (cores %d-%d)%n", i,
          vmClass.spec().sizingPolicies().get(i).cores().min(), vmClass.spec().sizingPolicies().get(i).cores().max()),
          () -> out.println(vmClass.spec().sizingPolicies().isEmpty() ? "Policy:     none (the class has no sizing "
              + "policies)" : "Policy:     none matches"));
    }
    out.printf("Topology:   %d socket(s) x %d core(s) per socket%s%n", t.sockets(), t.coresPerSocket(),
        t.violation().isPresent() ? " (rejected)" : "");
    String fraction = defaulted.vm().spec().cpu().coreFraction().orElse("");
    String written = vm.spec().cpu().coreFraction().isEmpty() && !fraction.isEmpty() ? " (defaulted)" : "";
    out.printf("CPU:        %d cores, coreFraction %s%s; request %s, limit %s, QoS %s, oversubscription at most %s%n",
        r.cores(), r.auto() ? "Auto = " + r.coreFraction() : r.coreFraction(), written, r.cpuRequest().canonical(),
        r.cpuLimit().canonical(), r.qosClass(), r.oversubscription());
    out.printf("Memory:     %s%n", r.memory().canonical());
    if (defaulted.error().isPresent()) {
      out.println("Verdict:    does not fit");
      out.println("  " + defaulted.error().get());
      return;
    }
    out.println("Verdict:    " + (verdict.fits() ? "fits" : "does not fit"));
    List<Violation> all = new ArrayList<>(verdict.violations());
    verdict.cpuCountViolation().ifPresent(all::add);
    for (Violation v : all) {
      out.println("  " + v);
    }
    verdict.message().filter(m -> verdict.violations().size() > 0).ifPresent(m -> {
      out.println("DVP says:");
      m.lines().forEach(l -> out.println("  " + l));
    });
    if (!verdict.suggestions().isEmpty()) {
      out.println("Advice:     " + verdict.advice().orElseThrow());
      for (Suggestion s : verdict.suggestions()) {
        out.printf("  - cores %d%s, coreFraction %s, memory %s%n", s.cores(),
            s.coresUpTo() > s.cores() ? " (up to " + s.coresUpTo() + ")" : "", s.coreFraction().orElse("(none)"),
            s.memory().canonical());
      }
    }
  }

  private static void json(PrintWriter out, VirtualMachine vm, VirtualMachineClass vmClass,
      CoreFractionDefaulting.Outcome defaulted, SizingVerdict verdict, ResourceRequests r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("virtualMachine", name(vm));
    root.put("virtualMachineClassName", vmClass.name());
    root.put("fits", verdict != null && verdict.fits());
    if (verdict != null && verdict.matchedPolicy().isPresent()) {
      root.put("matchedPolicy", verdict.matchedPolicy().getAsInt());
    }
    Map<String, Object> cpu = new LinkedHashMap<>();
    CpuResources running = r.runningCpuStatus();
    cpu.put("cores", r.cores());
    cpu.put("coreFraction", defaulted.vm().spec().cpu().coreFraction().orElse(r.coreFraction()));
    cpu.put("effectiveCoreFraction", r.coreFraction());
    cpu.put("requestedCores", r.cpuRequest().canonical());
    cpu.put("limit", r.cpuLimit().canonical());
    cpu.put("qosClass", r.qosClass());
    cpu.put("oversubscription", r.oversubscription());
    Map<String, Object> topology = new LinkedHashMap<>();
    topology.put("sockets", running.topology().orElseThrow().sockets());
    topology.put("coresPerSocket", running.topology().orElseThrow().coresPerSocket());
    cpu.put("topology", topology);
    cpu.put("maxCoresPerSocket", r.topology().maxCoresPerSocket());
    root.put("cpu", cpu);
    root.put("memory", Map.of("size", r.memory().canonical()));
    List<Map<String, Object>> violations = new ArrayList<>();
    defaulted.error().ifPresent(v -> violations.add(violation(v)));
    if (verdict != null) {
      verdict.violations().forEach(v -> violations.add(violation(v)));
      verdict.cpuCountViolation().ifPresent(v -> violations.add(violation(v)));
      verdict.message().ifPresent(m -> root.put("message", m));
      verdict.condition().ifPresent(c -> {
        com.fasterxml.jackson.databind.node.ObjectNode node =
            (com.fasterxml.jackson.databind.node.ObjectNode) Manifests.standard().toJsonTree(c);
        // No clock offline: DVP's transition time is unknown, so the field is left out rather than shown empty.
        if (node.path("lastTransitionTime").asText("").isEmpty()) {
          node.remove("lastTransitionTime");
        }
        root.put("condition", node);
      });
    }
    root.put("violations", violations);
    List<Map<String, Object>> suggestions = new ArrayList<>();
    if (verdict != null) {
      for (Suggestion s : verdict.suggestions()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", s.cores());
        m.put("coresUpTo", s.coresUpTo());
        s.coreFraction().ifPresent(f -> m.put("coreFraction", f));
        m.put("memory", Map.of("size", s.memory().canonical()));
        m.put("changed", s.changed());
        m.put("summary", s.summary());
        suggestions.add(m);
      }
    }
    root.put("suggestions", suggestions);
    try {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  private static Map<String, Object> violation(Violation v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", v.path());
    m.put("code", v.code());
    m.put("message", v.message());
    m.put("severity", v.severity().name());
    return m;
  }

  private static String name(VirtualMachine vm) {
    return vm.name().isEmpty() ? "<unnamed>" : vm.name();
  }
}

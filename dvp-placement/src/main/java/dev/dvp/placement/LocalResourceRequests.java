package dev.dvp.placement;

import dev.dvp.model.IntOrString;
import dev.dvp.model.RecommendedCpu;
import dev.dvp.model.RecommendedResources;
import dev.dvp.model.SizingPolicy;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.model.VirtualMachineStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * R-A11 and R-A12 as sizing.md §7 and §9 state them: the effective coreFraction (explicit, class default,
 * {@code Auto} resolved), the CPU request ⌈cores × 1000 × f / 100⌉ m, and the memory request with the chosen
 * overhead model. Where DVP's defaulter would reject the VM, the request falls back to 100% with a warning, since
 * placement is asked about VMs that may not have passed admission.
 */
final class LocalResourceRequests implements ResourceRequests {
  static final LocalResourceRequests INSTANCE = new LocalResourceRequests();
  private static final long MIB = 1024L * 1024L;
  // sizing.md §7.7: the grid used for Auto when a policy lists no fractions.
  private static final int[] DEFAULT_AUTO_GRID = {5, 10, 15, 20, 30, 40, 50, 60, 70, 80, 90, 99};

  private LocalResourceRequests() {}

  @Override
  public Requests of(VirtualMachine vm, Optional<VirtualMachineClass> vmClass, MemoryOverhead overhead) {
    List<String> warnings = new ArrayList<>();
    int cores = vm.spec().cpu().cores();
    int percent = effectivePercent(vm, vmClass, warnings);
    long cpu = ceilDiv((long) cores * 1000L * percent, 100L);
    if (cpu <= 0) {
      cpu = cores * 1000L;
    }
    long memory = vm.spec().memory().size().value();
    if (overhead == MemoryOverhead.DOCUMENTED) {
      memory += 8 * MIB * cores;
    }
    return new Requests(cpu, memory, percent, List.copyOf(warnings));
  }

  private static int effectivePercent(VirtualMachine vm, Optional<VirtualMachineClass> vmClass,
      List<String> warnings) {
    int cores = vm.spec().cpu().cores();
    Optional<String> explicit = vm.spec().cpu().coreFraction();
    Optional<SizingPolicy> policy = vmClass.flatMap(c -> c.spec().sizingPolicies().stream()
        .filter(p -> p.cores().min() <= cores && cores <= p.cores().max()).findFirst());
    String fraction;
    if (explicit.isPresent()) {
      fraction = explicit.get();
    } else if (vmClass.isEmpty() || vmClass.get().spec().sizingPolicies().isEmpty()) {
      fraction = "100%";
    } else if (policy.isEmpty()) {
      warnings.add("spec.cpu.cores " + cores + " is in no sizing policy of class "
          + vmClass.get().name() + ": DVP rejects the VM; placement assumes coreFraction 100%");
      fraction = "100%";
    } else if (policy.get().defaultCoreFraction().isPresent()) {
      fraction = asText(policy.get().defaultCoreFraction().get());
    } else if (!policy.get().coreFractions().isEmpty()
        && policy.get().coreFractions().stream().noneMatch(f -> percentOf(asText(f)) == 100)) {
      warnings.add("class " + vmClass.get().name() + " has no default coreFraction for " + cores
          + " cores and does not allow 100%: DVP rejects the VM; placement assumes coreFraction 100%");
      fraction = "100%";
    } else {
      fraction = "100%";
    }
    if ("Auto".equals(fraction)) {
      return autoPercent(vm, policy);
    }
    int percent = percentOf(fraction);
    // statistic.go getCoresRequestedByKVVMI: f <= 0 or > 100 counts as 100.
    return percent <= 0 || percent > 100 ? 100 : percent;
  }

  /** sizing.md §7.6–7.7: the recommendation when present, else the step closest to 10 (ties to the lower). */
  private static int autoPercent(VirtualMachine vm, Optional<SizingPolicy> policy) {
    Optional<String> recommended = vm.status().flatMap(VirtualMachineStatus::recommendedResources)
        .flatMap(RecommendedResources::cpu).flatMap(RecommendedCpu::coreFraction);
    if (recommended.isPresent()) {
      return percentOf(recommended.get());
    }
    TreeSet<Integer> steps = new TreeSet<>();
    policy.ifPresent(p -> p.coreFractions().forEach(f -> {
      int v = percentOf(asText(f));
      if (v > 0 && v < 100) {
        steps.add(v);
      }
    }));
    if (steps.isEmpty()) {
      for (int v : DEFAULT_AUTO_GRID) {
        steps.add(v);
      }
    }
    int best = 10;
    int bestDistance = Integer.MAX_VALUE;
    for (int step : steps) {
      int distance = Math.abs(step - 10);
      if (distance < bestDistance) {
        best = step;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static String asText(IntOrString value) {
    return value.isInt() ? value.intValue().getAsInt() + "%" : value.stringValue().orElse("");
  }

  private static int percentOf(String text) {
    String digits = text.endsWith("%") ? text.substring(0, text.length() - 1) : text;
    try {
      return Integer.parseInt(digits.trim());
    } catch (NumberFormatException e) {
      return 100;
    }
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }
}

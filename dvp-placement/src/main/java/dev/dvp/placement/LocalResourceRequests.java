package dev.dvp.placement;

import dev.dvp.model.IntOrString;
import dev.dvp.model.SizingPolicy;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The launcher pod's requests: the defaulted coreFraction (the class policy's default for an empty value, as
 * {@code images/virtualization-artifact/pkg/controller/vm/internal/defaulter/core_fraction.go} sets it) is
 * decided here, with a warning and a 100% fallback where DVP's defaulter would reject the VM (placement is asked
 * about VMs that may not have passed admission); {@code Auto} resolution, the CPU request
 * ⌈cores × 1000 × f / 100⌉ m and the memory overhead come from dvp-sizing's {@link dev.dvp.sizing.ResourceRequests}.
 */
final class LocalResourceRequests implements ResourceRequests {
  static final LocalResourceRequests INSTANCE = new LocalResourceRequests();

  private LocalResourceRequests() {}

  @Override
  public Requests of(VirtualMachine vm, Optional<VirtualMachineClass> vmClass, MemoryOverhead overhead) {
    List<String> warnings = new ArrayList<>();
    String fraction = defaulted(vm, vmClass, warnings);
    VirtualMachine defaulted = vm.withSpec(vm.spec().withCpu(vm.spec().cpu().withCoreFraction(fraction)));
    dev.dvp.sizing.ResourceRequests r = dev.dvp.sizing.ResourceRequests.of(defaulted, vmClass,
        dev.dvp.sizing.MemoryOverhead.valueOf(overhead.name()));
    long memory = r.memory().value() + r.memoryOverhead().value();
    return new Requests(r.cpuRequest().milliValue(), memory, r.coreFractionPercent(), List.copyOf(warnings));
  }

  private static String defaulted(VirtualMachine vm, Optional<VirtualMachineClass> vmClass, List<String> warnings) {
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
    return fraction;
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
}

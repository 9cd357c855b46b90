package dev.dvp.sizing;

import dev.dvp.model.CpuTopology;

import dev.dvp.model.Finding;
import dev.dvp.model.ResourceSet;
import dev.dvp.model.ResourceSetCheck;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.model.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sizing rules as a {@code dvp check} plug-in (registered with {@link java.util.ServiceLoader}): each
 * VirtualMachineClass in the set is validated ({@link ClassValidation#check}, the default-class rule against the
 * other classes), and each VirtualMachine whose class is in the set is defaulted ({@link CoreFractionDefaulting})
 * and checked ({@link Sizing#check}, then the CPU-count rule of {@link CpuTopology}).
 *
 * <p>A VM without {@code spec.virtualMachineClassName} is checked against the set's single default class, as DVP's
 * class-name defaulter would pick it. A VM whose class is not in the set is left to the reference check. Unlike
 * DVP's webhook, which stops at the first failing validator, every rule's violations are reported (sizing reasons
 * first, then the CPU count). When the VM is rejected, one more finding, a warning with code
 * {@link SizingCodes#ADVICE}, lists the nearest valid configurations (the SDK's advice, not DVP's).
 *
 * <p>Stateless and thread-safe. Paths are relative to the object ({@code spec.cpu.cores}).
 */
public final class SizingCheck implements ResourceSetCheck {
  /** Creates the check (for {@link java.util.ServiceLoader}). */
  public SizingCheck() {}

  @Override
  public List<Finding> check(ResourceSet set) {
    List<Finding> out = new ArrayList<>();
    List<VirtualMachineClass> classes = set.ofType(VirtualMachineClass.class);
    for (VirtualMachineClass c : classes) {
      for (Violation v : ClassValidation.check(c)) {
        out.add(new Finding(c, v));
      }
      for (Violation v : ClassValidation.defaultClassViolations(c, classes.subList(0, classes.indexOf(c)))) {
        out.add(new Finding(c, v));
      }
    }
    for (VirtualMachine vm : set.ofType(VirtualMachine.class)) {
      Optional<VirtualMachineClass> vmClass = classOf(vm, set, classes);
      if (vmClass.isEmpty()) {
        continue;
      }
      VirtualMachine named = vm.spec().virtualMachineClassName().isPresent() ? vm
          : vm.withSpec(vm.spec().withVirtualMachineClassName(vmClass.get().name()));
      CoreFractionDefaulting.Outcome defaulted = CoreFractionDefaulting.apply(named, vmClass);
      if (defaulted.error().isPresent()) {
        out.add(new Finding(vm, defaulted.error().get()));
        continue;
      }
      SizingVerdict verdict = Sizing.check(defaulted.vm(), vmClass.get());
      for (Violation v : verdict.violations()) {
        out.add(new Finding(vm, v));
      }
      verdict.cpuCountViolation().ifPresent(v -> out.add(new Finding(vm, v)));
      verdict.advice().ifPresent(a -> out.add(new Finding(vm, Violation.warning(
          verdict.violations().isEmpty() ? PolicyEvaluation.CORES : verdict.violations().get(0).path(),
          SizingCodes.ADVICE, a))));
    }
    return out;
  }

  private static Optional<VirtualMachineClass> classOf(VirtualMachine vm, ResourceSet set,
      List<VirtualMachineClass> classes) {
    Optional<String> name = vm.spec().virtualMachineClassName().filter(n -> !n.isEmpty());
    if (name.isPresent()) {
      return set.find(VirtualMachineClass.class, "", name.get());
    }
    List<VirtualMachineClass> defaults = classes.stream().filter(VirtualMachineClass::isDefaultClass).toList();
    return defaults.size() == 1 ? Optional.of(defaults.get(0)) : Optional.empty();
  }
}

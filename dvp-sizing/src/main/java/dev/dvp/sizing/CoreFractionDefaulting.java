package dev.dvp.sizing;

import dev.dvp.model.GoQuote;

import dev.dvp.model.CoreFraction;

import dev.dvp.model.IntOrString;
import dev.dvp.model.SizingPolicy;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.model.Violation;
import java.util.Objects;
import java.util.List;
import java.util.Optional;

/**
 * DVP's coreFraction defaulter (mutating webhook, CREATE and UPDATE;
 * {@code images/virtualization-artifact/pkg/controller/vm/internal/defaulter/core_fraction.go}): fills
 * {@code spec.cpu.coreFraction} when it is empty and a class name is set, from the policy that matches the VM's
 * cores.
 *
 * <ol>
 *   <li>class without policies: {@code 100%};</li>
 *   <li>the first policy whose cores range contains the VM's cores: its {@code defaultCoreFraction} if set (a
 *       percentage or {@code Auto}); else {@code 100%} unless its {@code coreFractions} is non-empty and lacks
 *       100%, which is an error;</li>
 *   <li>no range contains the cores: an error.</li>
 * </ol>
 * An explicit value is never changed, even one the class does not allow (the sizing check rejects it later).
 *
 * <p>The documentation says a missing default is 100% in every case; DVP's code fails instead when the policy's
 * list lacks 100%, and the SDK follows the code: a defaulted 100% would fail the policy's coreFraction check anyway.
 * Errors are DVP's texts, including its typo {@code .spec.core.coreFraction}, at the real path
 * {@code spec.cpu.coreFraction}. A missing class gives {@code failed to get VirtualMachineClass "<class>":
 * virtualmachineclasses.virtualization.deckhouse.io "<class>" not found}; a cluster may show only the part after the
 * colon.
 *
 * <pre>{@code
 * CoreFractionDefaulting.Outcome o = CoreFractionDefaulting.apply(vm, Optional.of(vmClass));
 * if (o.error().isEmpty()) {
 *   VirtualMachine defaulted = o.vm();   // spec.cpu.coreFraction filled, e.g. "100%"
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class CoreFractionDefaulting {
  private CoreFractionDefaulting() {}

  /**
   * The result: the VM to go on with (changed or not), or the error that rejects the request.
   *
   * @param vm the VM, defaulted when {@code error} is empty; the VM as given otherwise
   * @param error the defaulter's error, at {@code spec.cpu.coreFraction}
   */
  public record Outcome(VirtualMachine vm, Optional<Violation> error) {
    /**
     * Checks the record.
     *
     * @throws NullPointerException when an argument is null
     */
    public Outcome {
      Objects.requireNonNull(vm, "vm");
      Objects.requireNonNull(error, "error");
    }
  }

  /**
   * Defaults the VM's coreFraction from its class.
   *
   * @param vm the VM after the class-name defaulter
   * @param vmClass the class named by {@code spec.virtualMachineClassName}; empty when it does not exist
   * @return the outcome
   * @throws NullPointerException when an argument is null
   */
  public static Outcome apply(VirtualMachine vm, Optional<VirtualMachineClass> vmClass) {
    Objects.requireNonNull(vm, "vm");
    Objects.requireNonNull(vmClass, "vmClass");
    String className = vm.spec().virtualMachineClassName().orElse("");
    if (vm.spec().cpu().coreFraction().filter(f -> !f.isEmpty()).isPresent() || className.isEmpty()) {
      return new Outcome(vm, Optional.empty());
    }
    if (vmClass.isEmpty()) {
      return error(vm, "failed to get VirtualMachineClass " + GoQuote.quote(className)
          + ": virtualmachineclasses.virtualization.deckhouse.io " + GoQuote.quote(className) + " not found");
    }
    Optional<String> value = defaultFor(vmClass.get(), vm.spec().cpu().cores());
    int cores = vm.spec().cpu().cores();
    if (value.isPresent()) {
      return new Outcome(vm.withSpec(vm.spec().withCpu(vm.spec().cpu().withCoreFraction(value.get()))),
          Optional.empty());
    }
    int i = Sizing.matchIndex(vmClass.get().spec().sizingPolicies(), cores);
    if (i < 0) {
      return error(vm, "the specified \".spec.cpu.cores " + cores
          + "\" value is not among the sizing policies allowed for the virtual machine");
    }
    List<IntOrString> allowed = vmClass.get().spec().sizingPolicies().get(i).coreFractions();
    StringBuilder list = new StringBuilder("[");
    for (IntOrString f : allowed) {
      list.append(list.length() > 1 ? " " : "").append(f.isInt() ? f + "%" : f.toString());
    }
    return error(vm, "the default value for core fraction is not defined. For the specified configuration "
        + "\".spec.cpu.cores " + cores + "\", the following core fractions are allowed: " + list
        + "]. Please specify the \".spec.core.coreFraction\" value and try again");
  }

  /**
   * Defaults the VM's coreFraction from an existing class.
   *
   * @param vm the VM
   * @param vmClass its class
   * @return the outcome
   */
  public static Outcome apply(VirtualMachine vm, VirtualMachineClass vmClass) {
    return apply(vm, Optional.of(vmClass));
  }

  /**
   * The value the defaulter would set for a core count, without the errors.
   *
   * @param vmClass the class
   * @param cores the VM's cores
   * @return {@code "N%"} or {@code Auto}; empty when the defaulter would fail
   */
  public static Optional<String> defaultFor(VirtualMachineClass vmClass, int cores) {
    List<SizingPolicy> policies = vmClass.spec().sizingPolicies();
    if (policies.isEmpty()) {
      return Optional.of("100%");
    }
    int i = Sizing.matchIndex(policies, cores);
    if (i < 0) {
      return Optional.empty();
    }
    SizingPolicy p = policies.get(i);
    if (p.defaultCoreFraction().isPresent()) {
      IntOrString d = p.defaultCoreFraction().get();
      // The defaulter reads the class as v1alpha3: an integer default appears as "N%".
      return Optional.of(d.isInt() ? d + "%" : d.toString());
    }
    if (p.coreFractions().isEmpty()) {
      return Optional.of("100%");
    }
    for (IntOrString f : p.coreFractions()) {
      if (CoreFraction.percentOf(f).orElse(-1) == 100) {
        return Optional.of("100%");
      }
    }
    return Optional.empty();
  }

  private static Outcome error(VirtualMachine vm, String message) {
    return new Outcome(vm, Optional.of(Violation.error(PolicyEvaluation.FRACTION, SizingCodes.DEFAULTER, message)));
  }
}

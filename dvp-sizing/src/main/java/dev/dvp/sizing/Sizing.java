package dev.dvp.sizing;

import dev.dvp.model.GoQuote;

import dev.dvp.model.CoresRange;
import dev.dvp.model.Quantity;
import dev.dvp.model.SizingPolicy;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.model.Violation;
import java.util.Objects;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The sizing check of a VM against its VirtualMachineClass, as DVP's {@code SizePolicyService} runs it
 * ({@code images/virtualization-artifact/pkg/controller/service/size_policy_service.go}): the first policy whose cores
 * range contains the VM's cores is matched, then coreFraction, cores step, total memory and per-core memory are checked
 * in that order, and every failing reason is reported with DVP's text.
 *
 * <pre>{@code
 * SizingVerdict verdict = Sizing.check(vm, vmClass);
 * if (!verdict.fits()) {
 *   verdict.message();       // DVP's webhook error, word for word
 *   verdict.violations();    // one Violation per reason: path, code, DVP's reason text
 *   verdict.condition();     // SizingPolicyMatched=False as the controller sets it
 *   verdict.suggestions();   // the nearest valid configurations (SDK advice)
 * }
 * }</pre>
 *
 * <p>The VM is checked as the validating webhook sees it, i.e. after the mutating webhook: a manifest without
 * {@code spec.cpu.coreFraction} should go through {@link CoreFractionDefaulting#apply} first (as
 * {@link SizingCheck} does), otherwise a policy that lists fractions reports DVP's
 * {@code unable to parse the CPU core fraction ""}.
 *
 * <p>Instances are immutable and thread-safe; the static methods use DVP's behaviour.
 */
public final class Sizing {
  /** The condition type DVP sets on a VM that does not match its class. */
  public static final String CONDITION_TYPE = "SizingPolicyMatched";

  private static final Sizing DVP = new Sizing(MemoryStepMode.PER_CORE_SHARE);

  private final MemoryStepMode mode;

  private Sizing(MemoryStepMode mode) {
    this.mode = mode;
  }

  /**
   * DVP's rules.
   *
   * @return the shared instance
   */
  public static Sizing dvp() {
    return DVP;
  }

  /**
   * DVP's rules with a choice of how the memory step meets per-core bounds.
   *
   * @param mode {@link MemoryStepMode#PER_CORE_SHARE} (DVP) or {@link MemoryStepMode#TOTAL} (the admin guide's
   *     sentence)
   * @return the rules
   * @throws NullPointerException when {@code mode} is null
   */
  public static Sizing withMemoryStep(MemoryStepMode mode) {
    Objects.requireNonNull(mode, "mode");
    return mode == MemoryStepMode.PER_CORE_SHARE ? DVP : new Sizing(mode);
  }

  /**
   * Checks a VM against its class with DVP's rules.
   *
   * @param vm the VM (after defaulting)
   * @param vmClass its class
   * @return the verdict
   */
  public static SizingVerdict check(VirtualMachine vm, VirtualMachineClass vmClass) {
    return DVP.verdict(vm, Optional.of(vmClass));
  }

  /**
   * Checks a VM against its class, which may be missing, with DVP's rules.
   *
   * @param vm the VM (after defaulting)
   * @param vmClass its class; empty when it does not exist
   * @return the verdict; for a missing class a warning and the {@code VirtualMachineClassNotFound} condition
   */
  public static SizingVerdict check(VirtualMachine vm, Optional<VirtualMachineClass> vmClass) {
    return DVP.verdict(vm, vmClass);
  }

  /**
   * Checks a VM against its class with these rules.
   *
   * @param vm the VM (after defaulting)
   * @param vmClass its class; empty when it does not exist
   * @return the verdict
   * @throws NullPointerException when an argument is null
   */
  public SizingVerdict verdict(VirtualMachine vm, Optional<VirtualMachineClass> vmClass) {
    Objects.requireNonNull(vm, "vm");
    Objects.requireNonNull(vmClass, "vmClass");
    String name = vmClass.isPresent() ? vmClass.get().name() : "";
    if (name.isEmpty()) {
      name = vm.spec().virtualMachineClassName().orElse("");
    }
    int cores = vm.spec().cpu().cores();
    String fraction = vm.spec().cpu().coreFraction().orElse("");
    Quantity memory = vm.spec().memory().size();
    if (vmClass.isEmpty()) {
      return SizingVerdict.classMissing(vm, vm.spec().virtualMachineClassName().orElse(""), mode);
    }
    VirtualMachineClass c = vmClass.get();
    List<SizingPolicy> policies = c.spec().sizingPolicies();
    if (policies.isEmpty()) {
      return new SizingVerdict(vm, c, name, OptionalInt.empty(), List.of(), mode);
    }
    int index = matchIndex(policies, cores);
    if (index < 0) {
      return new SizingVerdict(vm, c, name, OptionalInt.empty(), List.of(noMatch(name, cores, policies)), mode);
    }
    List<Violation> reasons = PolicyEvaluation.reasons(policies.get(index), cores, fraction, memory, mode);
    return new SizingVerdict(vm, c, name, OptionalInt.of(index), reasons, mode);
  }

  /**
   * The policy DVP applies to a core count: the first, in list order, whose {@code cores} range contains it.
   *
   * @param vmClass the class
   * @param cores the VM's cores
   * @return the policy's index in {@code spec.sizingPolicies}, or empty when none matches
   */
  public static OptionalInt matchingPolicy(VirtualMachineClass vmClass, int cores) {
    int i = matchIndex(vmClass.spec().sizingPolicies(), cores);
    return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
  }

  static int matchIndex(List<SizingPolicy> policies, int cores) {
    for (int i = 0, n = policies.size(); i < n; i++) {
      CoresRange r = policies.get(i).cores();
      if (r.min() <= cores && cores <= r.max()) {
        return i;
      }
    }
    return -1;
  }

  private static Violation noMatch(String className, int cores, List<SizingPolicy> policies) {
    StringBuilder ranges = new StringBuilder();
    for (SizingPolicy p : policies) {
      if (ranges.length() > 0) {
        ranges.append(", ");
      }
      ranges.append(p.cores().min()).append('-').append(p.cores().max());
    }
    // DVP's other wording, "are not covered by any policy", needs policies without a cores block, which the
    // model cannot hold (cores is required by the CRD).
    return Violation.error(PolicyEvaluation.CORES, SizingCodes.NO_MATCH, "does not match any sizing policy of "
        + "VirtualMachineClass " + GoQuote.quote(className) + ": its " + cores
        + " CPU core(s) fall outside the allowed ranges (" + ranges
        + "); set the number of cores (spec.cpu.cores) accordingly");
  }
}

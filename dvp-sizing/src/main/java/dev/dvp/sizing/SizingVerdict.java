package dev.dvp.sizing;

import dev.dvp.model.GoQuote;

import dev.dvp.model.CpuTopology;

import dev.dvp.model.Condition;
import dev.dvp.model.ConditionStatus;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.model.VirtualMachineClassPhase;
import dev.dvp.model.Violation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The outcome of {@link Sizing#check}: the matched policy, every failing reason in DVP's order, the text DVP's
 * webhook shows, the {@code SizingPolicyMatched} condition the controller sets, the CPU topology and its count rule,
 * and the nearest valid configurations.
 *
 * <p>Immutable and thread-safe (the suggestions are computed on first use).
 */
public final class SizingVerdict {
  static final String HINT =
      "check the sizing policy of the VirtualMachineClass or contact the administrator for more information";

  private final VirtualMachine vm;
  private final Optional<VirtualMachineClass> vmClass;
  private final String className;
  private final OptionalInt matchedPolicy;
  private final List<Violation> violations;
  private final MemoryStepMode mode;
  private volatile List<Suggestion> suggestions;

  SizingVerdict(VirtualMachine vm, VirtualMachineClass vmClass, String className, OptionalInt matchedPolicy,
      List<Violation> violations, MemoryStepMode mode) {
    this(vm, Optional.of(vmClass), className, matchedPolicy, violations, mode);
  }

  private SizingVerdict(VirtualMachine vm, Optional<VirtualMachineClass> vmClass, String className,
      OptionalInt matchedPolicy, List<Violation> violations, MemoryStepMode mode) {
    this.vm = vm;
    this.vmClass = vmClass;
    this.className = className;
    this.matchedPolicy = matchedPolicy;
    this.violations = violations;
    this.mode = mode;
  }

  static SizingVerdict classMissing(VirtualMachine vm, String className, MemoryStepMode mode) {
    Violation warning = Violation.warning("spec.virtualMachineClassName", SizingCodes.CLASS_NOT_FOUND,
        "The VM class " + GoQuote.quote(className) + " does not exist; it may not have been created yet. "
            + "Until it is created, the virtual machine will remain in a pending status.");
    return new SizingVerdict(vm, Optional.empty(), className, OptionalInt.empty(), List.of(warning), mode);
  }

  /**
   * Tells whether the VM fits its class: the class exists, the sizing check passes and the core count is one DVP
   * accepts ({@link CpuTopology#violation()}).
   *
   * @return whether DVP would admit the VM's sizing
   */
  public boolean fits() {
    return vmClass.isPresent() && violations.isEmpty() && cpuCountViolation().isEmpty();
  }

  /**
   * Tells whether the sizing check itself ({@link Sizing}) passes, ignoring the CPU-count rule.
   *
   * @return whether no sizing reason fails and the class exists
   */
  public boolean matchesPolicy() {
    return vmClass.isPresent() && violations.isEmpty();
  }

  /** @return the class name used in messages */
  public String className() {
    return className;
  }

  /** @return whether the class was given (exists) */
  public boolean classFound() {
    return vmClass.isPresent();
  }

  /** @return the index in {@code spec.sizingPolicies} of the matched policy; empty for no match or no policies */
  public OptionalInt matchedPolicy() {
    return matchedPolicy;
  }

  /**
   * The sizing reasons, in DVP's order: a no-match error, or (a) coreFraction, (b) cores step, (c) total memory,
   * (d) per-core memory; for a missing class the admission warning. Paths are relative to the VM
   * ({@code spec.cpu.cores}, {@code spec.cpu.coreFraction}, {@code spec.memory.size}); codes are
   * {@link SizingCodes}; messages are DVP's reason texts.
   *
   * @return the reasons; empty when the VM matches
   */
  public List<Violation> violations() {
    return violations;
  }

  /** @return DVP's topology for the VM's cores */
  public CpuTopology topology() {
    return CpuTopology.of(vm.spec().cpu().cores());
  }

  /**
   * The CPU-count rule
   * ({@code images/virtualization-artifact/pkg/controller/vm/internal/validators/cpu_count_validator.go}), which DVP's
   * webhook checks after the sizing check (a sizing error hides it).
   *
   * @return the violation, or empty when the count is valid
   */
  public Optional<Violation> cpuCountViolation() {
    return topology().violation();
  }

  /**
   * The error text DVP composes ({@code size_policy_service.go}): the no-match text, or {@code does not match the
   * sizing policy of VirtualMachineClass "<class>": <reason>: check the sizing policy ...} for one reason, or the
   * several-reasons form with one {@code "\n  - "} line per reason.
   *
   * @return the text; empty when the VM matches or the class is missing
   */
  public Optional<String> message() {
    if (vmClass.isEmpty() || violations.isEmpty()) {
      return Optional.empty();
    }
    if (violations.get(0).code().equals(SizingCodes.NO_MATCH)) {
      return Optional.of(violations.get(0).message());
    }
    String prefix = "does not match the sizing policy of VirtualMachineClass " + GoQuote.quote(className);
    if (violations.size() == 1) {
      return Optional.of(prefix + ": " + violations.get(0).message() + ": " + HINT);
    }
    StringBuilder b = new StringBuilder(prefix).append(" for several reasons:");
    for (Violation v : violations) {
      b.append("\n  - ").append(v.message());
    }
    return Optional.of(b.append('\n').append(HINT).toString());
  }

  /**
   * What DVP's validating webhook returns for this VM
   * ({@code images/virtualization-artifact/pkg/controller/vm/internal/validators/sizing_policy_validator.go}): for a
   * missing class the warning; a no-match error is ignored when the VM has a {@code deletionTimestamp}; any other
   * failure is one error whose message is {@link #message()}, at the first reason's path.
   *
   * @return the webhook's errors and warnings
   */
  public List<Violation> admissionViolations() {
    if (vmClass.isEmpty()) {
      return violations;
    }
    if (violations.isEmpty()) {
      return List.of();
    }
    Violation first = violations.get(0);
    if (first.code().equals(SizingCodes.NO_MATCH)) {
      return vm.metadata().deletionTimestamp().isPresent() ? List.of() : List.of(first);
    }
    return List.of(Violation.error(first.path(), violations.size() == 1 ? first.code() : "sizingPolicy",
        message().orElseThrow()));
  }

  /**
   * The {@code SizingPolicyMatched} condition as DVP's controller sets it
   * ({@code images/virtualization-artifact/pkg/controller/vm/internal/size_policy.go}): only ever {@code False}, with
   * reason {@code VirtualMachineClassNotFound}, {@code VirtualMachineClassTerminating} or
   * {@code SizingPolicyNotMatched}; absent when the VM matches or is being deleted. {@code observedGeneration} is the
   * VM's generation.
   *
   * @return the condition, or empty when DVP removes it
   */
  public Optional<Condition> condition() {
    if (vm.metadata().deletionTimestamp().isPresent()) {
      return Optional.empty();
    }
    String reason;
    String message;
    if (vmClass.isEmpty()) {
      reason = "VirtualMachineClassNotFound";
      message = "VirtualMachineClass " + GoQuote.quote(className)
          + " not found. Specify an existing VirtualMachineClass in spec.virtualMachineClassName.";
    } else if (vmClass.get().status().map(s -> s.phase().equals(VirtualMachineClassPhase.TERMINATING))
        .orElse(false)) {
      reason = "VirtualMachineClassTerminating";
      message = "VirtualMachineClass " + GoQuote.quote(className) + " is terminating.";
    } else if (!violations.isEmpty()) {
      reason = "SizingPolicyNotMatched";
      message = "The VirtualMachine " + message().orElseThrow() + ".";
    } else {
      return Optional.empty();
    }
    var b = Condition.builder().type(Sizing.CONDITION_TYPE).status(ConditionStatus.FALSE).reason(reason)
        .message(message);
    vm.metadata().generation().ifPresent(b::observedGeneration);
    return Optional.of(b.build());
  }

  /**
   * The valid configurations nearest to the VM's (SDK advice, beyond DVP): the same cores with the nearest allowed
   * coreFraction and memory first, then the nearest core counts that keep the memory. Each passes both the sizing
   * check and the CPU-count rule.
   *
   * @return the suggestions; empty when the VM fits or the class is missing
   */
  public List<Suggestion> suggestions() {
    List<Suggestion> s = suggestions;
    if (s == null) {
      s = fits() || vmClass.isEmpty() ? List.of()
          : new Advisor(vmClass.get(), mode, vm.spec().cpu().cores(), vm.spec().cpu().coreFraction().orElse(""),
              vm.spec().memory().size()).suggestions();
      suggestions = s;
    }
    return s;
  }

  /**
   * The advice in one line, e.g. {@code valid: memory 8Gi, or 5-8 cores with 9Gi}.
   *
   * @return the line; empty when there is no suggestion
   */
  public Optional<String> advice() {
    List<Suggestion> s = suggestions();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder("valid: ");
    for (int i = 0; i < s.size(); i++) {
      b.append(i == 0 ? "" : ", or ").append(s.get(i).summary());
    }
    return Optional.of(b.toString());
  }

  @Override
  public String toString() {
    return fits() ? "fits VirtualMachineClass " + GoQuote.quote(className)
        : message().or(() -> cpuCountViolation().map(Violation::message))
            .orElseGet(() -> violations.isEmpty() ? "" : violations.get(0).message());
  }
}

package dev.dvp.sizing;

import dev.dvp.model.GoQuote;

import dev.dvp.model.CpuTopology;

import dev.dvp.model.CoreFraction;

import dev.dvp.model.CoresRange;
import dev.dvp.model.IntOrString;
import dev.dvp.model.MemoryPolicy;
import dev.dvp.model.SizingPolicy;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.model.Violation;
import java.util.Objects;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The rules DVP's VirtualMachineClass webhook applies to a class's sizing policies
 * ({@code images/virtualization-artifact/pkg/controller/vmclass/vmclass_webhook.go}, validators in
 * {@code images/virtualization-artifact/pkg/controller/vmclass/internal/validators/}), in its order:
 * overlapping core ranges, then {@code defaultCoreFraction} against {@code coreFractions} and the {@code Auto}
 * prerequisites. A {@code v1alpha3} class is converted to {@code v1alpha2} first, as the webhook does; a conversion
 * failure is then the only error ({@code failed to convert v1alpha3 to v1alpha2: ...}). The schema rules
 * ({@code max > min}, {@code max > step}, item formats) are the structural validation's
 * ({@code StructuralValidator}); {@link #defaultClassViolations} covers the one-default-class rule, which needs the
 * other classes.
 *
 * <p>DVP reports only the first error; {@link #validate} returns all of them in DVP's order (the first is DVP's).
 *
 * <p><b>Nested ranges.</b> DVP misses a later range that lies inside an earlier one ({@code [1,10]} then
 * {@code [3,5]}) and admits the class, though the later policy can never match. The SDK rejects it too, with DVP's
 * message plus an explanation, under the distinct code {@link #NESTED_RANGE}. Touching ranges are an overlap (as in
 * DVP); gaps and any order are accepted unless {@link Builder#requireContiguousRanges(boolean)} asks for the
 * documented contiguity.
 *
 * <pre>{@code
 * List<Violation> errors = ClassValidation.dvp().validate(vmClass);
 * List<Violation> strict = ClassValidation.builder().requireContiguousRanges(true).lint(true).build()
 *     .validate(vmClass);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ClassValidation {
  /** Code of an overlap DVP detects. */
  public static final String OVERLAP = "sizingPolicies.overlap";
  /** Code of a nested range DVP misses (the SDK's harm guard). */
  public static final String NESTED_RANGE = "sizingPolicies.nestedRange";
  /** Code of a {@code defaultCoreFraction} that is not among {@code coreFractions}, or not a valid value. */
  public static final String DEFAULT_CORE_FRACTION = "sizingPolicies.defaultCoreFraction";
  /** Code of an unmet {@code Auto} prerequisite. */
  public static final String AUTO_DEFAULT = "sizingPolicies.autoDefault";
  /** Code of the default-class annotation rules. */
  public static final String DEFAULT_CLASS = "defaultClass";
  /** Code prefix of the SDK's warnings (lint and opt-in documented rules); never DVP errors. */
  public static final String LINT = "sdk.sizing.lint";

  private static final ClassValidation DVP = builder().build();

  private final Optional<VirtualMachineClass> oldClass;
  private final Optional<Boolean> autoscalerGate;
  private final Optional<Boolean> inPlaceResizeGate;
  private final boolean contiguous;
  private final boolean requireLimits;
  private final boolean lint;

  private ClassValidation(Builder b) {
    this.oldClass = b.oldClass;
    this.autoscalerGate = b.autoscalerGate;
    this.inPlaceResizeGate = b.inPlaceResizeGate;
    this.contiguous = b.contiguous;
    this.requireLimits = b.requireLimits;
    this.lint = b.lint;
  }

  /**
   * DVP's rules for a CREATE, with the feature gates unknown (the {@code Auto} gate checks are then skipped with an
   * {@code sdk.} note) and no lint.
   *
   * @return the shared instance
   */
  public static ClassValidation dvp() {
    return DVP;
  }

  /**
   * Validates a class with DVP's CREATE rules.
   *
   * @param vmClass the class
   * @return the violations in DVP's order
   */
  public static List<Violation> check(VirtualMachineClass vmClass) {
    return DVP.validate(vmClass);
  }

  /**
   * Returns a builder.
   *
   * @return a builder with DVP's defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates a class.
   *
   * @param vmClass the class (either served version)
   * @return errors in DVP's order, then the SDK's warnings; empty when the class is accepted silently
   * @throws NullPointerException when {@code vmClass} is null
   */
  public List<Violation> validate(VirtualMachineClass vmClass) {
    Objects.requireNonNull(vmClass, "vmClass");
    ClassConversion.Result v2 = ClassConversion.toV1alpha2(vmClass);
    if (!v2.ok()) {
      return List.of(Violation.error(v2.errors().get(0).path(), ClassConversion.CODE,
          "failed to convert v1alpha3 to v1alpha2: " + v2.errors().get(0)));
    }
    VirtualMachineClass c = v2.converted().orElseThrow();
    Optional<VirtualMachineClass> old = oldClass.map(o -> ClassConversion.toV1alpha2(o).converted().orElse(o));
    String name = c.name();
    List<SizingPolicy> policies = c.spec().sizingPolicies();
    List<Violation> out = new ArrayList<>();
    overlaps(name, policies, out);
    for (int i = 0; i < policies.size(); i++) {
      defaultFraction(name, i, policies.get(i), old, out);
    }
    if (contiguous) {
      contiguity(policies, out);
    }
    if (requireLimits) {
      for (int i = 0; i < policies.size(); i++) {
        SizingPolicy p = policies.get(i);
        if (p.memory().isEmpty() && p.coreFractions().isEmpty()) {
          out.add(Violation.warning("spec.sizingPolicies[" + i + "]", LINT + ".unbounded",
              "the policy for cores " + p.cores().min() + "-" + p.cores().max() + " sets neither memory nor "
                  + "coreFractions; the admin guide asks for at least one (DVP accepts it)"));
        }
      }
    }
    if (lint) {
      lint(policies, out);
    }
    return out;
  }

  private static void overlaps(String name, List<SizingPolicy> policies, List<Violation> out) {
    for (int i = 0; i < policies.size(); i++) {
      CoresRange earlier = policies.get(i).cores();
      for (int j = i + 1; j < policies.size(); j++) {
        CoresRange later = policies.get(j).cores();
        String at = "spec.sizingPolicies[" + j + "].cores";
        if (inside(earlier.min(), later) || inside(earlier.max(), later)) {
          out.add(Violation.error(at, OVERLAP, "vmclass " + name + " has size policy cpu crosses"));
        } else if (later.min() > earlier.min() && later.max() < earlier.max()) {
          out.add(Violation.error(at, NESTED_RANGE, "vmclass " + name + " has size policy cpu crosses"
              + " (the SDK rejects this: cores " + later.min() + "-" + later.max() + " of spec.sizingPolicies[" + j
              + "] lie inside " + earlier.min() + "-" + earlier.max() + " of spec.sizingPolicies[" + i
              + "], so this policy can never match; DVP itself would admit this class)"));
        }
      }
    }
  }

  private static boolean inside(int value, CoresRange range) {
    return range.min() <= value && value <= range.max();
  }

  private void defaultFraction(String name, int i, SizingPolicy p, Optional<VirtualMachineClass> old,
      List<Violation> out) {
    if (p.defaultCoreFraction().isEmpty()) {
      return;
    }
    IntOrString d = p.defaultCoreFraction().get();
    String at = "spec.sizingPolicies[" + i + "].defaultCoreFraction";
    String prefix = "VirtualMachineClass " + GoQuote.quote(name) + ": the ";
    if (d.isInt()) {
      int n = d.intValue().getAsInt();
      if (p.coreFractions().isEmpty()) {
        return;
      }
      for (IntOrString f : p.coreFractions()) {
        if (f.isInt() && f.intValue().getAsInt() == n) {
          return;
        }
      }
      out.add(Violation.error(at, DEFAULT_CORE_FRACTION, prefix + "default core fraction (" + at + ") " + n
          + "% is not among the allowed core fractions; set it to one of: " + PolicyEvaluation.listed(p.coreFractions(),
          ", ")));
      return;
    }
    if (!CoreFraction.isAuto(d.toString())) {
      out.add(Violation.error(at, DEFAULT_CORE_FRACTION, prefix + "default core fraction (" + at + ") "
          + GoQuote.quote(d.toString()) + " is invalid; set a percentage from 1% to 100%, or \"Auto\""));
      return;
    }
    boolean ratchet = old.map(o -> o.spec().sizingPolicies()).filter(l -> l.size() > i)
        .flatMap(l -> l.get(i).defaultCoreFraction()).map(o -> !o.isInt() && CoreFraction.isAuto(o.toString()))
        .orElse(false);
    if (ratchet) {
      return;
    }
    String auto = prefix + "automatic default core fraction (" + at + ": \"Auto\") ";
    if (autoscalerGate.isEmpty() || inPlaceResizeGate.isEmpty()) {
      out.add(Violation.warning(at, "sdk.sizing.featureGatesUnknown", "the feature gates "
          + "VerticalVirtualMachineAutoscaler and HotplugCPUAndMemoryWithInPlaceResize are unknown, so the "
          + "prerequisites of \"Auto\" that depend on them were not checked"));
    }
    if (autoscalerGate.isPresent() && !autoscalerGate.get()) {
      out.add(Violation.error(at, AUTO_DEFAULT, auto + "is unavailable: vertical VirtualMachine autoscaling is "
          + "disabled; it requires the vertical-pod-autoscaler module to be enabled and a supported module edition"));
      return;
    }
    if (inPlaceResizeGate.isPresent() && !inPlaceResizeGate.get()) {
      out.add(Violation.error(at, AUTO_DEFAULT, auto + "requires the in-place CPU and memory resize feature to be "
          + "enabled"));
      return;
    }
    List<Integer> steps = AutoCoreFraction.steps(Optional.of(p));
    if (steps.size() < 2) {
      out.add(Violation.error(at, AUTO_DEFAULT, auto + "needs at least 2 core fractions to choose from, but the "
          + "policy leaves " + AutoCoreFraction.leaves(steps) + "; list more core fractions (spec.sizingPolicies["
          + i + "].coreFractions) or set an explicit default"));
    }
  }

  private static void contiguity(List<SizingPolicy> policies, List<Violation> out) {
    for (int i = 1; i < policies.size(); i++) {
      int previousMax = policies.get(i - 1).cores().max();
      if (policies.get(i).cores().min() != previousMax + 1) {
        out.add(Violation.warning("spec.sizingPolicies[" + i + "].cores.min", LINT + ".contiguity",
            "the range should start at " + (previousMax + 1) + " (the previous maximum + 1), as the admin guide "
                + "asks; DVP accepts gaps and any order"));
      }
    }
  }

  private static void lint(List<SizingPolicy> policies, List<Violation> out) {
    for (int i = 0; i < policies.size(); i++) {
      SizingPolicy p = policies.get(i);
      String at = "spec.sizingPolicies[" + i + "]";
      if (p.cores().max() > CpuTopology.MAX_CORES) {
        out.add(Violation.warning(at + ".cores.max", LINT + ".coresAboveMaximum", "core counts above "
            + CpuTopology.MAX_CORES + " can never be used: DVP rejects VMs with more cores"));
      }
      boolean anyValid = false;
      for (int c = Math.max(1, p.cores().min()); c <= Math.min(CpuTopology.MAX_CORES, p.cores().max()); c++) {
        if (CpuTopology.isValid(c) && PolicyEvaluation.coresStep(p.cores(), c) == null) {
          anyValid = true;
          break;
        }
      }
      if (!anyValid) {
        out.add(Violation.warning(at + ".cores", LINT + ".noValidCoreCount", "no core count in "
            + p.cores().min() + "-" + p.cores().max() + " is both on the step grid and a count DVP accepts"));
      }
      if (p.memory().isPresent()) {
        MemoryPolicy m = p.memory().get();
        if (PolicyEvaluation.isSet(m.min().orElse(null)) && PolicyEvaluation.isSet(m.max().orElse(null))
            && m.min().get().compareTo(m.max().get()) > 0) {
          out.add(Violation.warning(at + ".memory", LINT + ".memoryMinAboveMax",
              "memory.min is above memory.max, so no VM can match this policy"));
        }
        if (m.step().filter(s -> !s.isZero()).isPresent() && !PolicyEvaluation.isSet(m.max().orElse(null))
            && m.perCore().flatMap(pc -> pc.max()).filter(q -> !q.isZero()).isEmpty()) {
          out.add(Violation.warning(at + ".memory.step", LINT + ".stepWithoutMax",
              "memory.step has no effect without memory.max (or memory.perCore.max)"));
        }
      }
    }
  }

  /**
   * The default-class annotation rules ({@code single_default_class_validator.go}): the annotation's value must be
   * exactly {@code "true"}, and only one class may carry it.
   *
   * @param vmClass the class being created or updated
   * @param others the classes that already exist (the class itself, by name, is ignored)
   * @return the errors
   */
  public static List<Violation> defaultClassViolations(VirtualMachineClass vmClass,
      Collection<VirtualMachineClass> others) {
    String value = vmClass.metadata().annotations().get(VirtualMachineClass.DEFAULT_CLASS_ANNOTATION);
    String at = "metadata.annotations[" + VirtualMachineClass.DEFAULT_CLASS_ANNOTATION + "]";
    if (value == null) {
      return List.of();
    }
    if (!value.equals("true")) {
      return List.of(Violation.error(at, DEFAULT_CLASS, "only 'true' value allowed for annotation that specifies "
          + "a default class (" + VirtualMachineClass.DEFAULT_CLASS_ANNOTATION + ")"));
    }
    for (VirtualMachineClass other : others) {
      if (other.isDefaultClass() && !other.name().equals(vmClass.name())) {
        return List.of(Violation.error(at, DEFAULT_CLASS, "multiple default virtual machine classes are prohibited, "
            + "current default class is " + other.name() + ". (tip: to assign new default class first remove '"
            + VirtualMachineClass.DEFAULT_CLASS_ANNOTATION + "' annotation from the current default class)"));
      }
    }
    return List.of();
  }

  /** Builds a {@link ClassValidation}; not thread-safe. */
  public static final class Builder {
    private Optional<VirtualMachineClass> oldClass = Optional.empty();
    private Optional<Boolean> autoscalerGate = Optional.empty();
    private Optional<Boolean> inPlaceResizeGate = Optional.empty();
    private boolean contiguous;
    private boolean requireLimits;
    private boolean lint;

    private Builder() {}

    /**
     * Validates an UPDATE: an {@code Auto} default already present at the same policy index skips the
     * {@code Auto} prerequisites (DVP's ratchet).
     *
     * @param old the stored class
     * @return this builder
     */
    public Builder oldClass(VirtualMachineClass old) {
      this.oldClass = Optional.of(old);
      return this;
    }

    /**
     * States the feature gates {@code Auto} needs.
     *
     * @param verticalAutoscaler {@code VerticalVirtualMachineAutoscaler}
     * @param inPlaceResize {@code HotplugCPUAndMemoryWithInPlaceResize}
     * @return this builder
     */
    public Builder featureGates(boolean verticalAutoscaler, boolean inPlaceResize) {
      this.autoscalerGate = Optional.of(verticalAutoscaler);
      this.inPlaceResizeGate = Optional.of(inPlaceResize);
      return this;
    }

    /**
     * Opts in to the admin guide's rule that each range starts at the previous maximum + 1 (warnings).
     *
     * @param on whether to check
     * @return this builder
     */
    public Builder requireContiguousRanges(boolean on) {
      this.contiguous = on;
      return this;
    }

    /**
     * Opts in to the admin guide's rule that each policy sets memory and/or coreFractions (warnings).
     *
     * @param on whether to check
     * @return this builder
     */
    public Builder requireMemoryOrCoreFractions(boolean on) {
      this.requireLimits = on;
      return this;
    }

    /**
     * Adds the SDK's lint warnings: core counts above 248, ranges with no usable count, memory min above max, a
     * step without max.
     *
     * @param on whether to lint
     * @return this builder
     */
    public Builder lint(boolean on) {
      this.lint = on;
      return this;
    }

    /** @return the validation */
    public ClassValidation build() {
      return new ClassValidation(this);
    }
  }
}

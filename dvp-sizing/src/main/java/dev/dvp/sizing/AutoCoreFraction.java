package dev.dvp.sizing;

import dev.dvp.model.GoQuote;

import dev.dvp.model.CoreFraction;

import dev.dvp.model.IntOrString;
import dev.dvp.model.SizingPolicy;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.model.Violation;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * DVP's {@code coreFraction: Auto} arithmetic (Enterprise Edition, alpha;
 * {@code images/virtualization-artifact/pkg/common/sizing_policy/sizing_policy.go},
 * {@code images/virtualization-artifact/pkg/controller/vm/internal/auto_core_fraction.go}): the steps an
 * autoscaled VM moves between, the seed it starts from, how a CPU target is turned into a step, and the fraction an
 * {@code Auto} VM uses now.
 *
 * <pre>{@code
 * List<Integer> steps = AutoCoreFraction.steps(Optional.of(policy)); // e.g. [5, 10, 20, 50]
 * AutoCoreFraction.seed(steps);                                      // 10
 * AutoCoreFraction.quantise(AutoCoreFraction.needed(1500, 4), steps); // ceil(1500 / 40) = 38 -> 50
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class AutoCoreFraction {
  /** The steps used when a policy lists no fractions, or there is no policy. */
  public static final List<Integer> DEFAULT_STEPS = List.of(5, 10, 15, 20, 30, 40, 50, 60, 70, 80, 90, 99);

  /** The seed used when there is no step: 10%. */
  public static final int DEFAULT_SEED = 10;

  private AutoCoreFraction() {}

  /**
   * The autoscaling steps of a policy: its {@code coreFractions} without values of 100 or more, de-duplicated,
   * ascending; {@link #DEFAULT_STEPS} for a missing policy or an empty list. A policy that lists only {@code 100}
   * has no steps.
   *
   * @param policy the VM's matching policy, if any
   * @return the steps in percent
   */
  public static List<Integer> steps(Optional<SizingPolicy> policy) {
    if (policy.isEmpty() || policy.get().coreFractions().isEmpty()) {
      return DEFAULT_STEPS;
    }
    TreeSet<Integer> steps = new TreeSet<>();
    for (IntOrString f : policy.get().coreFractions()) {
      int p = CoreFraction.percentOf(f).orElse(-1);
      if (p >= 1 && p < 100) {
        steps.add(p);
      }
    }
    return List.copyOf(steps);
  }

  /**
   * Tells whether a policy lets {@code Auto} scale: it has at least 2 steps.
   *
   * @param policy the policy, if any
   * @return whether there are 2 steps or more
   */
  public static boolean canAutoscale(Optional<SizingPolicy> policy) {
    return steps(policy).size() >= 2;
  }

  /**
   * The fraction an {@code Auto} VM starts with: the step closest to 10, ties to the lower; 10 with no step.
   *
   * @param steps ascending steps
   * @return the seed in percent
   */
  public static int seed(List<Integer> steps) {
    int best = -1;
    for (int s : steps) {
      if (best < 0 || Math.abs(s - DEFAULT_SEED) < Math.abs(best - DEFAULT_SEED)) {
        best = s;
      }
    }
    return best < 0 ? DEFAULT_SEED : best;
  }

  /**
   * The raw fraction a CPU target needs: ceil(target ÷ (cores × 10)), clamped to 1..99; 99 for non-positive cores.
   *
   * @param targetMillicores the recommender's CPU target in millicores
   * @param cores the VM's cores
   * @return the percentage
   */
  public static int needed(long targetMillicores, int cores) {
    if (cores <= 0) {
      return 99;
    }
    long per = cores * 10L;
    long raw = Math.floorDiv(targetMillicores + per - 1, per);
    return (int) Math.max(1, Math.min(99, raw));
  }

  /**
   * Turns a raw fraction into a step: the smallest step at or above it, else the largest step, whatever order the
   * steps are listed in (DVP sorts a copy: {@code QuantizeCoreFractionUp} in
   * {@code images/virtualization-artifact/pkg/common/sizing_policy/sizing_policy.go}).
   *
   * @param raw the raw percentage
   * @param steps the steps, in any order; the raw value is returned when there are none
   * @return the step
   */
  public static int quantise(int raw, List<Integer> steps) {
    if (steps.isEmpty()) {
      return raw;
    }
    List<Integer> sorted = new java.util.ArrayList<>(steps);
    sorted.sort(null);
    for (int s : sorted) {
      if (s >= raw) {
        return s;
      }
    }
    return sorted.get(sorted.size() - 1);
  }

  /**
   * The fraction an {@code Auto} VM uses: {@code status.recommendedResources.cpu.coreFraction}, else the seed of
   * its policy's steps.
   *
   * @param vm the VM
   * @param policy its matching policy, if any
   * @return the percentage
   */
  public static int effective(VirtualMachine vm, Optional<SizingPolicy> policy) {
    Optional<String> recommended = vm.status().flatMap(s -> s.recommendedResources()).flatMap(r -> r.cpu())
        .flatMap(c -> c.coreFraction());
    if (recommended.isPresent()) {
      int p = CoreFraction.percent(recommended.get()).orElse(-1);
      if (p > 0) {
        return p;
      }
    }
    return seed(steps(policy));
  }

  private static final String AUTO_PREFIX = "automatic CPU core fraction (spec.cpu.coreFraction: \"Auto\", set "
      + "explicitly or inherited from the VirtualMachineClass default) ";
  private static final String INSTEAD = "; set an explicit core fraction (spec.cpu.coreFraction) instead";

  /**
   * DVP's {@code CoreFractionValidator}
   * ({@code images/virtualization-artifact/pkg/controller/vm/internal/validators/core_fraction_validator.go}): a VM
   * entering {@code Auto} (created with it, or updated from another value) needs the feature gates
   * {@code VerticalVirtualMachineAutoscaler}, then {@code HotplugCPUAndMemoryWithInPlaceResize}; and when its class
   * exists and a policy matches, that policy must leave at least 2 autoscaling steps. A VM already on {@code Auto} is
   * not re-checked (DVP's ratchet).
   *
   * @param vm the VM (after defaulting)
   * @param old the stored VM for an UPDATE; empty for a CREATE
   * @param vmClass its class; empty when it does not exist
   * @param verticalAutoscaler whether {@code VerticalVirtualMachineAutoscaler} is on
   * @param inPlaceResize whether {@code HotplugCPUAndMemoryWithInPlaceResize} is on
   * @return the first error, at {@code spec.cpu.coreFraction}; empty when admitted
   */
  public static List<Violation> validate(VirtualMachine vm, Optional<VirtualMachine> old,
      Optional<VirtualMachineClass> vmClass, boolean verticalAutoscaler, boolean inPlaceResize) {
    if (!CoreFraction.isAuto(vm.spec().cpu().coreFraction().orElse(""))
        || old.flatMap(o -> o.spec().cpu().coreFraction()).filter(CoreFraction::isAuto).isPresent()) {
      return List.of();
    }
    if (!verticalAutoscaler) {
      return List.of(error(AUTO_PREFIX + "is unavailable: vertical VirtualMachine autoscaling is disabled; it "
          + "requires the vertical-pod-autoscaler module to be enabled and a supported module edition" + INSTEAD));
    }
    if (!inPlaceResize) {
      return List.of(error(AUTO_PREFIX + "requires the in-place CPU and memory resize feature to be enabled"
          + INSTEAD));
    }
    if (vmClass.isEmpty()) {
      return List.of();
    }
    int cores = vm.spec().cpu().cores();
    int i = Sizing.matchIndex(vmClass.get().spec().sizingPolicies(), cores);
    if (i < 0) {
      return List.of();
    }
    List<Integer> steps = steps(Optional.of(vmClass.get().spec().sizingPolicies().get(i)));
    if (steps.size() >= 2) {
      return List.of();
    }
    return List.of(error(AUTO_PREFIX + "cannot be used with the VirtualMachineClass "
        + GoQuote.quote(vmClass.get().name()) + ": its sizing policy for " + cores + " cores leaves "
        + leaves(steps) + ", so there is nothing to scale between (100% is never used automatically: it would make "
        + "the virtual machine impossible to resize without a reboot)" + INSTEAD));
  }

  private static Violation error(String message) {
    return Violation.error(PolicyEvaluation.FRACTION, SizingCodes.AUTO, message);
  }

  /**
   * How DVP describes too few steps: {@code no core fraction below 100%} or
   * {@code a single core fraction below 100% (50%)}.
   */
  static String leaves(List<Integer> steps) {
    return steps.isEmpty() ? "no core fraction below 100%" : "a single core fraction below 100% (" + steps.get(0) + "%)";
  }
}

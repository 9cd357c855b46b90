package dev.dvp.sizing;

import dev.dvp.model.CpuTopology;

import dev.dvp.model.CoreFraction;

import dev.dvp.model.IntOrString;
import dev.dvp.model.MemoryPolicy;
import dev.dvp.model.PerCoreMemory;
import dev.dvp.model.Quantity;
import dev.dvp.model.SizingPolicy;
import dev.dvp.model.VirtualMachineClass;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the valid configurations nearest to a rejected one: first the same cores with the coreFraction and memory
 * moved to the nearest allowed values, then the nearest core counts below and above that keep the memory (and the
 * coreFraction when it is allowed there), and only when neither exists the nearest core counts with everything
 * adjusted. Every candidate is re-checked with the real rules before it is offered.
 */
final class Advisor {
  private static final int MAX_GRID_WALK = 4096;

  private final VirtualMachineClass vmClass;
  private final MemoryStepMode mode;
  private final int cores;
  private final String fraction;
  private final Quantity memory;

  Advisor(VirtualMachineClass vmClass, MemoryStepMode mode, int cores, String fraction, Quantity memory) {
    this.vmClass = vmClass;
    this.mode = mode;
    this.cores = cores;
    this.fraction = fraction;
    this.memory = memory;
  }

  /** A candidate configuration. */
  private record Config(int cores, String fraction, Quantity memory) {}

  List<Suggestion> suggestions() {
    if (valid(new Config(cores, fraction, memory))) {
      return List.of();
    }
    List<Config> out = new ArrayList<>();
    // 1. Same cores, nearest fraction and memory.
    out.addAll(adjusted(cores));
    // 2. Nearest cores below and above keeping the memory. A VM may ask for more than the maximum, so the search
    // reaches down from wherever it starts to 1 core.
    int reach = Math.max(cores, CpuTopology.MAX_CORES);
    Config below = null;
    Config above = null;
    for (int d = 1; d <= reach && (below == null || above == null); d++) {
      if (below == null && cores - d >= 1) {
        below = keepingMemory(cores - d);
      }
      if (above == null && cores + d <= CpuTopology.MAX_CORES) {
        above = keepingMemory(cores + d);
      }
    }
    if (below != null) {
      out.add(below);
    }
    if (above != null) {
      out.add(above);
    }
    // 3. Nothing yet: nearest cores with the memory adjusted too.
    if (out.isEmpty()) {
      for (int d = 1; d <= reach && out.isEmpty(); d++) {
        if (cores - d >= 1) {
          out.addAll(adjusted(cores - d));
        }
        if (cores + d <= CpuTopology.MAX_CORES) {
          out.addAll(adjusted(cores + d));
        }
      }
    }
    Set<Config> unique = new LinkedHashSet<>(out);
    List<Suggestion> suggestions = new ArrayList<>(unique.size());
    for (Config c : unique) {
      suggestions.add(describe(c));
    }
    return List.copyOf(suggestions);
  }

  private Config keepingMemory(int c) {
    if (c < 1 || !CpuTopology.isValid(c)) {
      return null;
    }
    Optional<SizingPolicy> p = policy(c);
    if (p.isEmpty() && !vmClass.spec().sizingPolicies().isEmpty()) {
      return null;
    }
    Config candidate = new Config(c, fractionFor(p), memory);
    return valid(candidate) ? candidate : null;
  }

  /** The configurations with {@code c} cores whose fraction and memory are the nearest valid ones. */
  private List<Config> adjusted(int c) {
    if (c < 1 || !CpuTopology.isValid(c)) {
      return List.of();
    }
    Optional<SizingPolicy> p = policy(c);
    if (p.isEmpty() && !vmClass.spec().sizingPolicies().isEmpty()) {
      return List.of();
    }
    String f = fractionFor(p);
    List<Config> out = new ArrayList<>(2);
    for (Quantity m : nearestMemories(p, c)) {
      Config candidate = new Config(c, f, m);
      if (valid(candidate)) {
        out.add(candidate);
      }
    }
    return out;
  }

  private Optional<SizingPolicy> policy(int c) {
    int i = Sizing.matchIndex(vmClass.spec().sizingPolicies(), c);
    return i < 0 ? Optional.empty() : Optional.of(vmClass.spec().sizingPolicies().get(i));
  }

  private String fractionFor(Optional<SizingPolicy> p) {
    if (p.isEmpty() || fraction.isEmpty() || CoreFraction.isAuto(fraction)
        || PolicyEvaluation.coreFraction(p.get(), fraction) == null) {
      return fraction;
    }
    int wanted = CoreFraction.percent(fraction).orElse(-1);
    int best = -1;
    for (IntOrString f : p.get().coreFractions()) {
      int v = CoreFraction.percentOf(f).orElse(-1);
      if (v < 0) {
        continue;
      }
      if (best < 0 || (wanted < 0 ? v > best
          : Math.abs(v - wanted) < Math.abs(best - wanted) || (Math.abs(v - wanted) == Math.abs(best - wanted) && v > best))) {
        best = v;
      }
    }
    return best < 0 ? fraction : CoreFraction.format(best);
  }

  /** The valid sizes nearest to the VM's for {@code c} cores: the one at or below and the one above. */
  private List<Quantity> nearestMemories(Optional<SizingPolicy> p, int c) {
    if (p.isEmpty() || p.get().memory().isEmpty()) {
      return List.of(memory);
    }
    MemoryPolicy m = p.get().memory().get();
    long size = PolicyEvaluation.bytes(memory);
    long lo = 0;
    long hi = Long.MAX_VALUE;
    Optional<Long> min = PolicyEvaluation.setBytes(m.min());
    Optional<Long> max = PolicyEvaluation.setBytes(m.max());
    Optional<PerCoreMemory> pc = m.perCore();
    Optional<Long> pmin = pc.flatMap(x -> PolicyEvaluation.setBytes(x.min()));
    Optional<Long> pmax = pc.flatMap(x -> PolicyEvaluation.setBytes(x.max()));
    if (min.isPresent()) {
      lo = Math.max(lo, min.get());
    }
    if (pmin.isPresent()) {
      lo = Math.max(lo, PolicyEvaluation.mulSat(pmin.get(), c));
    }
    if (max.isPresent()) {
      hi = Math.min(hi, max.get());
    }
    if (pmax.isPresent()) {
      hi = Math.min(hi, PolicyEvaluation.mulSat(pmax.get(), c));
    }
    Optional<Long> step = m.step().filter(s -> s.signum() > 0).map(PolicyEvaluation::bytes);
    long start;
    long st;
    long end;
    if (step.isPresent() && max.isPresent()) {
      start = min.orElse(0L);
      st = step.get();
      end = max.get();
    } else if (step.isPresent() && pmax.isPresent()) {
      start = PolicyEvaluation.mulSat(pmin.orElse(0L), c);
      st = mode == MemoryStepMode.PER_CORE_SHARE ? PolicyEvaluation.mulSat(step.get(), c) : step.get();
      end = PolicyEvaluation.mulSat(pmax.get(), c);
    } else {
      if (hi < lo) {
        return List.of();
      }
      long nearest = Math.min(Math.max(size, lo), hi);
      return List.of(nearest == size ? memory : bytesQuantity(nearest));
    }
    java.util.function.LongPredicate ok = b -> PolicyEvaluation.totalMemory(m, bytesQuantity(b)) == null
        && PolicyEvaluation.perCoreMemory(m, c, bytesQuantity(b), mode) == null;
    List<Quantity> out = new ArrayList<>(2);
    Long below = walk(start, st, end, size, -1, lo, ok);
    Long above = walk(start, st, end, size, +1, hi, ok);
    if (below != null) {
      out.add(below == size ? memory : bytesQuantity(below));
    }
    if (above != null && !above.equals(below)) {
      out.add(above == size ? memory : bytesQuantity(above));
    }
    return out;
  }

  /**
   * Walks the grid {@code start, start+step, ... < end, end} from {@code size} in one direction and returns the
   * first point that passes the checks, or null.
   */
  private static Long walk(long start, long step, long end, long size, int direction, long limit,
      java.util.function.LongPredicate validMemory) {
    if (end < start || step <= 0) {
      return null;
    }
    long k;
    if (direction < 0) {
      if (size >= end) {
        if (validMemory.test(end)) {
          return end;
        }
        k = (end - 1 - start) / step;
      } else {
        if (size < start) {
          return null;
        }
        k = (size - start) / step;
      }
      for (int i = 0; i < MAX_GRID_WALK && k >= 0; i++, k--) {
        long point = start + k * step;
        if (point < limit) {
          return null;
        }
        if (validMemory.test(point)) {
          return point;
        }
      }
      return null;
    }
    k = size <= start ? 0 : (size - start + step - 1) / step;
    for (int i = 0; i < MAX_GRID_WALK; i++, k++) {
      long point = start + k * step;
      if (point >= end || point < start) {
        return end <= limit && end >= size && validMemory.test(end) ? end : null;
      }
      if (point > limit) {
        return null;
      }
      if (validMemory.test(point)) {
        return point;
      }
    }
    return null;
  }

  private static Quantity bytesQuantity(long bytes) {
    return bytes % 1024 == 0 ? Quantity.ofBytes(bytes) : Quantity.of(bytes, Quantity.Format.DECIMAL_SI);
  }

  private boolean valid(Config c) {
    if (!CpuTopology.isValid(c.cores())) {
      return false;
    }
    List<SizingPolicy> policies = vmClass.spec().sizingPolicies();
    if (policies.isEmpty()) {
      return true;
    }
    int i = Sizing.matchIndex(policies, c.cores());
    return i >= 0 && PolicyEvaluation.reasons(policies.get(i), c.cores(), c.fraction(), c.memory(), mode).isEmpty();
  }

  private Suggestion describe(Config c) {
    List<String> changed = new ArrayList<>(3);
    List<String> parts = new ArrayList<>(3);
    int upTo = c.cores();
    while (upTo < CpuTopology.MAX_CORES && valid(new Config(upTo + 1, c.fraction(), c.memory()))) {
      upTo++;
    }
    if (c.cores() != cores) {
      changed.add(PolicyEvaluation.CORES);
      parts.add((upTo > c.cores() ? c.cores() + "-" + upTo : String.valueOf(c.cores())) + " cores");
    }
    if (!c.fraction().equals(fraction)) {
      changed.add(PolicyEvaluation.FRACTION);
      parts.add("coreFraction " + c.fraction());
    }
    boolean memoryChanged = c.memory().compareTo(memory) != 0;
    if (memoryChanged) {
      changed.add(PolicyEvaluation.MEMORY);
      parts.add("memory " + c.memory().canonical());
    }
    String summary = String.join(", ", parts) + (memoryChanged ? "" : " with " + memory.canonical());
    return new Suggestion(c.cores(), c.fraction().isEmpty() ? Optional.empty() : Optional.of(c.fraction()),
        c.memory(), changed, upTo, summary);
  }
}

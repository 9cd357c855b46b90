package dev.dvp.sizing;

import dev.dvp.model.GoQuote;

import dev.dvp.model.CoreFraction;

import dev.dvp.model.CoresRange;
import dev.dvp.model.IntOrString;
import dev.dvp.model.MemoryPolicy;
import dev.dvp.model.PerCoreMemory;
import dev.dvp.model.Quantity;
import dev.dvp.model.SizingPolicy;
import dev.dvp.model.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The four checks of a matched policy in DVP's order
 * ({@code images/virtualization-artifact/pkg/controller/service/size_policy_service.go}): (a) coreFraction, (b) cores
 * step, (c) total memory, (d) per-core memory. Each gives at most one reason; the reason texts are DVP's.
 */
final class PolicyEvaluation {
  static final String CORES = "spec.cpu.cores";
  static final String FRACTION = "spec.cpu.coreFraction";
  static final String MEMORY = "spec.memory.size";

  private PolicyEvaluation() {}

  /**
   * Runs the checks.
   *
   * @param fraction the VM's coreFraction, {@code ""} when absent
   * @return the reasons in DVP's order; an empty immutable list when the VM passes
   */
  static List<Violation> reasons(SizingPolicy p, int cores, String fraction, Quantity memory, MemoryStepMode mode) {
    List<Violation> out = null;
    Violation v = coreFraction(p, fraction);
    if (v != null) {
      out = add(out, v);
    }
    v = coresStep(p.cores(), cores);
    if (v != null) {
      out = add(out, v);
    }
    if (p.memory().isPresent()) {
      MemoryPolicy m = p.memory().get();
      v = totalMemory(m, memory);
      if (v != null) {
        out = add(out, v);
      }
      v = perCoreMemory(m, cores, memory, mode);
      if (v != null) {
        out = add(out, v);
      }
    }
    return out == null ? List.of() : out;
  }

  private static List<Violation> add(List<Violation> list, Violation v) {
    List<Violation> l = list == null ? new ArrayList<>(4) : list;
    l.add(v);
    return l;
  }

  /** (a) coreFraction ({@code FormatCoreFractionValues} in {@code sizing_policy.go}). */
  static Violation coreFraction(SizingPolicy p, String fraction) {
    List<IntOrString> allowed = p.coreFractions();
    if (allowed.isEmpty() || CoreFraction.isAuto(fraction)) {
      return null;
    }
    // The schema's form ("N%", 1..100) is read first; anything else goes through Go's Atoi.
    long n = CoreFraction.percent(fraction).orElse(-1);
    if (n < 0) {
      String number = fraction.endsWith("%") ? fraction.substring(0, fraction.length() - 1) : fraction;
      OptionalLong parsed = goAtoi(number);
      if (parsed.isEmpty()) {
        return Violation.error(FRACTION, SizingCodes.CORE_FRACTION_UNPARSABLE,
            "unable to parse the CPU core fraction " + GoQuote.quote(fraction));
      }
      n = parsed.getAsLong();
    }
    for (IntOrString f : allowed) {
      if (classValue(f) == n) {
        return null;
      }
    }
    return Violation.error(FRACTION, SizingCodes.CORE_FRACTION,
        "the CPU core fraction " + GoQuote.quote(fraction)
            + " is not allowed; set the core fraction (spec.cpu.coreFraction) to one of: "
            + listed(allowed, ", "));
  }

  /** A class fraction as DVP compares it (v2 integer; a v3 string converted as its number), or MIN_VALUE. */
  private static long classValue(IntOrString f) {
    if (f.isInt()) {
      return f.intValue().getAsInt();
    }
    int p = CoreFraction.percent(f.toString()).orElse(-1);
    return p < 0 ? Long.MIN_VALUE : p;
  }

  /** (b) cores step. */
  static Violation coresStep(CoresRange range, int cores) {
    int step = range.step().orElse(0);
    if (step <= 0 || cores == range.max() || cores < range.min()) {
      return null;
    }
    int offset = cores - range.min();
    if (offset % step == 0) {
      return null;
    }
    long lower = range.min() + (long) (offset / step) * step;
    long upper = lower + step >= range.max() ? range.max() : lower + step;
    return Violation.error(CORES, SizingCodes.CORES_STEP, "the number of CPU cores (" + cores
        + ") does not match the sizing policy step; set the number of cores (spec.cpu.cores) to " + lower + " or "
        + upper);
  }

  /** (c) total memory. */
  static Violation totalMemory(MemoryPolicy m, Quantity size) {
    Quantity min = m.min().orElse(null);
    Quantity max = m.max().orElse(null);
    boolean minSet = isSet(min);
    boolean maxSet = isSet(max);
    if ((minSet && size.compareTo(min) < 0) || (maxSet && size.compareTo(max) > 0)) {
      return Violation.error(MEMORY, SizingCodes.MEMORY_RANGE, "the memory size (" + size.canonical()
          + ") is out of the range allowed by the sizing policy; " + clause(text(min), text(max)));
    }
    Quantity step = m.step().orElse(null);
    if (!maxSet || !isPositive(step)) {
      return null;
    }
    long s = bytes(size);
    long start = minSet ? bytes(min) : 0;
    long st = bytes(step);
    long mx = bytes(max);
    if (s >= mx || s < start) {
      return null;
    }
    long k = (s - start) / st;
    long lower = start + k * st;
    if (lower == s) {
      return null;
    }
    Quantity.Format format = minSet ? min.format() : step.format();
    long up = lower + st;
    String upper = up >= mx || up < lower ? max.canonical() : Quantity.of(up, format).canonical();
    return Violation.error(MEMORY, SizingCodes.MEMORY_STEP, "the memory size (" + size.canonical()
        + ") does not match the sizing policy step; set the memory size (spec.memory.size) to "
        + Quantity.of(lower, format).canonical() + " or " + upper);
  }

  /** (d) per-core memory. */
  static Violation perCoreMemory(MemoryPolicy m, int cores, Quantity size, MemoryStepMode mode) {
    if (m.perCore().isEmpty() || cores <= 0) {
      return null;
    }
    PerCoreMemory pc = m.perCore().get();
    Quantity pmin = pc.min().orElse(null);
    Quantity pmax = pc.max().orElse(null);
    boolean minSet = isSet(pmin);
    boolean maxSet = isSet(pmax);
    if (!minSet && !maxSet) {
      return null;
    }
    long total = bytes(size);
    long share = Math.floorDiv(total, cores);
    if ((minSet && share < bytes(pmin)) || (maxSet && share > bytes(pmax))) {
      String clause = clause(pmin == null ? null : totalText(pmin, cores), pmax == null ? null : totalText(pmax, cores));
      return Violation.error(MEMORY, SizingCodes.PER_CORE_MEMORY_RANGE, "the memory size (" + size.canonical()
          + ") is not allowed for " + cores + " CPU core(s); " + clause
          + ", or change the number of cores (spec.cpu.cores) (the sizing policy allows " + range(pmin, pmax)
          + " of memory per core)");
    }
    Quantity step = m.step().orElse(null);
    if (!maxSet || !isPositive(step)) {
      return null;
    }
    long st = bytes(step);
    long lower;
    long upper;
    if (mode == MemoryStepMode.PER_CORE_SHARE) {
      long start = minSet ? bytes(pmin) : 0;
      long mx = bytes(pmax);
      if (share >= mx || share < start || (share - start) % st == 0) {
        return null;
      }
      long l = start + (share - start) / st * st;
      long u = l + st >= mx || l + st < l ? mx : l + st;
      lower = mulSat(l, cores);
      upper = mulSat(u, cores);
    } else {
      long start = minSet ? mulSat(bytes(pmin), cores) : 0;
      long mx = mulSat(bytes(pmax), cores);
      if (total >= mx || total < start || (total - start) % st == 0) {
        return null;
      }
      lower = start + (total - start) / st * st;
      upper = lower + st >= mx || lower + st < lower ? mx : lower + st;
    }
    return Violation.error(MEMORY, SizingCodes.PER_CORE_MEMORY_STEP, "the memory size (" + size.canonical()
        + ") does not match the per-core sizing policy step for " + cores
        + " CPU core(s); set the memory size (spec.memory.size) to " + Quantity.ofBytes(lower).canonical() + " or "
        + Quantity.ofBytes(upper).canonical() + ", or change the number of cores (spec.cpu.cores)");
  }

  /** The total-memory clause; which bounds are present (not whether they are non-zero) decides the wording. */
  static String clause(String min, String max) {
    if (min != null && max != null) {
      return "set the memory size (spec.memory.size) between " + min + " and " + max;
    }
    if (min != null) {
      return "set the memory size (spec.memory.size) to at least " + min;
    }
    return "set the memory size (spec.memory.size) to at most " + max;
  }

  private static String range(Quantity min, Quantity max) {
    if (min != null && max != null) {
      return "between " + min.canonical() + " and " + max.canonical();
    }
    if (min != null) {
      return "at least " + min.canonical();
    }
    return "at most " + max.canonical();
  }

  private static String text(Quantity q) {
    return q == null ? null : q.canonical();
  }

  private static String totalText(Quantity perCore, int cores) {
    long b = bytes(perCore);
    return (b < 0 ? Quantity.of(mulSat(b, cores), Quantity.Format.BINARY_SI) : Quantity.ofBytes(mulSat(b, cores)))
        .canonical();
  }

  /** A bound counts as set when present and non-zero, as {@code size_policy_service.go} reads it. */
  static boolean isSet(Quantity q) {
    return q != null && !q.isZero();
  }

  // A negative step would make DVP loop forever; the SDK treats it as no step.
  private static boolean isPositive(Quantity q) {
    return q != null && q.signum() > 0;
  }

  /** Whole bytes, rounded up as Kubernetes' Value() does; saturated at the long range. */
  static long bytes(Quantity q) {
    try {
      return q.value();
    } catch (ArithmeticException e) {
      return q.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  static long mulSat(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    if (hi != (lo >> 63)) {
      return (a < 0) == (b < 0) ? Long.MAX_VALUE : Long.MIN_VALUE;
    }
    return lo;
  }

  /** The bytes of a bound, empty when it is not set. */
  static Optional<Long> setBytes(Optional<Quantity> q) {
    return q.filter(x -> !x.isZero()).map(PolicyEvaluation::bytes);
  }

  /**
   * The class's fractions as DVP lists them in messages: each as {@code N%}, in stored order. Integers get a
   * {@code %}; strings are shown as written (they already end in {@code %}).
   */
  static String listed(List<IntOrString> fractions, String separator) {
    StringBuilder b = new StringBuilder();
    for (IntOrString f : fractions) {
      if (b.length() > 0) {
        b.append(separator);
      }
      b.append(f.isInt() ? f + "%" : f.toString());
    }
    return b.toString();
  }

  /**
   * Go's {@code strconv.Atoi}: optional sign, decimal digits, leading zeros allowed, within int64 (DVP runs 64-bit).
   *
   * @return the number, or empty when the text is not one
   */
  private static OptionalLong goAtoi(String s) {
    int i = 0;
    int n = s.length();
    boolean negative = false;
    if (n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      negative = s.charAt(0) == '-';
      i = 1;
    }
    if (i >= n) {
      return OptionalLong.empty();
    }
    long value = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return OptionalLong.empty();
      }
      if (value > (Long.MAX_VALUE - (c - '0')) / 10) {
        return OptionalLong.empty();
      }
      value = value * 10 + (c - '0');
    }
    return OptionalLong.of(negative ? -value : value);
  }
}

package dev.dvp.sizing;

import dev.dvp.model.CpuTopology;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.dvp.model.Quantity;
import dev.dvp.model.VirtualMachine;
import dev.dvp.model.VirtualMachineClass;
import dev.dvp.model.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Invariants of topology, checks and advice (QuickTheories). */
class SizingPropertiesTest {
  @Test
  void everyValidCountIsExactlySocketsTimesCoresPerSocket() {
    qt().forAll(integers().between(1, 300)).checkAssert(c -> {
      CpuTopology t = CpuTopology.of(c);
      if (c <= CpuTopology.MAX_CORES) {
        assertThat(CpuTopology.isValid(c)).isEqualTo(t.sockets() * t.coresPerSocket() == c);
        assertThat(t.coresPerSocket()).isLessThanOrEqualTo(t.maxCoresPerSocket());
      } else {
        assertThat(CpuTopology.isValid(c)).isFalse();
      }
      if (CpuTopology.isValid(c)) {
        assertThat(t.sockets() * t.coresPerSocket()).isEqualTo(c);
      }
      assertThat(t.sockets() * t.coresPerSocket()).isGreaterThanOrEqualTo(c);
    });
  }

  /** A random class of 1–4 policies with gaps, steps, memory and per-core bounds, from a seed. */
  static VirtualMachineClass randomClass(long seed) {
    Random r = new Random(seed);
    StringBuilder y = new StringBuilder();
    int min = 1 + r.nextInt(3);
    int policies = 1 + r.nextInt(4);
    for (int i = 0; i < policies && min < 240; i++) {
      int max = Math.min(248, min + 1 + r.nextInt(24));
      y.append("- cores: {min: ").append(min).append(", max: ").append(max);
      if (r.nextInt(3) == 0 && max - min > 2) {
        y.append(", step: ").append(1 + r.nextInt(max - min - 1));
      }
      y.append("}\n");
      int kind = r.nextInt(4);
      if (kind == 1) {
        int lo = 1 + r.nextInt(8);
        y.append("  memory: {min: ").append(lo).append("Gi, max: ").append(lo + 1 + r.nextInt(64)).append("Gi")
            .append(r.nextBoolean() ? ", step: 512Mi" : "").append("}\n");
      } else if (kind == 2) {
        y.append("  memory: {").append(r.nextBoolean() ? "step: 256Mi, " : "").append("perCore: {min: ")
            .append(512 * (1 + r.nextInt(2))).append("Mi, max: ").append(2 + r.nextInt(4)).append("Gi}}\n");
      } else if (kind == 3) {
        y.append("  memory: {min: 1Gi, max: 128Gi, step: 1Gi, perCore: {min: 1Gi, max: 4Gi}}\n");
      }
      if (r.nextBoolean()) {
        List<Integer> f = new ArrayList<>(List.of(5, 10, 20, 25, 50, 100));
        Collections.shuffle(f, r);
        y.append("  coreFractions: ").append(f.subList(0, 1 + r.nextInt(4))).append("\n");
      }
      min = max + 1 + (r.nextBoolean() ? 0 : r.nextInt(6));
    }
    return Fixtures.vmClass("random", y.toString());
  }

  private static final String[] FRACTIONS = {"5%", "10%", "20%", "25%", "33%", "50%", "100%"};

  @Test
  void everySuggestionIsItselfValid() {
    qt().withExamples(300).forAll(integers().all(), integers().between(1, 260), integers().between(0, 6),
        integers().between(1, 300)).checkAssert((seed, cores, f, halfGi) -> {
          VirtualMachineClass c = randomClass(seed);
          VirtualMachine vm = Fixtures.vm("random", cores, FRACTIONS[f], (halfGi * 512) + "Mi");
          SizingVerdict v = Sizing.check(vm, c);
          for (Suggestion s : v.suggestions()) {
            VirtualMachine fixed = vm.withSpec(vm.spec().withCpu(vm.spec().cpu().withCores(s.cores())
                .withCoreFraction(s.coreFraction())).withMemory(vm.spec().memory().withSize(s.memory())));
            assertThat(Sizing.check(fixed, c).fits()).as("%s -> %s", v, s).isTrue();
            for (int k = s.cores(); k <= s.coresUpTo(); k++) {
              assertThat(Sizing.check(fixed.withSpec(fixed.spec().withCpu(fixed.spec().cpu().withCores(k))), c)
                  .fits()).isTrue();
            }
          }
          if (!v.fits()) {
            // A rejected VM in a class with a usable count gets at least one suggestion.
            boolean anyUsable = false;
            for (int k = 1; k <= 248 && !anyUsable; k++) {
              int i = Sizing.matchIndex(c.spec().sizingPolicies(), k);
              anyUsable = i >= 0 && CpuTopology.isValid(k) && PolicyEvaluation.coresStep(
                  c.spec().sizingPolicies().get(i).cores(), k) == null && c.spec().sizingPolicies().get(i).memory()
                  .isEmpty() && c.spec().sizingPolicies().get(i).coreFractions().isEmpty();
            }
            if (anyUsable) {
              assertThat(v.suggestions()).as("%s", v).isNotEmpty();
            }
          }
        });
  }

  @Test
  void adviceReachesDownFromAboveTheMaximum() {
    // Found by everySuggestionIsItselfValid: 250 cores (above the 248 maximum) in a class whose only valid count is
    // 1 once got no suggestion, because the search stopped 248 steps down, at 2 cores.
    VirtualMachine vm = Fixtures.vm("random", 250, "5%", "512Mi");
    SizingVerdict v = Sizing.check(vm, randomClass(-1388));
    assertThat(v.fits()).isFalse();
    assertThat(v.suggestions()).extracting(Suggestion::cores).contains(1);
  }

  @Test
  void checksAreDeterministic() {
    qt().withExamples(200).forAll(integers().all(), integers().between(1, 260), integers().between(0, 6),
        integers().between(1, 300)).checkAssert((seed, cores, f, halfGi) -> {
          VirtualMachine vm = Fixtures.vm("random", cores, FRACTIONS[f], (halfGi * 512) + "Mi");
          SizingVerdict a = Sizing.check(vm, randomClass(seed));
          SizingVerdict b = Sizing.check(vm, randomClass(seed));
          assertThat(a.violations()).isEqualTo(b.violations());
          assertThat(a.message()).isEqualTo(b.message());
          assertThat(a.suggestions()).isEqualTo(b.suggestions());
        });
  }

  @Test
  void verdictDoesNotDependOnTheOrderOfDisjointPolicies() {
    qt().withExamples(200).forAll(integers().all(), integers().between(1, 260), integers().between(0, 6),
        integers().between(1, 300)).checkAssert((seed, cores, f, halfGi) -> {
          VirtualMachineClass c = randomClass(seed);
          List<dev.dvp.model.SizingPolicy> reversed = new ArrayList<>(c.spec().sizingPolicies());
          Collections.reverse(reversed);
          VirtualMachineClass r = c.withSpec(c.spec().withSizingPolicies(reversed));
          VirtualMachine vm = Fixtures.vm("random", cores, FRACTIONS[f], (halfGi * 512) + "Mi");
          SizingVerdict a = Sizing.check(vm, c);
          SizingVerdict b = Sizing.check(vm, r);
          assertThat(a.fits()).isEqualTo(b.fits());
          if (a.matchedPolicy().isPresent()) {
            // The reasons of a matched policy do not depend on where it sits; the no-match text lists ranges in order.
            assertThat(a.violations()).isEqualTo(b.violations());
          }
        });
  }

  @Test
  void overlapDetectionIsOrderIndependentInTheSdk() {
    qt().withExamples(300).forAll(integers().between(1, 40), integers().between(1, 20), integers().between(1, 40),
        integers().between(1, 20)).checkAssert((min1, len1, min2, len2) -> {
          String a = "- cores: {min: " + min1 + ", max: " + (min1 + len1) + "}\n";
          String b = "- cores: {min: " + min2 + ", max: " + (min2 + len2) + "}\n";
          boolean overlap = min1 <= min2 + len2 && min2 <= min1 + len1;
          List<Violation> ab = ClassValidation.check(Fixtures.vmClass("c", a + b));
          List<Violation> ba = ClassValidation.check(Fixtures.vmClass("c", b + a));
          assertThat(ab.isEmpty()).isEqualTo(!overlap);
          assertThat(ba.isEmpty()).isEqualTo(!overlap);
        });
  }

  @Test
  void requestsNeverExceedLimitsAndMatchTheFormula() {
    qt().forAll(integers().between(1, 248), integers().between(1, 100)).checkAssert((cores, pct) -> {
      ResourceRequests r = ResourceRequests.of(Fixtures.vm("n", cores, pct + "%", "1Gi"), java.util.Optional.empty());
      assertThat(r.cpuRequest().milliValue()).isEqualTo(cores * 10L * pct);
      assertThat(r.cpuRequest().compareTo(r.cpuLimit())).isLessThanOrEqualTo(0);
      assertThat(r.cpuRequest().equals(r.cpuLimit())).isEqualTo(pct == 100);
      assertThat(Quantity.parse(r.cpuStatus().topology().orElseThrow().sockets() + "").value())
          .isEqualTo(r.topology().sockets());
    });
  }
}

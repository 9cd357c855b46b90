package dev.dvp.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link AutoCoreFraction#quantise}: DVP's own cases ({@code Describe("QuantizeCoreFractionUp")} in
 * {@code images/virtualization-artifact/pkg/common/sizing_policy/sizing_policy_test.go}), and the order of the
 * steps not mattering.
 */
class AutoCoreFractionQuantiseTest {
  @Test
  void dvpsCases() {
    assertThat(AutoCoreFraction.quantise(37, List.of())).isEqualTo(37);
    assertThat(AutoCoreFraction.quantise(35, List.of(25, 50, 75, 99))).isEqualTo(50);
    assertThat(AutoCoreFraction.quantise(50, List.of(25, 50, 75))).isEqualTo(50);
    assertThat(AutoCoreFraction.quantise(80, List.of(25, 50))).isEqualTo(50);
    assertThat(AutoCoreFraction.quantise(30, List.of(99, 25, 75, 50))).isEqualTo(50);
  }

  @Test
  void theOrderOfTheStepsDoesNotMatter() {
    qt().forAll(integers().between(1, 99), lists().of(integers().between(1, 100)).ofSizeBetween(1, 8))
        .checkAssert((raw, steps) -> {
          List<Integer> sorted = new ArrayList<>(steps);
          sorted.sort(null);
          int expected = sorted.stream().filter(s -> s >= raw).findFirst().orElse(sorted.get(sorted.size() - 1));
          assertThat(AutoCoreFraction.quantise(raw, steps)).isEqualTo(expected);
          java.util.Collections.reverse(sorted);
          assertThat(AutoCoreFraction.quantise(raw, sorted)).isEqualTo(expected);
        });
  }
}

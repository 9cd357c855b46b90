package dev.dvp.sizing;

import dev.dvp.model.CpuTopology;
import static dev.dvp.sizing.Fixtures.seedClass;
import static dev.dvp.sizing.Fixtures.vm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvp.model.CpuTopologyStatus;
import dev.dvp.model.Quantity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The examples of the user documentation (seed, CPU and sizing sections), each as a test. */
class SeedExamplesTest {
  @Test
  void twoCoresTakeOneToEightGiAndTheFirstRangesFractions() {
    for (String size : List.of("1Gi", "4Gi", "8Gi")) {
      for (String f : List.of("5%", "10%", "20%", "50%", "100%")) {
        assertThat(Sizing.check(vm(2, f, size), seedClass()).fits()).as(size + " " + f).isTrue();
      }
    }
    assertThat(Sizing.check(vm(2, "20%", "1Gi"), seedClass()).matchedPolicy()).hasValue(0);
    assertThat(Sizing.check(vm(2, "20%", "9Gi"), seedClass()).fits()).isFalse();
    assertThat(Sizing.check(vm(2, "20%", "1023Mi"), seedClass()).fits()).isFalse();
    assertThat(Sizing.check(vm(2, "30%", "2Gi"), seedClass()).violations()).extracting(v -> v.message())
        .containsExactly("the CPU core fraction \"30%\" is not allowed; set the core fraction "
            + "(spec.cpu.coreFraction) to one of: 5%, 10%, 20%, 50%, 100%");
  }

  @Test
  void sixCoresTakeFiveToSixteenGiAndTwentyFiftyOrHundredPercent() {
    assertThat(Sizing.check(vm(6, "20%", "5Gi"), seedClass()).matchedPolicy()).hasValue(1);
    for (String f : List.of("20%", "50%", "100%")) {
      assertThat(Sizing.check(vm(6, f, "16Gi"), seedClass()).fits()).isTrue();
    }
    assertThat(Sizing.check(vm(6, "10%", "8Gi"), seedClass()).violations()).extracting(v -> v.message())
        .containsExactly("the CPU core fraction \"10%\" is not allowed; set the core fraction "
            + "(spec.cpu.coreFraction) to one of: 20%, 50%, 100%");
    assertThat(Sizing.check(vm(6, "20%", "4Gi"), seedClass()).violations()).extracting(v -> v.message())
        .containsExactly("the memory size (4Gi) is out of the range allowed by the sizing policy; set the memory "
            + "size (spec.memory.size) between 5Gi and 16Gi");
  }

  @Test
  void twentyPercentMeansAtMostFiveToOneOversubscription() {
    ResourceRequests r = ResourceRequests.of(vm(2, "20%", "4Gi"), Optional.of(seedClass()));
    assertThat(r.oversubscription()).isEqualTo("5:1");
    assertThat(r.cpuRequest().canonical()).isEqualTo("400m");
    assertThat(r.cpuLimit().canonical()).isEqualTo("2");
    assertThat(r.qosClass()).isEqualTo("Burstable");
  }

  @Test
  void fiveVmsOfTwoCoresAtTwentyPercentNeedTwoCpus() {
    long millis = 0;
    for (int i = 0; i < 5; i++) {
      millis += ResourceRequests.of(vm(2, "20%", "1Gi"), Optional.of(seedClass())).cpuRequest().milliValue();
    }
    assertThat(Quantity.ofMillis(millis).canonical()).isEqualTo("2");
  }

  @Test
  void noCoreFractionMeansAWholeCore() {
    ResourceRequests r = ResourceRequests.of(vm(1, null, "1Gi"), Optional.empty());
    assertThat(r.coreFraction()).isEqualTo("100%");
    assertThat(r.cpuRequest().canonical()).isEqualTo("1");
    assertThat(r.qosClass()).isEqualTo("Guaranteed");
  }

  @Test
  void topologyExamples() {
    assertThat(CpuTopology.of(8).toStatus()).isEqualTo(CpuTopologyStatus.of(1, 8));
    assertThat(CpuTopology.of(20).toStatus()).isEqualTo(CpuTopologyStatus.of(2, 10));
    assertThat(CpuTopology.of(40).toStatus()).isEqualTo(CpuTopologyStatus.of(4, 10));
    assertThat(CpuTopology.of(80).toStatus()).isEqualTo(CpuTopologyStatus.of(8, 10));
    assertThat(CpuTopology.isValid(248)).isTrue();
    assertThat(CpuTopology.isValid(249)).isFalse();
    assertThat(CpuTopology.of(256).violation().orElseThrow().message())
        .isEqualTo("number of cores should not exceed 248");
  }

  @Test
  void statusOfAStoppedOneCoreVmAtTenPercent() {
    // The seed shows this block for a 1-core VM at 10%. Its requestedCores "1" and runtimeOverhead "0" come from a
    // running VM; a stopped VM shows zeros (sizing.md §9.6), a running one 100m (10% of 1 core).
    ResourceRequests r = ResourceRequests.of(vm(1, "10%", "1Gi"), Optional.empty());
    assertThat(r.cpuStatus().cores()).isEqualTo(1);
    assertThat(r.cpuStatus().coreFraction()).hasValue("10%");
    assertThat(r.cpuStatus().topology()).hasValue(CpuTopologyStatus.of(1, 1));
    assertThat(r.cpuStatus().requestedCores()).hasValue(Quantity.ZERO);
    assertThat(r.runningCpuStatus().requestedCores().orElseThrow().canonical()).isEqualTo("100m");
  }
}

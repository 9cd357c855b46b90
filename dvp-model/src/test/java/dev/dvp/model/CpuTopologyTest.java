package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The edge table of sizing.md §8.3 and the socket-boundary rule of §8.7. */
class CpuTopologyTest {
  @ParameterizedTest(name = "{0} cores -> {1}x{2} (max {3}), {4}")
  @CsvSource(delimiter = '|', value = {
      "1|1|1|16|",
      "16|1|16|16|",
      "17|2|9|16|the requested number of cores must be a multiple of 2",
      "18|2|9|16|",
      "19|2|10|16|the requested number of cores must be a multiple of 2",
      "29|2|15|16|the requested number of cores must be a multiple of 2",
      "31|2|16|16|the requested number of cores must be a multiple of 2",
      "32|2|16|16|",
      "33|4|9|16|the requested number of cores must be a multiple of 4",
      "34|4|9|16|the requested number of cores must be a multiple of 4",
      "35|4|9|16|the requested number of cores must be a multiple of 4",
      "36|4|9|16|",
      "37|4|10|16|the requested number of cores must be a multiple of 4",
      "64|4|16|16|",
      "65|8|9|31|the requested number of cores must be a multiple of 8",
      "72|8|9|31|",
      "247|8|31|31|the requested number of cores must be a multiple of 8",
      "248|8|31|31|",
      "249|8|32|31|number of cores should not exceed 248",
      "252|8|32|31|number of cores should not exceed 248",
      "256|8|32|31|number of cores should not exceed 248",
      "1024|8|128|31|number of cores should not exceed 248"})
  void edgeTable(int cores, int sockets, int perSocket, int max, String error) {
    CpuTopology t = CpuTopology.of(cores);
    assertThat(t.sockets()).isEqualTo(sockets);
    assertThat(t.coresPerSocket()).isEqualTo(perSocket);
    assertThat(t.maxCoresPerSocket()).isEqualTo(max);
    if (error == null) {
      assertThat(t.violation()).isEmpty();
      assertThat(CpuTopology.isValid(cores)).isTrue();
    } else {
      assertThat(t.violation().orElseThrow().message()).isEqualTo(error);
      assertThat(t.violation().orElseThrow().path()).isEqualTo("spec.cpu.cores");
      assertThat(CpuTopology.isValid(cores)).isFalse();
    }
  }

  @Test
  void validSetsPerRange() {
    for (int c = 1; c <= 300; c++) {
      boolean expected = c <= 16 || (c <= 32 && c % 2 == 0) || (c >= 36 && c <= 64 && c % 4 == 0)
          || (c >= 72 && c <= 248 && c % 8 == 0);
      assertThat(CpuTopology.isValid(c)).as("%d cores", c).isEqualTo(expected);
    }
  }

  @Test
  void nonPositiveCountsFallBackToOneByOne() {
    assertThat(CpuTopology.of(0).toString()).isEqualTo("1×1");
    assertThat(CpuTopology.isValid(0)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"16,17,true", "16,18,true", "32,33,true", "32,36,true", "64,65,true", "64,72,true", "2,16,false",
      "18,32,false", "36,64,false", "72,248,false", "17,16,true"})
  void socketBoundaries(int from, int to, boolean crosses) {
    assertThat(CpuTopology.crossesSocketBoundary(from, to)).isEqualTo(crosses);
  }
}

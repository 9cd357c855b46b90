package dev.dvp.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompletionTimeoutTest {

    private static final long MI = 1L << 20;

    /** Rule book §3.2 table, DVP's 800 s per started decimal GB. */
    @ParameterizedTest(name = "{0} MiB -> {1} s")
    @CsvSource({"256, 800", "512, 800", "1024, 1600", "2048, 2400", "3584, 3200", "4096, 4000", "8192, 7200",
        "16384, 14400", "32768, 28000", "65536, 55200"})
    void dvpTable(long mib, long seconds) {
        assertThat(CompletionTimeout.acceptable(mib * MI, 800)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void boundariesOfTheDecimalGigabyte() {
        assertThat(CompletionTimeout.dataSizeGb(0)).isZero();
        assertThat(CompletionTimeout.dataSizeGb(1)).isEqualTo(1);
        assertThat(CompletionTimeout.dataSizeGb(1_000_000_000L)).isEqualTo(1);
        assertThat(CompletionTimeout.dataSizeGb(1_000_000_001L)).isEqualTo(2);
        assertThat(CompletionTimeout.acceptable(5L << 30, 0)).isZero();
    }

    @Test
    void documentedFormulaDiffersFromTheCode() {
        assertThat(CompletionTimeout.documented(1L << 30, 800)).isEqualTo(Duration.ofSeconds(800));
        assertThat(CompletionTimeout.acceptable(1L << 30, 800)).isEqualTo(Duration.ofSeconds(1600));
    }

    @Test
    void messageAndMisuse() {
        assertThat(CompletionTimeout.failureMessage(Duration.ofSeconds(1600)))
                .isEqualTo("Live migration is not completed after 1600 seconds and has been aborted");
        assertThatThrownBy(() -> CompletionTimeout.acceptable(1, -1)).hasMessageContaining("Maybe 800");
    }
}

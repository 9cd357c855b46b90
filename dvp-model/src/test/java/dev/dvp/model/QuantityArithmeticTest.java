package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvp.model.Quantity.Format;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Readers, comparison, arithmetic and constructors: rule book sections 4, 5 (rule 21) and 6. */
class QuantityArithmeticTest {

    private static Quantity q(String text) {
        return Quantity.parse(text);
    }

    // Rule 15: away from zero.
    @ParameterizedTest(name = "{0}: value {1}, milli {2}")
    @CsvSource({
        "9.01, 10, 9010",
        "-9.01, -10, -9010",
        "1500m, 2, 1500",
        "-1500m, -2, -1500",
        "0.5m, 1, 1",
        "-0.5m, -1, -1",
        "1n, 1, 1",
        "-1n, -1, -1",
        "0, 0, 0",
        "1Ki, 1024, 1024000",
        "8Gi, 8589934592, 8589934592000",
        "1.5, 2, 1500",
        "1E, 1000000000000000000, ",
        "9Ei, 9223372036854775807, ",
        // Rule 17: Go gets negative big-decimal values wrong; the SDK rounds away from zero.
        "-0.0000000001, -1, -1",
        "-4Pi, -4503599627370496, -4503599627370496000",
        "-100Ti, -109951162777600, -109951162777600000",
        "-1.5Ki, -1536, -1536000",
        "-0.5n, -1, -1",
    })
    void valueAndMilliValueRoundAwayFromZero(String text, long value, Long milli) {
        Quantity quantity = q(text);
        assertThat(quantity.value()).isEqualTo(value);
        if (milli != null) {
            assertThat(quantity.milliValue()).isEqualTo(milli);
        } else {
            // Rule 16 and the defect table: Go wraps or returns 0; the SDK throws.
            assertThatThrownBy(quantity::milliValue)
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessageContaining("does not fit in a long; maybe use bigDecimalValue()");
        }
    }

    @Test
    void scaledValueCountsUnitsOfAPowerOfTen() {
        assertThat(q("1.5G").scaledValue(9)).isEqualTo(2);
        assertThat(q("1.5G").scaledValue(6)).isEqualTo(1500);
        assertThat(q("1n").scaledValue(-9)).isEqualTo(1);
        assertThat(q("1").scaledValue(-18)).isEqualTo(1_000_000_000_000_000_000L);
        assertThatThrownBy(() -> q("10").scaledValue(-18)).isInstanceOf(ArithmeticException.class);
        assertThat(q("1e400").scaledValue(400)).isEqualTo(1);
        assertThat(q("1e400").scaledValue(401)).isEqualTo(1);
        assertThat(q("-1e400").scaledValue(401)).isEqualTo(-1);
        assertThatThrownBy(() -> q("1e400").value())
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("quantity 10e399 divided by 10^0 does not fit in a long; maybe use bigDecimalValue() for"
                        + " the exact value");
        assertThat(q("-9223372036854775808").value()).isEqualTo(Long.MIN_VALUE);
        assertThatThrownBy(() -> q("9223372036854775808").value()).isInstanceOf(ArithmeticException.class);
        assertThat(q("1.5e20").scaledValue(19)).isEqualTo(15);
        assertThat(q("123456789012345678901234567890").scaledValue(20)).isEqualTo(1234567891);
    }

    // Rule 22: exact comparison, ignoring formats, after rounding and the cap.
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "9Ei, 8Ei",
        "8Ei, 9223372036854775807",
        "1n, 0.0000000001",
        "1Ki, 1024",
        "1024, 1.024k",
        "1.500, 1500m",
        "0, -0",
        "-0, 0Ki",
        "1Gi, 1024Mi",
        "1.5Gi, 1536Mi",
        "1G, 1000M",
        "1e3, 1k",
        "0.5, 500m",
        "1e400, 10e399",
        "1000000000000000000000, 1000E",
    })
    void equalValuesCompareEqual(String left, String right) {
        assertThat(q(left).compareTo(q(right))).isZero();
        assertThat(q(right).compareTo(q(left))).isZero();
        assertThat(q(left)).isEqualTo(q(right));
        assertThat(q(left).hashCode()).isEqualTo(q(right).hashCode());
    }

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        "1Gi, 1025Mi",
        "1G, 1Gi",
        "999m, 1",
        "-1, 0",
        "-1Gi, -1G",
        "1n, 2n",
        "0, 1n",
        "-1n, 0",
        "9223372036854775807, 9223372036854775808",
        "-9223372036854775809, -9223372036854775808",
        "1e400, 1e401",
        "-1e401, -1e400",
        "99999999999999999, 1e17",
        "1e17, 100000000000000001",
        "1e18, 1e19",
        "-1e19, 1",
        "1e-9, 1e400",
        "9223372036854775807n, 9223372036854775808n",
    })
    void smallerValuesCompareLess(String smaller, String larger) {
        assertThat(q(smaller).compareTo(q(larger))).isNegative();
        assertThat(q(larger).compareTo(q(smaller))).isPositive();
        assertThat(q(smaller)).isNotEqualTo(q(larger));
    }

    // Rules 23-24: exact sums; the left operand's format, or the right one's when the left is zero.
    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
        "24576, 1000Ki, 1048576",
        "1000Ki, 24576, 1Mi",
        "0, 1e3, 1e3",
        "100m, 0, 100m",
        "1.500, 0, 1500m",
        "7Ei, 1Ei, 8Ei",
        "9Ei, 1, 8Ei",
        "1Gi, 512Mi, 1536Mi",
        "1536Mi, 512Mi, 2Gi",
        "500m, 500m, 1",
        "1, -1, 0",
        "1n, 1E, 1000000000000000000000000001n",
        "9223372036854775807, 1, 9223372036854775808",
        "-9223372036854775808, -1, -9223372036854775809",
        "1e400, -1e400, 0",
    })
    void addIsExact(String left, String right, String sum) {
        Quantity result = q(left).add(q(right));
        assertThat(result.toString()).isEqualTo(sum);
        assertThat(result.canonical()).isEqualTo(sum);
        assertThat(result.originalText()).isEmpty();
        assertThat(result.bigDecimalValue())
                .isEqualByComparingTo(q(left).bigDecimalValue().add(q(right).bigDecimalValue()));
    }

    @Test
    void addOfHugeValuesKeepsEveryDigit() {
        Quantity sum = q("1e400").add(q("1"));
        assertThat(sum.canonical()).isEqualTo("1" + "0".repeat(399) + "1");
        assertThat(sum.canonical()).hasSize(401);
    }

    @ParameterizedTest(name = "{0} - {1} = {2}")
    @CsvSource({
        "0, 1Gi, -1Gi",
        "1Ki, 1, 1023",
        "2Gi, 512Mi, 1536Mi",
        "100m, 0, 100m",
        "1, 1000m, 0",
        "0, -9223372036854775808, 9223372036854775808",
    })
    void subtractIsExact(String left, String right, String difference) {
        Quantity result = q(left).subtract(q(right));
        assertThat(result.canonical()).isEqualTo(difference);
        assertThat(result.format()).isEqualTo(q(left).isZero() ? q(right).format() : q(left).format());
    }

    @Test
    void subtractFromHugeValueKeepsEveryDigit() {
        assertThat(q("1e400").subtract(q("1")).canonical()).isEqualTo("9".repeat(400));
        assertThat(q("1e400").subtract(q("1n")).canonical()).isEqualTo("9".repeat(409) + "e-9");
    }

    @Test
    void zeroOperandFormatRule() {
        assertThat(q("0").add(q("1Gi")).format()).isEqualTo(Format.BINARY_SI);
        assertThat(q("0Ki").add(q("1e3")).format()).isEqualTo(Format.DECIMAL_EXPONENT);
        assertThat(q("1e3").add(q("0Ki")).format()).isEqualTo(Format.DECIMAL_EXPONENT);
        assertThat(q("1Ki").subtract(q("1Ki")).format()).isEqualTo(Format.BINARY_SI);
    }

    // Rule 25.
    @ParameterizedTest(name = "{0} * {1} = {2}")
    @CsvSource({
        "1Ki, 1024, 1Mi",
        "512Mi, 3, 1536Mi",
        "500m, 2, 1",
        "1.5, -2, -3",
        "1Gi, 0, 0",
        "8Ei, 2, 18446744073709551614",
        "4Ei, 2, 8Ei",
        "1E, 1000, 1e21",
        "1e400, 3, 30e399",
        "9223372036854775807, 9223372036854775807, 85070591730234615847396907784232501249",
        "-9223372036854775808, -1, 9223372036854775808",
    })
    void multiplyIsExactAndKeepsTheFormat(String text, long factor, String product) {
        assertPrintsWithFormatOf(q(text).multiply(factor), product, text);
    }

    /** A computed result prints canonically and keeps the format of the quantity it came from. */
    private static void assertPrintsWithFormatOf(Quantity result, String printed, String source) {
        assertThat(result.toString()).isEqualTo(printed).isEqualTo(result.canonical());
        assertThat(result.format()).isEqualTo(q(source).format());
    }

    @Test
    void negateKeepsTheFormat() {
        assertThat(q("1Gi").negate().canonical()).isEqualTo("-1Gi");
        assertThat(q("-500m").negate().canonical()).isEqualTo("500m");
        assertThat(q("0Ki").negate().format()).isEqualTo(Format.BINARY_SI);
        assertThat(q("-9223372036854775808").negate().canonical()).isEqualTo("9223372036854775808");
        assertThat(q("1e400").negate().canonical()).isEqualTo("-10e399");
        assertThat(q("+1").negate().negate().toString()).isEqualTo("1");
    }

    @ParameterizedTest(name = "{0} round up at {1} = {2}")
    @CsvSource({
        "9.01, -1, 9100m",
        "-9.01, 0, -10",
        "9.01, 0, 10",
        "9.01, -3, 9010m",
        "1Gi, 6, 1074000000",
        "1Gi, 0, 1Gi",
        "1n, 0, 1",
        "1n, -9, 1n",
        "0, 3, 0",
        "123456789012345678901234567890, 10, 123456789012345678910G",
        "-1e400, 402, -1e402",
    })
    void roundUpIsAwayFromZero(String text, int scale, String rounded) {
        assertPrintsWithFormatOf(q(text).roundUp(scale), rounded, text);
    }

    @Test
    void roundUpReportsExactnessThroughEquality() {
        assertThat(q("9.01").roundUp(-1)).isNotEqualTo(q("9.01"));
        assertThat(q("9.1").roundUp(-1)).isEqualTo(q("9.1"));
    }

    // Rule 21 and quantity_example_test.go.
    @Test
    void constructorsPrintAsGoDoes() {
        assertThat(Quantity.of(1024, Format.BINARY_SI).toString()).isEqualTo("1Ki");
        assertThat(Quantity.ofBytes(1024).toString()).isEqualTo("1Ki");
        assertThat(Quantity.ofMillis(1024, Format.BINARY_SI).toString()).isEqualTo("1024m");
        assertThat(Quantity.ofMillis(1234000, Format.DECIMAL_SI).toString()).isEqualTo("1234");
        assertThat(Quantity.ofScaled(1000, -9, Format.DECIMAL_SI).toString()).isEqualTo("1u");
        assertThat(Quantity.of(1_000_000, Format.DECIMAL_EXPONENT).toString()).isEqualTo("1e6");
        assertThat(Quantity.of(5L * 1024 * 1024 * 1024, Format.BINARY_SI).toString()).isEqualTo("5Gi");
        assertThat(Quantity.of(5L * 1000 * 1000 * 1000, Format.DECIMAL_SI).toString()).isEqualTo("5G");
        assertThat(Quantity.ofMillis(5300, Format.DECIMAL_SI).toString()).isEqualTo("5300m");
        assertThat(Quantity.ofMillis(500).toString()).isEqualTo("500m");
        assertThat(Quantity.ofMillis(2000).toString()).isEqualTo("2");
        assertThat(Quantity.ofBytes(1536L << 20).toString()).isEqualTo("1536Mi");
        assertThat(Quantity.ofBytes(0).isZero()).isTrue();
        assertThat(Quantity.ZERO.toString()).isEqualTo("0");
        assertThat(Quantity.ZERO.format()).isEqualTo(Format.DECIMAL_SI);
    }

    @Test
    void constructorsRoundFinerThanNanoAwayFromZero() {
        assertThat(Quantity.ofScaled(15, -10, Format.DECIMAL_SI).toString()).isEqualTo("2n");
        assertThat(Quantity.ofScaled(-15, -10, Format.DECIMAL_SI).toString()).isEqualTo("-2n");
        assertThat(Quantity.of(new BigDecimal("0.0000000001"), Format.DECIMAL_SI).toString()).isEqualTo("1n");
        assertThat(Quantity.of(new BigDecimal("1.5"), Format.DECIMAL_SI).toString()).isEqualTo("1500m");
        assertThat(Quantity.of(new BigDecimal("1E+30"), Format.DECIMAL_SI).toString()).isEqualTo("1e30");
        // No cap for constructors, as in Go.
        assertThat(Quantity.of(new BigDecimal("1E+30"), Format.BINARY_SI).bigDecimalValue())
                .isEqualByComparingTo("1e30");
    }

    @Test
    void misuseIsAnIllegalArgument() {
        assertThatThrownBy(() -> Quantity.ofBytes(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a byte count must be zero or more, got -1; maybe use Quantity.of(value, Format.BINARY_SI)"
                        + " for a signed value");
        assertThatThrownBy(() -> Quantity.of(1, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected DECIMAL_SI, BINARY_SI or DECIMAL_EXPONENT");
        assertThatThrownBy(() -> Quantity.of(null, Format.DECIMAL_SI))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected a BigDecimal");
    }

    @Test
    void signAndZero() {
        assertThat(q("-1n").signum()).isEqualTo(-1);
        assertThat(q("-0").signum()).isZero();
        assertThat(q("-0").isZero()).isTrue();
        assertThat(q("1e400").signum()).isEqualTo(1);
        assertThat(q("-1e400").signum()).isEqualTo(-1);
        assertThat(q("0.0Ki").isZero()).isTrue();
    }

    @Test
    void equalsIgnoresFormatAndText() {
        assertThat(q("1Ki")).isEqualTo(q("1024")).isEqualTo(q("1.024k")).isEqualTo(Quantity.ofBytes(1024));
        assertThat(q("1Ki")).isNotEqualTo("1Ki");
        assertThat(q("1Ki")).isNotEqualTo(null);
    }
}

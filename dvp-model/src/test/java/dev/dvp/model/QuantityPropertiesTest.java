package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of {@link Quantity} over generated text, checked against an independent BigDecimal oracle. */
class QuantityPropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String[] SUFFIXES = {
        "", "n", "u", "m", "k", "M", "G", "T", "P", "E", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};

    /** The number part: optional sign, digits with an optional dot, at least one digit somewhere. */
    private static Gen<String> numbers() {
        Gen<String> sign = arbitrary().pick("", "", "+", "-");
        Gen<String> intDigits = strings().betweenCodePoints('0', '9').ofLengthBetween(0, 24);
        Gen<String> fracDigits = strings().betweenCodePoints('0', '9').ofLengthBetween(0, 14);
        Gen<Boolean> dot = arbitrary().pick(true, false);
        return sign.zip(intDigits, fracDigits, dot, (s, i, f, d) -> {
            String body = d ? i + "." + f : i + f;
            return s + (body.replace(".", "").isEmpty() ? body + "7" : body);
        });
    }

    private static Gen<String> suffixes() {
        Gen<String> named = arbitrary().pick(SUFFIXES);
        Gen<String> exponent = arbitrary().pick("e", "E", "e+", "e-", "E-")
                .zip(integers().between(0, 40), (e, n) -> e + n);
        return named.mix(exponent, 30);
    }

    private static Gen<String> quantityTexts() {
        return numbers().zip(suffixes(), (n, s) -> n + s);
    }

    /** The value the rule book defines, computed independently with BigDecimal. */
    private static BigDecimal oracle(String text) {
        int end = 0;
        while (end < text.length() && "+-.0123456789".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        BigDecimal number = new BigDecimal(text.substring(0, end));
        String suffix = text.substring(end);
        BigDecimal value;
        boolean binary = suffix.length() == 2 && suffix.endsWith("i");
        if (binary) {
            int k = "KMGTPE".indexOf(suffix.charAt(0)) + 1;
            value = number.multiply(new BigDecimal(BigDecimal.valueOf(2).toBigInteger().pow(10 * k)));
        } else if (suffix.startsWith("e") || (suffix.startsWith("E") && suffix.length() > 1)) {
            value = number.scaleByPowerOfTen(Integer.parseInt(suffix.substring(1)));
        } else {
            int power = suffix.isEmpty() ? 0 : new int[] {-9, -6, -3, 3, 6, 9, 12, 15, 18}["numkMGTPE".indexOf(suffix)];
            value = number.scaleByPowerOfTen(power);
        }
        if (value.scale() > 9) {
            value = value.setScale(9, RoundingMode.UP);
        }
        BigDecimal max = BigDecimal.valueOf(Long.MAX_VALUE);
        if (binary && value.abs().compareTo(max) > 0) {
            value = value.signum() < 0 ? max.negate() : max;
        }
        return value;
    }

    @Test
    void parseGivesTheExactValueOfTheRuleBook() {
        qt().forAll(quantityTexts()).checkAssert(text -> {
            Quantity q = Quantity.parse(text);
            assertThat(q.bigDecimalValue()).as(text).isEqualByComparingTo(oracle(text));
            assertThat(q.toString()).isEqualTo(text);
            assertThat(q.signum()).isEqualTo(oracle(text).signum());
        });
    }

    @Test
    void parseOfCanonicalEqualsByValue() {
        qt().forAll(quantityTexts()).checkAssert(text -> {
            Quantity q = Quantity.parse(text);
            Quantity again = Quantity.parse(q.canonical());
            assertThat(again).as(text + " -> " + q.canonical()).isEqualTo(q);
            assertThat(again.compareTo(q)).isZero();
        });
    }

    @Test
    void canonicalIsIdempotent() {
        qt().forAll(quantityTexts()).checkAssert(text -> {
            String canonical = Quantity.parse(text).canonical();
            assertThat(Quantity.parse(canonical).canonical()).as(text).isEqualTo(canonical);
            assertThat(canonical).doesNotStartWith("+").isNotEqualTo("-0");
        });
    }

    @Test
    void compareToIsConsistentWithExactComparisonAndEquals() {
        qt().forAll(quantityTexts(), quantityTexts()).checkAssert((a, b) -> {
            Quantity x = Quantity.parse(a);
            Quantity y = Quantity.parse(b);
            int expected = x.bigDecimalValue().compareTo(y.bigDecimalValue());
            assertThat(Integer.signum(x.compareTo(y))).as(a + " vs " + b).isEqualTo(Integer.signum(expected));
            assertThat(Integer.signum(y.compareTo(x))).isEqualTo(-Integer.signum(expected));
            assertThat(x.equals(y)).isEqualTo(expected == 0);
            if (expected == 0) {
                assertThat(x.hashCode()).isEqualTo(y.hashCode());
            }
        });
    }

    @Test
    void compareToAgreesForLongValuesAtAnyScale() {
        qt().forAll(longs().all(), integers().between(-9, 30), longs().all(), integers().between(-9, 30))
                .checkAssert((m1, e1, m2, e2) -> {
                    Quantity x = Quantity.ofScaled(m1, e1, Quantity.Format.DECIMAL_SI);
                    Quantity y = Quantity.ofScaled(m2, e2, Quantity.Format.DECIMAL_SI);
                    int expected = BigDecimal.valueOf(m1, -e1).compareTo(BigDecimal.valueOf(m2, -e2));
                    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Integer.signum(expected));
                });
    }

    @Test
    void addAndSubtractAreExactInverses() {
        qt().forAll(quantityTexts(), quantityTexts()).checkAssert((a, b) -> {
            Quantity x = Quantity.parse(a);
            Quantity y = Quantity.parse(b);
            Quantity sum = x.add(y);
            assertThat(sum.bigDecimalValue()).isEqualByComparingTo(x.bigDecimalValue().add(y.bigDecimalValue()));
            assertThat(sum.subtract(y)).as(a + " + " + b + " - " + b).isEqualTo(x);
            assertThat(x.subtract(y).add(y)).isEqualTo(x);
            assertThat(x.subtract(x).isZero()).isTrue();
            assertThat(sum.format()).isEqualTo(x.isZero() ? y.format() : x.format());
        });
    }

    @Test
    void multiplyIsExact() {
        qt().forAll(quantityTexts(), longs().all()).checkAssert((a, factor) -> {
            Quantity x = Quantity.parse(a);
            assertThat(x.multiply(factor).bigDecimalValue())
                    .isEqualByComparingTo(x.bigDecimalValue().multiply(BigDecimal.valueOf(factor)));
        });
    }

    @Test
    void valueRoundsAwayFromZero() {
        qt().forAll(quantityTexts()).checkAssert(text -> {
            Quantity q = Quantity.parse(text);
            BigDecimal milli = q.bigDecimalValue().movePointRight(3).setScale(0, RoundingMode.UP);
            if (milli.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
                assertThat(q.milliValue()).as(text).isEqualTo(milli.longValueExact());
            }
        });
    }

    @Test
    void jsonRoundTripKeepsTextAndForm() {
        qt().forAll(quantityTexts()).checkAssert(text -> {
            String document = "{\"q\":\"" + text + "\"}";
            assertThat(roundTrip(document)).isEqualTo(document);
        });
    }

    @Test
    void jsonNumbersStayNumbers() {
        Gen<String> jsonNumbers = arbitrary().pick("", "-")
                .zip(strings().betweenCodePoints('1', '9').ofLength(1),
                        strings().betweenCodePoints('0', '9').ofLengthBetween(0, 25),
                        arbitrary().pick("", ".5", ".25", ".000000000001", "e3", "E-2", "e+20", ".1e-12"),
                        (s, first, rest, tail) -> s + first + rest + tail);
        qt().forAll(jsonNumbers).checkAssert(number -> {
            String document = "{\"q\":" + number + "}";
            assertThat(roundTrip(document)).as(number).isEqualTo(document);
        });
    }

    private static String roundTrip(String document) {
        try {
            Map<String, Quantity> read = JSON.readValue(document,
                    JSON.getTypeFactory().constructMapType(Map.class, String.class, Quantity.class));
            String written = JSON.writeValueAsString(read);
            JsonNode before = JSON.readTree(document);
            assertThat(JSON.readTree(written)).isEqualTo(before);
            return written;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}

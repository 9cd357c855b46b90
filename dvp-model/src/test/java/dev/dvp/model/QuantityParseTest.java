package dev.dvp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvp.model.Quantity.Format;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing, rounding, the binary cap, formats and the canonical form: rule book sections 2 and 3. */
class QuantityParseTest {

    private static final String EXPECTED = "; expected e.g. \"512Mi\", \"2Gi\", \"500m\" or \"1.5\"";

    // Rule 4: every suffix, with its exact value and format.
    @ParameterizedTest(name = "{0} = {1} ({2})")
    @CsvSource({
        "1n, 0.000000001, DECIMAL_SI",
        "1u, 0.000001, DECIMAL_SI",
        "1m, 0.001, DECIMAL_SI",
        "1, 1, DECIMAL_SI",
        "1k, 1000, DECIMAL_SI",
        "1M, 1000000, DECIMAL_SI",
        "1G, 1000000000, DECIMAL_SI",
        "1T, 1000000000000, DECIMAL_SI",
        "1P, 1000000000000000, DECIMAL_SI",
        "1E, 1000000000000000000, DECIMAL_SI",
        "1Ki, 1024, BINARY_SI",
        "1Mi, 1048576, BINARY_SI",
        "1Gi, 1073741824, BINARY_SI",
        "1Ti, 1099511627776, BINARY_SI",
        "1Pi, 1125899906842624, BINARY_SI",
        "1Ei, 1152921504606846976, BINARY_SI",
        "1e3, 1000, DECIMAL_EXPONENT",
        "1E3, 1000, DECIMAL_EXPONENT",
        "1E-3, 0.001, DECIMAL_EXPONENT",
        "1e+3, 1000, DECIMAL_EXPONENT",
        "1e03, 1000, DECIMAL_EXPONENT",
        "1e-0, 1, DECIMAL_EXPONENT",
        "1e0, 1, DECIMAL_EXPONENT",
        "0, 0, DECIMAL_SI",
        "-0, 0, DECIMAL_SI",
        "0Ki, 0, BINARY_SI",
        "0e3, 0, DECIMAL_EXPONENT",
        ".5, 0.5, DECIMAL_SI",
        "5., 5, DECIMAL_SI",
        "+1, 1, DECIMAL_SI",
        "-01, -1, DECIMAL_SI",
        "007, 7, DECIMAL_SI",
        "01Ki, 1024, BINARY_SI",
        "1.5Gi, 1610612736, BINARY_SI",
        "8Gi, 8589934592, BINARY_SI",
        "1536Mi, 1610612736, BINARY_SI",
        "500m, 0.5, DECIMAL_SI",
        "1.024k, 1024, DECIMAL_SI",
        "100.035k, 100035, DECIMAL_SI",
        "7Ei, 8070450532247928832, BINARY_SI",
        "-1.5e3, -1500, DECIMAL_EXPONENT",
    })
    void suffixesGiveExactValues(String text, String value, Format format) {
        Quantity q = Quantity.parse(text);
        assertThat(q.bigDecimalValue()).isEqualByComparingTo(value);
        assertThat(q.format()).isEqualTo(format);
        assertThat(q.toString()).isEqualTo(text);
    }

    // Rule 12/13 and the defect table: canonical forms.
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1024Mi, 1Gi",
        "1536Mi, 1536Mi",
        "2000Mi, 2000Mi",
        "1.5Gi, 1536Mi",
        "1025Ki, 1025Ki",
        "0.5Mi, 512Ki",
        "1Ki, 1Ki",
        "1000M, 1G",
        "0.5, 500m",
        "1000m, 1",
        "1.08, 1080m",
        "12345678, 12345678",
        "10000000000000000000, 10E",
        "1500000000000000000000, 1500E",
        "1e14, 100e12",
        "12e-1, 1200e-3",
        "1.5e3, 1500",
        "0.5e0, 500e-3",
        "1e400, 10e399",
        "100m, 100m",
        "1e3, 1e3",
        "-1Gi, -1Gi",
        "-0.5, -500m",
        "-0, 0",
        "0Ki, 0",
        "0e3, 0",
        "0.5Ki, 512",
        "1.1Ki, 1126400m",
        "1023, 1023",
        "0.0001Ki, 102400u",
        "8Ei, 9223372036854775807",
        "1E, 1E",
        "5300m, 5300m",
        "1.1M, 1100k",
        "1000E, 1e21",
        "1000000000000000000000, 1e21",
        "12000E, 12e21",
        "1e21, 1e21",
        "2.5n, 3n",
    })
    void canonicalForms(String text, String canonical) {
        assertThat(Quantity.parse(text).canonical()).isEqualTo(canonical);
    }

    // Rule 20: Go echoes these verbatim; the SDK keeps them in toString() and computes canonical().
    @ParameterizedTest(name = "{0} echoes, canonical {1}")
    @CsvSource({
        "+1, 1",
        "+1Ki, 1Ki",
        "-01, -1",
        "007, 7",
        "01Ki, 1Ki",
        "1., 1",
        "5., 5",
        "1.G, 1G",
        "1.Ki, 1Ki",
        "1E3, 1e3",
        "1e+3, 1e3",
        "1e03, 1e3",
        "1e0, 1",
        "1.500, 1500m",
        "1.001, 1001m",
        "100.035k, 100035",
        "1.234M, 1234k",
        "7.123456M, 7123456",
        "0000000000000000000000000001, 1",
    })
    void nonCanonicalTextIsKeptButCanonicalIsComputed(String text, String canonical) {
        Quantity q = Quantity.parse(text);
        assertThat(q.toString()).isEqualTo(text);
        assertThat(q.originalText()).contains(text);
        assertThat(q.canonical()).isEqualTo(canonical);
    }

    // Rule 7: nano precision, rounding up in magnitude.
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0.0000000001, 1n",
        "3.001n, 4n",
        "-1.5n, -2n",
        "1e-400, 1e-9",
        "0.000000000001Ki, 2n",
        "0.1m, 100u",
        "1.000000001, 1000000001n",
        "1.0000000001, 1000000001n",
        "-0.0000000001, -1n",
        "0.5n, 1n",
        "1e-10, 1e-9",
        "1e-2147483648, 1e-9",
        "123456789012345678901234567890e-30, 123456790e-9",
        "-999999999999999999999e-30, -1e-9",
    })
    void finerThanNanoRoundsAwayFromZero(String text, String canonical) {
        Quantity q = Quantity.parse(text);
        assertThat(q.canonical()).isEqualTo(canonical);
        assertThat(q.signum()).isNotZero();
    }

    @Test
    void zeroFinerThanNanoStaysZero() {
        assertThat(Quantity.parse("0.0000000000000").isZero()).isTrue();
        assertThat(Quantity.parse("0e-400").isZero()).isTrue();
    }

    // Rule 8: only BinarySI is capped, at parse.
    @ParameterizedTest
    @ValueSource(strings = {"8Ei", "9Ei", "16Ei", "9223372036854775807Ki", "8.5Ei", "100000000000000000000Ki"})
    void binaryIsCappedAtParse(String text) {
        Quantity q = Quantity.parse(text);
        assertThat(q.value()).isEqualTo(Long.MAX_VALUE);
        assertThat(q.canonical()).isEqualTo("9223372036854775807");
        assertThat(q.format()).isEqualTo(Format.BINARY_SI);
    }

    @Test
    void negativeBinaryCapKeepsTheSign() {
        assertThat(Quantity.parse("-9Ei").value()).isEqualTo(-Long.MAX_VALUE);
        assertThat(Quantity.parse("-9Ei").canonical()).isEqualTo("-9223372036854775807");
        assertThat(Quantity.parse("7Ei").value()).isEqualTo(7L << 60);
        assertThat(Quantity.parse("7.5Ei").value()).isEqualTo(15L << 59);
    }

    @Test
    void decimalIsNeverCapped() {
        assertThat(Quantity.parse("1e400").bigDecimalValue()).isEqualByComparingTo(BigDecimal.TEN.pow(400));
        assertThat(Quantity.parse("10E").bigDecimalValue()).isEqualByComparingTo("1e19");
        assertThat(Quantity.parse("12E").bigDecimalValue()).isEqualByComparingTo("1.2e19");
        String thirty = "123456789012345678901234567890";
        assertThat(Quantity.parse(thirty).bigDecimalValue()).isEqualByComparingTo(thirty);
        assertThat(Quantity.parse(thirty).canonical()).isEqualTo(thirty);
        assertThat(Quantity.parse("-" + thirty).canonical()).isEqualTo("-" + thirty);
    }

    // Rule 9: the format follows the suffix, except a binary fraction below one.
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "0Ki, BINARY_SI",
        "0e3, DECIMAL_EXPONENT",
        "0.0001Ki, DECIMAL_SI",
        "-0.5Ki, BINARY_SI",
        "0.5Ki, BINARY_SI",
        "0.0009765625Ki, BINARY_SI",
        "1.5Ki, BINARY_SI",
        "1E, DECIMAL_SI",
        "1e18, DECIMAL_EXPONENT",
    })
    void formatFollowsTheSuffix(String text, Format format) {
        assertThat(Quantity.parse(text).format()).isEqualTo(format);
    }

    @Test
    void binaryFractionBelowOneIsDecimal() {
        // 0.5Ki is 512, not below one, so it stays binary; 0.0009765625Ki is exactly 1.
        assertThat(Quantity.parse("0.00048828125Ki").format()).isEqualTo(Format.DECIMAL_SI);
        assertThat(Quantity.parse("0.00048828125Ki").canonical()).isEqualTo("500m");
        assertThat(Quantity.parse("-0.0001Ki").format()).isEqualTo(Format.DECIMAL_SI);
    }

    @Test
    void hugeExponentsWithinInt32AreExact() {
        Quantity q = Quantity.parse("1e2147483647");
        assertThat(q.canonical()).isEqualTo("10e2147483646");
        assertThat(q.compareTo(Quantity.parse("1e400"))).isPositive();
    }

    // Rules 2-5 and the defect table: invalid text, with the reason.
    @ParameterizedTest(name = "[{0}]: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``| the text is empty",
        "` 1`| whitespace is not allowed (at index 0); maybe trim the text",
        "`1 `| whitespace is not allowed (at index 1); maybe trim the text",
        "`1 Gi`| whitespace is not allowed (at index 1); maybe trim the text",
        "1.5.5Gi| a second '.' is not allowed",
        "1..5| a second '.' is not allowed",
        "1MiB| unexpected 'B' at index 3; quantities have no byte unit, maybe \"512Mi\" rather than \"512MiB\"",
        "1B| unexpected 'B' at index 1; quantities have no byte unit, maybe \"512Mi\" rather than \"512MiB\"",
        "1x| unexpected character 'x' at index 1",
        "1_000| unexpected '_' at index 1; digit separators are not allowed",
        "1,5| unexpected ',' at index 1; maybe '.' as the decimal separator",
        "١| only ASCII digits 0-9 are allowed, found '١' at index 0",
        "1١| only ASCII digits 0-9 are allowed, found '١' at index 1",
        "K| there is no digit; a quantity needs a number before its suffix",
        "1K| unknown suffix \"K\"; maybe \"k\" or \"Ki\"",
        "1KB| unexpected 'B' at index 2; quantities have no byte unit, maybe \"512Mi\" rather than \"512MiB\"",
        "1ki| unknown suffix \"ki\"; maybe \"Ki\"",
        "1mi| unknown suffix \"mi\"; maybe \"Mi\"",
        "1g| unknown suffix letter 'g' at index 1; maybe \"G\" or \"Gi\"",
        "1Mi1| unknown suffix \"Mi1\"; digits may only follow an exponent 'e', maybe \"1e3\"",
        "1k3| unknown suffix \"k3\"; digits may only follow an exponent 'e', maybe \"1e3\"",
        "1M+3| unknown suffix \"M+3\"; digits may only follow an exponent 'e', maybe \"1e3\"",
        "1EE| unknown suffix \"EE\"; maybe one of n u m k M G T P E, Ki Mi Gi Ti Pi Ei, or an exponent such as e3",
        "1e+| the exponent \"e+\" has no digits; maybe \"1e3\" or \"1e-3\"",
        "1e| the exponent \"e\" has no digits; maybe \"1e3\" or \"1e-3\"",
        "1E-| the exponent \"E-\" has no digits; maybe \"1e3\" or \"1e-3\"",
        "+-1| a '-' is only allowed at the start or right after an exponent 'e'",
        "1-| a '-' is only allowed at the start or right after an exponent 'e'",
        "1Gi.5| unexpected '.' at index 3; a '.' belongs in the number, before the suffix",
        "1e2147483648| the exponent in \"e2147483648\" is outside the 32-bit range [-2147483648, 2147483647]",
        "1e-2147483649| the exponent in \"e-2147483649\" is outside the 32-bit range [-2147483648, 2147483647]",
        "1e99999999999999999999| the exponent in \"e99999999999999999999\" is outside the 32-bit range"
                + " [-2147483648, 2147483647]",
    })
    void invalidTextIsRejectedWithTheReason(String text, String reason) {
        String shown = text == null ? "" : text;
        assertThatThrownBy(() -> Quantity.parse(shown))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quantity \"" + shown + "\": " + reason + EXPECTED);
    }

    // Rule 5 and the defect table: Go accepts some digitless text as zero; the SDK rejects all of it.
    @ParameterizedTest
    @ValueSource(strings = {".", "+", "-", "m", "k", "Ki", "E", "e3", "Pi", "Ei", ".Ei", "e-10", "+.", "-.m"})
    void textWithoutDigitsIsRejected(String text) {
        assertThatThrownBy(() -> Quantity.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quantity \"" + text + "\": there is no digit; a quantity needs a number before its suffix"
                        + EXPECTED);
    }

    @Test
    void controlCharactersAreShownEscaped() {
        assertThatThrownBy(() -> Quantity.parse("1Gi\t"))
                .hasMessage("quantity \"1Gi\\t\": whitespace is not allowed (at index 3); maybe trim the text"
                        + EXPECTED);
    }

    @Test
    void nullTextIsRejected() {
        assertThatThrownBy(() -> Quantity.parse(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quantity text is null" + EXPECTED);
    }

    @Test
    void valueTooLargeToRepresentIsRejected() {
        assertThatThrownBy(() -> Quantity.parse("1000e2147483647"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("quantity \"1000e2147483647\": the value is too large to represent");
    }

    @Test
    void manyDigitsAreExact() {
        String digits = "1" + "0".repeat(60) + "1";
        Quantity q = Quantity.parse(digits + "Ki");
        assertThat(q.value()).isEqualTo(Long.MAX_VALUE); // capped: binary
        Quantity d = Quantity.parse(digits + "k");
        assertThat(d.bigDecimalValue()).isEqualByComparingTo(new BigDecimal(new BigInteger(digits), -3));
        assertThat(d.canonical()).isEqualTo(digits + "k");
        Quantity frac = Quantity.parse("0." + "0".repeat(8) + "1" + "9".repeat(30));
        assertThat(frac.canonical()).isEqualTo("2n");
    }
}

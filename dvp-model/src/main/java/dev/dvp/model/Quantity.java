package dev.dvp.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A Kubernetes {@code resource.Quantity}: an exact decimal number written with an optional SI, binary or exponent
 * suffix, such as {@code 512Mi}, {@code 2Gi}, {@code 500m}, {@code 1.5} or {@code 1e3}.
 *
 * <p>Semantics follow {@code k8s.io/apimachinery/pkg/api/resource} ({@code quantity.go}, {@code amount.go},
 * {@code suffix.go}):
 * <ul>
 *   <li>values are exact (never floating point); digits finer than 10<sup>-9</sup> are rounded <em>away from
 *       zero</em> to the next nano, so a non-zero value never becomes zero ({@code 0.0000000001} is {@code 1n});</li>
 *   <li>a {@link Format#BINARY_SI} value is capped at parse to &plusmn;(2<sup>63</sup>-1) ({@code 9Ei} equals
 *       {@code 8Ei}); decimal formats are never capped;</li>
 *   <li>{@link #canonical()} is the form Kubernetes prints ({@code 1024Mi} &rarr; {@code 1Gi}, {@code 1000M} &rarr;
 *       {@code 1G}, {@code 0.5} &rarr; {@code 500m});</li>
 *   <li>{@link #toString()} returns the text that was parsed, unchanged, so unchanged values survive a round trip;
 *       a computed quantity prints its canonical form.</li>
 * </ul>
 *
 * <p><b>Equality is by value.</b> {@link #equals(Object)}, {@link #hashCode()} and {@link #compareTo(Quantity)} look
 * only at the exact number, as Go's {@code Cmp} does: {@code 1Gi} equals {@code 1024Mi}, {@code 1Ki} equals
 * {@code 1024} and {@code 1.024k}, {@code 1.500} equals {@code 1500m}, {@code 0} equals {@code -0} and {@code 0Ki}.
 * The {@link #format()} and the original text are not part of equality, so {@code compareTo} is consistent with
 * {@code equals}.
 *
 * <p>Differences from Go, all deliberate because Go's behaviour there is a defect: text without any digit ({@code .},
 * {@code m}, {@code Ki}, {@code e3}) and exponents outside the 32-bit range are rejected; a {@code DECIMAL_SI} value of
 * 10<sup>21</sup> or more prints in exponent form ({@code 1e21}) instead of losing its magnitude; readers such as
 * {@link #value()} round away from zero for negative values too and throw {@link ArithmeticException} instead of
 * wrapping; {@code canonical()} never echoes non-canonical input text (Go issue kubernetes/kubernetes#138165).
 *
 * <p>Usage:
 * <pre>{@code
 * Quantity memory = Quantity.parse("1536Mi");
 * memory.value();                              // 1610612736
 * memory.compareTo(Quantity.parse("1.5Gi"));   // 0
 * memory.add(Quantity.parse("512Mi")).canonical(); // "2Gi"
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. Common values (an int64 mantissa times a power of ten) are kept
 * without {@link BigDecimal}, so parsing and comparing memory sizes allocates little.
 */
@JsonSerialize(using = QuantitySerializer.class)
@JsonDeserialize(using = QuantityDeserializer.class)
public final class Quantity implements Comparable<Quantity> {

    /**
     * How a quantity is written, decided by the suffix it was parsed with. It chooses the suffixes of
     * {@link #canonical()}; it is not part of equality.
     */
    public enum Format {
        /** Powers of ten with SI letters: {@code n u m k M G T P E} (and no suffix). Go's {@code DecimalSI}. */
        DECIMAL_SI,
        /** Powers of 1024: {@code Ki Mi Gi Ti Pi Ei}. Go's {@code BinarySI}. */
        BINARY_SI,
        /** Powers of ten written as an exponent: {@code 1e3}, {@code 12e-1}. Go's {@code DecimalExponent}. */
        DECIMAL_EXPONENT
    }

    /** Zero in {@link Format#DECIMAL_SI}; prints as {@code 0}. */
    public static final Quantity ZERO = new Quantity(0, 0, null, Format.DECIMAL_SI, null, null, false);

    /** 10^0 .. 10^18: every power of ten that fits a long. */
    static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    static final BigDecimal INT64_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    /** The finest digit kept: 10^-9. */
    static final int NANO = -9;

    // The value is mantissa × 10^exponent when big is null; mantissa is then not a multiple of 10 (zero has
    // exponent 0). Otherwise big holds the value with trailing zeros stripped and an unscaled value beyond a long.
    // This makes the representation of a value unique, so equals and hashCode can compare fields.
    // exponent is always >= NANO.
    private final long mantissa;
    private final int exponent;
    private final BigDecimal big;
    private final Format format;
    private final String text;
    private final String wireText;
    private final boolean wireNumber;

    private Quantity(long mantissa, int exponent, BigDecimal big, Format format, String text, String wireText,
            boolean wireNumber) {
        this.mantissa = mantissa;
        this.exponent = exponent;
        this.big = big;
        this.format = format;
        this.text = text;
        this.wireText = wireText;
        this.wireNumber = wireNumber;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Creation

    /**
     * Parses Kubernetes quantity text, exactly as written: no trimming, no quotes.
     *
     * <p>Accepted: an optional sign, ASCII digits with an optional {@code .}, then one of the suffixes
     * {@code n u m k M G T P E}, {@code Ki Mi Gi Ti Pi Ei}, or an exponent {@code e}/{@code E} with optional sign
     * and digits ({@code 1e3}, {@code 5E-3}). The value is rounded up in magnitude to 10<sup>-9</sup>, and binary
     * values are capped at &plusmn;(2<sup>63</sup>-1).
     *
     * @param text the quantity, e.g. {@code "512Mi"}
     * @return the quantity; its {@link #toString()} is {@code text}
     * @throws IllegalArgumentException naming the text and the reason when it is not a quantity, e.g.
     *     {@code quantity "1.5.5Gi": a second '.' is not allowed; expected e.g. "512Mi", "2Gi", "500m" or "1.5"}
     */
    public static Quantity parse(String text) {
        return QuantityParser.parse(text, null, false);
    }

    /**
     * A whole-number quantity in the given format, like Go's {@code NewQuantity}: {@code of(1024, BINARY_SI)} prints
     * {@code 1Ki}. No cap applies.
     *
     * @param value the value
     * @param format how the value prints
     * @return the quantity
     * @throws IllegalArgumentException when {@code format} is null
     */
    public static Quantity of(long value, Format format) {
        return create(value, 0, requireFormat(format), null, null, false);
    }

    /**
     * An exact decimal quantity in the given format, like Go's {@code NewDecimalQuantity}, except that digits finer
     * than 10<sup>-9</sup> are rounded away from zero as parsing does. No cap applies.
     *
     * @param value the exact value
     * @param format how the value prints
     * @return the quantity
     * @throws IllegalArgumentException when an argument is null
     */
    public static Quantity of(BigDecimal value, Format format) {
        if (value == null) {
            throw new IllegalArgumentException("the value of a quantity must not be null; expected a BigDecimal");
        }
        return createRounded(value.unscaledValue(), -(long) value.scale(), requireFormat(format));
    }

    /**
     * A number of bytes, printed with binary suffixes: {@code ofBytes(1024)} prints {@code 1Ki},
     * {@code ofBytes(1536L << 20)} prints {@code 1536Mi}.
     *
     * @param bytes the byte count, zero or more
     * @return the quantity in {@link Format#BINARY_SI}
     * @throws IllegalArgumentException when {@code bytes} is negative
     */
    public static Quantity ofBytes(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("a byte count must be zero or more, got " + bytes
                    + "; maybe use Quantity.of(value, Format.BINARY_SI) for a signed value");
        }
        return create(bytes, 0, Format.BINARY_SI, null, null, false);
    }

    /**
     * Thousandths, in {@link Format#DECIMAL_SI}, the usual form for CPU: {@code ofMillis(500)} prints {@code 500m},
     * {@code ofMillis(2000)} prints {@code 2}.
     *
     * @param millis the value times 1000
     * @return the quantity
     */
    public static Quantity ofMillis(long millis) {
        return create(millis, -3, Format.DECIMAL_SI, null, null, false);
    }

    /**
     * Thousandths in the given format, like Go's {@code NewMilliQuantity}: {@code ofMillis(1234000, DECIMAL_SI)}
     * prints {@code 1234}, {@code ofMillis(1024, BINARY_SI)} prints {@code 1024m}.
     *
     * @param millis the value times 1000
     * @param format how the value prints
     * @return the quantity
     * @throws IllegalArgumentException when {@code format} is null
     */
    public static Quantity ofMillis(long millis, Format format) {
        return create(millis, -3, requireFormat(format), null, null, false);
    }

    /**
     * {@code unscaled} × 10<sup>{@code powerOfTen}</sup>, like Go's {@code NewScaledQuantity} (which uses
     * {@code DecimalSI}): {@code ofScaled(1000, -9, DECIMAL_SI)} prints {@code 1u}. Digits finer than
     * 10<sup>-9</sup> are rounded away from zero.
     *
     * @param unscaled the digits
     * @param powerOfTen the power of ten they are multiplied by
     * @param format how the value prints
     * @return the quantity
     * @throws IllegalArgumentException when {@code format} is null
     */
    public static Quantity ofScaled(long unscaled, int powerOfTen, Format format) {
        return createRounded(BigInteger.valueOf(unscaled), powerOfTen, requireFormat(format));
    }

    private static Format requireFormat(Format format) {
        if (format == null) {
            throw new IllegalArgumentException(
                    "the format of a quantity must not be null; expected DECIMAL_SI, BINARY_SI or DECIMAL_EXPONENT");
        }
        return format;
    }

    /** Rounds digits finer than nano away from zero, then creates the quantity. */
    private static Quantity createRounded(BigInteger unscaled, long exp, Format format) {
        if (exp < NANO) {
            unscaled = roundAwayFromZero(unscaled, NANO - exp);
            exp = NANO;
        }
        return create(unscaled, exp, format, null, null, false);
    }

    /**
     * Divides by 10^shift (shift &gt; 0), rounding away from zero; a non-zero value stays non-zero.
     */
    static BigInteger roundAwayFromZero(BigInteger unscaled, long shift) {
        int sign = unscaled.signum();
        if (sign == 0) {
            return unscaled;
        }
        // 10^shift > 2^bitLength > |unscaled|: the quotient is below one, so it rounds to ±1.
        if (shift >= unscaled.bitLength()) {
            return BigInteger.valueOf(sign);
        }
        BigInteger[] qr = unscaled.divideAndRemainder(BigInteger.TEN.pow((int) shift));
        return qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.valueOf(sign));
    }

    /** Divides by 10^shift (shift &gt; 0), rounding away from zero. */
    static long roundAwayFromZero(long m, long shift) {
        if (shift >= POW10.length) {
            return Long.signum(m); // |m| < 10^19 <= 10^shift
        }
        long p = POW10[(int) shift];
        long q = m / p;
        return m % p == 0 ? q : q + Long.signum(m);
    }

    /**
     * The one place values are made: strips trailing zeros so the representation is unique.
     *
     * @throws ArithmeticException when the exponent leaves the int range
     */
    static Quantity create(long m, long exp, Format format, String text, String wireText, boolean wireNumber) {
        if (m == 0) {
            return new Quantity(0, 0, null, format, text, wireText, wireNumber);
        }
        while (m % 10 == 0) {
            m /= 10;
            exp++;
        }
        return new Quantity(m, checkedExponent(exp), null, format, text, wireText, wireNumber);
    }

    /** As {@link #create(long, long, Format, String, String, boolean)}, for any size of digits. */
    static Quantity create(BigInteger unscaled, long exp, Format format, String text, String wireText,
            boolean wireNumber) {
        if (unscaled.bitLength() < Long.SIZE) {
            return create(unscaled.longValue(), exp, format, text, wireText, wireNumber);
        }
        BigDecimal stripped = new BigDecimal(unscaled).stripTrailingZeros();
        BigInteger digits = stripped.unscaledValue();
        long e = exp - stripped.scale();
        if (digits.bitLength() < Long.SIZE) {
            return new Quantity(digits.longValue(), checkedExponent(e), null, format, text, wireText, wireNumber);
        }
        return new Quantity(0, 0, new BigDecimal(digits, -checkedExponent(e)), format, text, wireText, wireNumber);
    }

    private static Quantity create(BigDecimal exact, Format format) {
        return create(exact.unscaledValue(), -(long) exact.scale(), format, null, null, false);
    }

    private static int checkedExponent(long exp) {
        if (exp > Integer.MAX_VALUE || exp < Integer.MIN_VALUE + 1) {
            throw new ArithmeticException("the decimal exponent of the quantity, " + exp
                    + ", is outside the supported range [" + (Integer.MIN_VALUE + 1) + ", " + Integer.MAX_VALUE + "]");
        }
        return (int) exp;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Reading

    /**
     * The format the quantity was parsed or built with. A computed quantity has its left operand's format (the right
     * one's when the left is zero).
     *
     * @return the format
     */
    public Format format() {
        return format;
    }

    /**
     * The exact value.
     *
     * @return the value as a {@link BigDecimal} (with no fraction digits below 10<sup>-9</sup>)
     */
    public BigDecimal bigDecimalValue() {
        return big != null ? big : BigDecimal.valueOf(mantissa, -exponent);
    }

    /**
     * The value rounded to a whole number away from zero, like Go's {@code Value()}: {@code 9.01} gives 10,
     * {@code -9.01} gives -10, {@code 1500m} gives 2.
     *
     * @return the rounded value
     * @throws ArithmeticException when the rounded value does not fit a long (Go would wrap silently); use
     *     {@link #bigDecimalValue()} then
     */
    public long value() {
        return scaledValue(0);
    }

    /**
     * The value in thousandths, rounded away from zero, like Go's {@code MilliValue()}: {@code 1.5} gives 1500,
     * {@code 0.5m} gives 1 and {@code -0.5m} gives -1.
     *
     * @return the value times 1000, rounded
     * @throws ArithmeticException when the result does not fit a long ({@code 1E} has no milli value)
     */
    public long milliValue() {
        return scaledValue(-3);
    }

    /**
     * The value divided by 10<sup>{@code scale}</sup> and rounded away from zero, like Go's
     * {@code ScaledValue(scale)}: {@code scaledValue(-3)} is {@link #milliValue()}, {@code scaledValue(6)} counts
     * millions.
     *
     * @param scale the power of ten of one unit of the result
     * @return the rounded count of units
     * @throws ArithmeticException when the result does not fit a long
     */
    public long scaledValue(int scale) {
        if (big == null) {
            if (mantissa == 0) {
                return 0;
            }
            long shift = (long) exponent - scale;
            if (shift < 0) {
                return roundAwayFromZero(mantissa, -shift);
            }
            long scaled = shiftedOrZero(mantissa, shift);
            if (scaled != 0) {
                return scaled;
            }
        } else {
            BigDecimal scaled = big.scaleByPowerOfTen(-scale);
            if (scaled.precision() - scaled.scale() <= 19) {
                BigDecimal rounded = scaled.setScale(0, RoundingMode.UP);
                if (rounded.compareTo(INT64_MAX) <= 0 && rounded.compareTo(INT64_MAX.negate().subtract(BigDecimal.ONE)) >= 0) {
                    return rounded.longValue();
                }
            }
        }
        throw new ArithmeticException("quantity " + canonical() + " divided by 10^" + scale
                + " does not fit in a long; maybe use bigDecimalValue() for the exact value");
    }

    /**
     * Whether the value is zero ({@code 0}, {@code -0}, {@code 0Ki} and {@code 0e3} all are).
     *
     * @return true for zero
     */
    public boolean isZero() {
        return big == null && mantissa == 0;
    }

    /**
     * The sign of the value.
     *
     * @return -1, 0 or 1
     */
    public int signum() {
        return big != null ? big.signum() : Long.signum(mantissa);
    }

    /**
     * The text this quantity was parsed from, exactly (for a quantity read from JSON or YAML: the trimmed text).
     *
     * @return the original text, or empty for a computed quantity
     */
    public Optional<String> originalText() {
        return Optional.ofNullable(text);
    }

    /**
     * The canonical form Kubernetes prints ({@code Quantity.String} and {@code CanonicalizeBytes} in
     * {@code quantity.go}), computed from the value and format, never echoed: {@code 1024Mi} &rarr; {@code 1Gi},
     * {@code 1536Mi} stays, {@code 1000M} &rarr; {@code 1G}, {@code 0.5} &rarr; {@code 500m}, {@code 1.5e3} &rarr;
     * {@code 1500}, {@code 12e-1} &rarr; {@code 1200e-3}. A binary value between -1024 and 1024 or with a fraction
     * prints in decimal SI ({@code 0.5Ki} &rarr; {@code 512}). A decimal SI value of 10<sup>21</sup> or more, which has
     * no SI letter, prints in exponent form ({@code 1000E} &rarr; {@code 1e21}) where Go would drop its magnitude.
     *
     * <p>{@code Quantity.parse(q.canonical())} equals {@code q} for every parsed {@code q}. (Only sums beyond the
     * binary cap, such as {@code 8Ei}, print text that parses back capped, as in Go.)
     *
     * @return the canonical text
     */
    public String canonical() {
        return QuantityPrinter.canonical(this);
    }

    /**
     * The original text when this quantity was parsed (even when it is not canonical, e.g. {@code +1} or
     * {@code 1.500}), otherwise {@link #canonical()}.
     *
     * @return the text to show or write back
     */
    @Override
    public String toString() {
        return text != null ? text : canonical();
    }

    long mantissa() {
        return mantissa;
    }

    int exponent() {
        return exponent;
    }

    /** The exact value when it does not fit the long mantissa; null otherwise. */
    BigDecimal big() {
        return big;
    }

    /** The raw JSON/YAML scalar this quantity was read from, or null. */
    String wireText() {
        return wireText;
    }

    /** Whether it was read from a JSON/YAML number rather than a string. */
    boolean wireNumber() {
        return wireNumber;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Comparison

    /**
     * Compares exact values, ignoring formats, like Go's {@code Cmp}: {@code 1Ki} = {@code 1024} =
     * {@code 1.024k}, {@code 9Ei} = {@code 8Ei} (both capped). Consistent with {@link #equals(Object)}.
     *
     * @param other the quantity to compare with
     * @return negative, zero or positive as this value is below, equal to or above {@code other}
     */
    @Override
    public int compareTo(Quantity other) {
        if (big == null && other.big == null) {
            return compare(mantissa, exponent, other.mantissa, other.exponent);
        }
        return bigDecimalValue().compareTo(other.bigDecimalValue());
    }

    private static int compare(long m1, int e1, long m2, int e2) {
        int s1 = Long.signum(m1);
        int s2 = Long.signum(m2);
        if (s1 != s2) {
            return Integer.compare(s1, s2);
        }
        if (s1 == 0 || e1 == e2) {
            return Long.compare(m1, m2);
        }
        return e1 > e2 ? compareShifted(m1, (long) e1 - e2, m2) : -compareShifted(m2, (long) e2 - e1, m1);
    }

    /** Compares m1 × 10^shift with m2, both non-zero with the same sign, shift &gt; 0. */
    private static int compareShifted(long m1, long shift, long m2) {
        long shifted = shiftedOrZero(m1, shift);
        if (shifted != 0) {
            return Long.compare(shifted, m2);
        }
        // |m1 × 10^shift| is beyond a long, so beyond |m2|: the sign decides.
        return Long.signum(m1);
    }

    /**
     * Value equality: true when {@code other} is a quantity with the same exact value, whatever the format and
     * text ({@code 1Gi} equals {@code 1024Mi}).
     *
     * @param other the object to compare with
     * @return whether the values are equal
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Quantity q && mantissa == q.mantissa && exponent == q.exponent
                && Objects.equals(big, q.big);
    }

    /**
     * A hash of the exact value, consistent with {@link #equals(Object)}.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return big != null ? big.hashCode() : 31 * Long.hashCode(mantissa) + exponent;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Arithmetic (exact; results have no original text and print canonically)

    /**
     * The exact sum, like Go's {@code Add}: no rounding, no cap, no overflow ({@code 7Ei + 1Ei} is {@code 8Ei}).
     * The result has this quantity's format, or {@code other}'s when this one is zero ({@code 24576 + 1000Ki} is
     * {@code 1048576}, {@code 1000Ki + 24576} is {@code 1Mi}).
     *
     * @param other the quantity to add
     * @return the sum
     * @throws ArithmeticException when the result's exponent leaves the supported range
     */
    public Quantity add(Quantity other) {
        return sum(other, false);
    }

    /**
     * The exact difference, like Go's {@code Sub}; format as for {@link #add(Quantity)} ({@code 0 - 1Gi} is
     * {@code -1Gi}).
     *
     * @param other the quantity to subtract
     * @return the difference
     * @throws ArithmeticException when the result's exponent leaves the supported range
     */
    public Quantity subtract(Quantity other) {
        return sum(other, true);
    }

    private Quantity sum(Quantity other, boolean subtract) {
        Format resultFormat = isZero() ? other.format : format;
        if (other.isZero()) {
            return new Quantity(mantissa, exponent, big, resultFormat, null, null, false);
        }
        if (isZero() && !subtract) {
            return new Quantity(other.mantissa, other.exponent, other.big, resultFormat, null, null, false);
        }
        if (big == null && other.big == null) {
            long m2 = other.mantissa;
            if (!subtract || m2 != Long.MIN_VALUE) {
                m2 = subtract ? -m2 : m2;
                int e = Math.min(exponent, other.exponent);
                long a = shiftedOrZero(mantissa, (long) exponent - e);
                long b = shiftedOrZero(m2, (long) other.exponent - e);
                if ((a != 0 || mantissa == 0) && (b != 0 || m2 == 0)) {
                    long r = a + b;
                    if (((a ^ r) & (b ^ r)) >= 0) { // no overflow
                        return create(r, e, resultFormat, null, null, false);
                    }
                }
            }
        }
        BigDecimal y = other.bigDecimalValue();
        BigDecimal exact = subtract ? bigDecimalValue().subtract(y) : bigDecimalValue().add(y);
        return create(exact, resultFormat);
    }

    /** m × 10^shift (shift &gt;= 0), or 0 when that does not fit a long (callers check m != 0). */
    static long shiftedOrZero(long m, long shift) {
        if (shift == 0 || m == 0) {
            return m;
        }
        if (shift >= POW10.length) {
            return 0;
        }
        long p = POW10[(int) shift];
        long hi = Math.multiplyHigh(m, p);
        long lo = m * p;
        return hi == (lo >> 63) ? lo : 0;
    }

    /**
     * The exact product with a whole number, like Go's {@code Mul}; the format is kept.
     *
     * @param factor the multiplier
     * @return the product
     * @throws ArithmeticException when the result's exponent leaves the supported range
     */
    public Quantity multiply(long factor) {
        if (big == null) {
            long hi = Math.multiplyHigh(mantissa, factor);
            long lo = mantissa * factor;
            if (hi == (lo >> 63)) {
                return create(lo, exponent, format, null, null, false);
            }
        }
        return create(bigDecimalValue().multiply(BigDecimal.valueOf(factor)), format);
    }

    /**
     * The value with its sign flipped, like Go's {@code Neg}; the format is kept.
     *
     * @return the negated quantity
     */
    public Quantity negate() {
        if (big == null && mantissa != Long.MIN_VALUE) {
            return new Quantity(-mantissa, exponent, null, format, null, null, false);
        }
        return create(bigDecimalValue().negate(), format);
    }

    /**
     * The value rounded away from zero to a multiple of 10<sup>{@code scale}</sup>, like Go's
     * {@code RoundUp(scale)}: {@code 9.01} at -1 is {@code 9.1}, {@code -9.01} at 0 is {@code -10}. The format is
     * kept. The rounding was exact when the result {@link #equals(Object) equals} this quantity.
     *
     * @param scale the power of ten to round to
     * @return the rounded quantity
     */
    public Quantity roundUp(int scale) {
        if (big == null && exponent >= scale) {
            return new Quantity(mantissa, exponent, null, format, null, null, false);
        }
        BigDecimal exact = bigDecimalValue();
        if (exact.scale() <= -(long) scale) {
            return create(exact, format);
        }
        return create(exact.setScale(-scale, RoundingMode.UP), format);
    }
}

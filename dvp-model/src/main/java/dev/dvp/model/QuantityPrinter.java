package dev.dvp.model;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Writes the canonical form of a {@link Quantity} (Go's {@code CanonicalizeBytes} in
 * {@code k8s.io/apimachinery/pkg/api/resource/quantity.go}). Stateless and thread-safe.
 */
final class QuantityPrinter {

    private static final String[] BINARY_SUFFIXES = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};

    /** SI letters by (power of ten + 9) / 3, from n (10^-9) to E (10^18). */
    private static final String[] DECIMAL_SUFFIXES = {"n", "u", "m", "", "k", "M", "G", "T", "P", "E"};

    private static final BigInteger BINARY_MIN = BigInteger.valueOf(1024);

    private QuantityPrinter() {
    }

    static String canonical(Quantity q) {
        if (q.isZero()) {
            return "0";
        }
        Quantity.Format format = q.format();
        if (format == Quantity.Format.BINARY_SI) {
            String binary = binary(q);
            if (binary != null) {
                return binary;
            }
            // A binary value below 1024 in magnitude, or with a fraction, prints in decimal SI so nothing is lost.
            format = Quantity.Format.DECIMAL_SI;
        }
        BigDecimal big = q.big();
        return big == null
                ? decimal(Long.toString(q.mantissa()), q.exponent(), format)
                : decimal(big.unscaledValue().toString(), -big.scale(), format);
    }

    /** The binary form, or null when the value is not an integer of magnitude 1024 or more. */
    private static String binary(Quantity q) {
        BigDecimal big = q.big();
        if (big == null) {
            if (q.exponent() < 0) {
                return null; // the mantissa has no trailing zero, so a negative exponent means a fraction
            }
            long v = Quantity.shiftedOrZero(q.mantissa(), q.exponent());
            if (v != 0) {
                if (v > -1024 && v < 1024) {
                    return null;
                }
                int k = Math.min(Long.numberOfTrailingZeros(v) / 10, BINARY_SUFFIXES.length - 1);
                return Long.toString(v >> (10 * k)) + BINARY_SUFFIXES[k];
            }
            big = q.bigDecimalValue();
        }
        if (big.scale() > 0) {
            return null;
        }
        BigInteger v = big.toBigIntegerExact();
        if (v.abs().compareTo(BINARY_MIN) < 0) {
            return null;
        }
        // Beyond Ei the digits keep the factors of 1024 (8192Ei): Go would drop the magnitude here.
        int k = Math.min(v.getLowestSetBit() / 10, BINARY_SUFFIXES.length - 1);
        return v.shiftRight(10 * k) + BINARY_SUFFIXES[k];
    }

    /**
     * digits × 10^exp, with exp lowered to a multiple of three and the digits padded to match; the suffix is the SI
     * letter (DECIMAL_SI) or an exponent (DECIMAL_EXPONENT, or DECIMAL_SI beyond the letters).
     */
    private static String decimal(String digits, int exp, Quantity.Format format) {
        int exp3 = Math.floorDiv(exp, 3) * 3;
        int pad = exp - exp3;
        StringBuilder out = new StringBuilder(digits.length() + 14).append(digits);
        for (int i = 0; i < pad; i++) {
            out.append('0');
        }
        if (format == Quantity.Format.DECIMAL_SI && exp3 >= -9 && exp3 <= 18) {
            out.append(DECIMAL_SUFFIXES[(exp3 + 9) / 3]);
        } else if (exp3 != 0) {
            out.append('e').append(exp3);
        }
        return out.toString();
    }
}

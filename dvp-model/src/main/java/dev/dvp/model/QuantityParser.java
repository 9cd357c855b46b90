package dev.dvp.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Kubernetes quantity text (Go's {@code ParseQuantity} in
 * {@code k8s.io/apimachinery/pkg/api/resource/quantity.go}) into a {@link Quantity}. Stateless and thread-safe.
 *
 * <p>Common text (at most 18 significant digits, no binary fraction) is read into a long with no allocation beyond
 * the result; everything else goes through {@link BigInteger}.
 */
final class QuantityParser {

    static final String EXPECTED = "expected e.g. \"512Mi\", \"2Gi\", \"500m\" or \"1.5\"";

    private static final List<String> SUFFIXES =
            List.of("n", "u", "m", "k", "M", "G", "T", "P", "E", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei");

    /** Significant digits that always fit a long. */
    private static final int LONG_DIGITS = 18;

    private QuantityParser() {
    }

    /**
     * Parses {@code text}; {@code wireText}/{@code wireNumber} record how it appeared in JSON or YAML.
     *
     * @throws IllegalArgumentException naming the text and the reason
     */
    static Quantity parse(String text, String wireText, boolean wireNumber) {
        if (text == null) {
            throw new IllegalArgumentException("quantity text is null; " + EXPECTED);
        }
        int n = text.length();
        if (n == 0) {
            throw invalid(text, "the text is empty");
        }
        int i = 0;
        boolean negative = false;
        char c = text.charAt(0);
        if (c == '+' || c == '-') {
            negative = c == '-';
            i = 1;
        }
        int numberStart = i;
        long digits = 0;
        int significant = 0;
        int fraction = 0;
        boolean dot = false;
        boolean anyDigit = false;
        for (; i < n; i++) {
            c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                anyDigit = true;
                if (dot) {
                    fraction++;
                }
                if (significant > 0 || c != '0') {
                    if (++significant <= LONG_DIGITS) {
                        digits = digits * 10 + (c - '0');
                    }
                }
            } else if (c == '.') {
                if (dot) {
                    throw invalid(text, "a second '.' is not allowed");
                }
                dot = true;
            } else {
                break;
            }
        }
        int numberEnd = i;
        if (i < n && (c == '+' || c == '-')) {
            throw invalid(text, "a '" + c + "' is only allowed at the start or right after an exponent 'e'");
        }
        while (i < n && isSuffixLetter(text.charAt(i))) {
            i++;
        }
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        while (i < n && isAsciiDigit(text.charAt(i))) {
            i++;
        }
        if (i < n) {
            throw invalid(text, unexpected(text, i));
        }
        if (!anyDigit) {
            throw invalid(text, "there is no digit; a quantity needs a number before its suffix");
        }

        // The named suffixes are read in place: no substring on the common path.
        int suffixLength = n - numberEnd;
        char first = suffixLength > 0 ? text.charAt(numberEnd) : 0;
        boolean binary = false;
        long power;
        Quantity.Format format;
        if (suffixLength == 0) {
            power = 0;
            format = Quantity.Format.DECIMAL_SI;
        } else if (suffixLength == 1 && decimalPower(first) != Integer.MIN_VALUE) {
            power = decimalPower(first);
            format = Quantity.Format.DECIMAL_SI;
        } else if (suffixLength == 2 && text.charAt(numberEnd + 1) == 'i' && binaryPower(first) > 0) {
            binary = true;
            power = binaryPower(first);
            format = Quantity.Format.BINARY_SI;
        } else if ((first == 'e' || first == 'E') && isSignedInteger(text, numberEnd + 1)) {
            power = exponent(text, text.substring(numberEnd));
            format = Quantity.Format.DECIMAL_EXPONENT;
        } else {
            throw invalid(text, unknownSuffix(text.substring(numberEnd)));
        }

        try {
            if (significant <= LONG_DIGITS && !(binary && fraction > 0)) {
                long m = negative ? -digits : digits;
                if (binary) {
                    return binaryInteger(m, (int) power, text, wireText, wireNumber);
                }
                long exp = power - fraction;
                if (exp < Quantity.NANO) {
                    m = Quantity.roundAwayFromZero(m, Quantity.NANO - exp);
                    exp = Quantity.NANO;
                }
                return Quantity.create(m, exp, format, text, wireText, wireNumber);
            }
            BigInteger unscaled = new BigInteger(digitsOf(text, numberStart, numberEnd));
            if (negative) {
                unscaled = unscaled.negate();
            }
            long exp;
            if (binary) {
                unscaled = unscaled.shiftLeft(10 * (int) power);
                exp = -fraction;
            } else {
                exp = power - fraction;
            }
            if (exp < Quantity.NANO) {
                unscaled = Quantity.roundAwayFromZero(unscaled, Quantity.NANO - exp);
                exp = Quantity.NANO;
            }
            if (binary && unscaled.signum() != 0) {
                BigDecimal magnitude = new BigDecimal(unscaled.abs(), (int) -exp);
                if (magnitude.compareTo(Quantity.INT64_MAX) > 0) {
                    unscaled = BigInteger.valueOf(negative ? -Long.MAX_VALUE : Long.MAX_VALUE);
                    exp = 0;
                } else if (magnitude.compareTo(BigDecimal.ONE) < 0) {
                    format = Quantity.Format.DECIMAL_SI;
                }
            }
            return Quantity.create(unscaled, exp, format, text, wireText, wireNumber);
        } catch (ArithmeticException e) {
            throw invalid(text, "the value is too large to represent (" + e.getMessage() + ")");
        }
    }

    /** An integer times 1024^k, capped at ±(2^63-1) as Go caps binary values at parse. */
    private static Quantity binaryInteger(long m, int k, String text, String wireText, boolean wireNumber) {
        int shift = 10 * k;
        long v;
        if (Math.abs(m) <= (Long.MAX_VALUE >> shift)) {
            v = m << shift;
        } else {
            v = m < 0 ? -Long.MAX_VALUE : Long.MAX_VALUE;
        }
        return Quantity.create(v, 0, Quantity.Format.BINARY_SI, text, wireText, wireNumber);
    }

    private static String digitsOf(String text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The exponent of an {@code e}/{@code E} suffix, which must fit an int. */
    private static long exponent(String text, String suffix) {
        int i = 1;
        boolean negative = false;
        if (suffix.charAt(i) == '+' || suffix.charAt(i) == '-') {
            negative = suffix.charAt(i) == '-';
            i++;
        }
        long value = 0;
        for (; i < suffix.length(); i++) {
            value = value * 10 + (suffix.charAt(i) - '0');
            if (value > 1L + Integer.MAX_VALUE) {
                break;
            }
        }
        long signed = negative ? -value : value;
        if (signed > Integer.MAX_VALUE || signed < Integer.MIN_VALUE) {
            throw invalid(text, "the exponent in \"" + suffix + "\" is outside the 32-bit range ["
                    + Integer.MIN_VALUE + ", " + Integer.MAX_VALUE + "]");
        }
        return signed;
    }

    private static boolean isSignedInteger(String s, int from) {
        int i = from;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (i == s.length()) {
            return false;
        }
        for (; i < s.length(); i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSuffixLetter(char c) {
        switch (c) {
            case 'e', 'E', 'i', 'n', 'u', 'm', 'k', 'K', 'M', 'G', 'T', 'P':
                return true;
            default:
                return false;
        }
    }

    /** The power of ten of a decimal SI letter, or Integer.MIN_VALUE. */
    private static int decimalPower(char c) {
        switch (c) {
            case 'n': return -9;
            case 'u': return -6;
            case 'm': return -3;
            case 'k': return 3;
            case 'M': return 6;
            case 'G': return 9;
            case 'T': return 12;
            case 'P': return 15;
            case 'E': return 18;
            default: return Integer.MIN_VALUE;
        }
    }

    /** The power of 1024 of a binary prefix letter, or 0. */
    private static int binaryPower(char c) {
        switch (c) {
            case 'K': return 1;
            case 'M': return 2;
            case 'G': return 3;
            case 'T': return 4;
            case 'P': return 5;
            case 'E': return 6;
            default: return 0;
        }
    }

    private static String unexpected(String text, int i) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return "whitespace is not allowed (at index " + i + "); maybe trim the text";
        }
        if (Character.isDigit(c)) {
            return "only ASCII digits 0-9 are allowed, found '" + c + "' at index " + i;
        }
        switch (c) {
            case 'B':
            case 'b':
                return "unexpected 'B' at index " + i
                        + "; quantities have no byte unit, maybe \"512Mi\" rather than \"512MiB\"";
            case ',':
                return "unexpected ',' at index " + i + "; maybe '.' as the decimal separator";
            case '_':
                return "unexpected '_' at index " + i + "; digit separators are not allowed";
            case '.':
                return "unexpected '.' at index " + i + "; a '.' belongs in the number, before the suffix";
            case 'g':
            case 't':
            case 'p':
                String upper = String.valueOf(Character.toUpperCase(c));
                return "unknown suffix letter '" + c + "' at index " + i + "; maybe \"" + upper + "\" or \"" + upper
                        + "i\"";
            default:
                return "unexpected character '" + c + "' at index " + i;
        }
    }

    private static String unknownSuffix(String suffix) {
        char first = suffix.charAt(0);
        if ((first == 'e' || first == 'E') && isSignOrEmpty(suffix.substring(1))) {
            return "the exponent \"" + suffix + "\" has no digits; maybe \"1e3\" or \"1e-3\"";
        }
        if (isAsciiDigit(suffix.charAt(suffix.length() - 1))) {
            return "unknown suffix \"" + suffix + "\"; digits may only follow an exponent 'e', maybe \"1e3\"";
        }
        List<String> near = new ArrayList<>();
        for (String known : SUFFIXES) {
            if (known.equalsIgnoreCase(suffix) || known.equalsIgnoreCase(suffix + "i")) {
                near.add('"' + known + '"');
            }
        }
        if (!near.isEmpty()) {
            return "unknown suffix \"" + suffix + "\"; maybe " + String.join(" or ", near);
        }
        return "unknown suffix \"" + suffix + "\"; maybe one of n u m k M G T P E, Ki Mi Gi Ti Pi Ei, or an exponent"
                + " such as e3";
    }

    private static boolean isSignOrEmpty(String s) {
        return s.isEmpty() || s.equals("+") || s.equals("-");
    }

    static IllegalArgumentException invalid(String text, String reason) {
        return new IllegalArgumentException("quantity \"" + visible(text) + "\": " + reason + "; " + EXPECTED);
    }

    /** The text with control characters escaped, so whitespace shows in the message. */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

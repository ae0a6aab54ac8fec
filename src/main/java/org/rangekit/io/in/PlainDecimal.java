package org.rangekit.io.in;

/**
 * Reads plain decimal numbers straight from ASCII bytes, for the common rows of large CSV files
 * ({@code CsvTargetReader}) and the embedded cities table ({@code EmbeddedData.cities}); anything
 * else is refused (NaN or −1) and left to the general parser.
 *
 * <h2>Algorithm and exactness</h2>
 * A plain decimal is {@code [+-]? digits [. digits]} (or {@code [+-]? . digits}) with at most
 * {@value #MAX_DIGITS} digits in all. Its digits form an integer m &lt; 10¹⁵ &lt; 2⁵³ and its value
 * is m / 10ᵏ with k ≤ {@value #MAX_DIGITS}; both m and 10ᵏ (k ≤ 22) are exact doubles, and IEEE 754
 * division is correctly rounded, so m / 10ᵏ is the double nearest the decimal: exactly what
 * {@link Double#parseDouble} returns (Clinger 1990, "How to read floating point numbers
 * accurately", the fast path). A minus sign negates the result, as it does there ({@code -0} gives
 * −0.0).
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
public final class PlainDecimal {

    /** Most digits read (so that the digits form an exact double). */
    public static final int MAX_DIGITS = 15;

    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

    private PlainDecimal() {
    }

    /**
     * @param b bytes
     * @param from first byte (inclusive)
     * @param to end (exclusive)
     * @return the value, or NaN when the bytes are not a plain decimal of at most {@value #MAX_DIGITS} digits
     */
    public static double parse(byte[] b, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long m = 0;
        int digits = 0;
        int fraction = -1;
        for (; i < to; i++) {
            int c = b[i] - '0';
            if (c >= 0 && c <= 9) {
                if (++digits > MAX_DIGITS) {
                    return Double.NaN;
                }
                m = m * 10 + c;
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (b[i] == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        double v = fraction > 0 ? m / POW10[fraction] : m;
        return negative ? -v : v;
    }

    /**
     * @return the value of 1 to {@value #MAX_DIGITS} ASCII digits (no sign, no point), or −1 otherwise
     */
    public static long digits(byte[] b, int from, int to) {
        if (to - from < 1 || to - from > MAX_DIGITS) {
            return -1;
        }
        long m = 0;
        for (int i = from; i < to; i++) {
            int c = b[i] - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            m = m * 10 + c;
        }
        return m;
    }
}

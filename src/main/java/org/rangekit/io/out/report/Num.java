package org.rangekit.io.out.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A number with a fixed number of decimals, written the same way in every format: CSV and
 * Markdown as plain text, JSON as a number literal. Formatting is exact decimal rounding of the
 * double (half-even), so it is reproducible across platforms and locales.
 */
public record Num(BigDecimal value) {

    /** {@code value} rounded to {@code decimals}; NaN becomes null (an empty cell / JSON null). */
    public static Num of(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return null;
        }
        long q = scaledHalfEven(value, decimals);
        BigDecimal d = q != NO_FAST_PATH ? BigDecimal.valueOf(q, decimals)
                : new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN);
        if (d.signum() == 0) {
            d = BigDecimal.ZERO.setScale(decimals);
        }
        return new Num(d);
    }

    /** What {@link #scaledHalfEven} returns when the value needs {@link BigDecimal}. */
    static final long NO_FAST_PATH = Long.MIN_VALUE;

    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
        1_000_000_000};

    /**
     * The unscaled value of {@code new BigDecimal(value).setScale(decimals, HALF_EVEN)}, computed
     * in integers: value = ±m·2^e exactly (m &lt; 2⁵³), so value·10^d = ±m·10^d·2^e, whose integer
     * part and remainder come from the exact 128-bit product m·10^d shifted right by −e; the
     * remainder against one half decides the rounding, a tie to the even neighbour. Used for
     * 0 ≤ decimals ≤ 9 and results of magnitude below 2⁶³ (every figure a report writes);
     * {@link #NO_FAST_PATH} otherwise. The per-target rows write five such numbers each, and the
     * decimal expansion of the double that BigDecimal builds first was most of their time.
     */
    static long scaledHalfEven(double value, int decimals) {
        if (decimals < 0 || decimals >= POW10.length || !Double.isFinite(value)) {
            return NO_FAST_PATH;
        }
        long bits = Double.doubleToRawLongBits(value);
        boolean negative = bits < 0;
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long m = bits & ((1L << 52) - 1);
        int e;
        if (biased == 0) {
            e = -1074; // subnormal
        } else {
            m |= 1L << 52;
            e = biased - 1075;
        }
        if (m == 0) {
            return 0;
        }
        long p = POW10[decimals];
        long q;
        if (e >= 0) {
            if (e > 9) {
                return NO_FAST_PATH;
            }
            long hi = Math.multiplyHigh(m << e, p);
            long lo = (m << e) * p;
            if (hi != 0 || lo < 0) {
                return NO_FAST_PATH;
            }
            q = lo;
        } else {
            // m·10^d < 2⁵³·2³⁰ = 2⁸³: hi holds its upper bits, lo the lower 64 (unsigned).
            long lo = m * p;
            long hi = Math.multiplyHigh(m, p);
            int s = -e;
            long rHi;
            long rLo;
            long halfHi;
            long halfLo;
            if (s >= 128) {
                return 0; // m·10^d < 2⁸³ ≤ 2^(s−1): below one half
            } else if (s >= 64) {
                q = hi >>> (s - 64);
                rHi = s == 64 ? 0 : hi & ((1L << (s - 64)) - 1);
                rLo = lo;
                halfHi = s == 64 ? 0 : 1L << (s - 65);
                halfLo = s == 64 ? 1L << 63 : 0;
            } else {
                if ((hi >>> s) != 0) {
                    return NO_FAST_PATH; // quotient of 64 bits or more
                }
                q = (hi << (64 - s)) | (lo >>> s);
                if (q < 0) {
                    return NO_FAST_PATH;
                }
                rHi = 0;
                rLo = lo & ((1L << s) - 1);
                halfHi = 0;
                halfLo = 1L << (s - 1);
            }
            int c = rHi != halfHi ? Long.compareUnsigned(rHi, halfHi) : Long.compareUnsigned(rLo, halfLo);
            if (c > 0 || (c == 0 && (q & 1) != 0)) {
                q++;
                if (q < 0) {
                    return NO_FAST_PATH;
                }
            }
        }
        return negative ? -q : q;
    }

    /** A whole number. */
    public static Num of(long value) {
        return new Num(BigDecimal.valueOf(value));
    }

    /** The number with thousands separators for Markdown (e.g. {@code 1,234,567.8}). */
    public String grouped() {
        String plain = value.toPlainString();
        boolean neg = plain.startsWith("-");
        String body = neg ? plain.substring(1) : plain;
        int dot = body.indexOf('.');
        String whole = dot < 0 ? body : body.substring(0, dot);
        String frac = dot < 0 ? "" : body.substring(dot);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(whole.charAt(i));
        }
        return (neg ? "-" : "") + sb + frac;
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}

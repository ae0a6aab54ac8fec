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
        BigDecimal d = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN);
        if (d.signum() == 0) {
            d = BigDecimal.ZERO.setScale(decimals);
        }
        return new Num(d);
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

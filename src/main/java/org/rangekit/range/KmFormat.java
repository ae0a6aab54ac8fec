package org.rangekit.range;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * The one way kilometres are written: exactly (no rounding, no exponent, no trailing zeros) and
 * independent of the default locale, so that outputs are byte-for-byte reproducible.
 *
 * <ul>
 *   <li>{@link #plain(double)} — the machine form for numeric fields and command-line values:
 *       {@code 1000}, {@code 480.5};</li>
 *   <li>{@link #label(double)} — the human form for labels, legends, titles and reports, with a
 *       comma every three digits ({@link Locale#ROOT}): {@code 1,000}, {@code 5,500},
 *       {@code 480.5}, {@code 0.001};</li>
 *   <li>{@link #band(double, double)} — a band label, {@code "480–500 km"}, {@code "500–1,000 km"};</li>
 *   <li>{@link #threshold(double, String)} — a threshold label,
 *       {@code "1,000 km — INF shorter/intermediate boundary"}.</li>
 * </ul>
 *
 * <p>A label must never show a range other than the one asked for: 0.001 km once printed as
 * "0.0" on a legend.
 *
 * <p>Thread-safe (stateless).
 */
public final class KmFormat {

    /** The dash between the two ends of a band: U+2013 EN DASH. */
    public static final String RANGE_DASH = "\u2013";
    /** The dash between a range and its name: U+2014 EM DASH with blanks. */
    public static final String NAME_SEPARATOR = " \u2014 ";

    private KmFormat() {
    }

    /**
     * Kilometres written exactly, without exponent, grouping or trailing zeros: {@code 500},
     * {@code 1000}, {@code 480.5}.
     *
     * @param km a length (kilometres), finite
     */
    public static String plain(double km) {
        if (!Double.isFinite(km)) {
            throw new IllegalArgumentException("km must be a finite number, got " + km);
        }
        BigDecimal d = new BigDecimal(Double.toString(km)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /**
     * Kilometres written exactly with a comma between groups of three digits of the whole part:
     * {@code 1,000}, {@code 19,000}, {@code 480.5}, {@code 0.001}.
     *
     * @param km a length (kilometres), finite
     */
    public static String label(double km) {
        String exact = plain(km);
        boolean negative = exact.startsWith("-");
        String unsigned = negative ? exact.substring(1) : exact;
        int dot = unsigned.indexOf('.');
        String whole = dot < 0 ? unsigned : unsigned.substring(0, dot);
        String grouped = String.format(Locale.ROOT, "%,d", new BigInteger(whole));
        return (negative ? "-" : "") + grouped + (dot < 0 ? "" : unsigned.substring(dot));
    }

    /**
     * A band label: {@code "480–500 km"}, {@code "0–480 km"}, {@code "500–1,000 km"}.
     *
     * @param innerKm inner radius (kilometres)
     * @param outerKm outer radius (kilometres)
     */
    public static String band(double innerKm, double outerKm) {
        return label(innerKm) + RANGE_DASH + label(outerKm) + " km";
    }

    /**
     * A threshold label: {@code "1,000 km — INF shorter/intermediate boundary"}, or
     * {@code "750 km"} without a name.
     *
     * @param km the range (kilometres)
     * @param name what the range means; empty or {@code null} for none
     */
    public static String threshold(double km, String name) {
        String s = label(km) + " km";
        return name == null || name.isBlank() ? s : s + NAME_SEPARATOR + name.strip();
    }
}

package org.rangekit.range;

/**
 * An interval of distances (kilometres) with explicit edges: each end is inclusive or exclusive,
 * and the upper end may be +∞. The one place where "does this distance lie in this band or
 * category?" is decided.
 *
 * <p>Example: the INF Treaty (1987), Art. II §6, defines the shorter range as "equal to or in
 * excess of 500 kilometers but not in excess of 1000 kilometers",
 * {@code Interval.closed(500, 1000)} = [500, 1,000] km; Art. II §5 the intermediate range as "in
 * excess of 1000 kilometers but not in excess of 5500 kilometers",
 * {@code Interval.openClosed(1000, 5500)} = (1,000, 5,500] km.
 *
 * <p>Distances in metres are compared with the edges converted to metres
 * ({@link #containsMeters(double)}: {@code lowerKm * 1000}), never the other way round, so a
 * distance and its edge never disagree by a rounding of {@code d / 1000}; the conversion is exact
 * for edges in whole kilometres and in most fractions of them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lowerKm lower end (kilometres), finite and ≥ 0
 * @param lowerInclusive whether a distance of exactly {@code lowerKm} lies in the interval
 * @param upperKm upper end (kilometres), &gt; {@code lowerKm}; may be {@link Double#POSITIVE_INFINITY}
 * @param upperInclusive whether a distance of exactly {@code upperKm} lies in the interval; must
 *     be false when {@code upperKm} is +∞
 */
public record Interval(double lowerKm, boolean lowerInclusive, double upperKm, boolean upperInclusive) {

    public Interval {
        if (!(lowerKm >= 0) || Double.isInfinite(lowerKm)) {
            throw new IllegalArgumentException("lowerKm must be a finite number >= 0, got " + lowerKm);
        }
        if (!(upperKm > lowerKm)) {
            throw new IllegalArgumentException("upperKm must be a number > lowerKm " + lowerKm + ", got " + upperKm);
        }
        if (Double.isInfinite(upperKm) && upperInclusive) {
            throw new IllegalArgumentException("an unbounded interval cannot include its upper end +∞");
        }
    }

    /** [lower, upper]: both ends inclusive. */
    public static Interval closed(double lowerKm, double upperKm) {
        return new Interval(lowerKm, true, upperKm, true);
    }

    /** (lower, upper]: lower end exclusive, upper inclusive. */
    public static Interval openClosed(double lowerKm, double upperKm) {
        return new Interval(lowerKm, false, upperKm, true);
    }

    /** [lower, upper): lower end inclusive, upper exclusive. */
    public static Interval closedOpen(double lowerKm, double upperKm) {
        return new Interval(lowerKm, true, upperKm, false);
    }

    /** [lower, ∞) if {@code lowerInclusive}, else (lower, ∞). */
    public static Interval atLeast(double lowerKm, boolean lowerInclusive) {
        return new Interval(lowerKm, lowerInclusive, Double.POSITIVE_INFINITY, false);
    }

    /** A disc's interval [0, radius]. */
    public static Interval disc(double radiusKm) {
        return closed(0, radiusKm);
    }

    /** True when the upper end is +∞. */
    public boolean isUnbounded() {
        return Double.isInfinite(upperKm);
    }

    /**
     * Whether a distance lies in the interval, honouring the edges.
     *
     * @param km distance (kilometres); NaN lies in no interval
     */
    public boolean contains(double km) {
        return within(km, lowerKm, upperKm);
    }

    /**
     * Whether a distance in metres lies in the interval, compared with the edges converted to
     * metres ({@code lowerKm * 1000}, {@code upperKm * 1000}).
     *
     * @param meters distance (metres); NaN lies in no interval
     */
    public boolean containsMeters(double meters) {
        return within(meters, lowerMeters(), upperMeters());
    }

    private boolean within(double d, double lo, double hi) {
        return between(d, lo, lowerInclusive, hi, upperInclusive);
    }

    /**
     * The edge rule itself, for holders of edges in another unit (a {@link Band} in metres): whether
     * {@code value} lies between {@code lower} and {@code upper}, each end inclusive or not. All
     * three numbers are in the same unit; NaN lies nowhere.
     *
     * @param value the distance to test
     * @param lower the lower end
     * @param lowerInclusive whether {@code value == lower} is inside
     * @param upper the upper end
     * @param upperInclusive whether {@code value == upper} is inside
     */
    public static boolean between(double value, double lower, boolean lowerInclusive, double upper,
            boolean upperInclusive) {
        boolean above = lowerInclusive ? value >= lower : value > lower;
        boolean below = upperInclusive ? value <= upper : value < upper;
        return above && below;
    }

    /** The lower end (metres), {@code lowerKm * 1000}. */
    public double lowerMeters() {
        return lowerKm * 1000.0;
    }

    /** The upper end (metres), {@code upperKm * 1000}; +∞ when unbounded. */
    public double upperMeters() {
        return upperKm * 1000.0;
    }

    /**
     * Whether the interiors of this interval and {@code (lowerKm, upperKm)} meet: the test for
     * "which categories does a band straddle" (edges do not count).
     *
     * @param otherLowerKm lower end of the other range (kilometres)
     * @param otherUpperKm upper end of the other range (kilometres)
     */
    public boolean overlapsOpen(double otherLowerKm, double otherUpperKm) {
        return lowerKm < otherUpperKm && upperKm > otherLowerKm;
    }

    /**
     * Whether this interval and {@code other} share at least one distance, edges honoured.
     *
     * @param other another interval
     */
    public boolean intersects(Interval other) {
        if (upperKm < other.lowerKm || other.upperKm < lowerKm) {
            return false;
        }
        if (upperKm == other.lowerKm) {
            return upperInclusive && other.lowerInclusive;
        }
        if (other.upperKm == lowerKm) {
            return other.upperInclusive && lowerInclusive;
        }
        return true;
    }

    /**
     * The bracket notation with human kilometres ({@link KmFormat#label}): {@code "[500, 1,000] km"},
     * {@code "(1,000, 5,500] km"}, {@code "(5,500, ∞) km"}.
     */
    public String toBracketText() {
        return (lowerInclusive ? "[" : "(") + KmFormat.label(lowerKm) + ", "
                + (isUnbounded() ? "\u221E" : KmFormat.label(upperKm)) + (upperInclusive ? "]" : ")") + " km";
    }

    @Override
    public String toString() {
        return toBracketText();
    }
}

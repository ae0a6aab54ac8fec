package org.rangekit.range;

/**
 * Whether a target is within range when neither the launch point nor the range is known exactly:
 * the one rule for "certainly in", "possibly in" and "out".
 *
 * <h2>The rule</h2>
 * A site known to ±u km means the true launch point lies within u of the nominal point. By the
 * triangle inequality of the geodesic distance, a target at distance d from the nominal point lies at
 * a true distance D with {@code max(0, d − u) ≤ D ≤ d + u}; both ends are attained (move the launch
 * point u along the geodesic through the target, as long as that geodesic stays the shortest path),
 * so the interval is exact, not a safety margin. A range known as {@code MIN..MAX} reaches every
 * distance up to MIN for certain and none beyond MAX. Hence, with a disc's edge inclusive (a target
 * at exactly the range is within it):
 * <ul>
 *   <li>{@link #CERTAINLY_IN}: {@code d + u ≤ MIN} — within range wherever the launch point is and
 *       whichever estimate holds; for a range r this is the disc of radius r − u around the nominal
 *       point (for r &lt; u no target is certainly in);</li>
 *   <li>{@link #OUT}: {@code d − u > MAX} — out of range for every launch point and estimate;</li>
 *   <li>{@link #POSSIBLY_IN}: the rest, the band (r − u, r + u] for a single range r, drawn hatched on
 *       maps.</li>
 * </ul>
 * With u = 0 and a single range the middle state is empty: the answer is the plain disc test.
 *
 * <p>Comparisons are made in kilometres on the edges of {@link Interval}s: {@code [0, MIN]} for
 * certainly in, {@code [0, MAX]} for possibly.
 */
public enum Reach {
    /** Within range for every launch point within ±u and every estimate. */
    CERTAINLY_IN("certainly in"),
    /** Within range for some launch points or estimates, not for all. */
    POSSIBLY_IN("possibly in"),
    /** Out of range for every launch point within ±u and every estimate. */
    OUT("out");

    private final String text;

    Reach(String text) {
        this.text = text;
    }

    /** How reports write it: {@code "certainly in"}, {@code "possibly in"}, {@code "out"}. */
    public String text() {
        return text;
    }

    /**
     * The rule above.
     *
     * @param distanceKm distance from the nominal launch point (kilometres), ≥ 0; NaN gives {@link #OUT}
     * @param uncertaintyKm how far the true launch point may be from the nominal one (kilometres), ≥ 0
     * @param range the range, a single value or an interval of estimates
     */
    public static Reach of(double distanceKm, double uncertaintyKm, RangeEstimate range) {
        if (!(uncertaintyKm >= 0) || Double.isInfinite(uncertaintyKm)) {
            throw new IllegalArgumentException("uncertaintyKm must be a finite number >= 0, got " + uncertaintyKm);
        }
        if (Interval.disc(range.minKm()).contains(distanceKm + uncertaintyKm)) {
            return CERTAINLY_IN;
        }
        if (Interval.disc(range.maxKm()).contains(Math.max(0, distanceKm - uncertaintyKm))) {
            return POSSIBLY_IN;
        }
        return OUT;
    }

    /**
     * The true distances a target at {@code distanceKm} from the nominal point may have, when the
     * launch point is known to ±{@code uncertaintyKm}: {@code [max(0, d − u), d + u]}.
     *
     * @param distanceKm distance from the nominal point (kilometres), finite, ≥ 0
     * @param uncertaintyKm the position uncertainty (kilometres), &gt; 0
     */
    public static Interval trueDistanceKm(double distanceKm, double uncertaintyKm) {
        if (!(uncertaintyKm > 0)) {
            throw new IllegalArgumentException("uncertaintyKm must be > 0 for an interval, got " + uncertaintyKm);
        }
        return Interval.closed(Math.max(0, distanceKm - uncertaintyKm), distanceKm + uncertaintyKm);
    }

    /**
     * The band of targets "possibly in range" for a range known as {@code range} from a site known to
     * ±u: from {@code max(0, MIN − u)} (exclusive) to {@code MAX + u} (inclusive); {@code null} when it
     * is empty (a single range and u = 0). A lower end of 0 makes it a disc.
     *
     * @param range the range
     * @param uncertaintyKm the site's position uncertainty (kilometres), ≥ 0
     */
    public static Interval possiblyBandKm(RangeEstimate range, double uncertaintyKm) {
        double lo = Math.max(0, range.minKm() - uncertaintyKm);
        double hi = range.maxKm() + uncertaintyKm;
        if (!(hi > lo)) {
            return null;
        }
        return new Interval(lo, lo == 0, hi, true);
    }

    @Override
    public String toString() {
        return text;
    }
}

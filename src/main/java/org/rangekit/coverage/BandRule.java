package org.rangekit.coverage;

import org.rangekit.range.Interval;

/**
 * One band of a band scheme: a distance interval with explicit edge semantics, held in metres
 * (the unit distances are classified in) and decided by the one edge rule,
 * {@link Interval#between}.
 *
 * <p>Example: the INF Treaty (Art. II §6) defines shorter range as 500 to 1,000 km inclusive,
 * {@code new BandRule("500-1000 km", "shorter-range", 500e3, true, 1000e3, true)}, and
 * intermediate range (Art. II §5) as more than 1,000 up to 5,500 km,
 * {@code new BandRule("1000-5500 km", "intermediate-range", 1000e3, false, 5500e3, true)}.
 *
 * @param label short display label, e.g. {@code "500-1000 km"}
 * @param category category name, e.g. {@code "shorter-range"}; may equal the label
 * @param innerMeters inner edge (metres), ≥ 0
 * @param innerInclusive whether a distance equal to the inner edge belongs to the band
 * @param outerMeters outer edge (metres), &gt; inner
 * @param outerInclusive whether a distance equal to the outer edge belongs to the band
 */
public record BandRule(String label, String category, double innerMeters, boolean innerInclusive,
                       double outerMeters, boolean outerInclusive) {

    public BandRule {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("band label must not be blank");
        }
        category = category == null || category.isBlank() ? label : category;
        if (!(innerMeters >= 0) || Double.isInfinite(innerMeters)) {
            throw new IllegalArgumentException("inner edge must be a finite number >= 0 m, got " + innerMeters);
        }
        if (!(outerMeters > innerMeters) || Double.isInfinite(outerMeters)) {
            throw new IllegalArgumentException("outer edge must be a finite number > inner edge "
                    + innerMeters + " m, got " + outerMeters);
        }
    }

    /**
     * A band over an interval of kilometres; its edges in metres are {@code lowerKm * 1000} and
     * {@code upperKm * 1000} ({@link Interval#lowerMeters()}).
     *
     * @param label short display label, e.g. {@code "500–1,000 km"}
     * @param category category name; may equal the label
     * @param rangeKm the distances the band holds (kilometres), bounded
     */
    public BandRule(String label, String category, Interval rangeKm) {
        this(label, category, rangeKm.lowerMeters(), rangeKm.lowerInclusive(), rangeKm.upperMeters(),
                rangeKm.upperInclusive());
    }

    /** The band's distances as an {@link Interval} of kilometres (edges divided by 1000). */
    public Interval intervalKm() {
        return new Interval(innerMeters / 1000, innerInclusive, outerMeters / 1000, outerInclusive);
    }

    /** A disc {@code [0, radius]} with both edges inclusive. */
    public static BandRule disc(String label, double radiusMeters) {
        return new BandRule(label, label, 0, true, radiusMeters, true);
    }

    /**
     * Whether a distance belongs to the band.
     *
     * @param distanceMeters geodesic distance from the site (metres)
     */
    public boolean contains(double distanceMeters) {
        return Interval.between(distanceMeters, innerMeters, innerInclusive, outerMeters, outerInclusive);
    }
}

package org.rangekit.range;

/**
 * A range as it is known: one value (a claim, a treaty figure, a user's range) or an interval
 * {@code MIN..MAX} of published estimates, with what it is and where it comes from.
 *
 * <p>Example: the 9M729's range as claimed by the Russian Ministry of Defence on 23 January 2019 is
 * {@code RangeEstimate.single(480)} labelled "claimed"; published estimates of its range are an
 * interval such as {@code new RangeEstimate(2350, 2500, "estimated", "...")}. On a map an interval is
 * drawn as a band between its two ends with both edges labelled; it is classified by every category
 * it spans ({@link CategorySet#categoryOfBand}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param minKm the smallest value (kilometres), finite and &gt; 0
 * @param maxKm the largest value (kilometres), finite and ≥ {@code minKm}; equal for a single value
 * @param label what the figure is, e.g. {@code "claimed 9M729 range"}; may be empty
 * @param source where the figure comes from; may be empty (a user's own range)
 */
public record RangeEstimate(double minKm, double maxKm, String label, String source) {

    public RangeEstimate {
        if (!(minKm > 0) || Double.isInfinite(minKm)) {
            throw new IllegalArgumentException("minKm must be a finite number > 0, got " + minKm);
        }
        if (!(maxKm >= minKm) || Double.isInfinite(maxKm)) {
            throw new IllegalArgumentException("maxKm must be a finite number >= minKm " + minKm + ", got " + maxKm);
        }
        label = label == null ? "" : label.strip();
        source = source == null ? "" : source.strip();
    }

    /** A single value with no label or source. */
    public static RangeEstimate single(double km) {
        return new RangeEstimate(km, km, "", "");
    }

    /** An interval {@code MIN..MAX} with no label or source. */
    public static RangeEstimate interval(double minKm, double maxKm) {
        if (!(maxKm > minKm)) {
            throw new IllegalArgumentException("an estimate interval needs MIN < MAX, got " + minKm + ".." + maxKm);
        }
        return new RangeEstimate(minKm, maxKm, "", "");
    }

    /** True when the figure is an interval ({@code maxKm > minKm}), false for a single value. */
    public boolean isInterval() {
        return maxKm > minKm;
    }

    /** This figure with another label and source. */
    public RangeEstimate withLabel(String newLabel, String newSource) {
        return new RangeEstimate(minKm, maxKm, newLabel, newSource);
    }

    /** The closed interval [min, max] (kilometres); only for an interval. */
    public Interval interval() {
        if (!isInterval()) {
            throw new IllegalStateException("a single value " + KmFormat.plain(minKm) + " km is not an interval");
        }
        return Interval.closed(minKm, maxKm);
    }

    /** {@code "2,350–2,500 km"} or {@code "480 km"} ({@link KmFormat}). */
    public String kmText() {
        return isInterval() ? KmFormat.band(minKm, maxKm) : KmFormat.label(minKm) + " km";
    }

    /** The machine form accepted by {@link Lengths#parseRangeListKm}: {@code 2350..2500} or {@code 480}. */
    public String plainText() {
        return isInterval() ? KmFormat.plain(minKm) + ".." + KmFormat.plain(maxKm) : KmFormat.plain(minKm);
    }
}

package org.rangekit.range;

/**
 * A named range that is drawn as a ring, e.g. 500 km, "INF lower limit".
 *
 * <p>Which side of the edge a range of exactly {@code radiusKm} belongs to is not a property of
 * the threshold but of the categories of its {@link ThresholdSet}. What the range <em>is</em> — a
 * claimed range, a treaty limit or a plain range of the user's — is its {@link Role}; renderers
 * choose line styles from the role, never from the wording of the name.
 *
 * @param radiusKm the range (kilometres), finite and &gt; 0
 * @param name what the range means, e.g. {@code "INF lower limit"}; empty for a plain custom range
 * @param role what kind of range it is
 */
public record Threshold(double radiusKm, String name, Role role) {

    /** What kind of range a threshold is. */
    public enum Role {
        /** A range someone claims for a weapon (e.g. the 480 km claimed for the 9M729); drawn dashed. */
        CLAIMED,
        /** An edge of a category set, e.g. a treaty limit (INF: 500, 1,000, 5,500 km). */
        LIMIT,
        /** A range the user asked for, with no further meaning. */
        PLAIN,
        /**
         * One end of a range known only as an interval of estimates ({@link RangeEstimate}); the band
         * between the two ends is drawn hatched.
         */
        ESTIMATE
    }

    public Threshold {
        if (!(radiusKm > 0) || Double.isInfinite(radiusKm)) {
            throw new IllegalArgumentException("range must be a finite number > 0 km, got " + radiusKm);
        }
        name = name == null ? "" : name.strip();
        if (role == null) {
            throw new IllegalArgumentException("threshold role is required");
        }
    }

    /**
     * A plain range with an optional name.
     *
     * @param radiusKm the range (kilometres), finite and &gt; 0
     * @param name what it means, may be empty
     */
    public Threshold(double radiusKm, String name) {
        this(radiusKm, name, Role.PLAIN);
    }

    /** The range in metres. */
    public double radiusMeters() {
        return radiusKm * 1000.0;
    }

    /**
     * Display label ({@link KmFormat#threshold}), the same in GeoJSON, on maps and in reports:
     * {@code "1,000 km — INF shorter/intermediate boundary"}, or {@code "750 km"} for an unnamed range.
     */
    public String label() {
        return KmFormat.threshold(radiusKm, name);
    }

    /**
     * A kilometre value written exactly, without grouping; see {@link KmFormat#plain(double)}.
     *
     * @param km a length (kilometres), finite
     */
    public static String formatKm(double km) {
        return KmFormat.plain(km);
    }
}

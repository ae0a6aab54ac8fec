package org.rangekit.range;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Ranges to draw plus the rule that sorts any range into a category, with explicit edges.
 *
 * <p>Treaty semantics are data: the categories are a {@link CategorySet}, intervals of ranges whose
 * ends are inclusive or exclusive and that partition [0, ∞). The built-in preset {@link #inf()}
 * follows the INF Treaty (1987), Art. II §5 and §6 ({@link CategorySet#inf()}); any other
 * category set can be used ({@link #custom(List, CategorySet)}, or the constructor with named
 * thresholds).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name name of the set, e.g. {@code "inf"} or {@code "custom"}
 * @param thresholds the ranges to draw, strictly increasing
 * @param categorySet the categories every range is sorted into
 */
public record ThresholdSet(String name, List<Threshold> thresholds, CategorySet categorySet) {

    /** Category name of the INF shorter range, [500, 1000] km. */
    public static final String INF_SHORTER = CategorySet.INF_SHORTER;
    /** Category name of the INF intermediate range, (1000, 5500] km. */
    public static final String INF_INTERMEDIATE = CategorySet.INF_INTERMEDIATE;
    /** Category name of ranges the INF Treaty does not cover (under 500 km, over 5500 km). */
    public static final String INF_NOT_COVERED = CategorySet.INF_NOT_COVERED;

    private static final ThresholdSet INF = new ThresholdSet("inf", List.of(
            new Threshold(480, "claimed 9M729 range", Threshold.Role.CLAIMED),
            new Threshold(500, "INF lower limit", Threshold.Role.LIMIT),
            new Threshold(1000, "INF shorter/intermediate boundary", Threshold.Role.LIMIT),
            new Threshold(5500, "INF upper limit", Threshold.Role.LIMIT)),
            CategorySet.inf());

    public ThresholdSet {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("threshold set name must not be blank");
        }
        if (categorySet == null) {
            throw new IllegalArgumentException("threshold set '" + name + "' needs a category set");
        }
        thresholds = List.copyOf(thresholds);
        if (thresholds.isEmpty()) {
            throw new IllegalArgumentException("threshold set '" + name + "' needs at least one range");
        }
        for (int i = 1; i < thresholds.size(); i++) {
            if (!(thresholds.get(i).radiusKm() > thresholds.get(i - 1).radiusKm())) {
                throw new IllegalArgumentException("ranges must be strictly increasing, got "
                        + thresholds.get(i - 1).radiusKm() + " then " + thresholds.get(i).radiusKm() + " km");
            }
        }
    }

    /**
     * A set over a list of categories (validated as a {@link CategorySet} named like the set).
     *
     * @param name name of the set
     * @param thresholds the ranges to draw, strictly increasing
     * @param categories intervals partitioning [0, ∞), in increasing order
     */
    public ThresholdSet(String name, List<Threshold> thresholds, List<Category> categories) {
        this(name, thresholds, new CategorySet(name, categories));
    }

    /** The INF preset: 480 km (claimed), 500, 1000 and 5500 km (limits) with the INF Treaty's categories. */
    public static ThresholdSet inf() {
        return INF;
    }

    /** A built-in preset by name (only {@code inf} for now), or {@code null} if there is none. */
    public static ThresholdSet preset(String name) {
        return INF.name.equalsIgnoreCase(name == null ? "" : name.strip()) ? INF : null;
    }

    /** The names of the built-in presets. */
    public static List<String> presetNames() {
        return List.of(INF.name);
    }

    /**
     * A set of custom ranges sorted with the INF categories. A range equal to an INF threshold
     * keeps its name and role (so {@code 500} is labelled "500 km — INF lower limit" and is a
     * {@link Threshold.Role#LIMIT}, {@code 480} is the claimed range); others are plain.
     *
     * @param radiiKm the ranges (kilometres), each finite and &gt; 0, all distinct, any order
     */
    public static ThresholdSet custom(List<Double> radiiKm) {
        return custom(radiiKm, CategorySet.inf());
    }

    /**
     * A set of custom ranges sorted with any category set. When the category set is the INF
     * preset's, ranges equal to an INF threshold keep its name and role as in {@link #custom(List)};
     * otherwise every range is plain.
     *
     * @param radiiKm the ranges (kilometres), each finite and &gt; 0, all distinct, any order
     * @param categories the categories ranges are sorted into
     */
    public static ThresholdSet custom(List<Double> radiiKm, CategorySet categories) {
        List<Double> sorted = new ArrayList<>(radiiKm);
        Collections.sort(sorted);
        List<Threshold> named = categories.equals(INF.categorySet) ? INF.thresholds : List.of();
        List<Threshold> ts = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            double km = sorted.get(i);
            if (i > 0 && km == sorted.get(i - 1)) {
                throw new IllegalArgumentException("range " + KmFormat.plain(km) + " km is given twice");
            }
            Threshold t = new Threshold(km, "", Threshold.Role.PLAIN);
            for (Threshold n : named) {
                if (n.radiusKm() == km) {
                    t = n;
                }
            }
            ts.add(t);
        }
        return new ThresholdSet("custom", ts, categories);
    }

    /** The categories, in increasing order of range. */
    public List<Category> categories() {
        return categorySet.categories();
    }

    /**
     * The category of a range: for a disc of radius {@code km}, what a missile of that range is.
     *
     * @param km range (kilometres), ≥ 0
     */
    public String categoryOf(double km) {
        return categorySet.categoryOf(km);
    }

    /**
     * The category of the ranges strictly between {@code innerKm} and {@code outerKm} (the
     * interior of a band); when the band straddles categories their names are joined with
     * {@code " / "} in increasing order of range.
     *
     * @param innerKm inner radius (kilometres), ≥ 0
     * @param outerKm outer radius (kilometres), &gt; inner
     */
    public String categoryOfBand(double innerKm, double outerKm) {
        return categorySet.categoryOfBand(innerKm, outerKm);
    }
}

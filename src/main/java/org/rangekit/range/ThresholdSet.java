package org.rangekit.range;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Ranges to draw plus the rule that sorts any range into a category, with explicit edges.
 *
 * <p>Treaty semantics are data: each {@link Category} is an interval of ranges whose ends are
 * inclusive or exclusive, and the categories of a set partition [0, ∞) without gap or overlap
 * (checked on construction). The built-in preset {@link #inf()} follows the INF Treaty (1987),
 * Article II §5 and §6: a shorter-range missile has a range "equal to or in excess of 500
 * kilometers but not in excess of 1000 kilometers", an intermediate-range missile "in excess of
 * 1000 kilometers but not in excess of 5500 kilometers".
 *
 * <p>Immutable and thread-safe.
 *
 * @param name name of the set, e.g. {@code "inf"} or {@code "custom"}
 * @param thresholds the ranges to draw, strictly increasing
 * @param categories intervals partitioning [0, ∞), in increasing order
 */
public record ThresholdSet(String name, List<Threshold> thresholds, List<Category> categories) {

    /** Category name of the INF shorter range, [500, 1000] km. */
    public static final String INF_SHORTER = "shorter-range (INF)";
    /** Category name of the INF intermediate range, (1000, 5500] km. */
    public static final String INF_INTERMEDIATE = "intermediate-range (INF)";
    /** Category name of ranges the INF Treaty does not cover (under 500 km, over 5500 km). */
    public static final String INF_NOT_COVERED = "not covered by INF";

    private static final List<Category> INF_CATEGORIES = List.of(
            new Category(INF_NOT_COVERED, 0, true, 500, false),
            new Category(INF_SHORTER, 500, true, 1000, true),
            new Category(INF_INTERMEDIATE, 1000, false, 5500, true),
            new Category(INF_NOT_COVERED, 5500, false, Double.POSITIVE_INFINITY, false));

    private static final ThresholdSet INF = new ThresholdSet("inf", List.of(
            new Threshold(480, "claimed 9M729 range"),
            new Threshold(500, "INF lower limit"),
            new Threshold(1000, "INF shorter/intermediate boundary"),
            new Threshold(5500, "INF upper limit")),
            INF_CATEGORIES);

    public ThresholdSet {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("threshold set name must not be blank");
        }
        thresholds = List.copyOf(thresholds);
        categories = List.copyOf(categories);
        if (thresholds.isEmpty()) {
            throw new IllegalArgumentException("threshold set '" + name + "' needs at least one range");
        }
        for (int i = 1; i < thresholds.size(); i++) {
            if (!(thresholds.get(i).radiusKm() > thresholds.get(i - 1).radiusKm())) {
                throw new IllegalArgumentException("ranges must be strictly increasing, got "
                        + thresholds.get(i - 1).radiusKm() + " then " + thresholds.get(i).radiusKm() + " km");
            }
        }
        checkPartition(categories);
    }

    /** The INF preset: 480, 500, 1000 and 5500 km with the INF Treaty's categories. */
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
     * keeps its name (so {@code 500} is labelled "500 km — INF lower limit").
     *
     * @param radiiKm the ranges (kilometres), each finite and &gt; 0, all distinct, any order
     */
    public static ThresholdSet custom(List<Double> radiiKm) {
        List<Double> sorted = new ArrayList<>(radiiKm);
        Collections.sort(sorted);
        List<Threshold> ts = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            double km = sorted.get(i);
            if (i > 0 && km == sorted.get(i - 1)) {
                throw new IllegalArgumentException("range " + Threshold.formatKm(km) + " km is given twice");
            }
            String name = "";
            for (Threshold t : INF.thresholds) {
                if (t.radiusKm() == km) {
                    name = t.name();
                }
            }
            ts.add(new Threshold(km, name));
        }
        return new ThresholdSet("custom", ts, INF_CATEGORIES);
    }

    /**
     * The category of a range: for a disc of radius {@code km}, what a missile of that range is.
     *
     * @param km range (kilometres), ≥ 0
     */
    public String categoryOf(double km) {
        if (!(km >= 0)) {
            throw new IllegalArgumentException("range must be a number >= 0 km, got " + km);
        }
        for (Category c : categories) {
            if (c.contains(km)) {
                return c.name();
            }
        }
        throw new IllegalStateException("categories do not cover " + km + " km");
    }

    /**
     * The category of the ranges strictly between {@code innerKm} and {@code outerKm} (the
     * interior of a band); when the band straddles categories their names are joined with
     * {@code " / "} in increasing order of range.
     */
    public String categoryOfBand(double innerKm, double outerKm) {
        if (!(innerKm >= 0) || !(outerKm > innerKm)) {
            throw new IllegalArgumentException("band must have 0 <= inner < outer km, got ["
                    + innerKm + ", " + outerKm + "]");
        }
        List<String> names = new ArrayList<>();
        for (Category c : categories) {
            boolean overlaps = c.lowerKm() < outerKm && c.upperKm() > innerKm;
            if (overlaps && !names.contains(c.name())) {
                names.add(c.name());
            }
        }
        return String.join(" / ", names);
    }

    private static void checkPartition(List<Category> cs) {
        if (cs.isEmpty()) {
            throw new IllegalArgumentException("a threshold set needs at least one category");
        }
        Category first = cs.get(0);
        if (first.lowerKm() != 0 || !first.lowerInclusive()) {
            throw new IllegalArgumentException("categories must start at 0 km inclusive, got " + first);
        }
        for (int i = 1; i < cs.size(); i++) {
            Category a = cs.get(i - 1);
            Category b = cs.get(i);
            if (a.upperKm() != b.lowerKm() || a.upperInclusive() == b.lowerInclusive()) {
                throw new IllegalArgumentException("categories must meet with exactly one of them holding the edge, got "
                        + a + " then " + b);
            }
        }
        if (cs.get(cs.size() - 1).upperKm() != Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("the last category must be unbounded");
        }
    }

    /**
     * An interval of ranges with explicit edges.
     *
     * @param name e.g. {@code "shorter-range (INF)"}
     * @param lowerKm lower edge (kilometres)
     * @param lowerInclusive whether a range of exactly {@code lowerKm} belongs here
     * @param upperKm upper edge (kilometres), may be +∞
     * @param upperInclusive whether a range of exactly {@code upperKm} belongs here
     */
    public record Category(String name, double lowerKm, boolean lowerInclusive, double upperKm, boolean upperInclusive) {

        public Category {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("category name must not be blank");
            }
            if (!(lowerKm >= 0) || !(upperKm > lowerKm)) {
                throw new IllegalArgumentException("category '" + name + "' needs 0 <= lower < upper km, got ["
                        + lowerKm + ", " + upperKm + "]");
            }
        }

        /** True when a range of {@code km} belongs to this category, honouring the edges. */
        public boolean contains(double km) {
            boolean above = lowerInclusive ? km >= lowerKm : km > lowerKm;
            boolean below = upperInclusive ? km <= upperKm : km < upperKm;
            return above && below;
        }

        @Override
        public String toString() {
            return name + " " + (lowerInclusive ? "[" : "(") + lowerKm + ", " + upperKm + (upperInclusive ? "]" : ")");
        }
    }
}

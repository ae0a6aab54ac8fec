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
 * <p>Ranges known only as an interval of estimates ({@link RangeEstimate}, {@code 2350..2500}) are
 * {@link #estimates()}: both ends are thresholds of role {@link Threshold.Role#ESTIMATE}, so that
 * rings, bands and coverage treat them like any range, and the band between them is drawn hatched.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name name of the set, e.g. {@code "inf"} or {@code "custom"}
 * @param thresholds the ranges to draw, strictly increasing
 * @param categorySet the categories every range is sorted into
 * @param estimates ranges known as intervals; the two ends of each are among {@code thresholds}
 */
public record ThresholdSet(String name, List<Threshold> thresholds, CategorySet categorySet,
        List<RangeEstimate> estimates) {

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
            CategorySet.inf(), List.of());

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
        estimates = estimates == null ? List.of() : List.copyOf(estimates);
        for (RangeEstimate e : estimates) {
            if (!e.isInterval()) {
                throw new IllegalArgumentException("an estimate of threshold set '" + name
                        + "' must be an interval MIN..MAX, got " + e.plainText());
            }
            if (!hasRadius(thresholds, e.minKm()) || !hasRadius(thresholds, e.maxKm())) {
                throw new IllegalArgumentException("both ends of the estimate " + e.plainText()
                        + " km must be ranges of threshold set '" + name + "'");
            }
        }
    }

    /** A set with no estimate intervals. */
    public ThresholdSet(String name, List<Threshold> thresholds, CategorySet categorySet) {
        this(name, thresholds, categorySet, List.of());
    }

    private static boolean hasRadius(List<Threshold> ts, double km) {
        return ts.stream().anyMatch(t -> t.radiusKm() == km);
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

    /**
     * A set of ranges typed by people ({@link Lengths#parseRangeListKm}): single values as in
     * {@link #custom(List, CategorySet)}, intervals {@code MIN..MAX} as estimates whose ends are
     * labelled "estimate (low end)" and "estimate (high end)" (or with the estimate's own label).
     *
     * @param ranges single values and intervals, any order
     * @param categories the categories ranges are sorted into
     */
    public static ThresholdSet ofRanges(List<RangeEstimate> ranges, CategorySet categories) {
        List<Double> singles = ranges.stream().filter(r -> !r.isInterval()).map(RangeEstimate::minKm).toList();
        List<RangeEstimate> intervals = ranges.stream().filter(RangeEstimate::isInterval).toList();
        if (intervals.isEmpty()) {
            return custom(singles, categories);
        }
        List<Threshold> fixed = singles.isEmpty() ? List.of() : custom(singles, categories).thresholds();
        return merged("custom", fixed, intervals, categories);
    }

    /**
     * A set made of fixed thresholds and estimate intervals. Both ends of each interval become
     * {@link Threshold.Role#ESTIMATE} thresholds named after the estimate ("estimated 9M729 range, low
     * end"); where an end equals a fixed threshold (a treaty limit) the fixed one is kept.
     *
     * @param name name of the set
     * @param fixed thresholds, any order, distinct ranges
     * @param intervals estimate intervals ({@link RangeEstimate#isInterval()})
     * @param categories the categories ranges are sorted into
     */
    public static ThresholdSet merged(String name, List<Threshold> fixed, List<RangeEstimate> intervals,
            CategorySet categories) {
        List<Threshold> all = new ArrayList<>();
        for (Threshold t : fixed) {
            if (hasRadius(all, t.radiusKm())) {
                throw new IllegalArgumentException("range " + KmFormat.plain(t.radiusKm()) + " km is given twice");
            }
            all.add(t);
        }
        for (RangeEstimate e : intervals) {
            String what = e.label().isEmpty() ? "estimate" : e.label();
            for (double km : new double[] {e.minKm(), e.maxKm()}) {
                if (!hasRadius(all, km)) {
                    all.add(new Threshold(km, what + (km == e.minKm() ? ", low end" : ", high end"),
                            Threshold.Role.ESTIMATE));
                }
            }
        }
        all.sort(java.util.Comparator.comparingDouble(Threshold::radiusKm));
        return new ThresholdSet(name, all, categories, intervals);
    }

    /**
     * The estimate interval whose low and high ends are the ranges {@code innerKm} and
     * {@code outerKm}, if there is one: that band is an estimate band.
     *
     * @param innerKm inner range of a band (kilometres)
     * @param outerKm outer range of a band (kilometres)
     */
    public java.util.Optional<RangeEstimate> estimateBetween(double innerKm, double outerKm) {
        return estimates.stream().filter(e -> e.minKm() <= innerKm && outerKm <= e.maxKm()).findFirst();
    }

    /**
     * The ranges as they are known: one single value per threshold that is not the end of an
     * estimate (labelled with the threshold's name), and the estimate intervals; sorted by their
     * lower end, then their upper end.
     */
    public List<RangeEstimate> rangeValues() {
        List<RangeEstimate> out = new ArrayList<>();
        for (Threshold t : thresholds) {
            if (t.role() != Threshold.Role.ESTIMATE) {
                out.add(new RangeEstimate(t.radiusKm(), t.radiusKm(), t.name(), ""));
            }
        }
        out.addAll(estimates);
        out.sort(java.util.Comparator.comparingDouble(RangeEstimate::minKm).thenComparingDouble(RangeEstimate::maxKm));
        return out;
    }

    /** The range value reaching farthest ({@link #rangeValues()} with the largest upper end). */
    public RangeEstimate outermost() {
        List<RangeEstimate> vs = rangeValues();
        RangeEstimate best = vs.get(0);
        for (RangeEstimate v : vs) {
            if (v.maxKm() > best.maxKm() || v.maxKm() == best.maxKm() && v.minKm() < best.minKm()) {
                best = v;
            }
        }
        return best;
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

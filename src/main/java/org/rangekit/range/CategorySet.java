package org.rangekit.range;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Named categories that sort every range ≥ 0 into exactly one of them: a partition of [0, ∞)
 * into {@link Interval}s without gap or overlap, checked on construction. The INF Treaty's is one
 * preset ({@link #inf()}); a scenario may define its own ({@link #covering}).
 *
 * <p>INF Treaty (1987), Art. II §5 and §6: a shorter-range missile has a range "equal to or in
 * excess of 500 kilometers but not in excess of 1000 kilometers", an intermediate-range missile
 * "in excess of 1000 kilometers but not in excess of 5500 kilometers".
 *
 * <p>Immutable and thread-safe.
 *
 * @param name name of the set, e.g. {@code "inf"}
 * @param categories intervals partitioning [0, ∞), in increasing order; one name may label
 *     several intervals (INF's "not covered" lies below 500 and above 5,500 km)
 */
public record CategorySet(String name, List<Category> categories) {

    /** Category name of the INF shorter range, [500, 1000] km. */
    public static final String INF_SHORTER = "shorter-range (INF)";
    /** Category name of the INF intermediate range, (1000, 5500] km. */
    public static final String INF_INTERMEDIATE = "intermediate-range (INF)";
    /** Category name of ranges the INF Treaty does not cover (under 500 km, over 5500 km). */
    public static final String INF_NOT_COVERED = "not covered by INF";

    private static final CategorySet INF = new CategorySet("inf", List.of(
            new Category(INF_NOT_COVERED, Interval.closedOpen(0, 500)),
            new Category(INF_SHORTER, Interval.closed(500, 1000)),
            new Category(INF_INTERMEDIATE, Interval.openClosed(1000, 5500)),
            new Category(INF_NOT_COVERED, Interval.atLeast(5500, false))));

    public CategorySet {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("category set name must not be blank");
        }
        categories = List.copyOf(categories);
        checkPartition(categories);
    }

    /** The INF Treaty's categories. */
    public static CategorySet inf() {
        return INF;
    }

    /**
     * A category set from named intervals that need not cover everything: the gaps between them
     * (and below the first, above the last) become categories named {@code restName}.
     *
     * <p>Example: {@code covering("mine", List.of(new Category("short", Interval.closed(0, 300)),
     * new Category("long", Interval.openClosed(1000, 3000))), "other")} sorts 300 km as "short",
     * 500 km and 3,001 km as "other".
     *
     * @param name the set's name
     * @param named the named intervals, in any order, not overlapping
     * @param restName name of the ranges in no named interval
     * @throws IllegalArgumentException if intervals overlap, or a gap would be a single range (e.g.
     *     [0, 300) then (300, 500]: nothing could name 300 km)
     */
    public static CategorySet covering(String name, List<Category> named, String restName) {
        List<Category> sorted = new ArrayList<>(named);
        sorted.sort(Comparator.comparingDouble(Category::lowerKm));
        List<Category> out = new ArrayList<>();
        double edgeKm = 0;
        boolean edgeOpen = true; // whether the range edgeKm itself still needs a category
        for (Category c : sorted) {
            Interval i = c.interval();
            if (i.lowerKm() > edgeKm) {
                out.add(new Category(restName, new Interval(edgeKm, edgeOpen, i.lowerKm(), !i.lowerInclusive())));
            } else if (i.lowerKm() < edgeKm || !edgeOpen && i.lowerInclusive()) {
                throw new IllegalArgumentException("categories overlap at " + KmFormat.label(i.lowerKm())
                        + " km: " + (out.isEmpty() ? "" : out.get(out.size() - 1) + " and ") + c);
            } else if (edgeOpen && !i.lowerInclusive()) {
                throw new IllegalArgumentException("no category holds exactly " + KmFormat.label(edgeKm)
                        + " km: " + c + " excludes it and the category below ends there too");
            }
            out.add(c);
            edgeKm = i.upperKm();
            edgeOpen = !i.upperInclusive();
        }
        if (out.isEmpty() || !out.get(out.size() - 1).interval().isUnbounded()) {
            out.add(new Category(restName, Interval.atLeast(edgeKm, edgeOpen)));
        }
        return new CategorySet(name, out);
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
            if (c.interval().contains(km)) {
                return c.name();
            }
        }
        throw new IllegalStateException("categories do not cover " + km + " km");
    }

    /**
     * The category of a distance in metres, compared with the category edges converted to metres
     * ({@link Interval#containsMeters}), so that a distance and its band never disagree at an edge.
     *
     * @param meters distance (metres), ≥ 0
     */
    public String categoryOfMeters(double meters) {
        for (Category c : categories) {
            if (c.interval().containsMeters(meters)) {
                return c.name();
            }
        }
        throw new IllegalStateException("categories do not cover " + meters + " m");
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
        if (!(innerKm >= 0) || !(outerKm > innerKm)) {
            throw new IllegalArgumentException("band must have 0 <= inner < outer km, got ["
                    + innerKm + ", " + outerKm + "]");
        }
        List<String> names = new ArrayList<>();
        for (Category c : categories) {
            if (c.interval().overlapsOpen(innerKm, outerKm) && !names.contains(c.name())) {
                names.add(c.name());
            }
        }
        return String.join(" / ", names);
    }

    /**
     * Whether a range equal to {@code km} belongs to the category that starts there (true), to
     * the one that ends there (false), or is no edge of this set (empty).
     *
     * @param km a range (kilometres)
     */
    public java.util.Optional<Boolean> edgeGoesUp(double km) {
        for (Category c : categories) {
            if (c.lowerKm() == km) {
                return java.util.Optional.of(c.interval().lowerInclusive());
            }
        }
        return java.util.Optional.empty();
    }

    private static void checkPartition(List<Category> cs) {
        if (cs.isEmpty()) {
            throw new IllegalArgumentException("a category set needs at least one category");
        }
        Interval first = cs.get(0).interval();
        if (first.lowerKm() != 0 || !first.lowerInclusive()) {
            throw new IllegalArgumentException("categories must start at 0 km inclusive, got " + cs.get(0));
        }
        for (int i = 1; i < cs.size(); i++) {
            Interval a = cs.get(i - 1).interval();
            Interval b = cs.get(i).interval();
            if (a.upperKm() != b.lowerKm() || a.upperInclusive() == b.lowerInclusive()) {
                throw new IllegalArgumentException("categories must meet with exactly one of them holding the edge, got "
                        + cs.get(i - 1) + " then " + cs.get(i));
            }
        }
        if (!cs.get(cs.size() - 1).interval().isUnbounded()) {
            throw new IllegalArgumentException("the last category must be unbounded, got " + cs.get(cs.size() - 1));
        }
    }
}

package org.rangekit.range;

/**
 * A named interval of ranges, e.g. the INF Treaty's shorter range [500, 1,000] km.
 *
 * @param name e.g. {@code "shorter-range (INF)"}, not blank
 * @param interval the ranges it holds (kilometres), edges explicit
 */
public record Category(String name, Interval interval) {

    public Category {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("category name must not be blank");
        }
        if (interval == null) {
            throw new IllegalArgumentException("category '" + name + "' needs an interval");
        }
        name = name.strip();
    }

    /**
     * @param name the category's name
     * @param lowerKm lower end (kilometres), ≥ 0
     * @param lowerInclusive whether a range of exactly {@code lowerKm} belongs here
     * @param upperKm upper end (kilometres), may be +∞
     * @param upperInclusive whether a range of exactly {@code upperKm} belongs here
     */
    public Category(String name, double lowerKm, boolean lowerInclusive, double upperKm, boolean upperInclusive) {
        this(name, new Interval(lowerKm, lowerInclusive, upperKm, upperInclusive));
    }

    /** The lower end (kilometres). */
    public double lowerKm() {
        return interval.lowerKm();
    }

    /** The upper end (kilometres), may be +∞. */
    public double upperKm() {
        return interval.upperKm();
    }

    /** True when a range of {@code km} belongs to this category, honouring the edges. */
    public boolean contains(double km) {
        return interval.contains(km);
    }

    @Override
    public String toString() {
        return name + " " + interval.toBracketText();
    }
}

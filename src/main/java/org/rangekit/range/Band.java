package org.rangekit.range;

import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/**
 * The annulus between two geodesic ranges of one centre; an inner radius of 0 makes it a disc.
 *
 * <p>Edge semantics (which of the two edges belongs to the band) are a matter for the threshold
 * set that names the band, not for the geometry: {@link #contains(GeoPoint, boolean, boolean)}
 * takes them explicitly.
 *
 * @param centre the launch point
 * @param innerMeters inner radius (metres), ≥ 0
 * @param outerMeters outer radius (metres), &gt; inner
 * @param earth the figure on which distance is measured
 */
public record Band(GeoPoint centre, double innerMeters, double outerMeters, EarthModel earth) {

    public Band {
        if (centre == null || earth == null) {
            throw new IllegalArgumentException("centre and earth model are required");
        }
        if (!(innerMeters >= 0) || Double.isInfinite(innerMeters)) {
            throw new IllegalArgumentException("inner radius must be a finite number >= 0 m, got " + innerMeters);
        }
        if (!(outerMeters > innerMeters) || Double.isInfinite(outerMeters)) {
            throw new IllegalArgumentException("outer radius must be a finite number > inner radius "
                    + innerMeters + " m, got " + outerMeters);
        }
    }

    /** True for a band whose inner radius is 0. */
    public boolean isDisc() {
        return innerMeters == 0;
    }

    /** The outer ring. */
    public Ring outer() {
        return new Ring(centre, outerMeters, earth);
    }

    /** The inner ring; undefined for a disc. */
    public Ring inner() {
        if (isDisc()) {
            throw new IllegalStateException("a disc has no inner ring");
        }
        return new Ring(centre, innerMeters, earth);
    }

    /**
     * Membership by exact geodesic distance with explicit edge semantics.
     *
     * @param innerInclusive whether a point at exactly the inner radius belongs to the band
     * @param outerInclusive whether a point at exactly the outer radius belongs to the band
     */
    public boolean contains(GeoPoint p, boolean innerInclusive, boolean outerInclusive) {
        return Interval.between(earth.distanceMeters(centre, p), innerMeters, innerInclusive, outerMeters,
                outerInclusive);
    }
}

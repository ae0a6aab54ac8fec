package org.rangekit.coverage;

import org.rangekit.range.Reach;

/**
 * One target classified against the nearest of the sites.
 *
 * @param target the target
 * @param site index of the nearest site in the list given to the classifier
 * @param distanceMeters geodesic distance from that site (metres); for an area target the distance
 *     to its nearest point (0 when the site lies inside)
 * @param band index of the band holding the distance in the scheme, or {@link BandScheme#NONE}
 * @param category category of a missile whose range equals the distance (e.g. INF shorter-range)
 * @param reach whether the target is certainly, possibly or not within the farthest range from any site,
 *     given the sites' position uncertainty and a range known as an interval ({@link Reach#of})
 */
public record TargetResult(Target target, int site, double distanceMeters, int band, String category, Reach reach) {

    /** The range a missile from the site needs to reach the target (metres): the distance itself. */
    public double neededRangeMeters() {
        return distanceMeters;
    }
}

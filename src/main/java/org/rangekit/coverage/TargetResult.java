package org.rangekit.coverage;

/**
 * One target classified against the nearest of the sites.
 *
 * @param target the target
 * @param site index of the nearest site in the list given to the classifier
 * @param distanceMeters geodesic distance from that site (metres); for an area target the distance
 *     to its nearest point (0 when the site lies inside)
 * @param band index of the band holding the distance in the scheme, or {@link BandScheme#NONE}
 * @param category category of a missile whose range equals the distance (e.g. INF shorter-range)
 */
public record TargetResult(Target target, int site, double distanceMeters, int band, String category) {

    /** The range a missile from the site needs to reach the target (metres): the distance itself. */
    public double neededRangeMeters() {
        return distanceMeters;
    }
}

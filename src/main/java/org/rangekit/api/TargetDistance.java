package org.rangekit.api;

import org.rangekit.range.Reach;
import java.util.List;
import org.rangekit.coverage.BandScheme;
import org.rangekit.coverage.Target;
import org.rangekit.coverage.TargetResult;
import org.rangekit.range.Site;

/**
 * One target classified against the bands of one or more sites.
 *
 * <p>Example:
 * <pre>{@code
 * Site ky = new Site("ky", "Kapustin Yar", GeoPoint.of(48.58175, 45.74481), "", 0);
 * TargetDistance t = Coverage.classify(List.of(ky), ThresholdSet.inf(),
 *         List.of(Target.point("Kyiv", "UKR", 50.45, 30.524, 2_797_553))).get(0);
 * System.out.println(t.distanceKm() + " km, " + t.band() + ", " + t.category());
 * }</pre>
 *
 * @param target the target
 * @param site the nearest site
 * @param distanceKm geodesic distance from that site (km); for an area target to its nearest point,
 *                   0 when the site lies inside
 * @param band label of the band the target lies in (e.g. {@code "500–1000 km"}), or null for none
 * @param category category of the distance (e.g. {@code "shorter-range (INF)"})
 * @param neededRangeKm the range a missile from that site needs to reach the target (km)
 * @param reach whether the target is certainly, possibly or not within the set's farthest range from any
 *     site, given the sites' position uncertainty ({@link Reach#of})
 */
public record TargetDistance(Target target, Site site, double distanceKm, String band, String category,
                             double neededRangeKm, Reach reach) {

    static TargetDistance of(TargetResult r, List<Site> sites, BandScheme scheme) {
        return new TargetDistance(r.target(), sites.get(r.site()), r.distanceMeters() / 1000,
                r.band() < 0 ? null : scheme.band(r.band()).label(), r.category(), r.neededRangeMeters() / 1000,
                r.reach());
    }

    static List<TargetDistance> of(List<TargetResult> results, List<Site> sites, BandScheme scheme) {
        return results.stream().map(r -> of(r, sites, scheme)).toList();
    }
}

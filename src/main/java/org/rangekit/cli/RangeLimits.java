package org.rangekit.cli;

import java.util.List;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geometry.RingPolygons;
import org.rangekit.range.Site;
import org.rangekit.range.Threshold;
import org.rangekit.range.ThresholdSet;

/**
 * Checks, before anything is computed, that every range gives a well-defined ring from every
 * site: not beyond the globe (the antipodal distance), and not past the cut locus, where
 * geodesics from the site stop being shortest (see
 * {@link RingPolygons#wellDefinedRadiusMeters}). A ring of exactly the antipodal distance is the
 * whole globe and is allowed.
 *
 * <p>The cut-locus search costs about 10,000 geodesic problems per site, so it runs only for
 * radii above π·b (19,970 km on WGS84), below which every ring is well defined.
 */
final class RangeLimits {

    private RangeLimits() {
    }

    /** {@link #check(String, String, List, List, EarthModel)} for every range of {@code set}. */
    static void check(String option, String value, List<Site> sites, ThresholdSet set, EarthModel earth) {
        check(option, value, sites, set.thresholds().stream().map(Threshold::radiusMeters).toList(), earth);
    }

    /**
     * @param option the option that gave the ranges, for the message (e.g. {@code --range})
     * @param value the text given to it
     * @param sites the ring centres
     * @param radiiMeters the ranges (metres)
     * @param earth the earth model
     * @throws BadInputException naming the option, the site and its limit (km)
     */
    static void check(String option, String value, List<Site> sites, List<Double> radiiMeters, EarthModel earth) {
        double largest = radiiMeters.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double onsetM = Math.PI * earth.equatorialRadiusMeters() * (1 - earth.flattening());
        for (Site s : sites) {
            double maxM = RingPolygons.maxRadiusMeters(s.point(), earth);
            if (largest > maxM) {
                throw BadInputException.of(option, value, "range " + Threshold.formatKm(largest / 1000)
                        + " km is beyond the globe: the farthest point from " + s.id() + " is "
                        + km(maxM) + " km away on " + earth.label());
            }
            if (largest <= onsetM) {
                continue;
            }
            double limitM = RingPolygons.wellDefinedRadiusMeters(s.point(), earth);
            for (double r : radiiMeters) {
                if (r > limitM && r < maxM) {
                    throw BadInputException.of(option, value, "range " + Threshold.formatKm(r / 1000)
                            + " km is past the cut locus of " + s.id() + ", where geodesics stop being shortest: "
                            + "rings from it are well defined up to " + km(limitM) + " km on " + earth.label()
                            + " (the farthest point is " + km(maxM) + " km away)");
                }
            }
        }
    }

    private static String km(double meters) {
        return DistanceCommand.fixed(meters / 1000.0, 3);
    }
}

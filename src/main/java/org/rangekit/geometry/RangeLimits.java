package org.rangekit.geometry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.range.Interval;
import org.rangekit.range.RangeEstimate;
import org.rangekit.range.Reach;
import org.rangekit.range.Site;
import org.rangekit.range.Threshold;
import org.rangekit.range.ThresholdSet;

/**
 * Whether every range gives a well-defined ring from every site, checked before anything is
 * computed: a range may not exceed the antipodal distance ({@link RingPolygons#maxRadiusMeters}),
 * and may not lie past the cut locus, where geodesics from the site stop being shortest
 * ({@link RingPolygons#wellDefinedRadiusMeters}). A ring of exactly the antipodal distance is the
 * whole globe and is allowed.
 *
 * <p>Example:
 * <pre>{@code
 * Site ky = new Site("kapustin-yar", "Kapustin Yar", GeoPoint.of(48.58175, 45.74481), "", 0);
 * RangeLimits.check(List.of(ky), List.of(500_000.0), EarthModel.WGS84);        // fine
 * RangeLimits.violation(List.of(ky), List.of(19_995_000.0), EarthModel.WGS84); // "range 19995 km is past the cut locus of kapustin-yar, ..."
 * }</pre>
 *
 * <h2>Cost</h2>
 * The cut-locus search costs about 10,000 geodesic problems per site, so it runs only when a
 * radius exceeds the onset π·b (19,970 km on WGS84), below which every ring is well defined.
 *
 * <p>Thread safety: stateless.
 */
public final class RangeLimits {

    private RangeLimits() {
    }

    /**
     * The first range that gives no well-defined ring from one of the sites, as a message naming the
     * range, the site and its limit (km, 3 decimals) on {@code earth}; empty when every ring is well
     * defined.
     *
     * @param sites the ring centres
     * @param radiiMeters the ranges (metres)
     * @param earth the earth model
     * @return the message, or empty
     */
    public static Optional<String> violation(List<Site> sites, List<Double> radiiMeters, EarthModel earth) {
        double largest = radiiMeters.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double onsetM = RingPolygons.cutLocusOnsetMeters(earth);
        for (Site s : sites) {
            double maxM = RingPolygons.maxRadiusMeters(s.point(), earth);
            if (largest > maxM) {
                return Optional.of("range " + Threshold.formatKm(largest / 1000)
                        + " km is beyond the globe: the farthest point from " + s.id() + " is "
                        + km(maxM) + " km away on " + earth.label());
            }
            if (largest <= onsetM) {
                continue;
            }
            double limitM = RingPolygons.wellDefinedRadiusMeters(s.point(), earth);
            for (double r : radiiMeters) {
                if (r > limitM && r < maxM) {
                    return Optional.of("range " + Threshold.formatKm(r / 1000)
                            + " km is past the cut locus of " + s.id() + ", where geodesics stop being shortest: "
                            + "rings from it are well defined up to " + km(limitM) + " km on " + earth.label()
                            + " (the farthest point is " + km(maxM) + " km away)");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@link #violation(List, List, EarthModel)} for every range of {@code set}, and for each site the
     * outer edges of its "possibly in range" bands ({@link Reach#possiblyBandKm}: r + u), which are
     * drawn and exported as rings too.
     */
    public static Optional<String> violation(List<Site> sites, ThresholdSet set, EarthModel earth) {
        Optional<String> v = violation(sites, radii(set), earth);
        for (int i = 0; i < sites.size() && v.isEmpty(); i++) {
            Site s = sites.get(i);
            List<Double> outer = new java.util.ArrayList<>();
            for (RangeEstimate r : set.rangeValues()) {
                Interval b = Reach.possiblyBandKm(r, s.uncertaintyKm());
                if (b != null) {
                    outer.add(b.upperMeters());
                }
            }
            v = violation(List.of(s), outer, earth).map(m -> m + " (the outer edge of the band where targets are "
                    + "possibly in range, the range plus the site's uncertainty of " + km(s.uncertaintyKm() * 1000)
                    + " km)");
        }
        return v;
    }

    /**
     * Throws when {@link #violation(List, List, EarthModel)} finds a range without a well-defined ring.
     *
     * @param sites the ring centres
     * @param radiiMeters the ranges (metres)
     * @param earth the earth model
     * @throws IllegalArgumentException with the message of {@link #violation(List, List, EarthModel)}
     */
    public static void check(List<Site> sites, List<Double> radiiMeters, EarthModel earth) {
        Optional<String> v = violation(sites, radiiMeters, earth);
        if (v.isPresent()) {
            throw new IllegalArgumentException(v.get());
        }
    }

    /** {@link #check(List, List, EarthModel)} for every range of {@code set}. */
    public static void check(List<Site> sites, ThresholdSet set, EarthModel earth) {
        Optional<String> v = violation(sites, set, earth);
        if (v.isPresent()) {
            throw new IllegalArgumentException(v.get());
        }
    }

    private static List<Double> radii(ThresholdSet set) {
        return set.thresholds().stream().map(Threshold::radiusMeters).toList();
    }

    private static String km(double meters) {
        return BigDecimal.valueOf(meters / 1000.0).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}

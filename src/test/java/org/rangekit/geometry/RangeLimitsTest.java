package org.rangekit.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.Test;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;

/**
 * The range limits against references that do not go through {@link RingPolygons}: the published
 * WGS84 meridian, the sphere's half circumference, and a plain GeographicLib direct/inverse loop
 * that finds a geodesic which is no longer shortest.
 */
class RangeLimitsTest {

    /** WGS84 quarter meridian (metres), NGA TR8350.2 / GeographicLib's {@code GeodSolve}: 10,001,965.729 m. */
    static final double QUARTER_MERIDIAN_M = 10_001_965.729;

    /** The half-meridian reference is given to 1 mm; the antipodal search agrees to far better. */
    static final double MERIDIAN_TOL_M = 2e-3;

    /** A geodesic is "not shortest" when the inverse comes back this much shorter (above GeographicLib's 15 nm). */
    static final double SHORTER_BY_M = 1e-3;

    static final Site KY = new Site("kapustin-yar", "Kapustin Yar", GeoPoint.of(48.58175, 45.74481), "", 50);
    static final Site EQ = new Site("eq", "Equator", GeoPoint.of(0, 0), "", 0);

    @Test
    void theFarthestPointIsHalfAMeridianAwayOnWgs84() {
        for (Site s : List.of(KY, EQ)) {
            assertEquals(2 * QUARTER_MERIDIAN_M, RingPolygons.maxRadiusMeters(s.point(), EarthModel.WGS84),
                    MERIDIAN_TOL_M, s.id());
        }
    }

    @Test
    void beyondTheGlobeNamesTheSiteAndItsFarthestPoint() {
        Optional<String> v = RangeLimits.violation(List.of(KY), List.of(500_000.0, 20_004_000.0), EarthModel.WGS84);
        assertEquals(Optional.of("range 20004 km is beyond the globe: the farthest point from kapustin-yar is "
                + "20003.931 km away on WGS84"), v);
        double piR = Math.PI * 6_371_008.8;
        Optional<String> sphere = RangeLimits.violation(List.of(EQ), List.of(piR + 10), EarthModel.SPHERE);
        assertTrue(sphere.orElseThrow().endsWith(" km is beyond the globe: the farthest point from eq is 20015.114 km "
                + "away on sphere"), sphere.get());
    }

    @Test
    void theWholeGlobeIsAllowedAndTheSphereHasNoCutLocusBeforeIt() {
        for (EarthModel earth : EarthModel.values()) {
            double max = RingPolygons.maxRadiusMeters(KY.point(), earth);
            assertEquals(Optional.empty(), RangeLimits.violation(List.of(KY), List.of(max), earth), earth.label());
        }
        double sphereMax = RingPolygons.maxRadiusMeters(EQ.point(), EarthModel.SPHERE);
        assertEquals(Optional.empty(), RangeLimits.violation(List.of(EQ), List.of(sphereMax - 1), EarthModel.SPHERE));
    }

    @Test
    void pastTheCutLocusNamesTheSitesLimit() {
        // Limits as in CutLocusInputTest (checked against GeodSolve there): 19,989.182 km at Kapustin Yar,
        // 19,970.332 km on the equator.
        assertEquals(Optional.of("range 19995 km is past the cut locus of kapustin-yar, where geodesics stop being "
                        + "shortest: rings from it are well defined up to 19989.182 km on WGS84 (the farthest point "
                        + "is 20003.931 km away)"),
                RangeLimits.violation(List.of(KY), List.of(480_000.0, 19_995_000.0), EarthModel.WGS84));
        String eq = RangeLimits.violation(List.of(EQ), List.of(20_003_000.0), EarthModel.WGS84).orElseThrow();
        assertTrue(eq.contains("past the cut locus of eq") && eq.contains("up to 19970.332 km"), eq);
        assertEquals(Optional.empty(), RangeLimits.violation(List.of(KY), List.of(19_980_000.0), EarthModel.WGS84));
    }

    @Test
    void aRangeRefusedPastTheCutLocusHasAGeodesicThatIsNotShortest() {
        double r = 19_995_000.0;
        assertTrue(RangeLimits.violation(List.of(KY), List.of(r), EarthModel.WGS84).isPresent());
        assertTrue(someGeodesicIsNotShortest(KY.point(), r), "a brute-force azimuth loop finds a shortcut at " + r);
        double ok = 19_985_000.0;
        assertEquals(Optional.empty(), RangeLimits.violation(List.of(KY), List.of(ok), EarthModel.WGS84));
        assertTrue(!someGeodesicIsNotShortest(KY.point(), ok), "every geodesic of " + ok + " m is shortest");
    }

    @Test
    void checkThrowsTheSameMessageAndTakesAThresholdSet() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RangeLimits.check(List.of(KY), ThresholdSet.custom(List.of(480.0, 19_995.0)), EarthModel.WGS84));
        assertTrue(e.getMessage().startsWith("range 19995 km is past the cut locus of kapustin-yar"), e.getMessage());
        RangeLimits.check(List.of(KY, EQ), ThresholdSet.inf(), EarthModel.WGS84);
        assertEquals(Optional.empty(), RangeLimits.violation(List.of(KY, EQ), ThresholdSet.inf(), EarthModel.WGS84));
    }

    /** Direct to {@code s} along every 0.5° azimuth, then inverse back: is any point nearer than {@code s}? */
    private static boolean someGeodesicIsNotShortest(GeoPoint c, double s) {
        var g = EarthModel.WGS84.geodesic();
        for (double az = 0; az < 360; az += 0.5) {
            var d = g.Direct(c.latDeg(), c.lonDeg(), az, s, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
            double back = g.Inverse(c.latDeg(), c.lonDeg(), d.lat2, d.lon2, GeodesicMask.DISTANCE).s12;
            if (back < s - SHORTER_BY_M) {
                return true;
            }
        }
        return false;
    }
}

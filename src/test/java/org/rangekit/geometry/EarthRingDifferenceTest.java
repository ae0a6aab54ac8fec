package org.rangekit.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.Test;
import org.rangekit.Slow;
import org.rangekit.geodesy.GeoPoint;

/**
 * {@link EarthRingDifference} against a brute force that uses GeographicLib directly: sphere ring
 * points by the direct problem with flattening 0, and their nearest WGS84 ring point by scanning the
 * WGS84 ring (no use of the distance-to-ring formula the code relies on).
 */
class EarthRingDifferenceTest {

    /** Agreement between the code and the brute force (metres). */
    private static final double TOLERANCE_M = EarthRingDifference.TOLERANCE_METERS;

    private static final Geodesic SPHERE = new Geodesic(6_371_008.8, 0);
    private static final Geodesic WGS84 = Geodesic.WGS84;

    private record Case(double lat, double lon, double rangeM) {
    }

    @Test
    @Slow
    void matchesBruteForceOverTheGlobe() {
        Random rnd = new Random(20261202L);
        List<Case> cases = new ArrayList<>(List.of(
                new Case(90, 0, 5_500_000), new Case(-90, 17, 19_000_000), new Case(0, 180, 1_000),
                new Case(0, -180, 19_000_000), new Case(89.999, -179.9, 10_000_000),
                new Case(48.58175, 45.74481, 5_500_000), new Case(-33.9, 151.2, 500_000)));
        double[] ranges = {1_000, 50_000, 500_000, 2_000_000, 5_500_000, 10_000_000, 15_000_000, 19_000_000};
        for (int i = 0; i < 10; i++) {
            double lat = Math.toDegrees(Math.asin(2 * rnd.nextDouble() - 1));
            cases.add(new Case(lat, 360 * rnd.nextDouble() - 180, ranges[rnd.nextInt(ranges.length)]));
        }
        for (Case c : cases) {
            GeoPoint site = GeoPoint.of(c.lat, c.lon);
            EarthRingDifference.Result r = EarthRingDifference.of(site, c.rangeM);
            String what = c + " -> " + r;
            // the reported point is as far from the WGS84 ring as reported
            double atMax = bruteDistanceToWgs84Ring(c, r.azimuthDeg());
            assertEquals(atMax, r.meters(), TOLERANCE_M, what);
            // and no sampled sphere ring point is farther
            double offset = rnd.nextDouble() * 10;
            for (double az = offset; az < 360; az += 10) {
                double d = bruteDistanceToWgs84Ring(c, az);
                assertTrue(d <= r.meters() + TOLERANCE_M, what + ": at azimuth " + az + " brute force " + d);
            }
        }
    }

    @Test
    void sphereRingIsInsideTowardThePolesAtTheEquatorialSite() {
        // on the equator, a 5,000 km ring toward the pole: the sphere's R is smaller than the equatorial
        // radius but the WGS84 meridian degree is shorter near the pole; the difference must be km, not m or 100s of km
        EarthRingDifference.Result r = EarthRingDifference.of(GeoPoint.of(0, 0), 5_000_000);
        assertTrue(r.meters() > 1_000 && r.meters() < 50_000, r.toString());
    }

    @Test
    void refusesNonPositiveRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EarthRingDifference.of(GeoPoint.of(0, 0), 0));
        assertTrue(e.getMessage().contains("got 0"), e.getMessage());
    }

    /** WGS84 distance from the sphere ring point at azimuth {@code az} to the nearest WGS84 ring point, by scanning. */
    private static double bruteDistanceToWgs84Ring(Case c, double az) {
        GeodesicData p = SPHERE.Direct(c.lat, c.lon, az, c.rangeM, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
        double bestBeta = 0;
        double best = Double.POSITIVE_INFINITY;
        double step = 0.5;
        double from = 0;
        int n = 720;
        for (int pass = 0; pass < 4; pass++) {
            for (int i = 0; i <= n; i++) {
                double beta = from + i * step;
                GeodesicData q = WGS84.Direct(c.lat, c.lon, beta, c.rangeM,
                        GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
                double d = WGS84.Inverse(p.lat2, p.lon2, q.lat2, q.lon2, GeodesicMask.DISTANCE).s12;
                if (d < best) {
                    best = d;
                    bestBeta = beta;
                }
            }
            from = bestBeta - 2 * step;
            step = 4 * step / 200;
            n = 200;
        }
        return best;
    }
}

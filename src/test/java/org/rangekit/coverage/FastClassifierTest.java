package org.rangekit.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.Test;
import org.rangekit.Slow;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

@Slow
class FastClassifierTest {

    /** Points placed by the direct problem sit this close to the intended distance (metres): GeographicLib round trip. */
    static final double PLACEMENT_TOL_M = 1e-6;

    static final GeoPoint KAPUSTIN_YAR = GeoPoint.of(48.5860, 45.7180);
    static final List<GeoPoint> SITES = List.of(
            KAPUSTIN_YAR,
            GeoPoint.of(90, 0),          // north pole
            GeoPoint.of(-89.9999, 179.9999),
            GeoPoint.of(0, 180),         // on the antimeridian at the equator
            GeoPoint.of(54.7, 20.5),     // Kaliningrad
            GeoPoint.of(-33.9, 151.2));

    /** Uniform on the sphere, with a share of poles, the ±180° meridian and the equator mixed in. */
    static TargetPoints randomTargets(long seed, int n) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] lat = new double[n];
        double[] lon = new double[n];
        for (int i = 0; i < n; i++) {
            lat[i] = Math.toDegrees(Math.asin(rnd.nextDouble(-1, 1)));
            lon[i] = rnd.nextDouble(-180, 180);
            switch (i % 97) {
                case 0 -> lat[i] = 90;
                case 1 -> lat[i] = -90;
                case 2 -> lon[i] = 180;
                case 3 -> lon[i] = -180;
                case 4 -> lat[i] = 0;
                default -> { }
            }
        }
        return new TargetPoints(EarthModel.WGS84, lat, lon);
    }

    @Test
    void millionRandomPointsEqualExactClassificationFromKapustinYar() {
        TargetPoints t = randomTargets(20261129L, 1_000_000);
        BandScheme inf = Schemes.inf();
        FastClassifier fc = FastClassifier.of(KAPUSTIN_YAR, inf, t);
        int[] fast = new int[t.size()];
        int exactCalls = fc.classifyInto(t, 0, t.size(), fast);
        int[] counts = new int[inf.size() + 1];
        for (int i = 0; i < t.size(); i++) {
            int ref = ExactOracle.band(fc, t, i);
            assertEquals(ref, fast[i], "target " + i + " at " + t.latDeg(i) + ", " + t.lonDeg(i));
            counts[ref + 1]++;
        }
        assertTrue(counts[1] > 0 && counts[2] > 0, "both bands populated");
        // The uncertain zones of the INF edges cover ≈ 0.12 % of the sphere; 1 % leaves room.
        assertTrue(exactCalls < t.size() / 100, "exact calls " + exactCalls);
    }

    @Test
    void randomPointsEqualExactClassificationFromPolarAndAntimeridianSites() {
        TargetPoints t = randomTargets(7L, 200_000);
        BandScheme[] schemes = {Schemes.inf(), BandScheme.disc("480 km", 480e3),
            new BandScheme("far", List.of(new BandRule("far", "far", 15_000e3, false, 19_990e3, true)))};
        for (GeoPoint site : SITES) {
            for (BandScheme s : schemes) {
                FastClassifier fc = FastClassifier.of(site, s, t);
                for (int i = 0; i < t.size(); i++) {
                    assertEquals(ExactOracle.band(fc, t, i), fc.classify(t, i), site + " " + s.name() + " target " + i);
                }
            }
        }
    }

    @Test
    void sphereModelEqualsExactClassification() {
        TargetPoints w = randomTargets(11L, 100_000);
        double[] lat = new double[w.size()];
        double[] lon = new double[w.size()];
        for (int i = 0; i < w.size(); i++) {
            lat[i] = w.latDeg(i);
            lon[i] = w.lonDeg(i);
        }
        TargetPoints t = new TargetPoints(EarthModel.SPHERE, lat, lon);
        for (GeoPoint site : SITES) {
            FastClassifier fc = FastClassifier.of(site, Schemes.inf(), t);
            for (int i = 0; i < t.size(); i++) {
                assertEquals(ExactOracle.band(fc, t, i), fc.classify(t, i), site + " target " + i);
            }
        }
    }

    @Test
    void pointsWithinAMetreOfEachEdgeEqualExactClassification() {
        double[] offsets = {-1, -1e-3, -1e-6, 0, 1e-6, 1e-3, 1};
        BandScheme inf = Schemes.inf();
        Geodesic g = Geodesic.WGS84;
        for (GeoPoint site : SITES) {
            int azimuths = 720;
            double[] edges = inf.edgesMeters();
            int n = azimuths * edges.length * offsets.length;
            double[] lat = new double[n];
            double[] lon = new double[n];
            double[] intended = new double[n];
            int m = 0;
            for (double edge : edges) {
                for (int a = 0; a < azimuths; a++) {
                    for (double off : offsets) {
                        GeoPoint p = EarthModel.WGS84.direct(site, a * 0.5 - 180, edge + off);
                        lat[m] = p.latDeg();
                        lon[m] = p.lonDeg();
                        intended[m++] = edge + off;
                    }
                }
            }
            TargetPoints t = new TargetPoints(EarthModel.WGS84, lat, lon);
            FastClassifier fc = FastClassifier.of(site, inf, t);
            int below = 0;
            int above = 0;
            int on = 0;
            for (int i = 0; i < n; i++) {
                double d = g.Inverse(site.latDeg(), site.lonDeg(), lat[i], lon[i], GeodesicMask.DISTANCE).s12;
                assertEquals(intended[i], d, PLACEMENT_TOL_M, "placement re-verified");
                assertEquals(inf.bandOf(d), fc.classify(t, i), site + " target at " + d + " m");
                double nearest = nearestEdge(edges, d);
                if (d < nearest) {
                    below++;
                } else if (d > nearest) {
                    above++;
                } else {
                    on++;
                }
            }
            assertTrue(below > 0 && above > 0, "both sides of the edges are exercised");
            assertTrue(below + above + on == n);
        }
    }

    /** A scheme whose edges are the exact distances of the probe points themselves: points exactly on edges. */
    @Test
    void pointsExactlyOnAnEdgeFollowInclusiveness() {
        TargetPoints t = randomTargets(99L, 2_000);
        for (GeoPoint site : SITES) {
            FastClassifier probe = FastClassifier.of(site, Schemes.inf(), t);
            for (int i = 0; i < t.size(); i += 7) {
                double d = ExactOracle.distanceMeters(site, t, i);
                if (!(d > 10)) {
                    continue;
                }
                BandScheme closedOpen = new BandScheme("x", List.of(
                        new BandRule("a", "a", d / 2, true, d, true),
                        new BandRule("b", "b", d, false, d * 1.5 + 1, true)));
                BandScheme openClosed = new BandScheme("y", List.of(
                        new BandRule("a", "a", d / 2, true, d, false),
                        new BandRule("b", "b", d, true, d * 1.5 + 1, true)));
                assertEquals(0, FastClassifier.of(site, closedOpen, t).classify(t, i));
                assertEquals(1, FastClassifier.of(site, openClosed, t).classify(t, i));
            }
        }
    }

    private static double nearestEdge(double[] edges, double d) {
        double best = edges[0];
        for (double e : edges) {
            if (Math.abs(e - d) < Math.abs(best - d)) {
                best = e;
            }
        }
        return best;
    }
}

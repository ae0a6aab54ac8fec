package org.rangekit.coverage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rangekit.Slow;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/**
 * The streamed path ({@link FastClassifier#classifyInto(double[], double[], int, int, int[])}: raw
 * latitudes and longitudes, Taylor trigonometry) against the exact classification, on the same
 * seeded points as {@link FastClassifierTest} and on points within a metre of each edge.
 */
@Slow
class StreamedClassificationTest {

    private static double[][] latLon(TargetPoints t) {
        double[] lat = new double[t.size()];
        double[] lon = new double[t.size()];
        for (int i = 0; i < t.size(); i++) {
            lat[i] = t.latDeg(i);
            lon[i] = t.lonDeg(i);
        }
        return new double[][] {lat, lon};
    }

    /** Seed 20261129, 1,000,000 points (poles, ±180° and the equator mixed in), INF bands from Kapustin Yar. */
    @Test
    void millionRandomPointsEqualExactClassificationFromKapustinYar() {
        TargetPoints t = FastClassifierTest.randomTargets(20261129L, 1_000_000);
        double[][] ll = latLon(t);
        BandScheme inf = Schemes.inf();
        FastClassifier fc = FastClassifier.of(FastClassifierTest.KAPUSTIN_YAR, inf, t);
        int[] streamed = new int[t.size()];
        int exactCalls = fc.classifyInto(ll[0], ll[1], 0, t.size(), streamed);
        long[] counts = new long[inf.size() + 1];
        long[] refCounts = new long[inf.size() + 1];
        fc.countInto(ll[0], ll[1], 0, t.size(), counts);
        for (int i = 0; i < t.size(); i++) {
            int ref = ExactOracle.band(fc, t, i);
            assertEquals(ref, streamed[i], "target " + i + " at " + ll[0][i] + ", " + ll[1][i]);
            refCounts[ref + 1]++;
        }
        assertArrayEquals(refCounts, counts);
        // Same uncertain zones as the prepared path (≈ 0.12 % of the sphere); 1 % leaves room.
        assertTrue(exactCalls < t.size() / 100, "exact calls " + exactCalls);
    }

    /** Seed 7, 200,000 points, from poles, the antimeridian and elsewhere, three schemes, WGS84 and sphere. */
    @Test
    void randomPointsEqualExactClassificationFromAllSitesAndFigures() {
        TargetPoints w = FastClassifierTest.randomTargets(7L, 200_000);
        double[][] ll = latLon(w);
        BandScheme[] schemes = {Schemes.inf(), BandScheme.disc("480 km", 480e3),
            new BandScheme("far", List.of(new BandRule("far", "far", 15_000e3, false, 19_990e3, true)))};
        for (EarthModel earth : List.of(EarthModel.WGS84, EarthModel.SPHERE)) {
            TargetPoints t = new TargetPoints(earth, ll[0], ll[1]);
            for (GeoPoint site : FastClassifierTest.SITES) {
                for (BandScheme s : schemes) {
                    FastClassifier fc = FastClassifier.of(site, s, t);
                    int[] streamed = new int[t.size()];
                    fc.classifyInto(ll[0], ll[1], 0, t.size(), streamed);
                    for (int i = 0; i < t.size(); i++) {
                        assertEquals(ExactOracle.band(fc, t, i), streamed[i], site + " " + s.name() + " target " + i);
                    }
                }
            }
        }
    }

    /**
     * Regression: the streamed path took the site's longitude as given, so a site at lon
     * 1125.718° (three turns east of 45.718°) misclassified 1,146 of these 200,000 points. Seed 7;
     * the site's longitude is reduced where the classifier prepares it.
     */
    @Test
    void siteLongitudeOutsideTheUsualRangeIsReduced() {
        TargetPoints t = FastClassifierTest.randomTargets(7L, 200_000);
        double[][] ll = latLon(t);
        BandScheme inf = Schemes.inf();
        GeoPoint unreduced = GeoPoint.of(48.58, 1125.718);
        FastClassifier fc = FastClassifier.of(unreduced, inf, t);
        int[] streamed = new int[t.size()];
        fc.classifyInto(ll[0], ll[1], 0, t.size(), streamed);
        long[] counts = new long[inf.size() + 1];
        fc.countInto(ll[0], ll[1], 0, t.size(), counts);
        long[] refCounts = new long[inf.size() + 1];
        int wrong = 0;
        for (int i = 0; i < t.size(); i++) {
            int ref = ExactOracle.band(fc, t, i);
            refCounts[ref + 1]++;
            if (ref != streamed[i]) {
                wrong++;
            }
        }
        assertEquals(0, wrong, "points misclassified from a site at lon 1125.718");
        assertArrayEquals(refCounts, counts);
        assertTrue(refCounts[0] < t.size(), "some points are in a band");
    }

    /** 720 azimuths × each INF edge × offsets from −1 m to +1 m, from every test site. */
    @Test
    void pointsWithinAMetreOfEachEdgeEqualExactClassification() {
        double[] offsets = {-1, -1e-3, -1e-6, 0, 1e-6, 1e-3, 1};
        BandScheme inf = Schemes.inf();
        for (GeoPoint site : FastClassifierTest.SITES) {
            double[] edges = inf.edgesMeters();
            int n = 720 * edges.length * offsets.length;
            double[] lat = new double[n];
            double[] lon = new double[n];
            int m = 0;
            for (double edge : edges) {
                for (int a = 0; a < 720; a++) {
                    for (double off : offsets) {
                        GeoPoint p = EarthModel.WGS84.direct(site, a * 0.5 - 180, edge + off);
                        lat[m] = p.latDeg();
                        lon[m++] = p.lonDeg();
                    }
                }
            }
            TargetPoints t = new TargetPoints(EarthModel.WGS84, lat, lon);
            FastClassifier fc = FastClassifier.of(site, inf, t);
            int[] streamed = new int[n];
            fc.classifyInto(lat, lon, 0, n, streamed);
            for (int i = 0; i < n; i++) {
                assertEquals(ExactOracle.band(fc, t, i), streamed[i], site + " target " + i);
            }
        }
    }

    /**
     * The streamed c² against the one from unit vectors built with Math.sin/cos (error ≈ 1e-15),
     * seed 3, 1,000,000 points, from every test site: the difference stays far inside the stated
     * rounding bound, which itself is inside the slack of {@link SphereBound}.
     */
    @Test
    void streamedChordsStayWithinTheirErrorBound() {
        assertTrue(FastClassifier.STREAMED_CHORD2_ERROR < SphereBound.CHORD2_SLACK);
        TargetPoints t = FastClassifierTest.randomTargets(3L, 1_000_000);
        double[][] ll = latLon(t);
        double worst = 0;
        for (GeoPoint site : FastClassifierTest.SITES) {
            FastClassifier fc = FastClassifier.of(site, Schemes.inf(), t);
            double[] c2 = fc.streamedChord2(ll[0], ll[1]);
            for (int i = 0; i < t.size(); i++) {
                worst = Math.max(worst, Math.abs(c2[i] - fc.preparedChord2(t, i)));
            }
        }
        assertTrue(worst < FastClassifier.STREAMED_CHORD2_ERROR / 10, "worst c² difference " + worst);
    }

    /** Longitudes outside [−180°, 180°] (±360°, ±720°, 10⁶ + …) classify as their normalised twins. */
    @Test
    void unnormalisedLongitudesClassifyAsTheirTwins() {
        TargetPoints t = FastClassifierTest.randomTargets(5L, 20_000);
        double[][] ll = latLon(t);
        double[] shifts = {360, -360, 720, -720, 1_000_080};
        FastClassifier fc = FastClassifier.of(FastClassifierTest.KAPUSTIN_YAR, Schemes.inf(), t);
        int[] ref = new int[t.size()];
        fc.classifyInto(ll[0], ll[1], 0, t.size(), ref);
        for (double shift : shifts) {
            double[] lon = ll[1].clone();
            for (int i = 0; i < lon.length; i++) {
                lon[i] += shift;
            }
            int[] shifted = new int[t.size()];
            fc.classifyInto(ll[0], lon, 0, t.size(), shifted);
            assertArrayEquals(ref, shifted, "shift " + shift);
        }
    }

    @Test
    void badCoordinatesAreRefusedWithTheirIndex() {
        FastClassifier fc = FastClassifier.of(FastClassifierTest.KAPUSTIN_YAR, Schemes.inf(),
                FastClassifierTest.randomTargets(1L, 10));
        double[] lat = {10, 91, 0};
        double[] lon = {10, 10, 0};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fc.classifyInto(lat, lon, 0, 3, new int[3]));
        assertTrue(e.getMessage().contains("point 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> fc.countInto(new double[] {0}, new double[] {Double.NaN}, 0, 1, new long[3]));
    }
}

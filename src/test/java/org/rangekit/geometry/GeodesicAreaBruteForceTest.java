package org.rangekit.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.rangekit.Slow;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.GeodesicAreaTestAreas.TestArea;

/**
 * The exact point-to-area distance against the brute force of {@link AreaBruteForce}, on seeded
 * random points near every edge and vertex of areas with long edges, a hole, a pole inside, a
 * crossing of ±180°, a line and single points.
 */
class GeodesicAreaBruteForceTest {

    /** The exact distance must agree with the brute force within 1 m (the contract). */
    static final double DISTANCE_TOL_M = 1.0;

    @Test
    void sampleOfCases() {
        Stats s = run(new SplittableRandom(7), 100);
        assertTrue(s.maxError <= DISTANCE_TOL_M, s.toString());
    }

    /**
     * Cases of the slow tier: {@value #SLOW_CASES} by default, to keep {@code mvn -B verify} within
     * minutes on a loaded machine; {@code -Drangekit.areaCases=10000} runs the 10,000.
     */
    static final int SLOW_CASES = 2_000;

    @Slow
    @Test
    void seededCases() {
        int n = Integer.getInteger("rangekit.areaCases", SLOW_CASES);
        Stats s = run(new SplittableRandom(20261202), n);
        System.out.println("GeodesicAreaBruteForceTest: " + s);
        assertTrue(s.cases >= n);
        assertTrue(s.maxError <= DISTANCE_TOL_M, s.toString());
        assertTrue(s.longEdgeInterior >= n / 10, "too few nearest points inside long edges: " + s.longEdgeInterior);
        assertTrue(s.maxVertexOnlyError > 10_000, "vertex-only sampling should be off by kilometres here: " + s);
    }

    static final class Stats {
        int cases;
        int inside;
        int longEdgeInterior;
        double maxError;
        double maxVertexOnlyError;
        String worst = "";

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d cases (%d inside, %d nearest points inside edges >= 1,000 km),"
                    + " max |exact - brute force| %.3g m%s, max error of vertex-only sampling %.1f km",
                    cases, inside, longEdgeInterior, maxError, worst, maxVertexOnlyError / 1000);
        }
    }

    static Stats run(SplittableRandom rnd, int n) {
        List<TestArea> areas = GeodesicAreaTestAreas.all();
        Stats st = new Stats();
        EarthModel earth = EarthModel.WGS84;
        GeodesicArea[] built = new GeodesicArea[areas.size()];
        for (int i = 0; i < areas.size(); i++) {
            TestArea t = areas.get(i);
            built[i] = new GeodesicArea(t.rings(), t.lines(), t.points(), earth);
        }
        for (int c = 0; c < n; c++) {
            int ai = c % areas.size();
            TestArea t = areas.get(ai);
            GeodesicArea area = built[ai];
            List<GeodesicEdge> edges = area.edges().stream().filter(e -> e.lengthMeters > 0).toList();
            GeodesicEdge e = edges.get(rnd.nextInt(edges.size()));
            double offset = Math.exp(Math.log(1) + rnd.nextDouble() * (Math.log(300_000) - Math.log(1)));
            GeoPoint p;
            boolean nearVertex = rnd.nextInt(4) == 0;
            if (nearVertex) { // any direction from a vertex: exercises the corners
                GeoPoint v = rnd.nextBoolean() ? e.a : e.b;
                p = earth.direct(v, rnd.nextDouble() * 360, offset);
            } else { // perpendicular to the inside of an edge
                double[] q = e.at(rnd.nextDouble() * e.lengthMeters);
                p = earth.direct(new GeoPoint(q[0], q[1]), q[2] + (rnd.nextBoolean() ? 90 : -90), offset);
            }
            AreaBruteForce.Result ref = AreaBruteForce.distance(t.rings(), t.lines(), t.points(), p, earth);
            AreaDistance got = area.distance(p);
            double err = Math.abs(got.distanceMeters() - ref.distanceMeters());
            st.cases++;
            if (ref.inside()) {
                st.inside++;
            }
            if (err > st.maxError) {
                st.maxError = err;
                st.worst = String.format(Locale.ROOT, " (%s at %s: exact %.3f m inside=%b, brute force %.3f m inside=%b)",
                        t.name(), p, got.distanceMeters(), got.inside(), ref.distanceMeters(), ref.inside());
            }
            if (!got.inside()) {
                // the nearest point must be at the distance claimed
                assertEquals(got.distanceMeters(), earth.distanceMeters(p, got.nearest()), 1e-6, "nearest point of " + p);
                double vertexOnly = vertexOnly(t, p, earth);
                boolean interior = !nearVertex && e.lengthMeters >= 1_000_000 && vertexOnly - ref.distanceMeters() > 1;
                if (interior) {
                    st.longEdgeInterior++;
                    st.maxVertexOnlyError = Math.max(st.maxVertexOnlyError, vertexOnly - ref.distanceMeters());
                }
            }
        }
        return st;
    }

    private static double vertexOnly(TestArea t, GeoPoint p, EarthModel earth) {
        double best = Double.POSITIVE_INFINITY;
        for (List<GeoPoint> r : t.rings()) {
            for (GeoPoint v : r) {
                best = Math.min(best, earth.distanceMeters(p, v));
            }
        }
        for (List<GeoPoint> l : t.lines()) {
            for (GeoPoint v : l) {
                best = Math.min(best, earth.distanceMeters(p, v));
            }
        }
        for (GeoPoint v : t.points()) {
            best = Math.min(best, earth.distanceMeters(p, v));
        }
        return best;
    }
}

package org.rangekit.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.rangekit.Slow;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.GeodesicAreaTestAreas.TestArea;

/**
 * Buffers of areas ({@link AreaBuffer}) against the brute-force distance of {@link AreaBruteForce}:
 * polygon vertices at the buffer distance, edge midpoints within the tolerance of it, and random
 * points near every edge of the area classified as the distance says, for areas with long edges
 * and a hole, a pole inside (a geodesic cap and a flat polygon closed along the pole line), a
 * crossing of ±180°, a line and points.
 */
class AreaBufferBruteForceTest {

    static final double TOL_M = 100;

    @Test
    void acrossTheAntimeridianQuickly() {
        TestArea t = GeodesicAreaTestAreas.all().stream().filter(a -> a.name().equals("across-180")).findFirst().orElseThrow();
        Stats s = check(t, 400_000, new SplittableRandom(11), 20, 30);
        assertTrue(s.worstVertex <= TOL_M && s.worstEdge <= TOL_M && s.misclassified == 0, t.name() + ": " + s);
    }

    @Slow
    @Test
    void everyAreaAtSeveralRadii() {
        SplittableRandom rnd = new SplittableRandom(20261202);
        for (TestArea t : GeodesicAreaTestAreas.all()) {
            for (double r : new double[] {50_000, 1_000_000, 5_500_000}) {
                if (r > 2_000_000 && !t.name().equals("across-180")) {
                    continue; // the largest radius (North Pole inside, across ±180°) on one area: the brute force is slow there
                }
                Stats s = check(t, r, rnd, 100, 200);
                System.out.printf(Locale.ROOT, "AreaBufferBruteForceTest %s r=%.0f km tol=%.0f m: %s%n",
                        t.name(), r / 1000, TOL_M, s);
                assertTrue(s.worstVertex <= TOL_M && s.worstEdge <= TOL_M && s.misclassified == 0, t.name() + ": " + s);
            }
        }
    }

    static final class Stats {
        int vertices;
        int edges;
        int points;
        int misclassified;
        double worstVertex;
        double worstEdge;

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d vertices worst |d - r| %.3g m (%.3f of tolerance), %d edge midpoints"
                    + " worst %.3g m (%.3f of tolerance), %d points near the edges, %d misclassified",
                    vertices, worstVertex, worstVertex / TOL_M, edges, worstEdge, worstEdge / TOL_M, points, misclassified);
        }
    }

    static Stats check(TestArea t, double r, SplittableRandom rnd, int nVertices, int nPoints) {
        EarthModel earth = EarthModel.WGS84;
        GeodesicArea area = new GeodesicArea(t.rings(), t.lines(), t.points(), earth);
        Geometry g = AreaBuffer.polygon(area, r, TOL_M);
        assertTrue(g.isValid(), t.name() + " buffer is not valid read flat");
        for (Coordinate c : g.getCoordinates()) {
            assertTrue(Math.abs(c.x) <= 180 && Math.abs(c.y) <= 90, "coordinate out of range " + c);
        }
        Stats st = new Stats();
        List<Coordinate[]> boundary = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            boundary.add(p.getExteriorRing().getCoordinates());
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                boundary.add(p.getInteriorRingN(h).getCoordinates());
            }
        }
        for (int k = 0; k < nVertices; k++) {
            Coordinate[] ring = boundary.get(rnd.nextInt(boundary.size()));
            int i = rnd.nextInt(ring.length - 1);
            Coordinate a = ring[i], b = ring[i + 1];
            if (!artificial(a)) {
                st.vertices++;
                st.worstVertex = Math.max(st.worstVertex, Math.abs(brute(t, a.y, a.x, earth) - r));
            }
            if (!artificial(a, b)) {
                st.edges++;
                double d = brute(t, 0.5 * (a.y + b.y), 0.5 * (a.x + b.x), earth);
                st.worstEdge = Math.max(st.worstEdge, Math.abs(d - r));
            }
        }
        IndexedPointInAreaLocator loc = new IndexedPointInAreaLocator(g);
        List<GeodesicEdge> edges = area.edges().stream().filter(e -> e.lengthMeters > 0).toList();
        for (int k = 0; k < nPoints; k++) {
            GeoPoint p;
            double want = r * (0.7 + 0.6 * rnd.nextDouble());
            if (edges.isEmpty() || rnd.nextInt(3) == 0) {
                List<GeoPoint> vs = new ArrayList<>(t.points());
                t.rings().forEach(vs::addAll);
                t.lines().forEach(vs::addAll);
                p = earth.direct(vs.get(rnd.nextInt(vs.size())), rnd.nextDouble() * 360, want);
            } else {
                GeodesicEdge e = edges.get(rnd.nextInt(edges.size()));
                double[] q = e.at(rnd.nextDouble() * e.lengthMeters);
                p = earth.direct(new GeoPoint(q[0], q[1]), q[2] + (rnd.nextBoolean() ? 90 : -90), want);
            }
            double d = brute(t, p.latDeg(), p.lonDeg(), earth);
            if (Math.abs(d - r) <= TOL_M) {
                continue; // within the tolerance either answer is right
            }
            st.points++;
            boolean in = loc.locate(new Coordinate(p.normalizedLonDeg(), p.latDeg())) != Location.EXTERIOR;
            if (in != (d <= r)) {
                st.misclassified++;
            }
        }
        assertEquals(0, st.misclassified, t.name() + " r=" + r + ": " + st);
        return st;
    }

    /** Vertices on the ±180° cut or the pole line are corners of the lon/lat picture, not of the buffer. */
    private static boolean artificial(Coordinate c) {
        return Math.abs(c.x) == 180 || Math.abs(c.y) == 90;
    }

    private static boolean artificial(Coordinate a, Coordinate b) {
        return (Math.abs(a.x) == 180 && a.x == b.x) || (Math.abs(a.y) == 90 && a.y == b.y);
    }

    private static double brute(TestArea t, double lat, double lon, EarthModel earth) {
        return AreaBruteForce.distance(t.rings(), t.lines(), t.points(), new GeoPoint(lat, lon), earth).distanceMeters();
    }
}

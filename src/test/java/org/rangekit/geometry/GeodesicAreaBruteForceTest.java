package org.rangekit.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
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
     * The 10,000 seeded cases in the slow tier, against the faster independent reference
     * {@link AreaDistanceReference}: the five areas above with geodesic edges, and three areas read
     * as a file is read ({@link GeodesicArea#fromLonLat}) whose edges of 1,000–4,000 km are straight
     * lon/lat lines, which the reference samples as such (one across ±180° as two polygons cut at
     * the antimeridian, one closed flat along the South Pole line). Targets: perpendicular to random
     * points of random edges at log-uniform offsets of 1 m – 300 km (either side, so inside as well),
     * in any direction from vertices, and one case in ten 300–3,000 km from a vertex.
     */
    static final int SLOW_CASES = 10_000;

    @Slow
    @Test
    void tenThousandSeededCases() {
        int n = Integer.getInteger("rangekit.areaCases", SLOW_CASES);
        long t0 = System.nanoTime();
        ReferenceStats s = runAgainstReference(new SplittableRandom(20261202), n);
        System.out.printf(Locale.ROOT, "GeodesicAreaBruteForceTest: %s (%.1f s)%n", s, (System.nanoTime() - t0) / 1e9);
        assertTrue(s.cases >= n);
        assertTrue(s.maxError <= DISTANCE_TOL_M, s.toString());
        assertTrue(s.inside >= n / 10, "too few targets inside: " + s);
        assertTrue(s.longEdgeInterior >= n / 10, "too few nearest points inside long edges: " + s);
        assertTrue(s.maxVertexOnlyError > 100_000, "vertex-only sampling should be off by kilometres here: " + s);
        assertTrue(s.lonLatLongEdgeInterior >= n / 50, "too few nearest points inside long lon/lat edges: " + s);
    }

    /** The two references agree with each other (both independent of the code under test). */
    @Slow
    @Test
    void referencesAgree() {
        SplittableRandom rnd = new SplittableRandom(99);
        EarthModel earth = EarthModel.WGS84;
        double worst = 0;
        int cases = 0;
        for (TestArea t : GeodesicAreaTestAreas.all()) {
            AreaDistanceReference ref = reference(t);
            List<GeodesicEdge> edges = edgesOf(t, earth);
            for (int k = 0; k < 6; k++) { // the older brute force is slow: a few cases per area
                GeodesicEdge e = edges.get(rnd.nextInt(edges.size()));
                double[] q = e.at(rnd.nextDouble() * e.lengthMeters);
                double off = Math.exp(rnd.nextDouble() * Math.log(300_000));
                GeoPoint p = earth.direct(new GeoPoint(q[0], q[1]), q[2] + (rnd.nextBoolean() ? 90 : -90), off);
                AreaBruteForce.Result a = AreaBruteForce.distance(t.rings(), t.lines(), t.points(), p, earth);
                AreaDistanceReference.Result b = ref.distance(p.latDeg(), p.lonDeg());
                assertEquals(a.inside(), b.inside(), t.name() + " inside at " + p);
                worst = Math.max(worst, Math.abs(a.distanceMeters() - b.distanceMeters()));
                cases++;
            }
        }
        System.out.printf(Locale.ROOT, "GeodesicAreaBruteForceTest: the two references on %d cases, max difference %.3g m%n",
                cases, worst);
        assertTrue(worst <= DISTANCE_TOL_M, "references differ by " + worst + " m");
    }

    private static List<GeodesicEdge> edgesOf(TestArea t, EarthModel earth) {
        return new GeodesicArea(t.rings(), t.lines(), t.points(), earth).edges().stream()
                .filter(e -> e.lengthMeters > 0).toList();
    }

    /** An area both as the code under test builds it and as the reference reads its edges. */
    record Case(String name, GeodesicArea area, AreaDistanceReference ref, List<double[]> vertices, boolean lonLatEdges) {
    }

    /** The geodesic reference of a test area: every edge the shortest geodesic. */
    static AreaDistanceReference reference(TestArea t) {
        List<List<AreaDistanceReference.Curve>> rings = new java.util.ArrayList<>();
        for (List<GeoPoint> r : t.rings()) {
            List<AreaDistanceReference.Curve> cs = new java.util.ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                GeoPoint a = r.get(i), b = r.get((i + 1) % r.size());
                cs.add(AreaDistanceReference.geodesic(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg()));
            }
            rings.add(cs);
        }
        List<List<AreaDistanceReference.Curve>> lines = new java.util.ArrayList<>();
        for (List<GeoPoint> l : t.lines()) {
            List<AreaDistanceReference.Curve> cs = new java.util.ArrayList<>();
            for (int i = 0; i + 1 < l.size(); i++) {
                cs.add(AreaDistanceReference.geodesic(l.get(i).latDeg(), l.get(i).lonDeg(), l.get(i + 1).latDeg(), l.get(i + 1).lonDeg()));
            }
            lines.add(cs);
        }
        return new AreaDistanceReference(rings, lines, t.points().stream().map(q -> new double[] {q.latDeg(), q.lonDeg()}).toList());
    }

    /** Polygons written in lon/lat ({lon, lat} pairs, closed), read as a file is read. */
    static Case lonLatCase(String name, double[][]... polygons) {
        org.locationtech.jts.geom.GeometryFactory gf = new org.locationtech.jts.geom.GeometryFactory();
        List<org.locationtech.jts.geom.Polygon> ps = new java.util.ArrayList<>();
        List<List<AreaDistanceReference.Curve>> rings = new java.util.ArrayList<>();
        List<double[]> vertices = new java.util.ArrayList<>();
        for (double[][] poly : polygons) {
            org.locationtech.jts.geom.Coordinate[] cs = new org.locationtech.jts.geom.Coordinate[poly.length];
            List<AreaDistanceReference.Curve> ring = new java.util.ArrayList<>();
            for (int i = 0; i < poly.length; i++) {
                cs[i] = new org.locationtech.jts.geom.Coordinate(poly[i][0], poly[i][1]);
                vertices.add(new double[] {poly[i][1], poly[i][0]});
                if (i + 1 < poly.length) {
                    ring.add(AreaDistanceReference.lonLat(poly[i][1], poly[i][0], poly[i + 1][1], poly[i + 1][0]));
                }
            }
            ps.add(gf.createPolygon(cs));
            rings.add(ring);
        }
        GeodesicArea area = GeodesicArea.fromLonLat(gf.createMultiPolygon(ps.toArray(new org.locationtech.jts.geom.Polygon[0])),
                EarthModel.WGS84);
        return new Case(name, area, new AreaDistanceReference(rings, List.of(), List.of()), vertices, true);
    }

    static List<Case> cases() {
        List<Case> out = new java.util.ArrayList<>();
        for (TestArea t : GeodesicAreaTestAreas.all()) {
            List<double[]> vs = new java.util.ArrayList<>();
            t.rings().forEach(r -> r.forEach(v -> vs.add(new double[] {v.latDeg(), v.lonDeg()})));
            t.lines().forEach(l -> l.forEach(v -> vs.add(new double[] {v.latDeg(), v.lonDeg()})));
            t.points().forEach(v -> vs.add(new double[] {v.latDeg(), v.lonDeg()}));
            out.add(new Case(t.name(), new GeodesicArea(t.rings(), t.lines(), t.points(), EarthModel.WGS84),
                    reference(t), vs, false));
        }
        // Straight lon/lat edges of 2,400-4,200 km across Europe (the lon/lat line bulges ~100 km from the geodesic).
        out.add(lonLatCase("lonlat-europe", new double[][] {{-10, 40}, {35, 30}, {40, 55}, {0, 60}, {-10, 40}}));
        // Across ±180° as a file must write it: two polygons cut at the antimeridian.
        out.add(lonLatCase("lonlat-across-180",
                new double[][] {{150, 45}, {180, 45}, {180, 66}, {160, 62}, {150, 45}},
                new double[][] {{-180, 45}, {-150, 48}, {-165, 66}, {-180, 66}, {-180, 45}}));
        // Antarctica-like, closed flat along the South Pole line; edges of 3,700-4,100 km.
        out.add(lonLatCase("lonlat-south-pole", new double[][] {{-180, -70}, {-90, -65}, {0, -72}, {90, -66},
                {180, -70}, {180, -90}, {0, -90}, {-180, -90}, {-180, -70}}));
        return out;
    }

    static final class ReferenceStats {
        int cases;
        int inside;
        int nearVertex;
        int far;
        int longEdgeInterior;
        int lonLatLongEdgeInterior;
        double maxError;
        double maxVertexOnlyError;
        double referenceSeconds;
        double exactSeconds;
        String worst = "";

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d cases (%d inside, %d near vertices, %d 300-3,000 km away,"
                    + " %d nearest points inside edges >= 1,000 km of which %d straight lon/lat),"
                    + " max |exact - reference| %.3g m (tolerance %.0f m)%s, max error of vertex-only sampling %.1f km;"
                    + " reference %.1f s, code under test %.1f s",
                    cases, inside, nearVertex, far, longEdgeInterior, lonLatLongEdgeInterior, maxError, DISTANCE_TOL_M,
                    worst, maxVertexOnlyError / 1000, referenceSeconds, exactSeconds);
        }
    }

    static ReferenceStats runAgainstReference(SplittableRandom rnd, int n) {
        List<Case> areas = cases();
        Geodesic g = Geodesic.WGS84;
        EarthModel earth = EarthModel.WGS84;
        assertEquals(g.EquatorialRadius(), earth.equatorialRadiusMeters());
        assertEquals(g.Flattening(), earth.flattening());
        ReferenceStats st = new ReferenceStats();
        for (int c = 0; c < n; c++) {
            Case a = areas.get(c % areas.size());
            List<AreaDistanceReference.Curve> curves = a.ref().curves().stream()
                    .filter(k -> k.arcUpperBound(0, 1) > 1).toList();
            double lat, lon;
            int kind = rnd.nextInt(20);
            if (kind < 2) { // far: 300-3,000 km from a vertex
                double[] v = a.vertices().get(rnd.nextInt(a.vertices().size()));
                GeodesicData q = g.Direct(v[0], v[1], rnd.nextDouble() * 360, 300_000 + rnd.nextDouble() * 2_700_000);
                lat = q.lat2;
                lon = q.lon2;
                st.far++;
            } else if (kind < 7) { // any direction from a vertex
                double[] v = a.vertices().get(rnd.nextInt(a.vertices().size()));
                GeodesicData q = g.Direct(v[0], v[1], rnd.nextDouble() * 360, Math.exp(rnd.nextDouble() * Math.log(300_000)));
                lat = q.lat2;
                lon = q.lon2;
                st.nearVertex++;
            } else { // perpendicular to a random point of a random edge
                AreaDistanceReference.Curve k = curves.get(rnd.nextInt(curves.size()));
                double t = rnd.nextDouble();
                double[] q0 = k.at(t);
                GeodesicData q = g.Direct(q0[0], q0[1], k.azimuth(t) + (rnd.nextBoolean() ? 90 : -90),
                        Math.exp(rnd.nextDouble() * Math.log(300_000)));
                lat = q.lat2;
                lon = q.lon2;
            }
            GeoPoint p = new GeoPoint(lat, lon);
            long t0 = System.nanoTime();
            AreaDistanceReference.Result ref = a.ref().distance(lat, lon);
            long t1 = System.nanoTime();
            AreaDistance got = a.area().distance(p);
            st.referenceSeconds += (t1 - t0) / 1e9;
            st.exactSeconds += (System.nanoTime() - t1) / 1e9;
            double err = Math.abs(got.distanceMeters() - ref.distanceMeters());
            st.cases++;
            if (ref.inside()) {
                st.inside++;
            }
            if (err > st.maxError) {
                st.maxError = err;
                st.worst = String.format(Locale.ROOT, " at %s, %s: exact %.3f m inside=%b, reference %.3f m inside=%b",
                        a.name(), p, got.distanceMeters(), got.inside(), ref.distanceMeters(), ref.inside());
            }
            if (!got.inside()) {
                GeodesicData back = g.Inverse(lat, lon, got.nearest().latDeg(), got.nearest().lonDeg());
                assertEquals(got.distanceMeters(), back.s12, 1e-6, "nearest point of " + p);
            }
            if (!ref.inside() && ref.curve() >= 0 && ref.t() > 1e-6 && ref.t() < 1 - 1e-6
                    && a.ref().curves().get(ref.curve()).arcUpperBound(0, 1) >= 1_000_000) {
                double vertexOnly = Double.POSITIVE_INFINITY;
                for (double[] v : a.vertices()) {
                    vertexOnly = Math.min(vertexOnly, g.Inverse(lat, lon, v[0], v[1], GeodesicMask.DISTANCE).s12);
                }
                if (vertexOnly - ref.distanceMeters() > 1) {
                    st.longEdgeInterior++;
                    if (a.lonLatEdges()) {
                        st.lonLatLongEdgeInterior++;
                    }
                    st.maxVertexOnlyError = Math.max(st.maxVertexOnlyError, vertexOnly - ref.distanceMeters());
                }
            }
        }
        return st;
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

package org.rangekit.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.Slow;
import org.rangekit.geodesy.GeoPoint;

/**
 * Radials against GeographicLib's own {@code Geodesic} (the inverse problem from the site to each
 * vertex, and a brute-force search along the geodesic for each chord's distance), plus a seeded
 * property loop over the globe: poles, ±180°, 1 m to 19,000 km.
 */
class RadialsTest {

    /** Vertices must sit on the geodesic within 1 mm (the contract of {@link Radials#VERTEX_TOL_M}). */
    static final double VERTEX_TOL_M = Radials.VERTEX_TOL_M;
    /** The initial azimuth to each vertex must agree within 1e-9°. */
    static final double AZIMUTH_TOL_DEG = 1e-9;
    /**
     * Below this distance from the site the azimuth is not checked to 1e-9°: doubles place a vertex
     * to about 3e-9 m (1 ulp of a longitude near 180°), which subtends 1e-9° only from 170 m on.
     */
    static final double AZIMUTH_CHECK_FROM_M = 1_000;
    /** The chord tolerance is checked with a 1 % margin for the brute-force search's own error. */
    static final double EDGE_MARGIN = 1.01;

    private static final Geodesic WGS84 = Geodesic.WGS84;

    @Test
    void crossingTheAntimeridianIsAValidMultiLineString() {
        Geometry g = Radials.line(GeoPoint.of(60, 170), 90, 2_000_000, EarthModel.WGS84, 50);
        MultiLineString m = assertInstanceOf(MultiLineString.class, g);
        assertTrue(m.isValid());
        assertEquals(2, m.getNumGeometries());
        Coordinate end0 = m.getGeometryN(0).getCoordinates()[m.getGeometryN(0).getNumPoints() - 1];
        Coordinate start1 = m.getGeometryN(1).getCoordinates()[0];
        assertEquals(180.0, end0.x, 0.0);
        assertEquals(-180.0, start1.x, 0.0);
        assertEquals(end0.y, start1.y, 0.0);
        check(GeoPoint.of(60, 170), 90, 2_000_000, 50, g);
    }

    @Test
    void throughTheNorthPoleEndsAPartAtThePoleOnEachMeridian() {
        GeoPoint site = GeoPoint.of(70, 30);
        Geometry g = Radials.line(site, 0, 4_000_000, EarthModel.WGS84, 50);
        MultiLineString m = assertInstanceOf(MultiLineString.class, g);
        assertEquals(2, m.getNumGeometries());
        Coordinate[] a = m.getGeometryN(0).getCoordinates();
        Coordinate[] b = m.getGeometryN(1).getCoordinates();
        assertEquals(90.0, a[a.length - 1].y, 0.0);
        assertEquals(30.0, a[a.length - 1].x, 1e-9);
        assertEquals(90.0, b[0].y, 0.0);
        assertEquals(-150.0, b[0].x, 1e-9);
        for (Coordinate c : b) {
            assertEquals(-150.0, c.x, 1e-9, "the far part runs down the opposite meridian");
        }
        check(site, 0, 4_000_000, 50, g);
    }

    @Test
    void throughTheSouthPoleFromThePoleAcrossTheAntimeridian() {
        GeoPoint site = GeoPoint.of(-80, 180);
        Geometry g = Radials.line(site, 180, 3_000_000, EarthModel.WGS84, 50);
        assertTrue(g.isValid());
        check(site, 180, 3_000_000, 50, g);
        assertTrue(hasVertex(g, 0, -90) || hasVertex(g, 180, -90) || hasVertex(g, -180, -90), g.toText());
    }

    @Test
    void fromThePoleFollowsOneMeridian() {
        GeoPoint pole = GeoPoint.of(90, 0);
        Geometry g = Radials.line(pole, 45, 5_000_000, EarthModel.WGS84, 50);
        LineString l = assertInstanceOf(LineString.class, g);
        double lon = l.getCoordinateN(0).x;
        for (Coordinate c : l.getCoordinates()) {
            assertEquals(lon, c.x, 1e-9);
        }
        assertEquals(90.0, l.getCoordinateN(0).y, 0.0);
        check(pole, 45, 5_000_000, 50, g);
    }

    @Test
    void refusesLengthsBeyondTheAntipodeAndBadAzimuths() {
        assertThrows(IllegalArgumentException.class,
                () -> Radials.line(GeoPoint.of(0, 0), 0, 20_100_000, EarthModel.WGS84, 50));
        assertThrows(IllegalArgumentException.class,
                () -> Radials.line(GeoPoint.of(0, 0), Double.NaN, 1000, EarthModel.WGS84, 50));
        assertThrows(IllegalArgumentException.class,
                () -> Radials.line(GeoPoint.of(0, 0), 0, 0, EarthModel.WGS84, 50));
    }

    @Test
    void seededPropertiesOverTheGlobe() {
        properties(20261202L, 60, 40);
    }

    @Test
    @Slow
    void seededPropertiesOverTheGlobeEveryEdge() {
        properties(20261203L, 300, Integer.MAX_VALUE);
    }

    @Test
    void aHairFromThePoleStillCutsAtThePole() {
        GeoPoint site = GeoPoint.of(45, -100);
        Geometry g = Radials.line(site, 1e-10, 6_000_000, EarthModel.WGS84, 50);
        assertTrue(g.isValid());
        check(site, 1e-10, 6_000_000, 50, g, Integer.MAX_VALUE);
    }

    /**
     * @param edgesChecked edges checked per radial, spread evenly (the brute-force search dominates the time)
     */
    private static void properties(long seed, int count, int edgesChecked) {
        Random rnd = new Random(seed);
        int crossings = 0;
        int poles = 0;
        for (int i = 0; i < count; i++) {
            double lat = switch (i % 6) {
                case 0 -> 90 * (rnd.nextBoolean() ? 1 : -1);
                case 1 -> (89 + rnd.nextDouble()) * (rnd.nextBoolean() ? 1 : -1);
                default -> Math.toDegrees(Math.asin(2 * rnd.nextDouble() - 1));
            };
            double lon = i % 5 == 0 ? (rnd.nextBoolean() ? 180 : -180) - (rnd.nextBoolean() ? 0 : 1e-6)
                    : rnd.nextDouble() * 360 - 180;
            double az = i % 7 == 0 ? (rnd.nextBoolean() ? 0 : 180) : rnd.nextDouble() * 360 - 180;
            double length = Math.pow(10, rnd.nextDouble() * Math.log10(19_000_000)); // 1 m to 19,000 km
            double tol = i % 3 == 0 ? 1 : 50;
            GeoPoint site = GeoPoint.of(lat, lon);
            Geometry g = Radials.line(site, az, length, EarthModel.WGS84, tol);
            assertTrue(g.isValid(), g.toText());
            check(site, az, length, tol, g, edgesChecked);
            if (g instanceof MultiLineString) {
                crossings++;
            }
            if (hasVertex(g, Double.NaN, 90) || hasVertex(g, Double.NaN, -90)) {
                poles++;
            }
        }
        assertTrue(crossings > count / 15, "the loop must exercise cut radials, got " + crossings);
        assertTrue(poles > count / 60, "the loop must exercise radials through a pole, got " + poles);
    }

    /**
     * Every vertex on the geodesic (1 mm), at a distance no more than the length, with the initial
     * azimuth from the site (1e-9° from 1 km on); the last vertex at the length; every coordinate in
     * range; every edge within the tolerance of the geodesic.
     */
    static void check(GeoPoint site, double az, double length, double tol, Geometry g) {
        check(site, az, length, tol, g, Integer.MAX_VALUE);
    }

    static void check(GeoPoint site, double az, double length, double tol, Geometry g, int edgesChecked) {
        int stride = Math.max(1, g.getNumPoints() / edgesChecked);
        GeodesicLine line = WGS84.Line(site.latDeg(), site.lonDeg(), az,
                GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE | GeodesicMask.DISTANCE_IN);
        List<Coordinate[]> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            parts.add(g.getGeometryN(i).getCoordinates());
        }
        double maxS = -1;
        for (Coordinate[] part : parts) {
            double[] s = new double[part.length];
            for (int k = 0; k < part.length; k++) {
                Coordinate c = part[k];
                assertTrue(c.x >= -180 && c.x <= 180 && c.y >= -90 && c.y <= 90, c.toString());
                s[k] = onLine(site, az, length, line, c);
                maxS = Math.max(maxS, s[k]);
            }
            for (int k = 0; k + 1 < part.length; k += stride) {
                checkEdge(line, part[k], part[k + 1], s[k], s[k + 1], tol);
            }
        }
        assertEquals(length, maxS, VERTEX_TOL_M, "the radial reaches its length");
    }

    /** The vertex's distance along the radial (metres), after checking it lies on it. */
    private static double onLine(GeoPoint site, double az, double length, GeodesicLine line, Coordinate c) {
        GeodesicData inv = WGS84.Inverse(site.latDeg(), site.lonDeg(), c.y, c.x,
                GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
        double s = inv.s12;
        assertTrue(s <= length + VERTEX_TOL_M, "vertex beyond the radial's end: " + c + " at " + s);
        GeodesicData p = line.Position(s, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
        double off = WGS84.Inverse(p.lat2, p.lon2, c.y, c.x, GeodesicMask.DISTANCE).s12;
        assertTrue(off <= VERTEX_TOL_M, "vertex " + c + " is " + off + " m off the radial at " + s + " m");
        boolean atPole = Math.abs(c.y) == 90 || Math.abs(site.latDeg()) == 90;
        if (s >= AZIMUTH_CHECK_FROM_M && !atPole) {
            double dAz = Math.abs(RingTrace.angDiff(az, inv.azi1));
            assertTrue(dAz <= AZIMUTH_TOL_DEG, "azimuth to " + c + " is " + inv.azi1 + ", expected " + az);
        }
        return s;
    }

    /** The chord's quarter points against the nearest point of the geodesic (golden-section search). */
    private static void checkEdge(GeodesicLine line, Coordinate a, Coordinate b, double sa, double sb, double tol) {
        double lo0 = Math.min(sa, sb), hi0 = Math.max(sa, sb);
        double pad = 0.5 * (hi0 - lo0) + 1e-3;
        for (int q = 1; q <= 3; q++) {
            double x = a.x + (b.x - a.x) * q / 4.0;
            double y = a.y + (b.y - a.y) * q / 4.0;
            double lo = Math.max(0, lo0 - pad), hi = hi0 + pad;
            for (int it = 0; it < 100; it++) {
                double m1 = lo + (hi - lo) * 0.382, m2 = lo + (hi - lo) * 0.618;
                if (dist(line, m1, x, y) < dist(line, m2, x, y)) {
                    hi = m2;
                } else {
                    lo = m1;
                }
            }
            double d = dist(line, 0.5 * (lo + hi), x, y);
            assertTrue(d <= tol * EDGE_MARGIN, "edge " + a + " → " + b + " is " + d + " m off the geodesic");
        }
    }

    private static double dist(GeodesicLine line, double s, double lon, double lat) {
        GeodesicData p = line.Position(s, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
        return WGS84.Inverse(p.lat2, p.lon2, lat, lon, GeodesicMask.DISTANCE).s12;
    }

    private static boolean hasVertex(Geometry g, double lon, double lat) {
        for (Coordinate c : g.getCoordinates()) {
            if (c.y == lat && (Double.isNaN(lon) || c.x == lon)) {
                return true;
            }
        }
        return false;
    }
}

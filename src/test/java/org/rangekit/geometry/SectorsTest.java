package org.rangekit.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.MultiPolygon;
import org.rangekit.Slow;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.range.Sector;

/**
 * Sector polygons against the exact sector ({@link Sector#contains}, GeographicLib's inverse
 * problem): every vertex on the boundary, flat point-in-polygon agreeing with the exact test away
 * from the boundary, poles included; named cases for a pole inside, both poles, a site at a pole,
 * an edge through a pole and a cut at ±180°; and a seeded property loop over the globe.
 */
class SectorsTest {

    /** Vertices on the exact boundary within 1 mm (0.2 mm of it taken by moving a boundary off a pole). */
    static final double VERTEX_TOL_M = 1e-3;
    /** Sample points closer than this multiple of the tolerance (plus 1 m) to the boundary are not classified. */
    static final double MARGIN_TOLERANCES = 3;

    private static final Geodesic WGS84 = Geodesic.WGS84;

    @Test
    void aSectorAroundNorthHoldsTheNorthPole() {
        Sector s = new Sector(GeoPoint.of(80, 20), 0, 2_000_000, 330, 30, EarthModel.WGS84);
        Geometry g = Sectors.polygon(s, 50);
        for (double lon : new double[] {-180, -90, 0, 45, 180}) {
            assertTrue(g.covers(g.getFactory().createPoint(new Coordinate(lon, 90))), "pole at lon " + lon);
        }
        check(s, 50, g, new Random(1), 2000);
    }

    @Test
    void aSectorHoldingBothPoles() {
        Sector s = new Sector(GeoPoint.of(0, 0), 0, 19_000_000, 350, 190, EarthModel.WGS84);
        assertTrue(s.contains(GeoPoint.of(90, 0)) && s.contains(GeoPoint.of(-90, 0)));
        Geometry g = Sectors.polygon(s, 50);
        assertTrue(g.covers(g.getFactory().createPoint(new Coordinate(100, 90))));
        assertTrue(g.covers(g.getFactory().createPoint(new Coordinate(100, -90))));
        check(s, 50, g, new Random(2), 2000);
    }

    @Test
    void aSectorAcrossTheAntimeridianIsCut() {
        Sector s = new Sector(GeoPoint.of(0, 175), 100_000, 1_500_000, 45, 135, EarthModel.WGS84);
        MultiPolygon m = assertInstanceOf(MultiPolygon.class, Sectors.polygon(s, 50));
        assertEquals(2, m.getNumGeometries());
        check(s, 50, m, new Random(3), 2000);
    }

    @Test
    void aSectorFromThePoleIsABox() {
        Sector s = new Sector(GeoPoint.of(90, 0), 0, 1_000_000, 0, 90, EarthModel.WGS84);
        Geometry g = Sectors.polygon(s, 50);
        check(s, 50, g, new Random(4), 2000);
        Sector south = new Sector(GeoPoint.of(-90, 0), 500_000, 3_000_000, 100, 350, EarthModel.WGS84);
        check(south, 50, Sectors.polygon(south, 50), new Random(5), 2000);
    }

    @Test
    void anEdgeThroughThePoleKeepsThePoleInside() {
        Sector s = new Sector(GeoPoint.of(60, 10), 0, 5_000_000, 0, 60, EarthModel.WGS84);
        Geometry g = Sectors.polygon(s, 50);
        // near the pole the sector is the half-plane east of its edge: lon/lat [10, 180] ∪ [−180, −170]
        assertTrue(g.covers(g.getFactory().createPoint(new Coordinate(100, 90))));
        assertTrue(g.covers(g.getFactory().createPoint(new Coordinate(-175, 90))));
        assertTrue(!g.covers(g.getFactory().createPoint(new Coordinate(-80, 90))));
        check(s, 50, g, new Random(6), 2000);
    }

    @Test
    void refusesEqualAzimuthsAndBadRadii() {
        assertThrows(IllegalArgumentException.class,
                () -> new Sector(GeoPoint.of(0, 0), 0, 1000, 30, 390, EarthModel.WGS84));
        assertThrows(IllegalArgumentException.class,
                () -> new Sector(GeoPoint.of(0, 0), 1000, 1000, 0, 90, EarthModel.WGS84));
        assertThrows(IllegalArgumentException.class, () -> Sectors.polygon(
                new Sector(GeoPoint.of(0, 0), 0, 20_000_000, 0, 90, EarthModel.WGS84), 50));
    }

    @Test
    void seededPropertiesOverTheGlobe() {
        properties(20261202L, 40, 300);
    }

    @Test
    @Slow
    void seededPropertiesOverTheGlobeMore() {
        properties(20261204L, 250, 1000);
    }

    private static void properties(long seed, int count, int points) {
        Random rnd = new Random(seed);
        int poleInside = 0;
        for (int i = 0; i < count; i++) {
            double lat = switch (i % 6) {
                case 0 -> 90 * (rnd.nextBoolean() ? 1 : -1);
                case 1 -> (89 + rnd.nextDouble()) * (rnd.nextBoolean() ? 1 : -1);
                default -> Math.toDegrees(Math.asin(2 * rnd.nextDouble() - 1));
            };
            double lon = i % 5 == 0 ? (rnd.nextBoolean() ? 180 : -180) : rnd.nextDouble() * 360 - 180;
            double outer = Math.pow(10, rnd.nextDouble() * Math.log10(19_000_000)); // 1 m to 19,000 km
            double inner = rnd.nextInt(3) == 0 ? 0 : outer * rnd.nextDouble() * 0.9;
            double start = i % 7 == 0 ? (rnd.nextBoolean() ? 0 : 180) : rnd.nextDouble() * 360;
            double span = 1 + rnd.nextDouble() * 358;
            double tol = outer < 1000 ? 0.05 : 50;
            Sector s = new Sector(GeoPoint.of(lat, lon), inner, outer, start, start + span, EarthModel.WGS84);
            Geometry g = Sectors.polygon(s, tol);
            check(s, tol, g, rnd, points);
            if (s.contains(GeoPoint.of(90, 0)) || s.contains(GeoPoint.of(-90, 0))) {
                poleInside++;
            }
        }
        assertTrue(poleInside > count / 20, "the loop must exercise sectors holding a pole, got " + poleInside);
    }

    /** Validity, ranges, every vertex on the boundary, and classification of sample points and the poles. */
    static void check(Sector s, double tol, Geometry g, Random rnd, int points) {
        assertTrue(g.isValid(), "invalid: " + s);
        for (Coordinate c : g.getCoordinates()) {
            assertTrue(c.x >= -180 && c.x <= 180 && c.y >= -90 && c.y <= 90, c.toString());
            if (Math.abs(c.y) != 90 && Math.abs(c.x) != 180) {
                assertTrue(boundaryDistance(s, c.y, c.x) <= VERTEX_TOL_M, "vertex " + c + " off the boundary of " + s);
            }
        }
        IndexedPointInAreaLocator loc = new IndexedPointInAreaLocator(g);
        double margin = MARGIN_TOLERANCES * tol + 1;
        int inside = 0;
        for (int k = 0; k < points; k++) {
            GeoPoint p;
            if (k % 2 == 0) {
                // a point of the sector's annulus, mostly in its span
                double r = s.innerMeters() + rnd.nextDouble() * (s.outerMeters() - s.innerMeters()) * 1.2;
                double az = s.startDeg() + (rnd.nextDouble() * 1.4 - 0.2) * s.spanDeg();
                p = EarthModel.WGS84.direct(s.centre(), az, r);
            } else {
                p = GeoPoint.of(Math.toDegrees(Math.asin(2 * rnd.nextDouble() - 1)), rnd.nextDouble() * 360 - 180);
            }
            if (boundaryDistance(s, p.latDeg(), p.lonDeg()) < margin) {
                continue;
            }
            boolean exact = s.contains(p);
            boolean flat = loc.locate(new Coordinate(p.lonDeg(), p.latDeg())) != Location.EXTERIOR;
            assertEquals(exact, flat, "point " + p + " of " + s);
            inside += exact ? 1 : 0;
        }
        assertTrue(inside > 0 || s.outerMeters() < 1000, "no sample point inside " + s);
        for (double poleLat : new double[] {90, -90}) {
            if (boundaryDistance(s, poleLat, 0) >= margin) {
                boolean exact = s.contains(GeoPoint.of(poleLat, 0));
                for (double lon : new double[] {-180, -60, 0, 60, 180}) {
                    boolean flat = loc.locate(new Coordinate(lon, poleLat)) != Location.EXTERIOR;
                    assertEquals(exact, flat, "pole " + poleLat + " at lon " + lon + " of " + s);
                }
            }
        }
    }

    /**
     * An upper bound on the distance (metres) from the point to the sector's boundary: to the arcs
     * when its azimuth is in the span, to the edges through the reduced length (lateral distance
     * of a small turn), to the site for a sector from the site.
     */
    static double boundaryDistance(Sector s, double lat, double lon) {
        GeoPoint c = s.centre();
        GeodesicData g = WGS84.Inverse(c.latDeg(), c.lonDeg(), lat, lon,
                GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH | GeodesicMask.REDUCEDLENGTH);
        double d = Double.POSITIVE_INFINITY;
        double from = reduce(g.azi1 - s.startDeg());
        boolean inSpan = from <= s.spanDeg();
        if (Math.abs(c.latDeg()) == 90) {
            // from a pole the azimuth of a point is its longitude's, and the inverse reports it so
            inSpan = s.contains(GeoPoint.of(lat, lon)) || !(g.s12 >= s.innerMeters() && g.s12 <= s.outerMeters());
        }
        if (inSpan || g.s12 < 1e-6) {
            d = Math.min(Math.abs(g.s12 - s.outerMeters()), s.innerMeters() > 0 ? Math.abs(g.s12 - s.innerMeters())
                    : Double.POSITIVE_INFINITY);
        }
        if (s.innerMeters() == 0) {
            d = Math.min(d, g.s12);
        }
        if (g.s12 >= s.innerMeters() - 1 && g.s12 <= s.outerMeters() + 1) {
            for (double edge : new double[] {s.startDeg(), s.startDeg() + s.spanDeg()}) {
                double turn = Math.toRadians(Math.abs(RingTrace.angDiff(edge, g.azi1)));
                if (turn < Math.PI / 2) {
                    d = Math.min(d, Math.abs(g.m12) * Math.sin(turn));
                }
            }
        }
        return Math.abs(c.latDeg()) == 90 ? Math.min(d, poleEdgeDistance(s, lat, lon, g.s12)) : d;
    }

    /** For a site at a pole: distance to the edge meridians, by the radials themselves. */
    private static double poleEdgeDistance(Sector s, double lat, double lon, double sP) {
        double best = Double.POSITIVE_INFINITY;
        if (sP < s.innerMeters() - 1 || sP > s.outerMeters() + 1) {
            return best;
        }
        for (double edge : new double[] {s.startDeg(), s.startDeg() + s.spanDeg()}) {
            GeodesicData q = WGS84.Direct(s.centre().latDeg(), s.centre().lonDeg(), edge, sP,
                    GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
            best = Math.min(best, WGS84.Inverse(q.lat2, q.lon2, lat, lon, GeodesicMask.DISTANCE).s12);
        }
        return best;
    }

    private static double reduce(double deg) {
        double r = deg % 360;
        return r < 0 ? r + 360 : r;
    }
}

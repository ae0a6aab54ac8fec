package org.rangekit.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.range.Band;
import org.rangekit.range.Ring;

/** Named regression cases: the seed's rings, the Pacific ring, poles, ±180°, tiny and huge radii. */
class RingPolygonsTest {

    static final GeoPoint KAPUSTIN_YAR = GeoPoint.of(48.58, 45.8);
    static final GeoPoint PETROPAVLOVSK = GeoPoint.of(53.0167, 158.65);
    static final double TOL_M = RingPolygons.DEFAULT_TOLERANCE_M;
    /** WGS84 quarter meridian, 10,001,965.7293 m (GeographicLib documentation); twice it is the antipodal distance. */
    static final double HALF_MERIDIAN_M = 2 * 10_001_965.7293;

    static RingCheck checked(GeoPoint c, double radiusM) {
        RingCheck k = RingCheck.of(new Ring(c, radiusM, EarthModel.WGS84), TOL_M);
        k.classification(new Random(7), 500);
        assertTrue(k.failures.isEmpty(), k.describe());
        return k;
    }

    @Test
    void kapustinYarInfDiscs() {
        for (double km : new double[] {480, 500, 1000}) {
            Geometry g = checked(KAPUSTIN_YAR, km * 1000).geometry;
            assertInstanceOf(Polygon.class, g);
            assertEquals(0, ((Polygon) g).getNumInteriorRing());
        }
    }

    @Test
    void kapustinYar5500ContainsTheNorthPole() {
        RingCheck k = checked(KAPUSTIN_YAR, 5_500e3);
        Polygon p = assertInstanceOf(Polygon.class, k.geometry);
        // Runs along the ring from −180° to 180° and closes along the pole line.
        assertEquals(-180, p.getEnvelopeInternal().getMinX());
        assertEquals(180, p.getEnvelopeInternal().getMaxX());
        assertEquals(90, p.getEnvelopeInternal().getMaxY());
        IndexedPointInAreaLocator loc = new IndexedPointInAreaLocator(p);
        // The pole is 4,619 km away: points near it in every direction are in range and inside flat.
        for (double lon = -180; lon <= 180; lon += 15) {
            assertTrue(RingCheck.covers(loc, 89.5, lon), "lat 89.5 lon " + lon);
        }
        // Every vertex lies on the ring to within a millimetre, every edge within 50 m.
        assertTrue(k.maxVertexErrM < 1e-6, "vertex error " + k.maxVertexErrM);
        assertTrue(k.maxEdgeErrM <= TOL_M, "edge error " + k.maxEdgeErrM);
    }

    @Test
    void kapustinYarInfBands() {
        double[] edges = {0, 480, 500, 1000, 5500};
        for (int i = 1; i < edges.length; i++) {
            Band b = new Band(KAPUSTIN_YAR, edges[i - 1] * 1000, edges[i] * 1000, EarthModel.WGS84);
            Geometry g = RingPolygons.band(b, TOL_M);
            assertTrue(new IsValidOp(g).isValid(), "band " + edges[i - 1] + "-" + edges[i]);
            IndexedPointInAreaLocator loc = new IndexedPointInAreaLocator(g);
            for (int az = 0; az < 360; az += 10) {
                double mid = 500 * (edges[i - 1] + edges[i]);
                GeoPoint in = EarthModel.WGS84.direct(KAPUSTIN_YAR, az, mid);
                assertTrue(RingCheck.covers(loc, in.latDeg(), in.lonDeg()), "band middle at azimuth " + az);
                if (edges[i - 1] > 0) {
                    GeoPoint inside = EarthModel.WGS84.direct(KAPUSTIN_YAR, az, edges[i - 1] * 1000 - 2 * TOL_M);
                    assertFalse(RingCheck.covers(loc, inside.latDeg(), inside.lonDeg()), "inside the inner ring at " + az);
                }
            }
            if (i == 1) {
                assertInstanceOf(Polygon.class, g);
            }
        }
        // The intermediate band 1,000–5,500 km holds the North Pole, not Kapustin Yar.
        Geometry inter = RingPolygons.band(new Band(KAPUSTIN_YAR, 1000e3, 5500e3, EarthModel.WGS84), TOL_M);
        IndexedPointInAreaLocator loc = new IndexedPointInAreaLocator(inter);
        assertTrue(RingCheck.covers(loc, 90, 0));
        assertFalse(RingCheck.covers(loc, KAPUSTIN_YAR.latDeg(), KAPUSTIN_YAR.lonDeg()));
    }

    @Test
    void petropavlovsk5500CrossesTheAntimeridianAndHoldsThePole() {
        RingCheck k = checked(PETROPAVLOVSK, 5_500e3);
        for (Coordinate c : k.geometry.getCoordinates()) {
            assertTrue(c.x >= -180 && c.x <= 180 && c.y >= -90 && c.y <= 90, c.toString());
        }
        IndexedPointInAreaLocator loc = new IndexedPointInAreaLocator(k.geometry);
        assertTrue(RingCheck.covers(loc, 53, -175), "east of the antimeridian, 900 km away");
        assertTrue(RingCheck.covers(loc, 64.7, -147.7), "Fairbanks, about 3,500 km away");
    }

    @Test
    void antimeridianDiscWithoutPoleIsCut() {
        RingCheck k = checked(GeoPoint.of(-17.7, 178.0), 1_000e3); // Fiji
        MultiPolygon mp = assertInstanceOf(MultiPolygon.class, k.geometry);
        assertEquals(2, mp.getNumGeometries());
        for (int i = 0; i < 2; i++) {
            double w = mp.getGeometryN(i).getEnvelopeInternal().getWidth();
            assertTrue(w < 30, "a part spans " + w + "° of longitude: it crosses the map");
        }
        checked(GeoPoint.of(0, 180), 100e3);
        checked(GeoPoint.of(0, -180), 100e3);
        checked(GeoPoint.of(30, 180), 5_000e3);
    }

    @Test
    void centresAtThePoles() {
        for (double lat : new double[] {90, -90}) {
            for (double r : new double[] {1, 1_000, 1_000e3, 9_000e3, 15_000e3}) {
                checked(GeoPoint.of(lat, 17), r);
            }
        }
        checked(GeoPoint.of(89.999999, -180), 500);
    }

    @Test
    void bothPolesGiveTheWorldMinusAHole() {
        RingCheck k = checked(GeoPoint.of(10, 20), 19_000e3);
        Polygon p = assertInstanceOf(Polygon.class, k.geometry);
        assertEquals(1, p.getNumInteriorRing(), "hole around the antipode (−10, −160)");
        IndexedPointInAreaLocator loc = new IndexedPointInAreaLocator(p);
        assertFalse(RingCheck.covers(loc, -10, -160));
        // A hole that straddles the antimeridian becomes notches in the shell.
        RingCheck k2 = checked(GeoPoint.of(-5, 0.5), 19_500e3);
        assertFalse(RingCheck.covers(new IndexedPointInAreaLocator(k2.geometry), 5, 180));
        assertFalse(RingCheck.covers(new IndexedPointInAreaLocator(k2.geometry), 5, -180));
    }

    @Test
    void oneMetreAndNineteenThousandKilometres() {
        RingCheck tiny = checked(KAPUSTIN_YAR, 1);
        assertTrue(tiny.geometry.getNumPoints() >= RingTrace.MIN_SEGMENTS);
        checked(KAPUSTIN_YAR, 19_000e3);
        checked(PETROPAVLOVSK, 19_000e3);
    }

    @Test
    void farthestPointIsTheAntipode() {
        for (GeoPoint c : new GeoPoint[] {KAPUSTIN_YAR, GeoPoint.of(0, 0), GeoPoint.of(90, 0), GeoPoint.of(-33, 151)}) {
            assertEquals(HALF_MERIDIAN_M, RingPolygons.maxRadiusMeters(c, EarthModel.WGS84), 1e-3, c.toString());
        }
        // A radius of exactly that distance is the whole Earth; one beyond it is an error.
        Geometry world = RingPolygons.disc(new Ring(KAPUSTIN_YAR, RingPolygons.maxRadiusMeters(KAPUSTIN_YAR,
                EarthModel.WGS84), EarthModel.WGS84), TOL_M);
        assertEquals(360 * 180, world.getArea(), 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RingPolygons.disc(new Ring(KAPUSTIN_YAR, 20_004e3, EarthModel.WGS84), TOL_M));
        assertEquals("range 20004.000 km is beyond the farthest point of the globe from (48.58, 45.8),"
                + " 20003.931 km away", e.getMessage());
    }

    @Test
    void ringsPastTheCutLocusAreRefusedNotFaked() {
        // On the equator geodesics stop being shortest at π·b = 19,970.326 km. The limit is where a
        // direct point's shortest distance falls short of the radius by more than the 1 mm vertex
        // tolerance: just past the cut point the shorter path is only shorter to second order, so
        // that is a few metres beyond π·b.
        double equator = RingPolygons.wellDefinedRadiusMeters(GeoPoint.of(0, 0), EarthModel.WGS84);
        assertEquals(19_970_326, equator, 10);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RingPolygons.disc(new Ring(GeoPoint.of(0, 0), 19_990e3, EarthModel.WGS84), TOL_M));
        assertEquals(String.format(java.util.Locale.ROOT, "range 19990.000 km from (0.0, 0.0) is past the cut locus,"
                + " where geodesics stop being shortest: rings from there are well defined up to %.3f km"
                + " (the farthest point is 20003.931 km away)", equator / 1000), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> RingPolygons.discAreaSquareMeters(new Ring(GeoPoint.of(0, 0), 19_990e3, EarthModel.WGS84)));
        // At 48.58° N they stay shortest to about 19,989 km (a brute-force search over 720
        // azimuths gave 19,989.19 km): a 19,985 km ring is exact and accepted, 19,995 km is not.
        double limit = RingPolygons.wellDefinedRadiusMeters(KAPUSTIN_YAR, EarthModel.WGS84);
        assertEquals(19_989_190, limit, 500);
        checked(KAPUSTIN_YAR, 19_985e3);
        checked(KAPUSTIN_YAR, limit);
        assertThrows(IllegalArgumentException.class,
                () -> RingPolygons.disc(new Ring(KAPUSTIN_YAR, 19_995e3, EarthModel.WGS84), TOL_M));
        // At a pole every geodesic is a meridian, shortest all the way to the other pole.
        assertEquals(HALF_MERIDIAN_M, RingPolygons.wellDefinedRadiusMeters(GeoPoint.of(90, 0), EarthModel.WGS84), 1e-3);
        // On a sphere nothing is lost before the antipode.
        assertEquals(Math.PI * 6_371_008.8,
                RingPolygons.wellDefinedRadiusMeters(KAPUSTIN_YAR, EarthModel.SPHERE), 1e-6);
    }

    @Test
    void ringThroughAPoleHoldsThePole() {
        // Regression: a radius equal to the pole's distance to the last bit made a curve through
        // the pole (no longitude there): invalid polygons, or the pole left out of the closed disc.
        for (GeoPoint c : new GeoPoint[] {KAPUSTIN_YAR, GeoPoint.of(-30, 180), GeoPoint.of(60, -180), GeoPoint.of(0, 0)}) {
            for (double poleLat : new double[] {90, -90}) {
                double d = EarthModel.WGS84.distanceMeters(c, GeoPoint.of(poleLat, 0));
                for (double s : new double[] {d, Math.nextUp(d), Math.nextDown(d), d - 2 * RingPolygons.POLE_SNAP_M}) {
                    RingCheck k = RingCheck.of(new Ring(c, s, EarthModel.WGS84), TOL_M);
                    k.classification(new Random(11), 50);
                    assertTrue(k.failures.isEmpty(), k.describe());
                }
            }
        }
    }

    @Test
    void sphereModel() {
        RingCheck k = RingCheck.of(new Ring(KAPUSTIN_YAR, 5_500e3, EarthModel.SPHERE), TOL_M);
        k.classification(new Random(3), 200);
        assertTrue(k.failures.isEmpty(), k.describe());
    }

    @Test
    void toleranceIsValidated() {
        Ring r = new Ring(KAPUSTIN_YAR, 500e3, EarthModel.WGS84);
        assertEquals("tolerance must be a finite number >= 0.01 m, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> RingPolygons.disc(r, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RingPolygons.disc(r, Double.NaN));
        // A coarser tolerance gives fewer vertices, still within it.
        RingCheck coarse = RingCheck.of(r, 5_000);
        assertTrue(coarse.failures.isEmpty(), coarse.describe());
        assertTrue(coarse.geometry.getNumPoints() < RingPolygons.disc(r, TOL_M).getNumPoints());
    }
}

package org.rangekit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.PolygonArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/**
 * {@link Rings} against GeographicLib alone: areas against PolygonArea of dense geodesic polygons
 * on the ring, membership against the inverse problem, vertices against the inverse problem.
 */
class RingsTest {

    /**
     * Relative area tolerance: PolygonArea at 16,384 and 32,768 vertices, Richardson-extrapolated,
     * leaves a residual below 1e-10 of the area; the exact area is claimed to 1e-8.
     */
    static final double AREA_REL_TOL = 1e-8;
    /** Ring vertices lie on the ring to 1 mm (RingPolygons.VERTEX_TOL_M). */
    static final double VERTEX_TOL_M = 1e-3;
    /** Points placed this far inside or outside the ring must be classified so: 1 mm, far above 15 nm. */
    static final double EDGE_MARGIN_M = 1e-3;

    @ParameterizedTest(name = "{0},{1} r={2} km")
    @CsvSource({"48.58, 45.80, 500", "-77.85, 166.67, 1000", "0, 179.9, 2000", "48.58, 45.80, 5500"})
    void discAreaMatchesPolygonArea(double lat, double lon, double radiusKm) {
        RingShape disc = Rings.disc(GeoPoint.of(lat, lon), radiusKm, EarthModel.WGS84);
        double expected = denseAreaKm2(lat, lon, radiusKm);
        assertEquals(expected, disc.areaSquareKm(), expected * AREA_REL_TOL);
        assertEquals(disc.areaSquareKm(), Rings.discAreaSquareKm(GeoPoint.of(lat, lon), radiusKm, EarthModel.WGS84));
        assertEquals(0, disc.innerKm());
        assertEquals(radiusKm, disc.outerKm());
    }

    @Test
    void bandAreaMatchesTheDifferenceOfTwoIndependentPolygonAreas() {
        RingShape band = Rings.band(GeoPoint.of(48.58, 45.80), 500, 1000, EarthModel.WGS84);
        double expected = denseAreaKm2(48.58, 45.80, 1000) - denseAreaKm2(48.58, 45.80, 500);
        assertEquals(expected, band.areaSquareKm(), expected * AREA_REL_TOL * 3);
        assertEquals(1, band.geometry().getNumGeometries());
        assertEquals(1, ((Polygon) band.geometry()).getNumInteriorRing(), "a band has a hole");
    }

    @Test
    void discVerticesLieOnTheRing() {
        Rings rings = new Rings(new Rings.Parameters(EarthModel.WGS84, 10));
        RingShape disc = rings.discOf(GeoPoint.of(48.58, 45.80), 500);
        Coordinate[] cs = disc.geometry().getCoordinates();
        assertTrue(cs.length > 100, "traced to 10 m: " + cs.length + " vertices");
        for (Coordinate c : cs) {
            double s = Geodesic.WGS84.Inverse(48.58, 45.80, c.y, c.x).s12;
            assertEquals(500_000, s, VERTEX_TOL_M, "vertex " + c);
        }
    }

    @Test
    void membershipFollowsTheGeodesicDistance() {
        SplittableRandom rnd = new SplittableRandom(20261202);
        int inside = 0;
        for (int i = 0; i < 100; i++) {
            double lat = rnd.nextDouble(-89, 89);
            double lon = rnd.nextDouble(-180, 180);
            double radiusKm = rnd.nextDouble(1, 15_000);
            double inner = rnd.nextBoolean() ? 0 : radiusKm * rnd.nextDouble(0.1, 0.9);
            RingShape shape = new Rings(new Rings.Parameters(EarthModel.WGS84, 1000))
                    .bandOf(GeoPoint.of(lat, lon), inner, radiusKm);
            double az = rnd.nextDouble(-180, 180);
            for (double offsetM : new double[] {-EDGE_MARGIN_M, EDGE_MARGIN_M}) {
                GeodesicData d = Geodesic.WGS84.Direct(lat, lon, az, radiusKm * 1000 + offsetM);
                GeoPoint p = GeoPoint.of(d.lat2, d.lon2);
                double s = Geodesic.WGS84.Inverse(lat, lon, d.lat2, d.lon2).s12;
                boolean expected = s <= radiusKm * 1000 && (inner == 0 || s > inner * 1000);
                assertEquals(expected, shape.contains(p), "point " + p + " at " + s + " m, shape " + shape.innerKm()
                        + "–" + radiusKm + " km around " + lat + "," + lon);
                inside += expected ? 1 : 0;
            }
        }
        assertEquals(100, inside, "exactly the points 1 mm inside the outer ring are in");
    }

    @Test
    void bandExcludesItsInnerEdgeAndDiscIncludesItsEdge() {
        GeoPoint c = GeoPoint.of(10, 20);
        RingShape band = Rings.band(c, 500, 1000, EarthModel.WGS84);
        GeodesicData in = Geodesic.WGS84.Direct(10, 20, 30, 500_000 - EDGE_MARGIN_M);
        GeodesicData out = Geodesic.WGS84.Direct(10, 20, 30, 500_000 + EDGE_MARGIN_M);
        assertFalse(band.contains(GeoPoint.of(in.lat2, in.lon2)));
        assertTrue(band.contains(GeoPoint.of(out.lat2, out.lon2)));
        assertTrue(Rings.disc(c, 500, EarthModel.WGS84).contains(c), "the centre is in its disc");
    }

    @Test
    void sphereAreaIsTheClosedForm() {
        double sphere = Rings.discAreaSquareKm(GeoPoint.of(48.58, 45.80), 500, EarthModel.SPHERE);
        // Sphere of radius R: 2πR²(1 − cos(s/R)), the closed form.
        double r = EarthModel.SPHERE.equatorialRadiusMeters() / 1000;
        assertEquals(2 * Math.PI * r * r * (1 - Math.cos(500 / r)), sphere, sphere * AREA_REL_TOL);
    }

    @Test
    void badParametersNameTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Rings.disc(GeoPoint.of(0, 0), -5, EarthModel.WGS84));
        assertEquals("radiusKm must be a finite number > 0, got -5.0", e.getMessage());
        IllegalArgumentException t = assertThrows(IllegalArgumentException.class,
                () -> new Rings.Parameters(EarthModel.WGS84, 0.001));
        assertTrue(t.getMessage().startsWith("toleranceMeters must be"), t.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Rings.band(GeoPoint.of(0, 0), 600, 500, EarthModel.WGS84));
        assertThrows(IllegalArgumentException.class, () -> Rings.disc(GeoPoint.of(0, 0), 20_010, EarthModel.WGS84),
                "beyond the antipode");
    }

    /** Disc area (km²) from GeographicLib's PolygonArea alone, extrapolated in the vertex count. */
    static double denseAreaKm2(double lat, double lon, double radiusKm) {
        double a1 = denseAreaM2(lat, lon, radiusKm, 16_384);
        double a2 = denseAreaM2(lat, lon, radiusKm, 32_768);
        return (a2 + (a2 - a1) / 3) / 1e6;
    }

    private static double denseAreaM2(double lat, double lon, double radiusKm, int n) {
        PolygonArea p = new PolygonArea(Geodesic.WGS84, false);
        for (int i = 0; i < n; i++) {
            GeodesicData d = Geodesic.WGS84.Direct(lat, lon, 360.0 * i / n, radiusKm * 1000);
            p.AddPoint(d.lat2, d.lon2);
        }
        return Math.abs(p.Compute(false, true).area);
    }
}

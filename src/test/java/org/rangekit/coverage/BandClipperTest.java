package org.rangekit.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

class BandClipperTest {

    /**
     * Relative tolerance for clipped band areas: the arc chords lose ≤ 1.4·sagitta/R (≈ 1.4e-6 at
     * 100 km); the reference quadrature is good to ≈ 1e-10.
     */
    static final double AREA_REL_TOL = 3e-6;

    static final GeometryFactory GF = new GeometryFactory();
    static final EarthModel WGS = EarthModel.WGS84;

    static Geometry box(double lonMin, double lonMax, double latMin, double latMax) {
        return GF.toGeometry(new Envelope(lonMin, lonMax, latMin, latMax));
    }

    @Test
    void referenceQuadratureMatchesTheEllipsoidArea() {
        // A disc of radius 20,000 km about the north pole holds every point but the south pole region.
        double total = DiscAreaReference.bandArea(GeoPoint.of(90, 0), 0, 20_003_931.4585, WGS);
        assertEquals(WGS.surfaceAreaSquareMeters(), total, 1e-6 * total);
    }

    @Test
    void referenceQuadratureAgreesWithRingPolygonsExactAreas() {
        GeoPoint site = GeoPoint.of(48.586, 45.718);
        for (double r : new double[] {100e3, 480e3, 5500e3}) {
            double ref = DiscAreaReference.bandArea(site, 0, r, WGS);
            double exact = org.rangekit.geometry.RingPolygons.discAreaSquareMeters(
                    new org.rangekit.range.Ring(site, r, WGS));
            assertEquals(ref, exact, 1e-9 * ref, "radius " + r);
        }
    }

    @Test
    void discWhollyInsideAPolygonHasTheDiscArea() {
        GeoPoint site = GeoPoint.of(50, 70);               // central Kazakhstan
        Geometry region = box(40, 100, 35, 60);            // holds the disc with hundreds of km to spare
        BandClipper c = new BandClipper(site, 0, 100e3, WGS);
        double expected = DiscAreaReference.bandArea(site, 0, 100e3, WGS);
        assertEquals(expected, c.areaSquareMeters(region), AREA_REL_TOL * expected);
        BandClipper band = new BandClipper(site, 100e3, 500e3, WGS);
        double bandExpected = DiscAreaReference.bandArea(site, 100e3, 500e3, WGS);
        assertEquals(bandExpected, band.areaSquareMeters(region), AREA_REL_TOL * bandExpected);
    }

    @Test
    void polygonWhollyInsideABigDiscKeepsItsWholeArea() {
        GeoPoint site = GeoPoint.of(48.586, 45.718);
        Geometry poly = GeodesicAreas.densify(box(30, 40, 50, 55));
        double own = GeodesicAreas.areaSquareMeters(poly, WGS);
        double inside = new BandClipper(site, 0, 5500e3, WGS).areaSquareMeters(poly);
        assertEquals(1.0, inside / own, 1e-9);
    }

    @Test
    void insideAndOutsideOfARingSumToTheWhole() {
        GeoPoint site = GeoPoint.of(48.586, 45.718);
        Geometry poly = GeodesicAreas.densify(box(40, 60, 40, 55));
        double own = GeodesicAreas.areaSquareMeters(poly, WGS);
        double in = new BandClipper(site, 0, 480e3, WGS).areaSquareMeters(poly);
        double out = new BandClipper(site, 480e3, 5500e3, WGS).areaSquareMeters(poly);
        assertTrue(in > 0 && out > 0);
        // The two circle polygons at 480 km are the same, so pieces tile the polygon up to rounding.
        assertEquals(own, in + out, 1e-7 * own);
    }

    @Test
    void polarAndAntimeridianGeometry() {
        GeoPoint pole = GeoPoint.of(89, 170);
        // A cap polygon closed along the pole line, read flat in lon/lat, crossing nothing.
        Geometry cap = box(-180, 180, 80, 90);
        BandClipper c = new BandClipper(pole, 0, 300e3, WGS);
        double expected = DiscAreaReference.bandArea(pole, 0, 300e3, WGS);
        assertEquals(expected, c.areaSquareMeters(cap), AREA_REL_TOL * expected);
        // A disc straddling ±180° against two boxes cut at the antimeridian.
        GeoPoint fiji = GeoPoint.of(-17, 179.5);
        Geometry both = box(170, 180, -30, -5).union(box(-180, -170, -30, -5));
        double e2 = DiscAreaReference.bandArea(fiji, 0, 200e3, WGS);
        assertEquals(e2, new BandClipper(fiji, 0, 200e3, WGS).areaSquareMeters(both), AREA_REL_TOL * e2);
    }

    @Test
    void geometryReachingTheAntipodeIsPreClippedConsistently() {
        GeoPoint site = GeoPoint.of(0, 0);
        // P1 lies wholly within 12,000 km (farthest corner ≈ 11,200 km); P2 reaches 19,500 km,
        // near the antipode (0, 180), so only it takes the lon/lat pre-clip path.
        Geometry p1 = box(60, 100, -10, 10);
        Geometry p2 = box(100, 175, -10, 10);
        BandClipper c = new BandClipper(site, 0, 12_000e3, WGS);
        double a1 = c.areaSquareMeters(p1);
        double a2 = c.areaSquareMeters(p2);
        double whole = c.areaSquareMeters(p1.union(p2));
        assertEquals(GeodesicAreas.areaSquareMeters(GeodesicAreas.densify(p1), WGS), a1, 1e-9 * a1);
        assertTrue(a2 > 0);
        assertEquals(a1 + a2, whole, 1e-7 * whole);
    }

    /**
     * Area of the ellipsoid between the equator and latitude φ (square metres): the closed form
     * π b² [sin φ / (1 − e² sin² φ) + artanh(e sin φ) / e], the integral of the area element
     * 2π M N cos φ dφ; checked below against the ellipsoid's total area.
     */
    static double zoneArea(double latDeg, EarthModel earth) {
        double a = earth.equatorialRadiusMeters();
        double f = earth.flattening();
        double b = a * (1 - f);
        double e = Math.sqrt(f * (2 - f));
        double s = Math.sin(Math.toRadians(latDeg));
        return Math.PI * b * b * (s / (1 - e * e * s * s) + 0.5 / e * Math.log((1 + e * s) / (1 - e * s)));
    }

    @Test
    void regionsLargerThanHalfTheEllipsoidAreMeasuredOnTheRightSide() {
        // A 15,000 km disc around (0, 0) holds both poles; clipped to |lat| <= 85 it loses the two
        // polar caps, which lie wholly inside it. Its area, ≈ 3.7e14 m², exceeds half the ellipsoid.
        GeoPoint site = GeoPoint.of(0, 0);
        double r = 15_000e3;
        double disc = org.rangekit.geometry.RingPolygons.discAreaSquareMeters(new org.rangekit.range.Ring(site, r, WGS));
        double cap = zoneArea(90, WGS) - zoneArea(85, WGS);
        double expected = disc - 2 * cap;
        assertEquals(WGS.surfaceAreaSquareMeters(), 2 * zoneArea(90, WGS), 1e-12 * WGS.surfaceAreaSquareMeters());
        assertTrue(expected > WGS.surfaceAreaSquareMeters() / 2);
        double got = new BandClipper(site, 0, r, WGS).areaSquareMeters(box(-180, 180, -85, 85));
        // 1e-6: the 0.1°-densified parallels at ±85° read as geodesics bow by 0.2 m (≈ 1 km² in all).
        assertEquals(expected, got, 1e-6 * expected);
    }

    @Test
    void nearTheAntipodeIsRefused() {
        GeoPoint site = GeoPoint.of(0, 0);
        Geometry nearAntipode = box(175, 180, -5, 5);
        assertThrows(IllegalArgumentException.class,
                () -> new BandClipper(site, 0, 19_500e3, WGS).areaSquareMeters(nearAntipode));
    }

    @Test
    void nearestDistanceOfAPolygon() {
        GeoPoint site = GeoPoint.of(0, 0);
        // Nearest point of the box [1..2]x[-1..1] is (0, 1) on its western edge, mid-segment.
        double d = BandClipper.nearestDistanceMeters(site, box(1, 2, -1, 1), WGS);
        double exact = WGS.distanceMeters(site, GeoPoint.of(0, 1));
        assertEquals(exact, d, 1.0);   // 1 m: the image of a 0.1° step bends by far less
        assertEquals(0, BandClipper.nearestDistanceMeters(site, box(-1, 1, -1, 1), WGS));
    }
}

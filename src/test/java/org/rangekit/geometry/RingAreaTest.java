package org.rangekit.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.range.Band;
import org.rangekit.range.Ring;

/**
 * The one test of the disc-area claim made in {@code DiscArea}, {@code RingPolygons}, README and
 * docs/geometry.md: within {@value #DISC_AREA_REL_TOL} relative of independent references,
 * GeographicLib's C++ Planimeter on 200,000-point polygons ({@code scripts/reference-areas}) and
 * the closed form on a sphere.
 */
class RingAreaTest {

    /**
     * The claimed accuracy (relative). The Planimeter references carry an inscribed-polygon deficit
     * of about 1.6e-10 (measured differences up to that); the closed form is exact.
     */
    static final double DISC_AREA_REL_TOL = 1e-9;

    @Test
    void discAreasMatchPlanimeter() throws IOException {
        List<String[]> rows = rows();
        assertEquals(10, rows.size());
        for (String[] f : rows) {
            EarthModel earth = EarthModel.parse(f[0]);
            Ring ring = new Ring(GeoPoint.of(Double.parseDouble(f[1]), Double.parseDouble(f[2])),
                    Double.parseDouble(f[3]), earth);
            double expected = Double.parseDouble(f[4]);
            double got = RingPolygons.discAreaSquareMeters(ring);
            assertEquals(expected, got, DISC_AREA_REL_TOL * expected, ring.toString());
        }
    }

    @Test
    void sphereDiscAreaMatchesClosedForm() {
        double r = 6_371_008.8;
        for (double s : new double[] {1, 1_000, 480e3, 5_500e3, 10_000e3, 15_000e3, 19_000e3, 20_000e3}) {
            for (GeoPoint c : new GeoPoint[] {GeoPoint.of(48.58, 45.8), GeoPoint.of(90, 0), GeoPoint.of(0, 180)}) {
                double h = Math.sin(s / (2 * r));
                double exact = 4 * Math.PI * r * r * h * h; // spherical cap 2πR²(1 − cos(s/R)), without cancellation
                double got = RingPolygons.discAreaSquareMeters(new Ring(c, s, EarthModel.SPHERE));
                assertEquals(exact, got, DISC_AREA_REL_TOL * exact + 1e-6, "s = " + s + " at " + c);
            }
        }
    }

    @Test
    void bandAreaIsOuterMinusInnerAndWholeEarthAtTheAntipode() {
        GeoPoint ky = GeoPoint.of(48.58, 45.8);
        double band = RingPolygons.bandAreaSquareMeters(new Band(ky, 500e3, 1000e3, EarthModel.WGS84));
        // Planimeter: 3,135,167,602,494.4 − 784,996,357,848.5 m².
        assertEquals(3_135_167_602_494.4 - 784_996_357_848.5, band, DISC_AREA_REL_TOL * band);
        double max = RingPolygons.maxRadiusMeters(ky, EarthModel.WGS84);
        assertEquals(EarthModel.WGS84.surfaceAreaSquareMeters(),
                RingPolygons.discAreaSquareMeters(new Ring(ky, max, EarthModel.WGS84)), 1);
    }

    private static List<String[]> rows() throws IOException {
        try (var in = RingAreaTest.class.getResourceAsStream("planimeter-disc-areas.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.trim().split("\\s+")).toList();
        }
    }

}

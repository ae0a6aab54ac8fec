package org.rangekit.geodesy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The earth models against GeographicLib's C++ tools (an independent implementation of Karney
 * 2013), read from tables recorded with {@code GeodSolve}; both directions of each problem.
 */
class EarthModelTest {

    /** Java and C++ GeographicLib agree to nanometres; a micrometre leaves room for printing to 9 decimals. */
    static final double DISTANCE_TOL_M = 1e-6;
    /** 1e-9° is 0.1 mm on the ground: far below anything that matters, far above double rounding. */
    static final double ANGLE_TOL_DEG = 1e-9;

    static List<double[]> table(String name) throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                EarthModelTest.class.getResourceAsStream(name), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                double[] v = new double[f.length];
                for (int i = 0; i < f.length; i++) {
                    v[i] = Double.parseDouble(f[i]);
                }
                rows.add(v);
            }
        }
        return rows;
    }

    @Test
    void inverseMatchesGeodSolve() throws IOException {
        List<double[]> rows = table("geodsolve-inverse.txt");
        assertEquals(14, rows.size());
        for (double[] v : rows) {
            GeoPoint a = new GeoPoint(v[0], v[1]);
            GeoPoint b = new GeoPoint(v[3], v[4]);
            EarthModel.Inverse inv = EarthModel.WGS84.inverse(a, b);
            assertEquals(v[6], inv.distanceMeters(), DISTANCE_TOL_M, "distance " + a + " -> " + b);
            assertEquals(v[6], EarthModel.WGS84.distanceMeters(b, a), DISTANCE_TOL_M, "reverse " + b + " -> " + a);
            // Azimuths are ill-conditioned for coincident and nearly antipodal points: not compared there.
            if (v[6] > 1 && Math.abs(v[0]) < 90 && v[6] < 19.9e6) {
                assertEquals(0, angleDiff(v[2], inv.azimuth1Deg()), ANGLE_TOL_DEG, "azimuth " + a + " -> " + b);
            }
        }
    }

    @Test
    void directMatchesGeodSolve() throws IOException {
        List<double[]> rows = table("geodsolve-direct.txt");
        assertEquals(11, rows.size());
        for (double[] v : rows) {
            GeoPoint a = new GeoPoint(v[0], v[1]);
            GeoPoint p = EarthModel.WGS84.direct(a, v[2], v[6]);
            assertEquals(v[3], p.latDeg(), ANGLE_TOL_DEG, "lat from " + a + " az " + v[2]);
            if (Math.abs(v[3]) < 90) {
                assertEquals(0, angleDiff(v[4], p.lonDeg()), ANGLE_TOL_DEG, "lon from " + a + " az " + v[2]);
            }
            // And back: the inverse recovers the distance.
            assertEquals(v[6], EarthModel.WGS84.distanceMeters(a, p), 1e-6 * Math.max(1, v[6] / 1e6) + DISTANCE_TOL_M);
        }
    }

    @Test
    void kapustinYarToNorthPoleIsWithin5500Km() {
        // GeodSolve -i: 48.58 45.8 -> 90 0 is 4,619,044.477 m; the INF 5,500 km disc contains the pole.
        assertEquals(4_619_044.477, EarthModel.WGS84.distanceMeters(GeoPoint.of(48.58, 45.8), GeoPoint.of(90, 0)), 1e-3);
    }

    @Test
    void sphereIsTheMeanRadius() {
        // On a sphere, a quarter great circle is (π/2)·R exactly.
        assertEquals(Math.PI / 2 * 6_371_008.8,
                EarthModel.SPHERE.distanceMeters(GeoPoint.of(0, 0), GeoPoint.of(0, 90)), 1e-6);
        assertEquals("sphere", EarthModel.parse("SPHERE").label());
        assertEquals(EarthModel.WGS84, EarthModel.parse("wgs84"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EarthModel.parse("grs80"));
        assertEquals("earth model must be wgs84 or sphere, got 'grs80'", e.getMessage());
    }

    @Test
    void geoPointRejectsBadValues() {
        assertEquals("latitude must be a number in [-90, 90] degrees, got 90.5",
                assertThrows(IllegalArgumentException.class, () -> GeoPoint.of(90.5, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> GeoPoint.of(Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> GeoPoint.of(0, Double.POSITIVE_INFINITY));
        assertEquals(-180.0, GeoPoint.normalizeLon(180));
        assertEquals(-170.0, GeoPoint.normalizeLon(190));
        assertEquals(179.5, GeoPoint.normalizeLon(-180.5));
    }

    static double angleDiff(double a, double b) {
        double d = Math.IEEEremainder(b - a, 360);
        return Math.abs(d);
    }
}

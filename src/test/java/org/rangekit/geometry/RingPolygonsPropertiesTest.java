package org.rangekit.geometry;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.PolygonArea;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.rangekit.Slow;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.range.Band;
import org.rangekit.range.Ring;

/**
 * Seeded property tests over the whole globe: centres drawn to include the poles, the
 * antimeridian and the equator, radii log-uniform from 1 m to 19,000 km, several tolerances.
 * Each test states its seed and case count; a failure message names the ring, so a case can be
 * replayed as a named regression test. In all: 11,200 cases.
 */
@Slow
class RingPolygonsPropertiesTest {

    static final double MIN_RADIUS_M = 1;
    static final double MAX_RADIUS_M = 19_000e3;
    static final double[] TOLERANCES_M = {50, 50, 50, 10, 200, 1_000};
    /**
     * Band area against the traced-annulus reference: the reference's own error is about 1e-10
     * relative ({@link #annulusAreaSquareMeters}), the disc areas' about as much (RingAreaTest).
     */
    static final double BAND_AREA_REL_TOL = 1e-8;
    /**
     * Absolute part (square metres): PolygonArea sums areas between each edge and the equator,
     * terms up to the size of the Earth's, so its rounding is about 1e-16 of 5e14 m² per vertex.
     */
    static final double BAND_AREA_ABS_TOL_M2 = 1.0;

    /** A centre: a third of the draws on a special line or point, the rest uniform on the sphere. */
    static GeoPoint centre(SplittableRandom rnd) {
        double lat = Math.toDegrees(Math.asin(2 * rnd.nextDouble() - 1));
        double lon = rnd.nextDouble() * 360 - 180;
        switch (rnd.nextInt(12)) {
            case 0: return GeoPoint.of(90, lon);
            case 1: return GeoPoint.of(-90, lon);
            case 2: return GeoPoint.of(lat, 180);
            case 3: return GeoPoint.of(lat, -180);
            case 4: return GeoPoint.of(0, lon);
            case 5: return GeoPoint.of(Math.copySign(90 - rnd.nextDouble() * 1e-3, lat), lon);
            case 6: return GeoPoint.of(lat, Math.copySign(180 - rnd.nextDouble() * 1e-3, lon));
            default: return GeoPoint.of(lat, lon);
        }
    }

    static double radius(SplittableRandom rnd) {
        return switch (rnd.nextInt(20)) {
            case 0 -> MIN_RADIUS_M;
            case 1 -> MAX_RADIUS_M;
            default -> MIN_RADIUS_M * Math.pow(MAX_RADIUS_M / MIN_RADIUS_M, rnd.nextDouble());
        };
    }

    static EarthModel earth(SplittableRandom rnd) {
        return rnd.nextInt(10) == 0 ? EarthModel.SPHERE : EarthModel.WGS84;
    }

    /** Seed 20261129, 3,000 cases: validity, orientation, every vertex within 1 mm, every edge within tolerance. */
    @Test
    void verticesEdgesAndValidity() {
        SplittableRandom rnd = new SplittableRandom(20261129);
        List<String> failures = new ArrayList<>();
        double worstVertex = 0, worstEdgeRatio = 0;
        for (int i = 0; i < 3_000; i++) {
            Ring ring = new Ring(centre(rnd), radius(rnd), earth(rnd));
            double tol = TOLERANCES_M[rnd.nextInt(TOLERANCES_M.length)];
            RingCheck k = RingCheck.of(ring, tol);
            worstVertex = Math.max(worstVertex, k.maxVertexErrM);
            worstEdgeRatio = Math.max(worstEdgeRatio, k.maxEdgeErrM / tol);
            if (!k.failures.isEmpty()) {
                failures.add(k.describe());
            }
        }
        System.out.printf("verticesEdgesAndValidity: 3000 cases, worst vertex error %.3g m, worst edge error %.3f of tolerance%n",
                worstVertex, worstEdgeRatio);
        assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures.subList(0, Math.min(3, failures.size())));
    }

    /**
     * Seed 4242, 6,000 cases: read flat, the polygon covers the centre, covers each pole exactly
     * when the pole is within the radius, and classifies points at r ± max(2 tol, 0.1 % r) on 20
     * random azimuths the way the exact distance does.
     */
    @Test
    void flatPointInPolygonAgreesWithExactDistance() {
        SplittableRandom rnd = new SplittableRandom(4242);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            Ring ring = new Ring(centre(rnd), radius(rnd), earth(rnd));
            double tol = TOLERANCES_M[rnd.nextInt(TOLERANCES_M.length)];
            RingCheck k = RingCheck.forClassification(ring, tol, RingPolygons.disc(ring, tol));
            k.classification(new Random(rnd.nextLong()), 20);
            if (!k.failures.isEmpty()) {
                failures.add(k.describe());
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures.subList(0, Math.min(3, failures.size())));
    }

    /**
     * Seed 77, 1,000 cases: bands are valid, right-hand-ruled, have every vertex on the inner or
     * outer ring and every edge within tolerance of its ring, hold the middle radius and not the
     * centre, and their exact area agrees with an independent reference: GeographicLib's
     * {@code PolygonArea} of the annulus traced as one geodesic polygon ({@link #annulusAreaSquareMeters}).
     */
    @Test
    void bands() {
        SplittableRandom rnd = new SplittableRandom(77);
        List<String> failures = new ArrayList<>();
        double worstOfTolerance = 0;
        int cases = 0;
        for (int i = 0; i < 1_000; i++) {
            GeoPoint c = centre(rnd);
            double a = radius(rnd), b = radius(rnd);
            if (Math.abs(a - b) < 1e-6 * Math.max(a, b) + 1) {
                continue;
            }
            cases++;
            EarthModel earth = earth(rnd);
            Band band = new Band(c, Math.min(a, b), Math.max(a, b), earth);
            Geometry g = RingPolygons.band(band, RingPolygons.DEFAULT_TOLERANCE_M);
            RingCheck k = RingCheck.ofBand(band, RingPolygons.DEFAULT_TOLERANCE_M, g);
            double mid = 0.5 * (band.innerMeters() + band.outerMeters());
            if (band.outerMeters() - band.innerMeters() > 4 * RingPolygons.DEFAULT_TOLERANCE_M) {
                var loc = new org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator(g);
                GeoPoint m = earth.direct(c, rnd.nextDouble() * 360, mid);
                if (!RingCheck.covers(loc, m.latDeg(), m.lonDeg())) {
                    k.failures.add("band middle " + m + " not inside");
                }
                if (band.innerMeters() > 2 * RingPolygons.DEFAULT_TOLERANCE_M && Math.abs(c.latDeg()) < 90
                        && RingCheck.covers(loc, c.latDeg(), GeoPoint.normalizeLon(c.lonDeg()))) {
                    k.failures.add("centre inside a band with inner radius " + band.innerMeters());
                }
            }
            double area = RingPolygons.bandAreaSquareMeters(band);
            double reference = annulusAreaSquareMeters(band);
            double err = Math.abs(area - reference);
            double allowed = BAND_AREA_REL_TOL * reference + BAND_AREA_ABS_TOL_M2;
            worstOfTolerance = Math.max(worstOfTolerance, err / allowed);
            if (err > allowed) {
                k.failures.add("band area " + area + " vs PolygonArea reference " + reference);
            }
            if (!k.failures.isEmpty()) {
                failures.add(band + ": " + k.failures);
            }
        }
        System.out.printf("bands: %d cases, worst area difference from PolygonArea %.3f of tolerance%n", cases, worstOfTolerance);
        assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures.subList(0, Math.min(3, failures.size())));
    }

    /** Vertices per circle of the coarser of the two traced annuli in {@link #annulusAreaSquareMeters}. */
    static final int ANNULUS_VERTICES = 512;

    /**
     * Independent reference for a band's area (square metres): the annulus traced as one geodesic
     * polygon (outer ring counter-clockwise, a slit along the azimuth-0 geodesic, inner ring
     * clockwise, back along the slit) and measured by GeographicLib's {@code PolygonArea}
     * (Karney 2013, §6), with n and 2n vertices per circle. The inscribed polygon's deficit is a
     * series in 1/n² (a smooth periodic curve sampled evenly), so the Richardson step
     * (4·A(2n) − A(n))/3 cancels its leading term and leaves O(n⁻⁴) ≈ 1e-10 relative.
     */
    static double annulusAreaSquareMeters(Band band) {
        double coarse = tracedAnnulus(band, ANNULUS_VERTICES);
        double fine = tracedAnnulus(band, 2 * ANNULUS_VERTICES);
        return (4 * fine - coarse) / 3;
    }

    private static double tracedAnnulus(Band band, int n) {
        EarthModel earth = band.outer().earth();
        GeoPoint c = band.outer().centre();
        PolygonArea polygon = new PolygonArea(earth.geodesic(), false);
        for (int k = 0; k <= n; k++) {
            GeodesicData p = earth.geodesic().Direct(c.latDeg(), c.lonDeg(), -360.0 * (k % n) / n, band.outerMeters());
            polygon.AddPoint(p.lat2, p.lon2);
        }
        for (int k = 0; k <= n; k++) {
            GeodesicData p = earth.geodesic().Direct(c.latDeg(), c.lonDeg(), 360.0 * (k % n) / n, band.innerMeters());
            polygon.AddPoint(p.lat2, p.lon2);
        }
        return polygon.Compute(false, false).area;
    }

    /**
     * Seed 314, 600 cases: rings passing between 0.01 mm and 1 km from a pole, on either side of
     * it, from centres anywhere (the antimeridian included): valid, within tolerance, and the pole
     * inside exactly when its distance is within the radius.
     */
    @Test
    void ringsGrazingAPole() {
        SplittableRandom rnd = new SplittableRandom(314);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            GeoPoint c = centre(rnd);
            double poleLat = rnd.nextBoolean() ? 90 : -90;
            double d = EarthModel.WGS84.distanceMeters(c, GeoPoint.of(poleLat, 0));
            double miss = Math.copySign(1e-5 * Math.pow(1e8, rnd.nextDouble()), rnd.nextDouble() - 0.5);
            if (!(d + miss > 0) || d + miss > MAX_RADIUS_M) {
                continue;
            }
            RingCheck k = RingCheck.of(new Ring(c, d + miss, EarthModel.WGS84), RingPolygons.DEFAULT_TOLERANCE_M);
            k.classification(new Random(rnd.nextLong()), 10);
            if (!k.failures.isEmpty()) {
                failures.add("miss " + miss + " m: " + k.describe());
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures.subList(0, Math.min(3, failures.size())));
    }

    /**
     * Seed 99, 600 cases: disc areas on the sphere equal the cap formula 4πR² sin²(s/2R), to the
     * tolerance of the disc-area claim ({@link RingAreaTest#DISC_AREA_REL_TOL}).
     */
    @Test
    void sphereDiscAreas() {
        SplittableRandom rnd = new SplittableRandom(99);
        double r = 6_371_008.8, worst = 0;
        for (int i = 0; i < 600; i++) {
            Ring ring = new Ring(centre(rnd), radius(rnd), EarthModel.SPHERE);
            double h = Math.sin(ring.radiusMeters() / (2 * r));
            double exact = 4 * Math.PI * r * r * h * h;
            double rel = Math.abs(RingPolygons.discAreaSquareMeters(ring) - exact) / exact;
            worst = Math.max(worst, rel);
            assertTrue(rel < RingAreaTest.DISC_AREA_REL_TOL, ring + " relative area error " + rel);
        }
        System.out.printf("sphereDiscAreas: 600 cases, worst relative error %.3g%n", worst);
    }
}

package org.rangekit.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Random;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rangekit.Slow;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/** Seeded property tests over the whole globe: round trips, and rings as exact circles in aeqd. */
@Slow
class ProjectionPropertiesTest {

    /** Round trips through GeographicLib come back to within a micrometre of the start. */
    static final double ROUND_TRIP_TOL_M = 1e-6;
    /**
     * SIS inverts Lambert azimuthal equal-area with a truncated series for the authalic latitude and Robinson
     * by iteration: both come back to within a few millimetres far from the centre. 1 cm is far below a pixel.
     */
    static final double SIS_ROUND_TRIP_TOL_M = 1e-2;
    /** The contract for the azimuthal equidistant view: radius equals distance within 1 mm. */
    static final double AEQD_RADIUS_TOL_M = 1e-3;

    static final int N = 2_000;

    static GeoPoint randomPoint(Random r) {
        double lat = Math.toDegrees(Math.asin(2 * r.nextDouble() - 1)); // uniform on the sphere
        return GeoPoint.of(lat, 360 * r.nextDouble() - 180);
    }

    @ParameterizedTest
    @EnumSource(ProjectionKind.class)
    void roundTripsInsideTheDomain(ProjectionKind kind) {
        Random r = new Random(42 + kind.ordinal());
        int checked = 0;
        for (int i = 0; i < N; i++) {
            GeoPoint centre = randomPoint(r);
            MapProjection p = Projections.create(kind, centre, EarthModel.WGS84);
            GeoPoint q = randomPoint(r);
            if (!inside(p.domain(), q)) {
                continue;
            }
            double[] xy = p.forward(q.latDeg(), q.lonDeg());
            assertFalse(Double.isNaN(xy[0]), () -> kind + " gave NaN inside its domain at " + q + " centre " + centre);
            double[] back = p.inverse(xy[0], xy[1]);
            double err = EarthModel.WGS84.distanceMeters(q, GeoPoint.of(back[0], back[1]));
            double tol = kind == ProjectionKind.AEQD ? ROUND_TRIP_TOL_M : SIS_ROUND_TRIP_TOL_M;
            assertEquals(0, err, tol, () -> kind + " round trip of " + q + " centre " + centre);
            checked++;
        }
        assertFalse(checked < N / 4, "too few points checked: " + checked);
    }

    private static boolean inside(Domain d, GeoPoint q) {
        if (d instanceof Domain.Cap cap) {
            return EarthModel.WGS84.distanceMeters(cap.centre(), q) < cap.radiusMeters();
        }
        Domain.World w = (Domain.World) d;
        return Math.abs(q.latDeg()) < w.maxAbsLatDeg();
    }

    @Test
    void aeqdRadiusIsTheGeodesicDistance() {
        Random r = new Random(7);
        for (int i = 0; i < N; i++) {
            GeoPoint centre = randomPoint(r);
            GeoPoint q = randomPoint(r);
            AzimuthalEquidistant p = new AzimuthalEquidistant(centre, EarthModel.WGS84);
            double[] xy = p.forward(q.latDeg(), q.lonDeg());
            double s = EarthModel.WGS84.distanceMeters(centre, q);
            assertEquals(s, Math.hypot(xy[0], xy[1]), AEQD_RADIUS_TOL_M, () -> "centre " + centre + " point " + q);
        }
    }

    @Test
    void aeqdRingIsACircle() {
        Random r = new Random(11);
        for (double radius : new double[] {1, 480e3, 500e3, 1_000e3, 5_500e3, 15_000e3}) {
            GeoPoint centre = randomPoint(r);
            AzimuthalEquidistant p = new AzimuthalEquidistant(centre, EarthModel.WGS84);
            for (int k = 0; k < 360; k++) {
                GeodesicData g = EarthModel.WGS84.geodesic().Direct(centre.latDeg(), centre.lonDeg(), k + 0.5,
                        radius, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
                double[] xy = p.forward(g.lat2, g.lon2);
                assertEquals(radius, Math.hypot(xy[0], xy[1]), AEQD_RADIUS_TOL_M, "radius " + radius + " az " + k);
            }
        }
    }

    @Test
    void aeqdPolesAndAntimeridian() {
        AzimuthalEquidistant p = new AzimuthalEquidistant(GeoPoint.of(53.0, 158.65), EarthModel.WGS84);
        // Points just either side of ±180° land next to each other, not on opposite edges.
        double[] a = p.forward(60, 179.9999);
        double[] b = p.forward(60, -179.9999);
        assertEquals(0, Math.hypot(a[0] - b[0], a[1] - b[1]), 30.0, "across the antimeridian");
        // The North Pole lies straight up the map at its geodesic distance.
        double[] n = p.forward(90, 0);
        assertEquals(0, n[0], AEQD_RADIUS_TOL_M);
        assertEquals(EarthModel.WGS84.distanceMeters(GeoPoint.of(53.0, 158.65), GeoPoint.of(90, 0)), n[1],
                AEQD_RADIUS_TOL_M);
    }

    @Test
    void globeClipBoundaryIsVisible() {
        Random r = new Random(3);
        for (int i = 0; i < 200; i++) {
            GeoPoint centre = randomPoint(r);
            MapProjection p = Projections.create(ProjectionKind.ORTHO, centre, EarthModel.WGS84);
            for (int k = 0; k < 360; k += 3) {
                GeodesicData g = EarthModel.WGS84.geodesic().Direct(centre.latDeg(), centre.lonDeg(), k,
                        SisProjection.GLOBE_RADIUS_M, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
                double[] xy = p.forward(g.lat2, g.lon2);
                assertFalse(Double.isNaN(xy[0]), "clip boundary hidden at centre " + centre + " azimuth " + k);
            }
        }
    }
}

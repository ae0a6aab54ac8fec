package org.rangekit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.junit.jupiter.api.Test;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.range.ThresholdSet;

/** {@link Distances} against GeographicLib's inverse problem and the INF Treaty's edges. */
class DistancesTest {

    /** Distances agree with GeographicLib to 1 nm: the same algorithm, only km conversion differs. */
    static final double DISTANCE_TOL_M = 1e-9;
    /** Azimuths agree to 1e-12° after mapping (−180, 180] to [0, 360). */
    static final double AZIMUTH_TOL_DEG = 1e-12;

    @Test
    void distanceAndAzimuthMatchGeodSolveReference() {
        // GeodSolve -i 48.58175 45.74481 44.06667 24.38333 (GeographicLib 2.x): 1713349.x m, azi1 -99.002…;
        // the CLI prints these as 1713.349 km and 260.998° (README).
        Distance d = Distances.between(GeoPoint.of(48.58175, 45.74481), GeoPoint.of(44.06667, 24.38333),
                EarthModel.WGS84);
        assertEquals(1713.349, d.distanceKm(), 0.0005);
        assertEquals(260.998, d.azimuthDeg(), 0.0005);
        assertEquals(ThresholdSet.INF_INTERMEDIATE, d.infCategory());
    }

    @Test
    void seededPointsMatchTheInverseProblem() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 500; i++) {
            double lat1 = rnd.nextDouble(-90, 90);
            double lon1 = rnd.nextDouble(-180, 180);
            double lat2 = rnd.nextDouble(-90, 90);
            double lon2 = rnd.nextDouble(-180, 180);
            GeodesicData ref = Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2);
            Distance d = Distances.between(GeoPoint.of(lat1, lon1), GeoPoint.of(lat2, lon2), EarthModel.WGS84);
            assertEquals(ref.s12, d.distanceKm() * 1000, DISTANCE_TOL_M * 1000 + Math.ulp(ref.s12) * 4);
            double az = ref.azi1 < 0 ? ref.azi1 + 360 : ref.azi1;
            assertEquals(az, d.azimuthDeg(), AZIMUTH_TOL_DEG);
            assertTrue(d.azimuthDeg() >= 0 && d.azimuthDeg() < 360, "azimuth " + d.azimuthDeg());
            assertEquals(d.distanceKm(), Distances.distanceKm(GeoPoint.of(lat1, lon1), GeoPoint.of(lat2, lon2),
                    EarthModel.WGS84));
        }
    }

    @Test
    void infCategoryHonoursTheTreatyEdges() {
        GeoPoint p = GeoPoint.of(0, 0);
        assertEquals(ThresholdSet.INF_NOT_COVERED, new Distance(p, p, 499.999, 0, EarthModel.WGS84).infCategory());
        assertEquals(ThresholdSet.INF_SHORTER, new Distance(p, p, 500, 0, EarthModel.WGS84).infCategory());
        assertEquals(ThresholdSet.INF_SHORTER, new Distance(p, p, 1000, 0, EarthModel.WGS84).infCategory());
        assertEquals(ThresholdSet.INF_INTERMEDIATE, new Distance(p, p, 1000.001, 0, EarthModel.WGS84).infCategory());
        assertEquals(ThresholdSet.INF_INTERMEDIATE, new Distance(p, p, 5500, 0, EarthModel.WGS84).infCategory());
        assertEquals(ThresholdSet.INF_NOT_COVERED, new Distance(p, p, 5500.001, 0, EarthModel.WGS84).infCategory());
    }

    @Test
    void neededRangeIsTheDistanceToTheNearestSite() {
        GeoPoint berlin = GeoPoint.of(52.52, 13.40);
        GeoPoint ky = GeoPoint.of(48.58175, 45.74481);
        GeoPoint kaliningrad = GeoPoint.of(54.71, 20.51);
        double expected = Geodesic.WGS84.Inverse(54.71, 20.51, 52.52, 13.40).s12 / 1000;
        assertEquals(expected, Distances.neededRangeKm(List.of(ky, kaliningrad), berlin, EarthModel.WGS84),
                DISTANCE_TOL_M);
        assertTrue(expected < Geodesic.WGS84.Inverse(48.58175, 45.74481, 52.52, 13.40).s12 / 1000);
        assertThrows(IllegalArgumentException.class, () -> Distances.neededRangeKm(List.of(), berlin,
                EarthModel.WGS84));
    }
}

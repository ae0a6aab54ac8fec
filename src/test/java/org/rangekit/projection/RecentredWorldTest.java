package org.rangekit.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/** Web Mercator moved to another central meridian: edges, wrap-around and round trips. */
class RecentredWorldTest {

    /** Web Mercator is a closed-form formula on both sides: forward and inverse agree to well under 1 mm. */
    static final double ROUND_TRIP_TOL_M = 1e-3;

    static final MapProjection BASE = SisProjection.webMercator(0);

    @ParameterizedTest(name = "λ0 = {0}: λ {1} -> {2}")
    @CsvSource({"158.6, 158.6, 0", "158.6, -21.4, -180", "158.6, 338.6, 180", "158.6, -21.4000001, 179.9999999",
        "158.6, 180, 21.4", "158.6, -180, 21.4", "-100, 80, 180", "-100, -280, -180", "-100, 81, -179",
        "-180, 0, 180", "-180, -360, -180", "-180, 170, -10"})
    void relativeLongitudeKeepsBothEdges(double lon0, double lon, double expected) {
        assertEquals(expected, new RecentredWorld(BASE, lon0).relativeLon(lon), 1e-9);
    }

    @Test
    void forwardIsTheBaseAtTheShiftedLongitude() {
        RecentredWorld p = new RecentredWorld(BASE, 158.6);
        double[] a = p.forward(53, 160);
        double[] b = BASE.forward(53, 1.4);
        assertEquals(b[0], a[0], 1e-6);
        assertEquals(b[1], a[1], 1e-6);
        assertEquals(new Domain.World(158.6, SisProjection.MERCATOR_MAX_LAT_DEG), p.domain());
    }

    /** Seed 20261129, 2,000 points over the whole Mercator domain and random central meridians. */
    @Test
    void seededRoundTrips() {
        SplittableRandom rnd = new SplittableRandom(20261129);
        for (int i = 0; i < 2000; i++) {
            double lon0 = rnd.nextDouble(-180, 180);
            double lat = rnd.nextDouble(-85, 85);
            double lon = rnd.nextDouble(-180, 180);
            RecentredWorld p = new RecentredWorld(BASE, lon0);
            double[] xy = p.forward(lat, lon);
            double[] back = p.inverse(xy[0], xy[1]);
            double err = EarthModel.WGS84.distanceMeters(GeoPoint.of(lat, lon), GeoPoint.of(back[0], back[1]));
            assertEquals(0, err, ROUND_TRIP_TOL_M, "λ0 " + lon0 + " at " + lat + "," + lon);
        }
    }

    @Test
    void rejectsABaseNotCentredOnGreenwich() {
        assertThrows(IllegalArgumentException.class, () -> new RecentredWorld(SisProjection.webMercator(10), 20));
        assertThrows(IllegalArgumentException.class, () -> new RecentredWorld(BASE, Double.NaN));
    }
}

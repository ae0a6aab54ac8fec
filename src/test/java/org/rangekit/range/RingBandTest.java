package org.rangekit.range;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/** Exact membership of rings and bands, decided by geodesic distance at the edges themselves. */
class RingBandTest {

    static final GeoPoint KY = GeoPoint.of(48.58175, 45.74481);
    /** 1 mm either side of an edge: far above GeographicLib's 15 nm, far below anything a map shows. */
    static final double EDGE_OFFSET_M = 1e-3;

    @Test
    void ringIsClosedAndExactAtItsEdge() {
        Ring r = new Ring(KY, 500e3, EarthModel.WGS84);
        for (double az = -180; az < 180; az += 7.5) {
            assertTrue(r.contains(EarthModel.WGS84.direct(KY, az, 500e3 - EDGE_OFFSET_M)), "inside at " + az);
            assertFalse(r.contains(EarthModel.WGS84.direct(KY, az, 500e3 + EDGE_OFFSET_M)), "outside at " + az);
        }
        // The North Pole, 4,618.850 km away (GeodSolve), is inside 5,500 km and outside 4,600 km.
        assertTrue(new Ring(KY, 5_500e3, EarthModel.WGS84).contains(GeoPoint.of(90, 0)));
        assertFalse(new Ring(KY, 4_600e3, EarthModel.WGS84).contains(GeoPoint.of(90, 0)));
        // Across the antimeridian: Petropavlovsk-Kamchatsky to a point at 179.9° W.
        GeoPoint pk = GeoPoint.of(53.06393, 158.62751);
        double d = EarthModel.WGS84.distanceMeters(pk, GeoPoint.of(53, -179.9));
        assertTrue(new Ring(pk, d, EarthModel.WGS84).contains(GeoPoint.of(53, -179.9)), "a point at exactly r is inside");
    }

    @Test
    void bandEdgesFollowTheGivenInclusion() {
        // INF shorter range: [500, 1000] km, both edges included (Art. II §6).
        Band shorter = new Band(KY, 500e3, 1000e3, EarthModel.WGS84);
        for (double az = 0; az < 360; az += 30) {
            GeoPoint justInside = EarthModel.WGS84.direct(KY, az, 500e3 + EDGE_OFFSET_M);
            GeoPoint justOutside = EarthModel.WGS84.direct(KY, az, 500e3 - EDGE_OFFSET_M);
            assertTrue(shorter.contains(justInside, true, true));
            assertFalse(shorter.contains(justOutside, true, true));
            GeoPoint far = EarthModel.WGS84.direct(KY, az, 1000e3 + EDGE_OFFSET_M);
            assertFalse(shorter.contains(far, true, true));
        }
        // A point whose distance is the edge itself belongs where the flags say.
        GeoPoint p = GeoPoint.of(50, 40);
        double d = EarthModel.WGS84.distanceMeters(KY, p);
        Band at = new Band(KY, d, d + 1e3, EarthModel.WGS84);
        assertTrue(at.contains(p, true, false));
        assertFalse(at.contains(p, false, true));
        Band below = new Band(KY, d - 1e3, d, EarthModel.WGS84);
        assertTrue(below.contains(p, false, true));
        assertFalse(below.contains(p, true, false));
    }

    @Test
    void badRadiiAreRefusedWithTheValue() {
        assertEquals("radius must be a finite number > 0 m, got -5.0",
                assertThrows(IllegalArgumentException.class, () -> new Ring(KY, -5, EarthModel.WGS84)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Ring(KY, Double.NaN, EarthModel.WGS84));
        assertThrows(IllegalArgumentException.class, () -> new Ring(KY, Double.POSITIVE_INFINITY, EarthModel.WGS84));
        assertEquals("outer radius must be a finite number > inner radius 1000.0 m, got 500.0",
                assertThrows(IllegalArgumentException.class, () -> new Band(KY, 1000, 500, EarthModel.WGS84)).getMessage());
        assertThrows(IllegalStateException.class, () -> new Band(KY, 0, 500, EarthModel.WGS84).inner());
    }
}

package org.rangekit.coverage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.Test;
import org.rangekit.Slow;
import org.rangekit.geodesy.EarthModel;

/** Checks inequality (1) of {@link SphereBound}, (1 − f)·aσ ≤ s ≤ aσ, numerically over the globe. */
class SphereBoundTest {

    /** Rounding allowance (metres) for this check: GeographicLib ≈ 15 nm plus sub-µm vector rounding. */
    static final double ROUNDING_TOL_M = 1e-6;

    @Test
    @Slow
    void boundHoldsForRandomPairsIncludingNearAntipodes() {
        SphereBound bound = new SphereBound(EarthModel.WGS84);
        Geodesic g = Geodesic.WGS84;
        SplittableRandom rnd = new SplittableRandom(42);
        double worstLow = 1;
        double worstHigh = 0;
        for (int i = 0; i < 200_000; i++) {
            double lat1 = Math.toDegrees(Math.asin(rnd.nextDouble(-1, 1)));
            double lon1 = rnd.nextDouble(-180, 180);
            double lat2;
            double lon2;
            switch (i % 4) {
                case 0 -> { // nearly antipodal
                    lat2 = Math.max(-90, Math.min(90, -lat1 + rnd.nextDouble(-0.5, 0.5)));
                    lon2 = lon1 + 180 + rnd.nextDouble(-0.5, 0.5);
                }
                case 1 -> { // short meridional arcs near the equator: the tight end of the bound
                    lat1 = rnd.nextDouble(-1, 1);
                    lat2 = lat1 + rnd.nextDouble(-0.01, 0.01);
                    lon2 = lon1;
                }
                default -> {
                    lat2 = Math.toDegrees(Math.asin(rnd.nextDouble(-1, 1)));
                    lon2 = rnd.nextDouble(-180, 180);
                }
            }
            double s = g.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE).s12;
            double sphere = bound.sphereDistanceMeters(lat1, lon1, lat2, lon2);
            assertTrue(s <= sphere + ROUNDING_TOL_M, "upper bound " + lat1 + "," + lon1 + " " + lat2 + "," + lon2);
            assertTrue(s >= bound.lowerFactor() * sphere - ROUNDING_TOL_M, "lower bound");
            if (sphere > 1000) {
                worstLow = Math.min(worstLow, s / sphere);
                worstHigh = Math.max(worstHigh, s / sphere);
            }
        }
        // The bound is nearly attained at both ends: it is not loose by much.
        assertTrue(worstLow < 1 - 0.9 * EarthModel.WGS84.flattening(), "lowest ratio " + worstLow);
        assertTrue(worstHigh > 0.9999, "highest ratio " + worstHigh);
    }
}

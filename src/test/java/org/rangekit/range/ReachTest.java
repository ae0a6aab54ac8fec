package org.rangekit.range;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.junit.jupiter.api.Test;

/**
 * The three-state rule ({@link Reach}) against brute force with GeographicLib's {@link Geodesic}
 * called directly: launch points sampled within ±u of the nominal site, true distances measured.
 */
class ReachTest {

    /** Sampled true distances may sit on the band's edges; 1 mm covers GeographicLib's rounding (15 nm). */
    static final double EDGE_TOL_M = 1e-3;
    /** Cases whose distance is this close to an edge are not used to test the edge itself. */
    static final double MARGIN_M = 1.0;

    private static final Geodesic G = Geodesic.WGS84;

    @Test
    void edgesAreExactInKilometres() {
        RangeEstimate r500 = RangeEstimate.single(500);
        assertEquals(Reach.CERTAINLY_IN, Reach.of(450, 50, r500), "d + u = r: every launch point reaches");
        assertEquals(Reach.POSSIBLY_IN, Reach.of(450.001, 50, r500));
        assertEquals(Reach.POSSIBLY_IN, Reach.of(550, 50, r500), "d − u = r: the nearest launch point reaches");
        assertEquals(Reach.OUT, Reach.of(550.001, 50, r500));
        assertEquals(Reach.CERTAINLY_IN, Reach.of(500, 0, r500), "u = 0: the plain disc test");
        assertEquals(Reach.OUT, Reach.of(500.001, 0, r500));
        RangeEstimate est = RangeEstimate.interval(2350, 2500);
        assertEquals(Reach.CERTAINLY_IN, Reach.of(2330, 20, est));
        assertEquals(Reach.POSSIBLY_IN, Reach.of(2400, 0, est), "between the estimates, even for a known site");
        assertEquals(Reach.POSSIBLY_IN, Reach.of(2520, 20, est));
        assertEquals(Reach.OUT, Reach.of(2520.5, 20, est));
        assertEquals(Reach.OUT, Reach.of(Double.NaN, 20, est));
        assertEquals(Reach.POSSIBLY_IN, Reach.of(0, 60, RangeEstimate.single(50)), "r < u: nothing is certain");
    }

    @Test
    void possiblyBandIsMinusUToMaxPlusU() {
        Interval b = Reach.possiblyBandKm(RangeEstimate.single(500), 50);
        assertEquals(450, b.lowerKm());
        assertEquals(550, b.upperKm());
        assertTrue(!b.lowerInclusive() && b.upperInclusive());
        Interval disc = Reach.possiblyBandKm(RangeEstimate.single(30), 50);
        assertEquals(0, disc.lowerKm());
        assertEquals(80, disc.upperKm());
        assertNull(Reach.possiblyBandKm(RangeEstimate.single(30), 0));
        Interval est = Reach.possiblyBandKm(RangeEstimate.interval(2350, 2500), 0);
        assertEquals(2350, est.lowerKm());
        assertEquals(2500, est.upperKm());
    }

    /**
     * Over the whole globe (poles, ±180°, 1 m to 19,000 km): "certainly in" holds for every sampled launch
     * point, "out" for none, and "possibly in" is sharp: the launch point u away from the target along the
     * geodesic is out of range and the one u towards it is in (both exist while the extended geodesic
     * stays shortest, checked by measuring it).
     */
    @Test
    void agreesWithSampledLaunchPointsOverTheGlobe() {
        SplittableRandom rnd = new SplittableRandom(20261202L);
        int certain = 0;
        int out = 0;
        int sharp = 0;
        for (int i = 0; i < 3000; i++) {
            double lat = i % 50 == 0 ? (i % 100 == 0 ? 90 : -90) : Math.toDegrees(Math.asin(rnd.nextDouble(-1, 1)));
            double lon = i % 7 == 0 ? (i % 14 == 0 ? 180 : -180) + rnd.nextDouble(-0.01, 0.01) : rnd.nextDouble(-180, 180);
            double uKm = i % 10 == 0 ? 0 : rnd.nextDouble(0.001, 200);
            double dM = Math.exp(rnd.nextDouble(0, Math.log(19_000_000.0)));
            GeodesicData t = G.Direct(lat, lon, rnd.nextDouble(-180, 180), dM);
            double d = G.Inverse(lat, lon, t.lat2, t.lon2).s12;
            double minKm = d / 1000 + rnd.nextDouble(-1.5, 1.5) * uKm + rnd.nextDouble(-5, 5);
            if (!(minKm > 0.001)) {
                continue;
            }
            RangeEstimate range = i % 3 == 0 ? RangeEstimate.interval(minKm, minKm + rnd.nextDouble(1, 300))
                    : RangeEstimate.single(minKm);
            Reach reach = Reach.of(d / 1000, uKm, range);
            double loM = range.minKm() * 1000;
            double hiM = range.maxKm() * 1000;
            for (int k = 0; k < 24; k++) {
                double s = k < 8 ? uKm * 1000 : uKm * 1000 * Math.sqrt(rnd.nextDouble());
                GeodesicData p = G.Direct(lat, lon, rnd.nextDouble(-180, 180), s);
                double trueM = G.Inverse(p.lat2, p.lon2, t.lat2, t.lon2).s12;
                if (reach == Reach.CERTAINLY_IN) {
                    assertTrue(trueM <= loM + EDGE_TOL_M, "case " + i + ": certainly in but a launch point is "
                            + trueM + " m away, range " + loM);
                } else if (reach == Reach.OUT) {
                    assertTrue(trueM > hiM - EDGE_TOL_M, "case " + i + ": out but a launch point is " + trueM
                            + " m away, range " + hiM);
                }
            }
            if (reach == Reach.CERTAINLY_IN) {
                certain++;
            } else if (reach == Reach.OUT) {
                out++;
            } else if (uKm > 0 && d > uKm * 1000) {
                GeodesicData toTarget = G.Inverse(lat, lon, t.lat2, t.lon2);
                GeodesicData away = G.Direct(lat, lon, toTarget.azi1 + 180, uKm * 1000);
                GeodesicData toward = G.Direct(lat, lon, toTarget.azi1, uKm * 1000);
                double far = G.Inverse(away.lat2, away.lon2, t.lat2, t.lon2).s12;
                double near = G.Inverse(toward.lat2, toward.lon2, t.lat2, t.lon2).s12;
                boolean extended = Math.abs(far - (d + uKm * 1000)) < EDGE_TOL_M;
                if (extended && d + uKm * 1000 > loM + MARGIN_M && d - uKm * 1000 <= hiM - MARGIN_M) {
                    assertTrue(far > loM, "case " + i + ": possibly in, yet the farthest launch point reaches");
                    assertTrue(near <= hiM + EDGE_TOL_M, "case " + i + ": possibly in, yet no launch point reaches");
                    sharp++;
                }
            }
        }
        assertTrue(certain > 300 && out > 100 && sharp > 300,
                "each state must be exercised: certain " + certain + ", out " + out + ", sharp " + sharp);
    }
}

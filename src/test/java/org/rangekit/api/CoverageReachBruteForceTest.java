package org.rangekit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.Test;
import org.rangekit.coverage.Target;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.io.in.SystemCatalog;
import org.rangekit.range.Interval;
import org.rangekit.range.RangeEstimate;
import org.rangekit.range.Reach;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;

/**
 * The three-state {@code reach} and the true-distance interval of {@code coverage --preset inf
 * --system 9m729} from the four reported 9M729 sites (±20–50 km), against GeographicLib's
 * {@link Geodesic} called directly: seeded targets crowd every range of the set (480 claimed,
 * 500, 1,000, the 2,350–2,500 km estimate, 5,500) within ±2u. For each target and site the farthest
 * and nearest launch points within u are built explicitly (u behind the site and u towards the
 * target along the geodesic through it) and their distances measured; random launch points within
 * u must fall between them. A target is certainly within a range when, from some site, the farthest
 * launch point reaches the range's lower end; out when from every site the nearest launch point lies
 * beyond its upper end. {@code reach} is pinned against the set's farthest range (5,500 km, as the
 * documentation states) and {@link Reach#of} against every range.
 */
class CoverageReachBruteForceTest {

    private static final Geodesic G = Geodesic.WGS84;
    /** Distances this close to an edge are left out of the edge's verdict (GeographicLib is good to 15 nm). */
    private static final double MARGIN_M = 1.0;

    @Test
    void reachAndIntervalOfThe9m729AgainstEveryRange() {
        SiteCatalog catalog = SiteCatalog.builtIn();
        List<Site> sites = List.of("kapustin-yar", "kamyshlov", "mozdok", "shuya").stream()
                .map(id -> catalog.find(id).orElseThrow()).toList();
        ThresholdSet set = SystemCatalog.builtIn().find("9m729").orElseThrow().ranges(ThresholdSet.preset("inf"));
        List<RangeEstimate> ranges = set.rangeValues();
        RangeEstimate farthest = set.outermost();
        assertEquals(5500, farthest.maxKm(), "the INF set's 5,500 km is the farthest range");
        assertTrue(ranges.stream().anyMatch(r -> r.isInterval() && r.minKm() == 2350 && r.maxKm() == 2500), ranges.toString());

        SplittableRandom rnd = new SplittableRandom(20261202);
        List<Target> targets = new ArrayList<>();
        for (int k = 0; k < 1200; k++) {
            Site s = sites.get(rnd.nextInt(sites.size()));
            RangeEstimate r = rnd.nextBoolean() ? farthest : ranges.get(rnd.nextInt(ranges.size()));
            double u = Math.max(s.uncertaintyKm(), 1);
            double edge = rnd.nextBoolean() ? r.minKm() : r.maxKm();
            double km = Math.max(1, edge + (2 * rnd.nextDouble() - 1) * 2 * u);
            GeodesicData q = G.Direct(s.point().latDeg(), s.point().lonDeg(), rnd.nextDouble() * 360, km * 1000);
            targets.add(Target.point("t" + k, "", q.lat2, q.lon2, 0));
        }
        List<TargetDistance> got = Coverage.classify(sites, set, targets);
        assertEquals(targets.size(), got.size());

        int[] counts = new int[3];
        int checkedReach = 0, checkedRanges = 0, sampled = 0;
        double worstEnd = 0;
        String worstWhere = "";
        for (int k = 0; k < targets.size(); k++) {
            Target t = targets.get(k);
            TargetDistance td = got.get(k);
            double lat = t.latDeg(), lon = t.lonDeg();
            // per site: {nominal, nearest launch point, farthest launch point} distances (m)
            double[][] d = new double[sites.size()][];
            int nearest = 0;
            for (int i = 0; i < sites.size(); i++) {
                Site s = sites.get(i);
                GeodesicData g = G.Inverse(s.point().latDeg(), s.point().lonDeg(), lat, lon);
                double u = s.uncertaintyKm() * 1000;
                GeodesicData toward = G.Direct(s.point().latDeg(), s.point().lonDeg(), g.azi1, u);
                GeodesicData behind = G.Direct(s.point().latDeg(), s.point().lonDeg(), g.azi1 + 180, u);
                // within u of the site the target itself may be the launch point
                double near = g.s12 <= u ? 0 : G.Inverse(toward.lat2, toward.lon2, lat, lon, GeodesicMask.DISTANCE).s12;
                double far = G.Inverse(behind.lat2, behind.lon2, lat, lon, GeodesicMask.DISTANCE).s12;
                d[i] = new double[] {g.s12, near, far};
                // the interval [max(0, d − u), d + u] of the true distance, its ends attained
                Interval iv = Reach.trueDistanceKm(g.s12 / 1000, s.uncertaintyKm());
                double endErr = Math.max(Math.abs(iv.lowerKm() * 1000 - near), Math.abs(iv.upperKm() * 1000 - far));
                if (endErr > worstEnd) {
                    worstEnd = endErr;
                    worstWhere = String.format(Locale.ROOT, " (%s from %s: d %.3f m, u %.0f m, near %.3f, far %.3f)",
                            t.name(), s.id(), g.s12, u, near, far);
                }
                for (int j = 0; j < 4; j++) { // random launch points within u stay inside the interval
                    GeodesicData p = G.Direct(s.point().latDeg(), s.point().lonDeg(), rnd.nextDouble() * 360,
                            u * Math.sqrt(rnd.nextDouble()));
                    double dd = G.Inverse(p.lat2, p.lon2, lat, lon, GeodesicMask.DISTANCE).s12;
                    assertTrue(dd >= near - 1e-3 && dd <= far + 1e-3, t.name() + " from " + s.id() + ": " + dd
                            + " m outside [" + near + ", " + far + "]");
                    sampled++;
                }
                if (g.s12 < d[nearest][0]) {
                    nearest = i;
                }
            }
            // the band is that of the nominal distance from the nearest site
            assertEquals(d[nearest][0] / 1000, td.distanceKm(), 1e-6, t.name());
            assertEquals(sites.get(nearest).id(), td.site().id(), t.name());
            for (RangeEstimate r : ranges) {
                Reach want = bruteReach(d, r);
                if (want == null) {
                    continue;
                }
                checkedRanges++;
                Reach lib = Reach.of(d[nearest][0] / 1000, sites.get(nearest).uncertaintyKm(), r);
                Reach best = lib;
                for (int i = 0; i < sites.size(); i++) {
                    Reach ri = Reach.of(d[i][0] / 1000, sites.get(i).uncertaintyKm(), r);
                    if (ri.ordinal() < best.ordinal()) {
                        best = ri;
                    }
                }
                assertEquals(want, best, t.name() + " against " + r.kmText());
                if (r.equals(farthest)) {
                    assertEquals(want, td.reach(), t.name() + " at " + td.distanceKm() + " km from " + td.site().id()
                            + ": reach against the farthest range " + r.kmText());
                    counts[want.ordinal()]++;
                    checkedReach++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "CoverageReachBruteForceTest: ranges %s; %d targets, %d reach verdicts against 5,500 km "
                + "(%d certainly in, %d possibly in, %d out), %d verdicts against every range, %d sampled launch points, "
                + "interval ends off by at most %.2g m%s%n", ranges.stream().map(RangeEstimate::kmText).toList(), targets.size(), checkedReach, counts[0], counts[1], counts[2],
                checkedRanges, sampled, worstEnd, worstWhere);
        assertTrue(worstEnd < 1e-3, "interval ends off by " + worstEnd + " m");
        assertTrue(counts[0] > 100 && counts[1] > 50 && counts[2] > 30, "every state near 5,500 km: " + java.util.Arrays.toString(counts));
        assertTrue(checkedRanges > 4 * targets.size());
    }

    /**
     * The verdict from the attained extremes: certainly in if from some site the farthest launch point
     * is within the range's lower end; out if from every site the nearest launch point is beyond its
     * upper end; null when a distance is within {@link #MARGIN_M} of an edge it is compared with.
     */
    private static Reach bruteReach(double[][] d, RangeEstimate r) {
        double lo = r.minKm() * 1000, hi = r.maxKm() * 1000;
        boolean certain = false, out = true;
        for (double[] s : d) {
            if (Math.abs(s[2] - lo) < MARGIN_M || Math.abs(s[1] - hi) < MARGIN_M) {
                return null;
            }
            certain |= s[2] <= lo;
            out &= s[1] > hi;
        }
        return certain ? Reach.CERTAINLY_IN : out ? Reach.OUT : Reach.POSSIBLY_IN;
    }
}

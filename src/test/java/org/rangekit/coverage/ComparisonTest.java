package org.rangekit.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/**
 * {@link Comparison} against a brute-force reference: for every target the exact WGS84 geodesic
 * distance from each site ({@link EarthModel#distanceMeters}, GeographicLib's inverse), the sets
 * and the population sums counted by hand in the test. Targets are seeded (seed in each test's
 * Javadoc): random points up to 1,600 km from the sites, points one metre either side of every
 * range edge, and unknown (-1) and zero populations. They are fed in uneven chunks, so the
 * streaming cannot change a result.
 */
class ComparisonTest {

    private static final EarthModel EARTH = EarthModel.WGS84;
    private static final GeoPoint KAPUSTIN_YAR = GeoPoint.of(48.58175, 45.74481);
    private static final GeoPoint CHERNYAKHOVSK = GeoPoint.of(54.63345, 21.81557);
    private static final GeoPoint MOZDOK = GeoPoint.of(43.74, 44.66);

    /** Listed distances against the test's inverse (metres): the classifier may solve the inverse
     *  the other way round, which agrees to the last bits (GeographicLib is accurate to 15 nm). */
    private static final double DISTANCE_TOL_M = 1e-6;

    /** Places targets this far either side of a range edge (metres): far above the nanometre
     *  round trip of GeographicLib's direct then inverse, so the side is never in doubt. */
    private static final double EDGE_OFFSET_M = 1.0;

    /** Seeded targets around {@code sites}: random ones, and ones 1 m either side of each edge (km). */
    private static List<Target> targets(long seed, int n, List<GeoPoint> sites, double... edgesKm) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            GeoPoint from = sites.get(rnd.nextInt(sites.size()));
            GeoPoint p = EARTH.direct(from, rnd.nextDouble(-180, 180), rnd.nextDouble(0, 1_600e3));
            out.add(Target.point("t" + i, "XX", p.latDeg(), p.lonDeg(), population(rnd)));
        }
        int k = 0;
        for (GeoPoint from : sites) {
            for (double km : edgesKm) {
                for (double off : new double[] {-EDGE_OFFSET_M, EDGE_OFFSET_M}) {
                    GeoPoint p = EARTH.direct(from, rnd.nextDouble(-180, 180), km * 1000 + off);
                    out.add(Target.point("edge" + k++, "XX", p.latDeg(), p.lonDeg(), population(rnd)));
                }
            }
        }
        return out;
    }

    private static long population(SplittableRandom rnd) {
        int kind = rnd.nextInt(10);
        return kind == 0 ? Target.UNKNOWN_POPULATION : kind == 1 ? 0 : rnd.nextLong(5_000_000);
    }

    /** Feeds {@code targets} to {@code sink} in chunks of 1 to 97 targets. */
    private static void feed(List<Target> targets, java.util.function.Consumer<List<Target>> sink) {
        SplittableRandom rnd = new SplittableRandom(99);
        for (int i = 0; i < targets.size(); ) {
            int end = Math.min(targets.size(), i + 1 + rnd.nextInt(97));
            sink.accept(targets.subList(i, end));
            i = end;
        }
    }

    private static double km(GeoPoint site, Target t) {
        return EARTH.distanceMeters(site, GeoPoint.of(t.latDeg(), t.lonDeg())) / 1000;
    }

    private static Set<String> within(GeoPoint site, double rangeKm, List<Target> targets) {
        Set<String> out = new HashSet<>();
        for (Target t : targets) {
            if (km(site, t) <= rangeKm) {
                out.add(t.name());
            }
        }
        return out;
    }

    private static Comparison.Tally tally(Set<String> names, List<Target> targets) {
        long n = 0;
        long pop = 0;
        for (Target t : targets) {
            if (names.contains(t.name())) {
                n++;
                pop += Math.max(0, t.population());
            }
        }
        return new Comparison.Tally(n, pop);
    }

    private static Set<String> names(List<TargetResult> results) {
        Set<String> out = new HashSet<>();
        for (TargetResult r : results) {
            assertTrue(out.add(r.target().name()), "listed twice: " + r.target().name());
        }
        return out;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.removeAll(b);
        return out;
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.retainAll(b);
        return out;
    }

    /** Seed 480500, 3,000 random targets plus 4 at the 480 and 500 km edges; 480 against 500 km. */
    @Test
    void longerRangeAddsExactlyTheTargetsBetweenTheRanges() {
        List<Target> ts = targets(480500, 3_000, List.of(KAPUSTIN_YAR), 480, 500);
        Comparison.Ranges cmp = new Comparison.Ranges(KAPUSTIN_YAR, 480, 500, EARTH);
        feed(ts, cmp::add);
        Set<String> base = within(KAPUSTIN_YAR, 480, ts);
        Set<String> vs = within(KAPUSTIN_YAR, 500, ts);
        Set<String> added = names(cmp.changed());

        assertTrue(cmp.adds());
        assertEquals(ts.size(), cmp.read());
        assertEquals(minus(vs, base), added);
        Set<String> union = new HashSet<>(base);
        union.addAll(added);
        assertEquals(vs, union, "added ∪ base = vs-range set");
        assertTrue(intersect(added, base).isEmpty(), "added and base are disjoint");
        assertEquals(tally(added, ts), cmp.tally());
        assertTrue(cmp.tally().targets() > 20, "the band must hold enough targets to test: " + cmp.tally());
        for (TargetResult r : cmp.changed()) {
            assertEquals(km(KAPUSTIN_YAR, r.target()) * 1000, r.distanceMeters(), DISTANCE_TOL_M, r.target().name());
        }
    }

    /** Seed 500480, 3,000 random targets plus 4 at the edges; 500 against 480 km removes the same band. */
    @Test
    void shorterRangeRemovesTheTargetsBetweenTheRanges() {
        List<Target> ts = targets(500480, 3_000, List.of(KAPUSTIN_YAR), 480, 500);
        Comparison.Ranges cmp = new Comparison.Ranges(KAPUSTIN_YAR, 500, 480, EARTH);
        feed(ts, cmp::add);
        Set<String> base = within(KAPUSTIN_YAR, 500, ts);
        Set<String> vs = within(KAPUSTIN_YAR, 480, ts);
        Set<String> removed = names(cmp.changed());

        assertTrue(!cmp.adds());
        assertEquals(minus(base, vs), removed);
        assertEquals(vs, minus(base, removed), "base minus removed = vs-range set");
        assertEquals(tally(removed, ts), cmp.tally());
        // The same cities list counted the same way: populationOf agrees with the tally.
        assertEquals(cmp.tally().population(), cmp.populationOf(ts));
    }

    @Test
    void deltaSchemeIsOpenBelowAndClosedAbove() {
        BandScheme s = Comparison.deltaScheme(500, 480);
        assertEquals(1, s.size());
        BandRule r = s.band(0);
        assertEquals("480\u2013500 km", r.label());
        assertEquals(480e3, r.innerMeters(), 0.0);
        assertEquals(500e3, r.outerMeters(), 0.0);
        assertTrue(!r.innerInclusive() && r.outerInclusive());
        assertThrows(IllegalArgumentException.class, () -> Comparison.deltaScheme(500, 500));
        assertThrows(IllegalArgumentException.class, () -> Comparison.deltaScheme(Double.NaN, 500));
    }

    /** Seed 1000, 4,000 random targets around both sites plus 4 at each site's 1,000 km edge. */
    @Test
    void twoSitesSplitTargetsIntoOnlySiteOnlyVsSiteAndBoth() {
        List<GeoPoint> sites = List.of(KAPUSTIN_YAR, CHERNYAKHOVSK);
        List<Target> ts = targets(1000, 4_000, sites, 1000);
        Comparison.TwoSites cmp = new Comparison.TwoSites(KAPUSTIN_YAR, CHERNYAKHOVSK, 1000, EARTH);
        feed(ts, cmp::add);
        Set<String> a = within(KAPUSTIN_YAR, 1000, ts);
        Set<String> b = within(CHERNYAKHOVSK, 1000, ts);
        Set<String> both = intersect(a, b);

        assertEquals(ts.size(), cmp.read());
        assertEquals(minus(a, b), names(cmp.onlySite()));
        assertEquals(minus(b, a), names(cmp.onlyVsSite()));
        assertEquals(tally(a, ts), cmp.site());
        assertEquals(tally(b, ts), cmp.vsSite());
        assertEquals(tally(both, ts), cmp.both());
        assertEquals(tally(minus(a, b), ts), cmp.site().minus(cmp.both()));
        assertEquals(tally(minus(b, a), ts), cmp.vsSite().minus(cmp.both()));
        assertTrue(!both.isEmpty() && !minus(a, b).isEmpty() && !minus(b, a).isEmpty(),
                "every set must be non-empty to test: " + cmp.site() + " " + cmp.vsSite() + " " + cmp.both());
        for (TargetResult r : cmp.onlyVsSite()) {
            assertEquals(km(CHERNYAKHOVSK, r.target()) * 1000, r.distanceMeters(), DISTANCE_TOL_M, r.target().name());
        }

        Comparison.TwoSites.CitiesPopulation cities = cmp.populationOf(ts);
        assertEquals(tally(a, ts).population(), cities.site());
        assertEquals(tally(b, ts).population(), cities.vsSite());
        assertEquals(tally(both, ts).population(), cities.both());
    }

    /** Seed 5003, 4,000 random targets around three sites plus 2 at each site's 500 km edge. */
    @Test
    void unionCountsEachTargetOnceAndOnlyThisSiteExcludesTheOthers() {
        List<GeoPoint> sites = List.of(KAPUSTIN_YAR, MOZDOK, CHERNYAKHOVSK);
        List<Target> ts = targets(5003, 4_000, sites, 500);
        Comparison.Union cmp = new Comparison.Union(sites, 500, EARTH);
        feed(ts, cmp::add);
        List<Set<String>> in = new ArrayList<>();
        for (GeoPoint s : sites) {
            in.add(within(s, 500, ts));
        }
        Set<String> union = new HashSet<>();
        in.forEach(union::addAll);

        assertEquals(ts.size(), cmp.read());
        assertEquals(tally(union, ts), cmp.union());
        for (int s = 0; s < sites.size(); s++) {
            Set<String> only = new HashSet<>(in.get(s));
            for (int o = 0; o < sites.size(); o++) {
                if (o != s) {
                    only.removeAll(in.get(o));
                }
            }
            assertEquals(tally(in.get(s), ts), cmp.alone(s), "site " + s);
            assertEquals(tally(only, ts), cmp.onlyThis(s), "only site " + s);
        }
        // Kapustin Yar and Mozdok (about 600 km apart) overlap at 500 km, so the union is smaller than the sum.
        assertTrue(cmp.union().targets() < cmp.alone(0).targets() + cmp.alone(1).targets() + cmp.alone(2).targets());

        Comparison.Union.CitiesPopulation cities = cmp.populationOf(ts);
        for (int s = 0; s < sites.size(); s++) {
            assertEquals(tally(in.get(s), ts).population(), cities.alone().get(s), "site " + s);
        }
        assertEquals(tally(union, ts).population(), cities.union());
    }

    @Test
    void totalsMinusSubtractsEveryQuantity() {
        Comparison.Totals a = new Comparison.Totals(new Comparison.Tally(10, 1000), 5000,
                new Comparison.Ground(700.0, 3.0e12, 2.0e12));
        Comparison.Totals both = new Comparison.Totals(new Comparison.Tally(4, 300), 2000,
                new Comparison.Ground(200.0, 1.0e12, 0.5e12));
        Comparison.Totals only = a.minus(both);
        assertEquals(new Comparison.Tally(6, 700), only.targets());
        assertEquals(3000, only.citiesPopulation());
        assertEquals(new Comparison.Ground(500.0, 2.0e12, 1.5e12), only.ground());
        assertThrows(IllegalArgumentException.class, () -> both.targets().minus(a.targets()));
    }
}

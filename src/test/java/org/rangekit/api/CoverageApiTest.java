package org.rangekit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.Test;
import org.rangekit.coverage.Target;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.in.data.Scale;
import org.rangekit.io.in.targets.BuiltinTargets;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;

/**
 * The public coverage and comparison calls against independent brute force: a plain GeographicLib
 * inverse per target and site with the band edges written out by hand (INF Treaty, Art. II §5–6:
 * shorter range 500–1,000 km, intermediate range over 1,000 up to 5,500 km), and the closed-form
 * area of a spherical cap.
 */
class CoverageApiTest {

    /** Distances are reported from the same inverse: agreement to a micrometre (km). */
    static final double DISTANCE_TOL_KM = 1e-9;

    /**
     * Band areas on the sphere against 2πR²(cos(r₁/R) − cos(r₂/R)): the exact area integral agrees to
     * rounding, far below this 1 m² (km²).
     */
    static final double SPHERE_AREA_TOL_KM2 = 1e-6;

    static final Site KY = new Site("kapustin-yar", "Kapustin Yar", GeoPoint.of(48.58175, 45.74481), "", 0);
    static final Site CH = new Site("chernyakhovsk", "Chernyakhovsk", GeoPoint.of(54.6333, 21.8167), "", 0);
    static final List<Target> CAPITALS = BuiltinTargets.load("capitals", Scale.S110M);

    /**
     * INF preset band of a distance (km), written out by hand: [0, 480] (the claimed range closes its
     * disc), (480, 500), [500, 1000] (shorter range), (1000, 5500] (intermediate range), else -1.
     */
    static int infBand(double km) {
        if (km <= 480) {
            return 0;
        }
        if (km < 500) {
            return 1;
        }
        if (km <= 1000) {
            return 2;
        }
        return km <= 5500 ? 3 : -1;
    }

    static final String[] INF_LABEL_STARTS = {"0\u2013", "480\u2013", "500\u2013", "1,000\u2013"};

    static double distanceKm(Geodesic g, Site s, Target t) {
        return g.Inverse(s.point().latDeg(), s.point().lonDeg(), t.latDeg(), t.lonDeg(), GeodesicMask.DISTANCE).s12
                / 1000;
    }

    @Test
    void classifyMatchesAPlainGeographicLibLoop() {
        List<TargetDistance> got = Coverage.classify(List.of(KY, CH), ThresholdSet.inf(), CAPITALS);
        assertEquals(CAPITALS.size(), got.size());
        int inBands = 0;
        for (int i = 0; i < CAPITALS.size(); i++) {
            Target t = CAPITALS.get(i);
            double dKy = distanceKm(Geodesic.WGS84, KY, t);
            double dCh = distanceKm(Geodesic.WGS84, CH, t);
            Site nearest = dKy <= dCh ? KY : CH;
            double d = Math.min(dKy, dCh);
            TargetDistance r = got.get(i);
            assertEquals(t, r.target());
            assertEquals(nearest.id(), r.site().id(), t.name());
            assertEquals(d, r.distanceKm(), DISTANCE_TOL_KM, t.name());
            int band = infBand(d);
            if (band < 0) {
                assertNull(r.band(), t.name());
            } else {
                inBands++;
                assertTrue(r.band() != null && r.band().startsWith(INF_LABEL_STARTS[band]),
                        t.name() + " at " + d + " km is in " + r.band());
            }
        }
        assertTrue(inBands > 30, "the test reaches into every band, not only 'none': " + inBands);
    }

    @Test
    void summaryCountsAndPopulationsMatchBruteForce() {
        Coverage.Summary s = Coverage.summary(CoverageParameters.of(List.of(KY, CH), ThresholdSet.inf()), CAPITALS);
        assertEquals(CAPITALS.size(), s.targetsRead());
        long[][] count = new long[3][4];
        long[][] pop = new long[3][4];
        for (Target t : CAPITALS) {
            double dKy = distanceKm(Geodesic.WGS84, KY, t);
            double dCh = distanceKm(Geodesic.WGS84, CH, t);
            int[] bands = {infBand(dKy), infBand(dCh), infBand(Math.min(dKy, dCh))};
            for (int k = 0; k < 3; k++) {
                if (bands[k] >= 0) {
                    count[k][bands[k]]++;
                    pop[k][bands[k]] += Math.max(0, t.population());
                }
            }
        }
        for (int b = 0; b < 4; b++) {
            for (int k = 0; k < 3; k++) {
                Coverage.BandFigures f = k < 2 ? s.sites().get(k).get(b) : s.union().get(b);
                assertEquals(count[k][b], f.figures().targets(), f.site() + " " + f.band());
                assertEquals(pop[k][b], f.figures().targetsPopulation(), f.site() + " " + f.band());
            }
        }
        Coverage.BandFigures shorter = s.sites().get(0).get(2);
        assertEquals(List.of(500.0, true, 1000.0, true), List.of(shorter.innerKm(), shorter.innerInclusive(),
                shorter.outerKm(), shorter.outerInclusive()));
        assertTrue(shorter.countries().stream().anyMatch(c -> c.code().equals("UKR") && c.areaKm2() > 0));
    }

    @Test
    void sphereBandAreasAreSphericalCaps() {
        double r = EarthModel.SPHERE.equatorialRadiusMeters() / 1000;
        Coverage.Summary s = new Coverage(new CoverageParameters(List.of(KY), ThresholdSet.custom(List.of(480.0, 500.0)),
                EarthModel.SPHERE, Scale.S110M)).summary(List.of());
        double cap480 = 2 * Math.PI * r * r * (1 - Math.cos(480 / r));
        double cap500 = 2 * Math.PI * r * r * (1 - Math.cos(500 / r));
        assertEquals(cap480, s.sites().get(0).get(0).figures().areaTotalKm2(), SPHERE_AREA_TOL_KM2 * cap480);
        assertEquals(cap500 - cap480, s.sites().get(0).get(1).figures().areaTotalKm2(), SPHERE_AREA_TOL_KM2 * cap500);
    }

    @Test
    void rangeComparisonHoldsExactlyTheTargetsBetweenTheRanges() {
        Comparisons.Ranges c = new Comparisons(EarthModel.SPHERE, Scale.S110M).ranges(KY, 2500, 1500,
                org.rangekit.coverage.TargetFeed.of(CAPITALS));
        Geodesic sphere = EarthModel.SPHERE.geodesic();
        long n = 0;
        long pop = 0;
        for (Target t : CAPITALS) {
            double d = distanceKm(sphere, KY, t);
            if (d > 1500 && d <= 2500) {
                n++;
                pop += Math.max(0, t.population());
            }
        }
        assertTrue(!c.adds() && n > 5, "2500 km against 1500 km gives up " + n + " capitals");
        assertEquals(n, c.changed().size());
        assertEquals(n, c.totals().targets());
        assertEquals(pop, c.totals().targetsPopulation());
        for (TargetDistance t : c.changed()) {
            assertEquals(distanceKm(sphere, KY, t.target()), t.distanceKm(), DISTANCE_TOL_KM);
        }
        double r = EarthModel.SPHERE.equatorialRadiusMeters() / 1000;
        assertEquals(2 * Math.PI * r * r * (Math.cos(1500 / r) - Math.cos(2500 / r)), c.totals().areaTotalKm2(),
                SPHERE_AREA_TOL_KM2 * c.totals().areaTotalKm2());
    }

    @Test
    void siteAndUnionComparisonsMatchBruteForce() {
        double rangeKm = 1500;
        Comparisons.Sites s = Comparisons.sites(KY, CH, rangeKm, CAPITALS);
        Comparisons.Union u = Comparisons.union(List.of(KY, CH), rangeKm, CAPITALS);
        long onlyA = 0;
        long onlyB = 0;
        long both = 0;
        long union = 0;
        for (Target t : CAPITALS) {
            boolean a = distanceKm(Geodesic.WGS84, KY, t) <= rangeKm;
            boolean b = distanceKm(Geodesic.WGS84, CH, t) <= rangeKm;
            onlyA += a && !b ? 1 : 0;
            onlyB += b && !a ? 1 : 0;
            both += a && b ? 1 : 0;
            union += a || b ? 1 : 0;
        }
        assertTrue(onlyA > 0 && onlyB > 0 && both > 0, onlyA + " " + onlyB + " " + both);
        assertEquals(onlyA, s.onlySite().size());
        assertEquals(onlyB, s.onlyVsSite().size());
        assertEquals(both, s.inBoth().targets());
        assertEquals(onlyA + both, s.inSite().targets());
        assertEquals(union, u.union().targets());
        assertEquals(List.of(onlyA, onlyB), u.onlyThisTargets());
        assertEquals(s.inSite().areaTotalKm2(), u.alone().get(0).areaTotalKm2(), 0.0);
        // The union's area is the two discs less their overlap, up to the 0.1 m tracing of the polygons.
        double unionArea = s.inSite().areaTotalKm2() + s.inVsSite().areaTotalKm2() - s.inBoth().areaTotalKm2();
        assertEquals(unionArea, u.union().areaTotalKm2(), 1e-6 * unionArea);
    }

    @Test
    void badRangesAreRefusedWithTheirValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Comparisons.ranges(KY, 480, -5, CAPITALS));
        assertEquals("rangeKm must be a finite number > 0, got -5.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Comparisons.union(List.of(KY), 500, CAPITALS));
        assertThrows(IllegalArgumentException.class, () -> Comparisons.ranges(KY, 500, 500, CAPITALS));
    }
}

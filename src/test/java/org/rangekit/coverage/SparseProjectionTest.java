package org.rangekit.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.rangekit.Slow;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.io.in.data.Scale;
import org.rangekit.io.in.targets.BuiltinTargets;

/**
 * {@link BandAreas#discs} projects a polygon that crosses a circle only near the circles
 * ({@link BandClipper#projectSparse}); the figures must be the same doubles as from the full
 * projection, which a calculator that keeps projections ({@link BandAreas#keepProjections}) still
 * makes. Compared per disc: the total, the land and every country, to the last bit. Sites: the
 * catalog's launch sites with the INF discs, sites at and near the poles, on and near ±180°
 * (Russia, Fiji and the United States are cut there) and on the equator; in the slow tier, seeded
 * random sites over the whole globe with one to four random radii from 1 km to 10,000 km, on WGS84
 * and the sphere, and the 50m data.
 */
class SparseProjectionTest {

    static final double[] INF = {480e3, 500e3, 1_000e3, 5_500e3};

    static final List<GeoPoint> CATALOG = List.of(GeoPoint.of(48.58175, 45.74481), GeoPoint.of(56.85, 62.71),
            GeoPoint.of(43.75, 44.6), GeoPoint.of(56.85, 41.38), GeoPoint.of(54.63, 21.81),
            GeoPoint.of(44.08, 24.41), GeoPoint.of(54.48, 17.1), GeoPoint.of(53.0, 158.65));

    static final List<GeoPoint> HARD = List.of(GeoPoint.of(89.9, 10), GeoPoint.of(-89.9, -60),
            GeoPoint.of(0, 180), GeoPoint.of(65, -179.9), GeoPoint.of(-17, 179.9), GeoPoint.of(0, 0),
            GeoPoint.of(61, -150), GeoPoint.of(-33.9, 18.4));

    /** Compares the sparse and the full figures of every disc; returns {sparse, all} projections. */
    static long[] compare(EarthModel earth, Scale scale, List<GeoPoint> sites, List<double[]> radii) {
        Geometry land = EmbeddedData.land(scale);
        List<Region> regions = BuiltinTargets.regions(scale);
        BandAreas sparse = new BandAreas(earth, land, regions);
        BandAreas full = new BandAreas(earth, land, regions).keepProjections(1);
        for (int s = 0; s < sites.size(); s++) {
            GeoPoint site = sites.get(s);
            double[] r = radii.get(s);
            double projection = java.util.Arrays.stream(r).max().orElseThrow();
            List<BandAreas.DiscArea> got = sparse.discs(site, r, projection);
            List<BandAreas.DiscArea> want = full.discs(site, r, projection);
            for (int k = 0; k < r.length; k++) {
                String what = earth + " " + scale + " " + site + " r=" + r[k];
                assertEquals(want.get(k).totalSquareMeters(), got.get(k).totalSquareMeters(), 0.0, what + " total");
                assertEquals(want.get(k).landSquareMeters(), got.get(k).landSquareMeters(), 0.0, what + " land");
                for (int j = 0; j < regions.size(); j++) {
                    assertEquals(want.get(k).regionSquareMeters(j), got.get(k).regionSquareMeters(j), 0.0,
                            what + " " + regions.get(j).code());
                }
            }
        }
        assertEquals(0, full.sparseProjectionsMade(), "a calculator keeping projections projects in full");
        return new long[] {sparse.sparseProjectionsMade(), sparse.projectionsMade()};
    }

    static List<double[]> same(double[] radii, int n) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(radii);
        }
        return out;
    }

    @Test
    void catalogSitesWithTheInfDiscsGiveTheSameDoubles() {
        long[] n = compare(EarthModel.WGS84, Scale.S110M, CATALOG, same(INF, CATALOG.size()));
        // Not vacuous: most crossing polygons are projected sparsely (the others are cut by the pre-clip box).
        assertTrue(n[0] * 2 > n[1], n[0] + " of " + n[1] + " projections sparse");
    }

    @Test
    void polesAntimeridianAndEquatorGiveTheSameDoubles() {
        long[] n = compare(EarthModel.WGS84, Scale.S110M, HARD, same(INF, HARD.size()));
        assertTrue(n[0] > 0, n[0] + " of " + n[1] + " projections sparse");
    }

    @Slow
    @Test
    void randomSitesAndRadiiOverTheGlobeGiveTheSameDoubles() {
        Random rnd = new Random(20261202L);
        for (EarthModel earth : List.of(EarthModel.WGS84, EarthModel.SPHERE)) {
            List<GeoPoint> sites = new ArrayList<>();
            List<double[]> radii = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                // Uniform over the sphere, with every fourth site on a pole or on ±180°.
                double lat = Math.toDegrees(Math.asin(2 * rnd.nextDouble() - 1));
                double lon = 360 * rnd.nextDouble() - 180;
                if (i % 4 == 1) {
                    lat = (rnd.nextBoolean() ? 1 : -1) * (90 - rnd.nextDouble() * 1e-3);
                } else if (i % 4 == 3) {
                    lon = rnd.nextBoolean() ? 180 : -180;
                }
                sites.add(GeoPoint.of(lat, lon));
                double[] r = new double[1 + rnd.nextInt(4)];
                for (int k = 0; k < r.length; k++) {
                    r[k] = Math.exp(Math.log(1e3) + rnd.nextDouble() * (Math.log(10_000e3) - Math.log(1e3)));
                }
                radii.add(java.util.Arrays.stream(r).distinct().sorted().toArray());
            }
            long[] n = compare(earth, Scale.S110M, sites, radii);
            assertTrue(n[0] > 0, earth + ": " + n[0] + " of " + n[1] + " projections sparse");
        }
    }

    @Slow
    @Test
    void fiftyMetreDataGivesTheSameDoubles() {
        List<GeoPoint> sites = List.of(CATALOG.get(0), CATALOG.get(7), GeoPoint.of(65, -179.9));
        long[] n = compare(EarthModel.WGS84, Scale.S50M, sites, same(INF, sites.size()));
        assertTrue(n[0] * 2 > n[1], n[0] + " of " + n[1] + " projections sparse");
    }
}

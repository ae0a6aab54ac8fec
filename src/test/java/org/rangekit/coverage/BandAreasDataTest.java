package org.rangekit.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.rangekit.Slow;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.RingPolygons;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.io.in.data.Scale;
import org.rangekit.io.in.targets.BuiltinTargets;
import org.rangekit.range.Band;
import org.rangekit.range.Ring;
import org.rangekit.range.ThresholdSet;

/** Band areas against the shipped Natural Earth 110m layers. */
@Slow
class BandAreasDataTest {

    /**
     * A disc wholly on land: land area = exact disc area up to the arc chords, ≤ 1.4·0.1 m/R
     * relative (1.4e-6 at 100 km); 3e-6 leaves room for rounding.
     */
    static final double ON_LAND_REL_TOL = 3e-6;
    /**
     * Countries against land: Natural Earth's 110m land and country layers are separate
     * generalisations; measured differences are ≈ 0.01 %, 0.5 % is the bound we promise.
     */
    static final double COUNTRIES_VS_LAND_REL_TOL = 5e-3;
    /** A country wholly inside: both areas come from the same densified vertices; round trips of µm. */
    static final double WHOLE_SHARE_TOL = 1e-9;

    static final EarthModel WGS = EarthModel.WGS84;
    static final GeoPoint KAPUSTIN_YAR = GeoPoint.of(48.58175, 45.74481);

    static Geometry land;
    static List<Region> regions;

    @BeforeAll
    static void load() {
        land = EmbeddedData.land(Scale.S110M);
        regions = BuiltinTargets.regions(Scale.S110M);
    }

    @Test
    void discsWhollyOnLandHaveLandAreaEqualToDiscArea() {
        // Central Kazakhstan, central Russia (Siberia), central Brazil: hundreds of km from any coast or lake.
        for (GeoPoint c : List.of(GeoPoint.of(48.0, 68.0), GeoPoint.of(62.0, 100.0), GeoPoint.of(-10.0, -52.0))) {
            BandAreas areas = new BandAreas(WGS, land, List.of());
            BandAreas.BandArea a = areas.compute(c, BandScheme.disc("100 km", 100e3)).get(0);
            double disc = RingPolygons.discAreaSquareMeters(new Ring(c, 100e3, WGS));
            assertEquals(disc, a.totalSquareMeters(), 1e-9 * disc);
            assertEquals(disc, a.landSquareMeters(), ON_LAND_REL_TOL * disc, "at " + c);
        }
    }

    @Test
    void infBandsFromKapustinYarCountriesSumToLandAndWholeCountriesHaveShareOne() {
        BandScheme inf = BandScheme.of(ThresholdSet.inf());
        List<BandAreas.BandArea> bands = new BandAreas(WGS, land, regions).compute(KAPUSTIN_YAR, inf);
        for (int b = 0; b < inf.size(); b++) {
            BandAreas.BandArea a = bands.get(b);
            BandRule r = inf.band(b);
            double exact = RingPolygons.bandAreaSquareMeters(new Band(KAPUSTIN_YAR, r.innerMeters(), r.outerMeters(), WGS));
            assertEquals(exact, a.totalSquareMeters(), 1e-9 * exact);
            double sum = a.regions().stream().mapToDouble(BandAreas.RegionShare::areaSquareMeters).sum();
            assertEquals(a.landSquareMeters(), sum, COUNTRIES_VS_LAND_REL_TOL * a.landSquareMeters(), r.label());
            assertTrue(a.landSquareMeters() <= a.totalSquareMeters());
        }
        BandAreas.RegionShare georgia = bands.get(2).regions().stream()
                .filter(s -> s.region().code().equals("GEO")).findFirst().orElseThrow();
        assertEquals(1.0, georgia.share(), WHOLE_SHARE_TOL);   // Georgia: 520–900 km from Kapustin Yar
        BandAreas.RegionShare germany = bands.get(3).regions().stream()
                .filter(s -> s.region().code().equals("DEU")).findFirst().orElseThrow();
        assertEquals(1.0, germany.share(), WHOLE_SHARE_TOL);
    }

    /**
     * Countries whose disc area BandAreas settles from the distance bracket, without projecting
     * them, get the very doubles the clipper computes for them on its own (BandClipper.areaSquareMeters,
     * which projects and decides from the projected distances): seeded sites over the whole globe,
     * poles and ±180° included, the discs of the INF edges and of a 10,000 km band (the largest
     * projection radius the shortcut takes).
     */
    @Test
    void settledCountriesGetTheClippersAreasBitForBit() {
        java.util.Random rnd = new java.util.Random(20261202);
        List<GeoPoint> sites = new java.util.ArrayList<>(List.of(KAPUSTIN_YAR, GeoPoint.of(89.9, 10),
                GeoPoint.of(-89.9, -170), GeoPoint.of(0, 180), GeoPoint.of(-33.9, 18.4)));
        for (int i = 0; i < 3; i++) {
            sites.add(GeoPoint.of(Math.toDegrees(Math.asin(2 * rnd.nextDouble() - 1)), 360 * rnd.nextDouble() - 180));
        }
        List<Region> sample = regions.subList(0, 60);
        int compared = 0;
        for (double[] radii : List.of(new double[] {480e3, 500e3, 1000e3, 5500e3}, new double[] {3000e3, 10_000e3})) {
            double projection = radii[radii.length - 1];
            for (GeoPoint site : sites) {
                List<BandAreas.DiscArea> discs = new BandAreas(WGS, null, sample).discs(site, radii, projection);
                // Every region projected once for the projection radius, then measured per disc: the
                // computation BandAreas makes for every region it does not settle.
                BandClipper projector = new BandClipper(site, 0, projection, WGS);
                List<BandClipper.Projected> projected =
                        sample.stream().map(x -> projector.project(x.lonLat())).toList();
                for (int d = 0; d < radii.length; d++) {
                    // The clipper as BandAreas builds it (boundary sums for regions crossing the circle).
                    BandClipper clipper = BoundaryAreaTest.boundaryClipper(site, 0, radii[d], WGS);
                    for (int k = 0; k < sample.size(); k++) {
                        double expected = clipper.areaSquareMeters(projected.get(k));
                        assertEquals(expected, discs.get(d).regionSquareMeters(k), 0.0,
                                sample.get(k).code() + " in the " + radii[d] + " m disc from " + site);
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 1000, "compared " + compared);
    }

    @Test
    void sharesOfOneCountryOverComplementaryBandsSumToOne() {
        // 0–2000 and 2000–9000 km around Kapustin Yar split Russia; its shares must add up.
        BandScheme split = new BandScheme("split", List.of(
                BandRule.disc("0-2000", 2000e3),
                new BandRule("2000-9000", "x", 2000e3, false, 9000e3, true)));
        List<BandAreas.BandArea> bands = new BandAreas(WGS, null, regions).compute(KAPUSTIN_YAR, split);
        double rus = 0;
        for (BandAreas.BandArea a : bands) {
            rus += a.regions().stream().filter(s -> s.region().code().equals("RUS"))
                    .mapToDouble(BandAreas.RegionShare::share).sum();
        }
        // Chukotka, the farthest part of Russia, is ≈ 6,500 km away: 9,000 km holds all of Russia.
        assertEquals(1.0, rus, 1e-7);
    }
}

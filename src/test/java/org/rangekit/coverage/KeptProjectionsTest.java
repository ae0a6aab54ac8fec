package org.rangekit.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.io.in.data.Scale;
import org.rangekit.io.in.targets.BuiltinTargets;

/**
 * {@link BandAreas#keepProjections}: a disc measured with the polygons projected for an earlier
 * disc around the same site has the same doubles as one measured by a calculator that keeps
 * nothing, and projects nothing anew; another site, or another projection radius, projects again.
 * Sites: Kapustin Yar, one at ±180° (Russia and Fiji cut there) and one near the North Pole, with
 * the shipped 110m land and countries.
 */
class KeptProjectionsTest {

    static final EarthModel WGS = EarthModel.WGS84;
    static Geometry land;
    static List<Region> regions;

    @BeforeAll
    static void load() {
        land = EmbeddedData.land(Scale.S110M);
        regions = BuiltinTargets.regions(Scale.S110M);
    }

    static void assertSameDoubles(BandAreas.DiscArea want, BandAreas.DiscArea got, String what) {
        assertEquals(want.totalSquareMeters(), got.totalSquareMeters(), 0.0, what + " total");
        assertEquals(want.landSquareMeters(), got.landSquareMeters(), 0.0, what + " land");
        for (int k = 0; k < regions.size(); k++) {
            assertEquals(want.regionSquareMeters(k), got.regionSquareMeters(k), 0.0,
                    what + " " + regions.get(k).code());
        }
    }

    @Test
    void aSecondDiscAroundTheSameSiteReusesTheProjectionsWithTheSameDoubles() {
        double projection = 5_500e3;
        for (GeoPoint site : List.of(GeoPoint.of(48.58175, 45.74481), GeoPoint.of(-17.0, 179.9), GeoPoint.of(80.0, -60.0))) {
            BandAreas keeping = new BandAreas(WGS, land, regions).keepProjections(2);
            BandAreas plain = new BandAreas(WGS, land, regions);
            keeping.discs(site, new double[] {1_000e3}, projection);
            long first = keeping.projectionsMade();
            assertTrue(first > 0, "the 1,000 km circle around " + site + " crosses some polygon");

            BandAreas.DiscArea again = keeping.discs(site, new double[] {1_001e3}, projection).get(0);
            assertEquals(first, keeping.projectionsMade(), "no polygon projected again around " + site);
            assertSameDoubles(plain.discs(site, new double[] {1_001e3}, projection).get(0), again, site + " 1,001 km");

            // A wider circle may cross polygons the first did not: only those are projected.
            BandAreas.DiscArea wide = keeping.discs(site, new double[] {3_000e3}, projection).get(0);
            long afterWide = keeping.projectionsMade();
            assertSameDoubles(plain.discs(site, new double[] {3_000e3}, projection).get(0), wide, site + " 3,000 km");
            keeping.discs(site, new double[] {3_001e3}, projection);
            assertEquals(afterWide, keeping.projectionsMade(), "3,001 km around " + site);

            // Another projection radius is another projection.
            BandAreas.DiscArea other = keeping.discs(site, new double[] {1_001e3}, 4_000e3).get(0);
            assertTrue(keeping.projectionsMade() > afterWide, "a new projection radius projects anew");
            assertSameDoubles(plain.discs(site, new double[] {1_001e3}, 4_000e3).get(0), other, site + " box 4,000 km");
        }
    }

    @Test
    void onlyTheLastSitesAreKept() {
        BandAreas keeping = new BandAreas(WGS, land, regions).keepProjections(1);
        GeoPoint a = GeoPoint.of(48.58175, 45.74481);
        GeoPoint b = GeoPoint.of(54.63, 21.81);
        keeping.discs(a, new double[] {1_000e3}, 5_500e3);
        keeping.discs(b, new double[] {1_000e3}, 5_500e3);
        long made = keeping.projectionsMade();
        keeping.discs(b, new double[] {1_002e3}, 5_500e3);
        assertEquals(made, keeping.projectionsMade(), "the last site is kept");
        keeping.discs(a, new double[] {1_002e3}, 5_500e3);
        assertTrue(keeping.projectionsMade() > made, "the site before it was dropped");
        assertThrows(IllegalArgumentException.class, () -> keeping.keepProjections(-1));
    }

    @Test
    void aSummaryKeepsNothingByDefault() {
        BandAreas plain = new BandAreas(WGS, land, regions);
        GeoPoint a = GeoPoint.of(48.58175, 45.74481);
        plain.discs(a, new double[] {1_000e3}, 5_500e3);
        long made = plain.projectionsMade();
        plain.discs(a, new double[] {1_001e3}, 5_500e3);
        assertEquals(2 * made, plain.projectionsMade(), "the same polygons projected again");
    }
}

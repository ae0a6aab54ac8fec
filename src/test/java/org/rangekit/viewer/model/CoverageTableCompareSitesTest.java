package org.rangekit.viewer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import net.sf.geographiclib.PolygonArea;
import org.junit.jupiter.api.Test;
import org.rangekit.coverage.Target;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.range.Site;

/**
 * Compare mode with a second site: the table's "adds to" rows against GeographicLib called
 * directly (targets counted by brute force over the geodesic distances from both sites; the area
 * of a disc that does not meet the first site's by a polygon of 3,600 points on its edge).
 */
class CoverageTableCompareSitesTest {

    /** Tolerance on a disc's area from the 3,600-gon (km²): its chords cut about 4 km² off a 1,500 km disc. */
    private static final double DISC_AREA_TOLERANCE_KM2 = 20;

    private static final List<Target> CAPITALS = CoverageTable.targets("capitals");

    @Test
    void secondSiteRowsSayWhatEachFurtherSiteAdds() {
        Site ky = SiteCatalog.builtIn().find("kapustin-yar").orElseThrow();
        Site mozdok = SiteCatalog.builtIn().find("mozdok").orElseThrow();
        Site ross = ViewState.parseSite("-77.85,166.67");
        double km = 1500;
        ViewState s = ViewState.initial().withSites(List.of(ky, mozdok, ross)).withRangesKm(List.of(km, 5500.0));
        assertEquals(0, rowsAdding(CoverageTable.compute(s, CAPITALS, f -> { })).size(), "off by default");

        List<CoverageTable.Row> adds = rowsAdding(CoverageTable.compute(s.withCompareSites(true), CAPITALS, f -> { }));
        assertEquals(2, adds.size());
        assertEquals(mozdok.id(), adds.get(0).site());
        assertEquals(ross.id(), adds.get(1).site());
        for (int i = 0; i < 2; i++) {
            Site other = i == 0 ? mozdok : ross;
            long only = CAPITALS.stream().filter(t -> within(other, t, km) && !within(ky, t, km)).count();
            assertEquals(only, adds.get(i).figures().targets(), "capitals only " + other.id() + " reaches");
        }
        assertTrue(adds.get(0).figures().targets() > 0, "Mozdok at 1,500 km reaches capitals Kapustin Yar does not");
        assertTrue(adds.get(0).figures().areaTotalKm2() < discKm2(mozdok, km) - 1e5,
                "the overlap with Kapustin Yar's disc is not counted as added");
        assertEquals(discKm2(ross, km), adds.get(1).figures().areaTotalKm2(), DISC_AREA_TOLERANCE_KM2,
                "Ross Island's disc does not meet Kapustin Yar's: all of it is added");
    }

    private static List<CoverageTable.Row> rowsAdding(CoverageTable t) {
        return t.rows().stream().filter(r -> r.band().startsWith("adds to ")).toList();
    }

    private static boolean within(Site s, Target t, double km) {
        return Geodesic.WGS84.Inverse(s.point().latDeg(), s.point().lonDeg(), t.latDeg(), t.lonDeg(),
                GeodesicMask.DISTANCE).s12 <= km * 1000;
    }

    private static double discKm2(Site s, double km) {
        PolygonArea p = new PolygonArea(Geodesic.WGS84, false);
        int n = 3600;
        for (int i = 0; i < n; i++) {
            var d = Geodesic.WGS84.Direct(s.point().latDeg(), s.point().lonDeg(), 360.0 * i / n, km * 1000);
            p.AddPoint(d.lat2, d.lon2);
        }
        return Math.abs(p.Compute(false, true).area) / 1e6;
    }
}

package org.rangekit.viewer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.rangekit.api.AreaFigures;
import org.rangekit.api.BandAreaCache;
import org.rangekit.api.Coverage;
import org.rangekit.api.CoverageParameters;
import org.rangekit.coverage.Target;
import org.rangekit.coverage.TargetFeed;

/**
 * The table's cached band areas against {@link Coverage#summary} computed afresh (no cache): after
 * every change of a sequence (ranges typed, a ring moved by the slider and back, a second site
 * added, a far range), the rows are equal double for double ({@code AreaFigures} is a record:
 * its doubles compare bitwise), the countries too, and only the discs of the rings that moved were
 * measured again. Before each table, the counts shown at once ({@link CoverageTable#counts}): the
 * same counts, the held areas the same, exactly the bands at a moved ring and the union pending,
 * nothing measured.
 */
class CoverageTableCacheTest {

    private static final List<Target> CAPITALS = CoverageTable.targets("capitals");

    @Test
    void cachedTableEqualsSummaryAfterEveryChange() {
        BandAreaCache cache = new BandAreaCache(CoverageTable.CACHED_DISCS);
        ViewState s0 = ViewState.initial().withRangesKm(List.of(480.0, 500.0, 1000.0, 5500.0));
        ViewState moved = s0.withRangesKm(List.of(480.0, 500.0, 1040.0, 5500.0));
        ViewState two = s0.withSite(ViewState.parseSite("-41.3,179.9"));
        ViewState far = s0.withRangesKm(List.of(480.0, 500.0, 1000.0, 12000.0));
        // state, discs whose areas must be measured (not taken from the cache), bands that need one
        // of them: the moved 1,000 km ring is one disc under two bands; the far outer ring changes the
        // projection radius, so all four discs of the site are measured again.
        List<ViewState> states = List.of(s0, moved, s0, two, far, s0);
        long[] fresh = {4, 1, 0, 4, 4, 0};
        long[] pending = {4, 2, 0, 4, 4, 0};
        for (int i = 0; i < states.size(); i++) {
            ViewState s = states.get(i);
            long before = cache.discsComputed();
            CoverageTable counts = CoverageTable.counts(s, CAPITALS, f -> { }, cache);
            assertEquals(before, cache.discsComputed(), "counts measure no disc at step " + i);
            CoverageTable table = CoverageTable.compute(s, CAPITALS, f -> { }, cache);
            assertEquals(fresh[i], cache.discsComputed() - before, "discs measured anew at step " + i);
            Coverage c = new Coverage(new CoverageParameters(s.sites(), s.set(), s.earth(), CoverageTable.SCALE));
            Coverage.Summary expected = c.summary(CAPITALS);
            assertEquals(rows(expected), table.rows(), "table rows at step " + i);
            assertTrue(table.complete());
            assertCountsAtOnce(rows(expected), counts, pending[i], s.sites().size() > 1, "step " + i);
            assertEquals(expected, c.summary(TargetFeed.of(CAPITALS), cache), "summary with countries at step " + i);
        }
    }

    /**
     * The counts shown before the areas: every count and population as the whole table has it, the
     * areas of the bands held equal bitwise, NaN (pending) for exactly the bands clipped anew and for
     * the union; complete only when nothing is pending.
     */
    private static void assertCountsAtOnce(List<CoverageTable.Row> expected, CoverageTable counts, long pendingBands,
                                           boolean union, String where) {
        assertEquals(expected.size(), counts.rows().size(), where);
        long pendingSiteRows = 0;
        for (int r = 0; r < expected.size(); r++) {
            AreaFigures e = expected.get(r).figures();
            CoverageTable.Row row = counts.rows().get(r);
            AreaFigures c = row.figures();
            String at = where + ", row " + r + " " + row.site() + " " + row.band();
            assertEquals(expected.get(r).band(), row.band(), at);
            assertEquals(e.targets(), c.targets(), at);
            assertEquals(e.targetsPopulation(), c.targetsPopulation(), at);
            assertEquals(e.citiesPopulation(), c.citiesPopulation(), at);
            if (row.areasPending()) {
                assertTrue(Double.isNaN(c.areaTotalKm2()) && Double.isNaN(c.areaLandKm2())
                        && Double.isNaN(c.populationByAreaShare()), at + ": a pending row shows an area");
                if (!row.site().equals("union")) {
                    pendingSiteRows++;
                }
            } else {
                assertFalse(row.site().equals("union"), at + ": union areas are not kept");
                assertEquals(e, c, at);
            }
        }
        assertEquals(pendingBands, pendingSiteRows, where + ": pending site rows");
        assertEquals(pendingBands == 0 && !union, counts.complete(), where + ": complete");
    }

    @Test
    void comparisonRowsWaitForTheAreas() {
        BandAreaCache cache = new BandAreaCache(CoverageTable.CACHED_DISCS);
        ViewState s = ViewState.initial().withRangesKm(List.of(480.0, 1000.0)).withCompareKm(500);
        CoverageTable counts = CoverageTable.counts(s, CAPITALS, f -> { }, cache);
        CoverageTable.Row last = counts.rows().get(counts.rows().size() - 1);
        assertTrue(last.band().endsWith("km adds") && last.figures() == null && last.areasPending(), last.toString());
        assertFalse(counts.complete());
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> CoverageTable.compute(s, CAPITALS, f -> { }, cache));
        } finally {
            Thread.interrupted();
        }
        assertEquals(0, cache.discsComputed(), "an interrupted table measures nothing");
    }

    private static List<CoverageTable.Row> rows(Coverage.Summary sum) {
        List<CoverageTable.Row> rows = new ArrayList<>();
        sum.sites().forEach(l -> l.forEach(b -> rows.add(new CoverageTable.Row(b.site(), b.band(), b.category(),
                b.figures()))));
        sum.union().forEach(b -> rows.add(new CoverageTable.Row(b.site(), b.band(), b.category(), b.figures())));
        return rows;
    }
}

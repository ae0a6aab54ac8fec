package org.rangekit.viewer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rangekit.api.BandAreaCache;
import org.rangekit.api.Coverage;
import org.rangekit.api.CoverageParameters;
import org.rangekit.coverage.Target;
import org.rangekit.coverage.TargetFeed;

/**
 * The table's cached band areas against {@link Coverage#summary} computed afresh (no cache): after
 * every change of a sequence (ranges typed, a ring moved by the slider and back, a second site
 * added, a far range), the rows are equal double for double ({@code AreaFigures} is a record:
 * its doubles compare bitwise), the countries too, and only the bands whose edges moved were
 * clipped again.
 */
class CoverageTableCacheTest {

    private static final List<Target> CAPITALS = CoverageTable.targets("capitals");

    @Test
    void cachedTableEqualsSummaryAfterEveryChange() {
        BandAreaCache cache = new BandAreaCache(CoverageTable.CACHED_BANDS);
        ViewState s0 = ViewState.initial().withRangesKm(List.of(480.0, 500.0, 1000.0, 5500.0));
        ViewState moved = s0.withRangesKm(List.of(480.0, 500.0, 1040.0, 5500.0));
        ViewState two = s0.withSite(ViewState.parseSite("-41.3,179.9"));
        ViewState far = s0.withRangesKm(List.of(480.0, 500.0, 1000.0, 12000.0));
        // state, bands whose areas must be computed (not taken from the cache)
        List<ViewState> states = List.of(s0, moved, s0, two, far, s0);
        long[] fresh = {4, 2, 0, 4, 1, 0};
        for (int i = 0; i < states.size(); i++) {
            ViewState s = states.get(i);
            long before = cache.bandsComputed();
            CoverageTable table = CoverageTable.compute(s, CAPITALS, f -> { }, cache);
            assertEquals(fresh[i], cache.bandsComputed() - before, "bands clipped anew at step " + i);
            Coverage c = new Coverage(new CoverageParameters(s.sites(), s.set(), s.earth(), CoverageTable.SCALE));
            Coverage.Summary expected = c.summary(CAPITALS);
            assertEquals(rows(expected), table.rows(), "table rows at step " + i);
            assertEquals(expected, c.summary(TargetFeed.of(CAPITALS), cache), "summary with countries at step " + i);
        }
    }

    private static List<CoverageTable.Row> rows(Coverage.Summary sum) {
        List<CoverageTable.Row> rows = new ArrayList<>();
        sum.sites().forEach(l -> l.forEach(b -> rows.add(new CoverageTable.Row(b.site(), b.band(), b.category(),
                b.figures()))));
        sum.union().forEach(b -> rows.add(new CoverageTable.Row(b.site(), b.band(), b.category(), b.figures())));
        return rows;
    }
}

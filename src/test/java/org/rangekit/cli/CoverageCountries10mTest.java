package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rangekit.Slow;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.io.in.data.Scale;

/**
 * Regression (issue 8, item 8): {@code coverage --targets countries --scale 10m} ended with an
 * internal error on the Vatican's empty geometry ("getY called on empty Point"). It exits 0 with
 * one row per country that has a geometry at 1:10m, the Vatican left out, and Russia, which holds
 * Kapustin Yar, at distance 0.
 */
@Slow
class CoverageCountries10mTest {

    @Test
    void countriesAtTenMetresExitZeroWithoutTheEmptyVatican() {
        Cli.Result r = Cli.run("coverage", "--site", "kapustin-yar", "--preset", "inf", "--targets", "countries",
                "--scale", "10m", "--format", "csv", "--quiet");
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("", r.stderr());
        List<String> rows = r.stdout().lines().skip(1).toList();
        long withGeometry = EmbeddedData.countries(Scale.S10M).stream().filter(c -> !c.geometry().isEmpty()).count();
        assertEquals(withGeometry, rows.size());
        assertFalse(rows.stream().anyMatch(l -> l.contains(",VAT,")), "the Vatican has no geometry at 10m");
        String russia = rows.stream().filter(l -> l.startsWith("Russia,RUS,")).findFirst().orElseThrow();
        assertTrue(russia.contains(",kapustin-yar,0.000,"), russia);
    }
}

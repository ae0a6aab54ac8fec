package org.rangekit.viewer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rangekit.io.in.ScenarioReader;
import org.rangekit.range.CategorySet;
import org.rangekit.range.RingSeries;
import org.rangekit.range.ThresholdSet;

/**
 * A view opened with {@code --interval/--count} or {@code --min-range/--max-range} is saved as the
 * list of its ranges ({@code ranges: [...]}), which reads back as the same set, so that {@code run}
 * on the saved scenario reproduces the exports.
 */
class SavedRingSeriesTest {

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"500km, 11", "0.1km, 7", "300mi, 5", "270nmi, 3", "1234.5678m, 100", "7e2, 8"})
    void intervalSetsSaveAsRangesThatReadBackEqual(String step, String count) {
        ThresholdSet set = RingSeries.every("--interval", step, "--count", count, CategorySet.inf());
        ViewState s = ViewState.initial().withSet(set);
        String yaml = Exports.scenarioYaml(s, 800, 500, List.of("a.png"), null, null);
        assertEquals(set, ScenarioReader.parse(yaml, "saved").set(), yaml);
    }

    @ParameterizedTest(name = "{0}..{1}")
    @CsvSource({"50km, 400km", "0.1mi, 1000ft", ", 2000nmi"})
    void minMaxSetsSaveAsRangesThatReadBackEqual(String min, String max) {
        ThresholdSet set = RingSeries.minMax("--min-range", min, "--max-range", max, CategorySet.inf());
        String yaml = Exports.scenarioYaml(ViewState.initial().withSet(set), 800, 500, List.of("a.png"), null, null);
        assertEquals(set, ScenarioReader.parse(yaml, "saved").set(), yaml);
    }
}

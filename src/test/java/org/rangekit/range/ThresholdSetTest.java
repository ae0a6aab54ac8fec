package org.rangekit.range;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdSetTest {

    /** INF Treaty Art. II §5–6: shorter range [500, 1000] km, intermediate (1000, 5500] km. */
    @ParameterizedTest(name = "{0} km -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0            | not covered by INF
            479.999      | not covered by INF
            480          | not covered by INF
            499.999999   | not covered by INF
            500          | shorter-range (INF)
            999.999      | shorter-range (INF)
            1000         | shorter-range (INF)
            1000.000001  | intermediate-range (INF)
            5499.999     | intermediate-range (INF)
            5500         | intermediate-range (INF)
            5500.001     | not covered by INF
            19000        | not covered by INF
            """)
    void infEdges(double km, String category) {
        assertEquals(category, ThresholdSet.inf().categoryOf(km));
    }

    @Test
    void infPresetRangesAndLabels() {
        ThresholdSet inf = ThresholdSet.preset("INF");
        assertEquals(List.of("480 km — claimed 9M729 range", "500 km — INF lower limit",
                "1,000 km — INF shorter/intermediate boundary", "5,500 km — INF upper limit"),
                inf.thresholds().stream().map(Threshold::label).toList());
        assertEquals(null, ThresholdSet.preset("salt"));
    }

    @Test
    void bandCategoriesLookAtTheInterior() {
        ThresholdSet inf = ThresholdSet.inf();
        assertEquals("not covered by INF", inf.categoryOfBand(0, 480));
        assertEquals("not covered by INF", inf.categoryOfBand(480, 500));
        assertEquals("shorter-range (INF)", inf.categoryOfBand(500, 1000));
        assertEquals("intermediate-range (INF)", inf.categoryOfBand(1000, 5500));
        assertEquals("not covered by INF", inf.categoryOfBand(5500, 6000));
        assertEquals("not covered by INF / shorter-range (INF)", inf.categoryOfBand(400, 600));
    }

    @Test
    void customRangesAreSortedAndKeepInfNames() {
        ThresholdSet s = ThresholdSet.custom(List.of(750.0, 500.0, 2000.5));
        assertEquals(List.of("500 km — INF lower limit", "750 km", "2,000.5 km"),
                s.thresholds().stream().map(Threshold::label).toList());
        assertEquals("shorter-range (INF)", s.categoryOf(750));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ThresholdSet.custom(List.of(500.0, 500.0)));
        assertEquals("range 500 km is given twice", e.getMessage());
    }

    @Test
    void categoriesMustPartitionTheRanges() {
        List<Threshold> ts = List.of(new Threshold(1, ""));
        // Both sides claim the edge at 10 km: an overlap.
        assertThrows(IllegalArgumentException.class, () -> new ThresholdSet("x", ts, List.of(
                new Category("a", 0, true, 10, true),
                new Category("b", 10, true, Double.POSITIVE_INFINITY, false))));
        // Neither side holds it: a gap.
        assertThrows(IllegalArgumentException.class, () -> new ThresholdSet("x", ts, List.of(
                new Category("a", 0, true, 10, false),
                new Category("b", 10, false, Double.POSITIVE_INFINITY, false))));
    }
}

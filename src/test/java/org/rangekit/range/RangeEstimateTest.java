package org.rangekit.range;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The range grammar's intervals {@code MIN..MAX} and the threshold sets they make. */
class RangeEstimateTest {

    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource(delimiter = '|', textBlock = """
            2000..2500          | 2000      | 2500
            2000..2500km        | 2000      | 2500
            2000 .. 2500 km     | 2000      | 2500
            2000km..2500km      | 2000      | 2500
            1000..1500mi        | 1609.344  | 2414.016
            1000mi..2500        | 1609.344  | 2500
            500000m..1000km     | 500       | 1000
            480                 | 480       | 480
            300mi               | 482.80320000000006 | 482.80320000000006
            """)
    void grammar(String text, double minKm, double maxKm) {
        RangeEstimate r = Lengths.parseRangeKm("--range", text, LengthUnit.KM);
        assertEquals(minKm, r.minKm(), 1e-9);
        assertEquals(maxKm, r.maxKm(), 1e-9);
        assertEquals(minKm != maxKm, r.isInterval());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2500..2000   | MIN must be < MAX
            2000..2000   | MIN must be < MAX
            ..2500       | not a range interval
            2000..       | not a range interval
            1..2..3      | not a range interval
            -5..10       | must be > 0
            2000..abc    | not a length
            """)
    void badIntervalsNameTheValue(String text, String what) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lengths.parseRangeKm("--range", text, LengthUnit.KM));
        assertTrue(e.getMessage().startsWith("--range '"), e.getMessage());
        assertTrue(e.getMessage().contains(what), e.getMessage());
    }

    @Test
    void aListMixesValuesAndIntervals() {
        List<RangeEstimate> rs = Lengths.parseRangeListKm("--range", "480, 2350..2500km,500", LengthUnit.KM);
        assertEquals(List.of("480", "2350..2500", "500"), rs.stream().map(RangeEstimate::plainText).toList());
    }

    @Test
    void anIntervalBecomesTwoLabelledEstimateEndsAndOneEstimate() {
        ThresholdSet set = ThresholdSet.ofRanges(
                Lengths.parseRangeListKm("--range", "480,2350..2500", LengthUnit.KM), CategorySet.inf());
        assertEquals(List.of("480 km — claimed 9M729 range", "2,350 km — estimate, low end",
                "2,500 km — estimate, high end"), set.thresholds().stream().map(Threshold::label).toList());
        assertEquals(List.of(Threshold.Role.CLAIMED, Threshold.Role.ESTIMATE, Threshold.Role.ESTIMATE),
                set.thresholds().stream().map(Threshold::role).toList());
        assertEquals(1, set.estimates().size());
        assertTrue(set.estimateBetween(2350, 2500).isPresent());
        assertFalse(set.estimateBetween(480, 2350).isPresent());
        assertEquals("intermediate-range (INF)", set.categoryOfBand(2350, 2500));
        assertEquals(List.of("480", "2350..2500"), set.rangeValues().stream().map(RangeEstimate::plainText).toList());
        assertEquals("2350..2500", set.outermost().plainText());
    }

    @Test
    void anEstimateSpanningCategoriesIsClassifiedByAllOfThem() {
        ThresholdSet set = ThresholdSet.ofRanges(List.of(RangeEstimate.interval(400, 1200)), CategorySet.inf());
        assertEquals("not covered by INF / shorter-range (INF) / intermediate-range (INF)",
                set.categoryOfBand(400, 1200));
    }

    @Test
    void aTreatyLimitAtAnEstimatesEndKeepsItsName() {
        ThresholdSet set = ThresholdSet.merged("x", ThresholdSet.inf().thresholds(),
                List.of(new RangeEstimate(500, 2000, "estimated", "s")), CategorySet.inf());
        assertEquals(List.of(480.0, 500.0, 1000.0, 2000.0, 5500.0),
                set.thresholds().stream().map(Threshold::radiusKm).toList());
        assertEquals(Threshold.Role.LIMIT, set.thresholds().get(1).role());
        assertEquals("2,000 km — estimated, high end", set.thresholds().get(3).label());
    }

    @Test
    void anEstimateWhoseEndsAreNotRangesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ThresholdSet("x",
                List.of(new Threshold(500, "")), CategorySet.inf(), List.of(RangeEstimate.interval(500, 600))));
        assertThrows(IllegalArgumentException.class, () -> new ThresholdSet("x",
                List.of(new Threshold(500, "")), CategorySet.inf(), List.of(RangeEstimate.single(500))));
    }
}

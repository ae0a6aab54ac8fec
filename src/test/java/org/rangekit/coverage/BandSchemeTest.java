package org.rangekit.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rangekit.range.ThresholdSet;

class BandSchemeTest {

    @Test
    void infPresetEdgesFollowTheTreaty() {
        BandScheme s = BandScheme.of(ThresholdSet.inf());
        assertEquals(List.of("0\u2013480 km", "480\u2013500 km", "500\u20131,000 km", "1,000\u20135,500 km"),
                s.bands().stream().map(BandRule::label).toList());
        assertEquals(0, s.bandOf(480e3));           // the claimed range: a closed disc
        assertEquals(1, s.bandOf(480e3 + 1e-9));
        assertEquals(2, s.bandOf(500e3));           // Art. II §6: "equal to or in excess of 500"
        assertEquals(1, s.bandOf(Math.nextDown(500e3)));
        assertEquals(2, s.bandOf(1000e3));          // "not in excess of 1000"
        assertEquals(3, s.bandOf(Math.nextUp(1000e3)));
        assertEquals(3, s.bandOf(5500e3));          // Art. II §5: "not in excess of 5500"
        assertEquals(BandScheme.NONE, s.bandOf(Math.nextUp(5500e3)));
        assertEquals(ThresholdSet.INF_SHORTER, s.band(2).category());
        assertEquals(ThresholdSet.INF_INTERMEDIATE, s.band(3).category());
    }

    @Test
    void customRangeIsAClosedDisc() {
        BandScheme s = BandScheme.of(ThresholdSet.custom(List.of(480.0)));
        assertEquals(1, s.size());
        assertEquals(0, s.bandOf(480e3));
        assertEquals(BandScheme.NONE, s.bandOf(Math.nextUp(480e3)));
        BandScheme r500 = BandScheme.of(ThresholdSet.custom(List.of(500.0)));
        assertEquals(0, r500.bandOf(500e3));        // 480 < d <= 500 is what 500 km adds over 480 km
    }
}

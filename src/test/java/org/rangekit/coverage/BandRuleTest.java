package org.rangekit.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rangekit.range.Interval;

/** A band built from an interval of km keeps the metre edges km × 1000 and the interval's edge rule. */
class BandRuleTest {

    @Test
    void intervalBandsKeepTheirEdgesInMetres() {
        BandRule shorter = new BandRule("500–1,000 km", "shorter-range (INF)", Interval.closed(500, 1000));
        assertEquals(500e3, shorter.innerMeters(), 0.0);
        assertEquals(1000e3, shorter.outerMeters(), 0.0);
        assertTrue(shorter.contains(500e3));
        assertTrue(shorter.contains(1000e3));
        assertFalse(shorter.contains(Math.nextDown(500e3)));
        assertFalse(shorter.contains(Math.nextUp(1000e3)));
        assertEquals(Interval.closed(500, 1000), shorter.intervalKm());

        BandRule intermediate = new BandRule("1,000–5,500 km", "", Interval.openClosed(1000, 5500));
        assertFalse(intermediate.contains(1000e3));
        assertTrue(intermediate.contains(Math.nextUp(1000e3)));
        assertTrue(intermediate.contains(5500e3));
        assertEquals("1,000–5,500 km", intermediate.category());
        assertEquals("(1,000, 5,500] km", intermediate.intervalKm().toBracketText());
    }

    /** A fractional km edge: the band's metre edge is km × 1000, the same product the category rule uses. */
    @Test
    void fractionalEdgesAgreeWithTheCategoryRule() {
        double km = 480.123456789;
        BandRule r = new BandRule("x", "x", Interval.closed(0, km));
        assertEquals(km * 1000, r.outerMeters(), 0.0);
        assertTrue(r.contains(km * 1000));
        assertTrue(Interval.closed(0, km).containsMeters(km * 1000));
        assertFalse(r.contains(Math.nextUp(km * 1000)));
        assertFalse(Interval.closed(0, km).containsMeters(Math.nextUp(km * 1000)));
    }
}

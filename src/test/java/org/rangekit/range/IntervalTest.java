package org.rangekit.range;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntervalTest {

    /** INF Art. II §6: [500, 1000] km holds both edges, nothing beside them. */
    @Test
    void closedIntervalHoldsBothEdges() {
        Interval shorter = Interval.closed(500, 1000);
        assertTrue(shorter.contains(500));
        assertTrue(shorter.contains(1000));
        assertFalse(shorter.contains(Math.nextDown(500.0)));
        assertFalse(shorter.contains(Math.nextUp(1000.0)));
        assertTrue(shorter.containsMeters(500_000));
        assertTrue(shorter.containsMeters(1_000_000));
        assertFalse(shorter.containsMeters(Math.nextDown(500_000.0)));
        assertFalse(shorter.containsMeters(Math.nextUp(1_000_000.0)));
        assertFalse(shorter.contains(Double.NaN));
    }

    /** INF Art. II §5: (1000, 5500] km holds 5,500 km but not 1,000 km. */
    @Test
    void halfOpenIntervals() {
        Interval intermediate = Interval.openClosed(1000, 5500);
        assertFalse(intermediate.contains(1000));
        assertTrue(intermediate.contains(Math.nextUp(1000.0)));
        assertTrue(intermediate.contains(5500));
        Interval below = Interval.closedOpen(0, 500);
        assertTrue(below.contains(0));
        assertFalse(below.contains(500));
        assertTrue(below.contains(Math.nextDown(500.0)));
    }

    @Test
    void unboundedAbove() {
        Interval beyond = Interval.atLeast(5500, false);
        assertTrue(beyond.isUnbounded());
        assertFalse(beyond.contains(5500));
        assertTrue(beyond.contains(1e300));
        assertFalse(beyond.contains(Double.POSITIVE_INFINITY)); // ∞ itself is excluded: the end is open
        assertTrue(beyond.containsMeters(Double.MAX_VALUE));
        assertEquals("(5,500, ∞) km", beyond.toBracketText());
    }

    @Test
    void bracketTextShowsTheEdges() {
        assertEquals("[500, 1,000] km", Interval.closed(500, 1000).toBracketText());
        assertEquals("(1,000, 5,500] km", Interval.openClosed(1000, 5500).toBracketText());
        assertEquals("[0, 480.5) km", Interval.closedOpen(0, 480.5).toBracketText());
        assertEquals("[0, 480] km", Interval.disc(480).toString());
    }

    @Test
    void intersectionHonoursEdges() {
        assertFalse(Interval.closedOpen(0, 500).intersects(Interval.closed(500, 1000)));
        assertTrue(Interval.closed(0, 500).intersects(Interval.closed(500, 1000)));
        assertFalse(Interval.closed(500, 1000).intersects(Interval.openClosed(1000, 5500)));
        assertTrue(Interval.closed(0, 2000).intersects(Interval.openClosed(1000, 5500)));
        assertFalse(Interval.closed(0, 10).intersects(Interval.closed(20, 30)));
        assertTrue(Interval.closed(500, 1000).overlapsOpen(900, 2000));
        assertFalse(Interval.closed(500, 1000).overlapsOpen(1000, 2000));
    }

    @Test
    void refusesBadIntervalsNamingTheValue() {
        assertEquals("lowerKm must be a finite number >= 0, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> Interval.closed(-1, 5)).getMessage());
        assertEquals("upperKm must be a number > lowerKm 5.0, got 5.0",
                assertThrows(IllegalArgumentException.class, () -> Interval.closed(5, 5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Interval.closed(5, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Interval.closed(Double.NaN, 5));
        assertThrows(IllegalArgumentException.class, () -> Interval.atLeast(Double.POSITIVE_INFINITY, true));
        assertEquals("an unbounded interval cannot include its upper end +∞",
                assertThrows(IllegalArgumentException.class,
                        () -> new Interval(0, true, Double.POSITIVE_INFINITY, true)).getMessage());
    }
}

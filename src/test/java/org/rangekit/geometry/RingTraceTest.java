package org.rangekit.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RingTraceTest {

    @Test
    void crossedLineComparesWithoutRounding() {
        // Regression: floor((u + 180) / 360) rounds 179.99999999999997 + 180 up to 360 and saw a
        // crossing that was not there (centre on the antimeridian, ring around the South Pole).
        assertEquals(Double.NaN, RingTrace.crossedLine(178.75, 179.99999999999997));
        assertEquals(Double.NaN, RingTrace.crossedLine(178.75, 180.0));
        assertEquals(180.0, RingTrace.crossedLine(178.75, 180.00000000000003));
        assertEquals(Double.NaN, RingTrace.crossedLine(180.0, 181.0));
        assertEquals(-180.0, RingTrace.crossedLine(-179.0, -181.0));
        assertEquals(Double.NaN, RingTrace.crossedLine(-180.0, -181.0));
        assertEquals(540.0, RingTrace.crossedLine(539.5, 540.5));
        assertEquals(-540.0, RingTrace.crossedLine(-539.5, -540.5));
        assertEquals(Double.NaN, RingTrace.crossedLine(10, 20));
        assertEquals(Double.NaN, RingTrace.crossedLine(20, 10));
    }
}

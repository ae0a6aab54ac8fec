package org.rangekit.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rangekit.Slow;

@Slow
class NearestSiteTest {

    @Test
    void nearestSiteEqualsExactOnRandomPoints() {
        TargetPoints t = FastClassifierTest.randomTargets(5L, 100_000);
        NearestSite ns = new NearestSite(FastClassifierTest.SITES, t);
        for (int i = 0; i < t.size(); i++) {
            assertEquals(ExactOracle.nearest(FastClassifierTest.SITES, t, i), ns.nearest(t, i), "target " + i);
        }
    }
}

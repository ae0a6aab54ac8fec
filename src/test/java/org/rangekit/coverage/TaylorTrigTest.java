package org.rangekit.coverage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link TaylorTrig} stays within its stated error over [−π/2, π/2]. */
class TaylorTrigTest {

    /** Math.sin and Math.cos are within 1 ulp (≤ 1.1e-16 on [−1, 1]) of the true values. */
    static final double REFERENCE_ERROR = 1.2e-16;

    /** 2,000,001 evenly spaced arguments plus the ends and the degree-converted ends. */
    @Test
    void withinMaxErrorOnADenseGrid() {
        int n = 2_000_000;
        double worst = 0;
        double[] ends = {Math.PI / 2, -Math.PI / 2, 90 * (Math.PI / 180), -90 * (Math.PI / 180),
            0.5 * (Math.PI / 180) * 180, Math.nextUp(Math.PI / 2), 0, Double.MIN_VALUE};
        for (int k = 0; k <= n + ends.length; k++) {
            double x = k <= n ? -Math.PI / 2 + Math.PI * k / n : ends[k - n - 1];
            worst = Math.max(worst, Math.abs(TaylorTrig.sin(x) - Math.sin(x)));
            worst = Math.max(worst, Math.abs(TaylorTrig.cos(x) - Math.cos(x)));
        }
        assertTrue(worst + REFERENCE_ERROR <= TaylorTrig.MAX_ERROR, "worst difference " + worst);
        // Not merely within the bound: the Taylor forms are near full precision in practice.
        assertTrue(worst < 1e-15, "worst difference " + worst);
    }
}

package org.rangekit.io.out.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Num#of(double, int)} rounds in integers where it can ({@link Num#scaledHalfEven}); the
 * reference is the exact decimal expansion of the double rounded half-even by {@link BigDecimal},
 * which every number was written with before. Compared: the written text, the JSON value (unscaled
 * value and scale) and whether the integer path was taken, over random doubles of every exponent,
 * values of the sizes a report writes, exact ties (odd multiples of a power of two at half a unit
 * of the last decimal) and their neighbours, the edges of the 64-bit range, zeros and subnormals.
 */
class NumTest {

    private static void check(double v, int decimals) {
        BigDecimal want = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN);
        if (want.signum() == 0) {
            want = BigDecimal.ZERO.setScale(decimals);
        }
        Num got = Num.of(v, decimals);
        String where = v + " (" + Long.toHexString(Double.doubleToRawLongBits(v)) + ") to " + decimals;
        assertEquals(want.toPlainString(), got.toString(), where);
        assertEquals(want.unscaledValue(), got.value().unscaledValue(), where);
        assertEquals(want.scale(), got.value().scale(), where);
        long q = Num.scaledHalfEven(v, decimals);
        if (q != Num.NO_FAST_PATH) {
            assertEquals(want.unscaledValue().longValueExact(), q, where);
        }
    }

    @Test
    void randomDoublesOfEveryExponent() {
        SplittableRandom rnd = new SplittableRandom(20261202);
        for (int i = 0; i < 300_000; i++) {
            double v = Double.longBitsToDouble(rnd.nextLong());
            if (!Double.isFinite(v) || Math.abs(v) > 1e30) {
                continue;
            }
            check(v, rnd.nextInt(0, 11));
        }
    }

    @Test
    void valuesOfTheSizesAReportWrites() {
        SplittableRandom rnd = new SplittableRandom(7);
        int fast = 0;
        for (int i = 0; i < 300_000; i++) {
            double v = switch (i % 4) {
                case 0 -> rnd.nextDouble(-180, 180); // coordinates, 6 decimals
                case 1 -> rnd.nextDouble(0, 20_040); // distances in km, 3 decimals
                case 2 -> rnd.nextDouble(0, 1.5e8); // areas in km², 1 decimal
                default -> rnd.nextDouble(0, 100); // percentages, 2 decimals
            };
            int d = new int[] {6, 3, 1, 2}[i % 4];
            check(v, d);
            if (Num.scaledHalfEven(v, d) != Num.NO_FAST_PATH) {
                fast++;
            }
        }
        assertEquals(300_000, fast, "every report-sized value takes the integer path");
    }

    @Test
    void exactTiesGoToTheEvenNeighbourAndTheirNeighboursDoNot() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int d = 0; d <= 9; d++) {
            for (int i = 0; i < 20_000; i++) {
                // (2k + 1) / 2^j with j ≥ 1: a tie for d decimals when 10^d · v is an odd multiple of 1/2.
                long k = rnd.nextLong(0, 1L << 40);
                int j = rnd.nextInt(1, 60);
                double v = Math.scalb((double) (2 * k + 1), -j);
                for (double w : new double[] {v, Math.nextUp(v), Math.nextDown(v), -v}) {
                    check(w, d);
                }
            }
            // The ties of d decimals that are exact doubles: n + 1/2 units of 10^-d with 10^-d a power of two only for d = 0.
            for (long n = 0; n < 2_000; n++) {
                check(n + 0.5, 0);
                check(-(n + 0.5), 0);
                check((n + 0.5) / 4, 1); // x.xx5 and x.x25, x.x75: ties at 2 decimals when exact
                check((n + 0.5) / 4, 2);
            }
        }
        assertEquals("0", Num.of(0.5, 0).toString());
        assertEquals("2", Num.of(1.5, 0).toString());
        assertEquals("2", Num.of(2.5, 0).toString());
        assertEquals("-2", Num.of(-2.5, 0).toString());
        assertEquals("0.12", Num.of(0.125, 2).toString());
        assertEquals("0.38", Num.of(0.375, 2).toString());
        // The doubles nearest 0.0005, 0.0015 and 0.0025 lie a little above those decimals: not ties,
        // rounded up (half-even on the decimals would give 0.000, 0.002, 0.002).
        assertEquals("0.001", Num.of(0.0005, 3).toString());
        assertEquals("0.002", Num.of(0.0015, 3).toString());
        assertEquals("0.003", Num.of(0.0025, 3).toString());
    }

    @Test
    void edgesZerosAndSubnormals() {
        double[] vs = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 4.9e-324 * 3,
            1e-10, -1e-10, 0.49999999999999994, 0.5, 9.223372036854775E18, 9.2233720368547748E18,
            9.223372036854775E9, 9.2233720368547758E12, 4.5e18, 1e15, 123456789.123456789, -0.0000004, -0.0000005,
            -0.0000006, 999999.9999995, 2.5e-7, 3.5e-7};
        for (double v : vs) {
            for (int d = 0; d <= 10; d++) {
                check(v, d);
            }
        }
        assertEquals("0.000", Num.of(-0.0001, 3).toString(), "a negative value that rounds to 0 has no sign");
        assertEquals(Num.NO_FAST_PATH, Num.scaledHalfEven(1e30, 0));
        assertEquals(Num.NO_FAST_PATH, Num.scaledHalfEven(1.5, 10));
        assertNotEquals(Num.NO_FAST_PATH, Num.scaledHalfEven(-1.5, 9));
        assertNull(Num.of(Double.NaN, 3));
        assertNull(Num.of(Double.POSITIVE_INFINITY, 3));
    }
}

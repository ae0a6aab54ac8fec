package org.rangekit.coverage;

/**
 * Sine and cosine on [−π/2, π/2] as truncated Taylor series in Horner form: no argument
 * reduction and no branches, so that the JIT can keep a loop of them in vector registers.
 * Used by the streamed classification of raw latitudes and longitudes ({@link FastClassifier}),
 * whose safety margins must cover their error.
 *
 * <h2>Accuracy</h2>
 * For |x| ≤ π/2 + 1e-15 the computed value differs from the true sine or cosine of x by at most
 * {@value #MAX_ERROR}, from two sources:
 * <ul>
 *   <li>truncation: both series alternate with terms decreasing in magnitude for |x| ≤ π/2, so the
 *       error is below the first omitted term, |x|²³/23! ≤ 1.3e-18 for the sine (through x²¹/21!)
 *       and |x|²⁴/24! ≤ 8.2e-20 for the cosine (through x²²/22!);</li>
 *   <li>rounding: Horner's rule in y = x² with n steps is backward stable with relative
 *       perturbations ≤ γ<sub>2n+2</sub> = (2n+2)u/(1 − (2n+2)u) on each coefficient term, u = 2⁻⁵³
 *       (Higham, <i>Accuracy and Stability of Numerical Algorithms</i>, 2nd ed., 2002, §5.1, eq. 5.3;
 *       the extra 2 cover the rounded coefficients and the rounded y). The sum of the absolute terms
 *       is sinh|x| ≤ 2.31 for the sine and cosh x ≤ 2.51 for the cosine, so the rounding error is at
 *       most 24u·2.51 ≤ 6.7e-15.</li>
 * </ul>
 * {@code TaylorTrigTest} compares against {@link Math#sin}/{@link Math#cos} on a dense grid.
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
final class TaylorTrig {

    /** Bound on |computed − true| for |x| ≤ π/2 (dimensionless): 6.7e-15 rounding + 1.3e-18 truncation. */
    static final double MAX_ERROR = 1e-14;

    // 1/k! for the odd (sine) and even (cosine) terms, signs alternating.
    private static final double S3 = -1.0 / 6;
    private static final double S5 = 1.0 / 120;
    private static final double S7 = -1.0 / 5040;
    private static final double S9 = 1.0 / 362880;
    private static final double S11 = -1.0 / 39916800;
    private static final double S13 = 1.0 / 6227020800.0;
    private static final double S15 = -1.0 / 1307674368000.0;
    private static final double S17 = 1.0 / 355687428096000.0;
    private static final double S19 = -1.0 / 121645100408832000.0;
    private static final double S21 = 1.0 / 51090942171709440000.0;

    private static final double C2 = -1.0 / 2;
    private static final double C4 = 1.0 / 24;
    private static final double C6 = -1.0 / 720;
    private static final double C8 = 1.0 / 40320;
    private static final double C10 = -1.0 / 3628800;
    private static final double C12 = 1.0 / 479001600;
    private static final double C14 = -1.0 / 87178291200.0;
    private static final double C16 = 1.0 / 20922789888000.0;
    private static final double C18 = -1.0 / 6402373705728000.0;
    private static final double C20 = 1.0 / 2432902008176640000.0;
    private static final double C22 = -1.0 / 1124000727777607680000.0;

    private TaylorTrig() {
    }

    /** sin x for |x| ≤ π/2 (x in radians), within {@value #MAX_ERROR}. */
    static double sin(double x) {
        double y = x * x;
        double p = S21;
        p = p * y + S19;
        p = p * y + S17;
        p = p * y + S15;
        p = p * y + S13;
        p = p * y + S11;
        p = p * y + S9;
        p = p * y + S7;
        p = p * y + S5;
        p = p * y + S3;
        return x + x * (p * y);
    }

    /** cos x for |x| ≤ π/2 (x in radians), within {@value #MAX_ERROR}. */
    static double cos(double x) {
        double y = x * x;
        double p = C22;
        p = p * y + C20;
        p = p * y + C18;
        p = p * y + C16;
        p = p * y + C14;
        p = p * y + C12;
        p = p * y + C10;
        p = p * y + C8;
        p = p * y + C6;
        p = p * y + C4;
        p = p * y + C2;
        return 1 + p * y;
    }
}

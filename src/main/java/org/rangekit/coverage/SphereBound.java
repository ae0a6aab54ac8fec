package org.rangekit.coverage;

import org.rangekit.geodesy.EarthModel;

/**
 * A cheap great-circle distance that brackets the ellipsoidal geodesic distance with a proven
 * bound, and the unit vectors it is computed from.
 *
 * <h2>The bound</h2>
 * Let the ellipsoid E have equatorial radius a, polar radius b = a(1 − f), f ≥ 0, and let S be
 * the sphere of radius a. The linear map L = diag(1, 1, a/b) takes E onto S: a point of
 * geodetic latitude φ and longitude λ,
 * (N cos φ cos λ, N cos φ sin λ, N (1 − e²) sin φ) with N = a / √(1 − e² sin² φ), goes to
 * a·u with
 * <pre>
 *   u = (cos φ cos λ, cos φ sin λ, (1 − f) sin φ) / √(cos² φ + (1 − f)² sin² φ),
 * </pre>
 * the unit vector of the parametric (reduced) latitude β, tan β = (1 − f) tan φ (Karney 2013,
 * eq. 6), since 1 − e² = (1 − f)². For every tangent vector v, |v| ≤ |Lv| ≤ (a/b)|v|, because
 * the singular values of L are 1, 1 and a/b. Hence L stretches the length of every curve on E
 * by a factor in [1, a/b], and its inverse shrinks the length of every curve on S by a factor in
 * [b/a, 1]. Let s be the geodesic distance on E between two points and σ the great-circle angle
 * between their unit vectors u₁, u₂ (so aσ is their distance on S). The image of the shortest
 * path on E is a path on S of length ≤ (a/b)·s, so aσ ≤ (a/b)·s; the preimage of the great-circle
 * arc on S is a path on E of length ≤ aσ, so s ≤ aσ. Therefore
 * <pre>
 *   (1 − f) · aσ  ≤  s  ≤  aσ                                                    (1)
 * </pre>
 * for any two points, poles and the ±180° meridian included (L is linear, so nothing is singular
 * there), nearly antipodal points included. The relative width of (1) is f ≈ 0.335 % on WGS84:
 * at most 1.7 km at 500 km and 18.4 km at 5,500 km. Both ends are attained in the limit (short
 * arcs along the equator have s = aσ; short meridional arcs at the equator have s ≈ (1 − f)aσ),
 * so (1) cannot be tightened by a constant factor alone.
 *
 * <h2>Safety margins</h2>
 * The inequality is exact in real arithmetic; the computed quantities are not. Classification
 * against an edge D therefore treats a point as settled only when (1) leaves a gap of
 * ε(D) = {@value #ABS_MARGIN_M} m + {@value #REL_MARGIN}·D between the bracket and the edge, and
 * compares squared chords with an extra slack of {@value #CHORD2_SLACK} (dimensionless, on the unit
 * sphere). These margins dominate the rounding of the unit vectors and the chord (a few 1e-16
 * per component, i.e. well below a micrometre), GeographicLib's own error (≈ 15 nm on WGS84, Karney
 * 2013 §9) and the rounding of the edge thresholds; so a settled point is on the same side of the
 * edge by GeographicLib's distance as by the true geodesic distance. In metres, the whole
 * uncertain zone around an edge D is at most f·D/(1 − f) + 2ε(D) + O(slack) wide.
 *
 * <p>The streamed path of {@link FastClassifier} computes c² from raw coordinates with truncated
 * Taylor series ({@code TaylorTrig}, each value within 1e-14) instead of {@link Math#sin} and
 * {@link Math#cos}; its c² is within 4e-13 of the true value (the argument is at
 * {@code FastClassifier.STREAMED_CHORD2_ERROR}), still 2.5 times inside the slack
 * {@value #CHORD2_SLACK}, so the margins need no change.
 *
 * <h2>Chords instead of angles</h2>
 * The squared chord c² = |u₁ − u₂|² = 4 sin²(σ/2) is monotone in σ ∈ [0, π] and, computed from
 * coordinate differences, accurate at small separations (unlike 1 − u₁·u₂); comparing c² with
 * precomputed per-edge thresholds avoids any trigonometric call per target.
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public final class SphereBound {

    /** Absolute margin (metres): 1 mm, ≫ GeographicLib's ≈ 15 nm and the sub-µm vector rounding. */
    public static final double ABS_MARGIN_M = 1e-3;
    /** Relative margin: covers rounding in the edge thresholds (≈ 1e-16 relative) many times over. */
    public static final double REL_MARGIN = 1e-9;
    /** Slack on squared chords of the unit sphere: ≫ the ≈ 1e-15 rounding of a computed c². */
    public static final double CHORD2_SLACK = 1e-12;

    private final double a;
    private final double b;
    private final double oneMinusF;

    /**
     * @param earth the figure; its flattening must be ≥ 0 (oblate or a sphere)
     */
    public SphereBound(EarthModel earth) {
        double f = earth.flattening();
        if (!(f >= 0 && f < 1)) {
            throw new IllegalArgumentException("flattening must be in [0, 1), got " + f);
        }
        this.a = earth.equatorialRadiusMeters();
        this.oneMinusF = 1 - f;
        this.b = a * oneMinusF;
    }

    /** Equatorial radius a (metres): the radius of the comparison sphere. */
    public double sphereRadiusMeters() {
        return a;
    }

    /**
     * Writes the parametric-latitude unit vector of a point into {@code out[offset..offset+2]}.
     *
     * @param latDeg geodetic latitude (degrees)
     * @param lonDeg longitude (degrees)
     */
    public void unitVector(double latDeg, double lonDeg, double[] out, int offset) {
        double phi = Math.toRadians(latDeg);
        double lam = Math.toRadians(lonDeg);
        double cphi = Math.cos(phi);
        double zs = oneMinusF * Math.sin(phi);
        double inv = 1.0 / Math.sqrt(cphi * cphi + zs * zs);
        out[offset] = cphi * Math.cos(lam) * inv;
        out[offset + 1] = cphi * Math.sin(lam) * inv;
        out[offset + 2] = zs * inv;
    }

    /**
     * The great-circle distance aσ on the comparison sphere (metres): an upper bound of the
     * geodesic distance, and (1 − f) times it a lower bound (inequality (1) above).
     */
    public double sphereDistanceMeters(double latDeg1, double lonDeg1, double latDeg2, double lonDeg2) {
        double[] u = new double[6];
        unitVector(latDeg1, lonDeg1, u, 0);
        unitVector(latDeg2, lonDeg2, u, 3);
        double dx = u[0] - u[3];
        double dy = u[1] - u[4];
        double dz = u[2] - u[5];
        double c = Math.sqrt(dx * dx + dy * dy + dz * dz);
        return a * 2 * Math.asin(Math.min(1.0, c / 2));
    }

    /** The factor 1 − f = b/a of inequality (1). */
    public double lowerFactor() {
        return oneMinusF;
    }

    /** Safety margin ε(D) (metres) for an edge at {@code edgeMeters}. */
    public static double marginMeters(double edgeMeters) {
        return ABS_MARGIN_M + REL_MARGIN * edgeMeters;
    }

    /**
     * Squared unit-sphere chord below which the geodesic distance is surely less than
     * {@code edgeMeters}: aσ &lt; D − ε(D) implies s &lt; D by (1). Negative when no chord qualifies.
     */
    public double surelyBelowChord2(double edgeMeters) {
        double sigma = (edgeMeters - marginMeters(edgeMeters)) / a;
        if (!(sigma > 0)) {
            return -1;
        }
        return chord2(Math.min(sigma, Math.PI)) - CHORD2_SLACK;
    }

    /**
     * Squared unit-sphere chord above which the geodesic distance is surely greater than
     * {@code edgeMeters}: (1 − f)aσ &gt; D + ε(D) implies s &gt; D by (1). Above 4 (never met) when
     * the edge is beyond reach of the bound.
     */
    public double surelyAboveChord2(double edgeMeters) {
        double sigma = (edgeMeters + marginMeters(edgeMeters)) / b;
        if (sigma >= Math.PI) {
            return 5;
        }
        return chord2(sigma) + CHORD2_SLACK;
    }

    private static double chord2(double sigma) {
        double h = Math.sin(sigma / 2);
        return 4 * h * h;
    }
}

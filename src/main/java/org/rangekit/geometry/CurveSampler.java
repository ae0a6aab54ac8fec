package org.rangekit.geometry;

import java.util.Arrays;
import java.util.function.DoubleFunction;

/**
 * Samples closed curves on the ellipsoid, given piece by piece as functions of a parameter, into
 * {@link RingTrace.Curve}s: straight lon/lat edges within a tolerance of the curve, longitudes
 * unwrapped, and a vertex exactly on every odd multiple of 180° the curve crosses, so that
 * {@link RingPolygons#assemble(RingTrace.Curve, boolean)} can cut it and close it over a pole.
 *
 * <h2>Algorithm</h2>
 * As {@link RingTrace}: an edge [t₁, t₂] is halved while the midpoint of its lon/lat chord lies
 * farther than half the tolerance (on a sphere of the equatorial radius) from the curve point at
 * (t₁ + t₂)/2, or while it spans more than {@link RingTrace#MAX_EDGE_LON_DEG} of longitude.
 * Antimeridian vertices are interpolated linearly along the chord, which is within the tolerance.
 *
 * <h2>Thread safety</h2>
 * Instances are single-use and not thread-safe.
 */
final class CurveSampler {

    private static final int MAX_DEPTH = 50;

    private final double halfTolM;
    private final ChordCheck chord;
    private double[] lat = new double[256];
    private double[] lon = new double[256];
    private int n;

    /**
     * @param toleranceM largest distance (metres) of an edge from the curve
     * @param sphereRadiusM radius (metres) of the sphere the check distance is measured on
     */
    CurveSampler(double toleranceM, double sphereRadiusM) {
        this.halfTolM = RingTrace.CHORD_SAFETY * toleranceM;
        this.chord = new ChordCheck(sphereRadiusM);
    }

    /**
     * Appends one piece of the curve: {@code f(t)} = {lat, lon} (degrees) for t in [t0, t1], with
     * {@code initial} equal steps before refinement. The end point is not appended: the next
     * piece starts there (the curve is closed by the first piece's start).
     */
    void add(DoubleFunction<double[]> f, double t0, double t1, int initial) {
        double[] prev = f.apply(t0);
        double tp = t0;
        for (int i = 1; i <= initial; i++) {
            double t = i == initial ? t1 : t0 + (t1 - t0) * i / initial;
            double[] q = f.apply(t);
            push(prev);
            refine(f, tp, prev, t, q, 0);
            prev = q;
            tp = t;
        }
    }

    private void refine(DoubleFunction<double[]> f, double t1, double[] p1, double t2, double[] p2, int depth) {
        if (depth >= MAX_DEPTH) {
            return;
        }
        double tm = 0.5 * (t1 + t2);
        double[] m = f.apply(tm);
        double dl = RingTrace.angDiff(p1[1], p2[1]);
        double off = chord.midpointOffset(p1[0], p1[1], p2[0], p2[1], m[0], m[1]);
        if (off <= halfTolM && Math.abs(dl) <= RingTrace.MAX_EDGE_LON_DEG) {
            return;
        }
        refine(f, t1, p1, tm, m, depth + 1);
        push(m);
        refine(f, tm, m, t2, p2, depth + 1);
    }

    private void push(double[] p) {
        if (n == lat.length) {
            lat = Arrays.copyOf(lat, 2 * n);
            lon = Arrays.copyOf(lon, 2 * n);
        }
        lat[n] = p[0];
        lon[n] = p[1];
        n++;
    }

    /** The closed curve: unwrapped, with antimeridian vertices inserted. */
    RingTrace.Curve curve() {
        double[] x = new double[2 * n + 8];
        double[] y = new double[2 * n + 8];
        boolean[] cut = new boolean[2 * n + 8];
        int m = 0;
        double u = lon[0];
        for (int i = 0; i < n; i++) {
            if (m + 2 >= x.length) {
                x = Arrays.copyOf(x, 2 * x.length);
                y = Arrays.copyOf(y, 2 * y.length);
                cut = Arrays.copyOf(cut, 2 * cut.length);
            }
            x[m] = u;
            y[m] = lat[i];
            m++;
            int j = (i + 1) % n;
            double u2 = u + RingTrace.angDiff(lon[i], lon[j]);
            double line = RingTrace.crossedLine(u, u2);
            if (!Double.isNaN(line)) {
                x[m] = line;
                y[m] = lat[i] + (lat[j] - lat[i]) * (line - u) / (u2 - u);
                cut[m] = true;
                m++;
            }
            u = u2;
        }
        return new RingTrace.Curve(Arrays.copyOf(x, m), Arrays.copyOf(y, m), Arrays.copyOf(cut, m), 0);
    }
}

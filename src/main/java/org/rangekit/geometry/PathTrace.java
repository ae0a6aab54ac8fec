package org.rangekit.geometry;

import java.util.Arrays;

/**
 * Samples curves given by a parameter (a geodesic by its distance, a ring arc by its azimuth) as
 * lon/lat polylines whose straight edges stay within a tolerance of the curve, with longitudes
 * unwrapped and every crossing of an odd multiple of 180° present as an exact vertex. Pieces are
 * appended one after the other, so a closed boundary (a sector's two arcs and two radial edges)
 * is traced as one curve for {@link LonLatCurves#region}.
 *
 * <h2>Algorithm</h2>
 * As {@link RingTrace} does for whole rings: an edge [t₁, t₂] is halved while the midpoint of its
 * straight lon/lat chord lies farther than {@link RingTrace#CHORD_SAFETY} × tolerance from the
 * curve point at (t₁ + t₂)/2 (measured on a sphere of the equatorial radius), or while it spans
 * more than {@link RingTrace#MAX_EDGE_LON_DEG} of longitude. Crossings of the antimeridian are
 * solved for t by the Illinois variant of regula falsi until the crossing longitude is as close to
 * the line as doubles allow, and the vertex is written exactly on the line.
 *
 * <h2>Poles</h2>
 * A curve through a pole has no longitude there: longitude jumps by 180° across it, and no
 * refinement resolves the edge. Such an edge (still wider than the longitude limit at the
 * smallest parameter step) is replaced by the two pole vertices (lon₁, ±90°) and (lon₂, ±90°).
 * A polyline ends one part there. A region's boundary runs along the pole line between them,
 * keeping the pole on its right (inside: the region is closed, and holds its boundary): westward
 * by 180° round the North Pole, eastward round the South Pole, the sense in which a ring around
 * that pole turns.
 *
 * <p>Single-use; not thread-safe.
 */
final class PathTrace {

    /** A curve: at parameter t, {latitude, longitude} in degrees (longitude in [−180, 180]). */
    interface Curve {
        double[] at(double t);
    }

    /** Depth limit of the halving; with the smallest step it ends every refinement. */
    private static final int MAX_DEPTH = 80;

    private final double chordTolM;
    private final ChordCheck chord;
    private double[] ulon = new double[256];
    private double[] lat = new double[256];
    private boolean[] onCut = new boolean[256];
    private boolean[] breakAfter = new boolean[256];
    private int n;
    private final boolean region;

    /**
     * @param toleranceM largest distance (metres) of a straight lon/lat edge from the curve
     * @param sphereRadiusM radius (metres) of the sphere on which chord offsets are measured
     * @param region whether the curve bounds a region (to its right): a pass through a pole then runs
     *        along the pole line keeping the pole inside; otherwise the polyline breaks there
     */
    PathTrace(double toleranceM, double sphereRadiusM, boolean region) {
        this.chordTolM = toleranceM * RingTrace.CHORD_SAFETY;
        this.chord = new ChordCheck(sphereRadiusM);
        this.region = region;
    }

    /**
     * Appends the curve from t0 to t1 (either direction). Its first vertex is dropped when the
     * trace already has vertices: a piece starts where the previous one ended.
     *
     * @param f the curve
     * @param t0 first parameter
     * @param t1 last parameter
     * @param segments initial number of equal steps, ≥ 1
     * @param minStep smallest step of the parameter that is still halved (in its unit)
     */
    void append(Curve f, double t0, double t1, int segments, double minStep) {
        double[] ts = new double[segments + 1];
        double[][] ps = new double[segments + 1][];
        for (int i = 0; i <= segments; i++) {
            ts[i] = i == segments ? t1 : t0 + (t1 - t0) * i / segments;
            ps[i] = f.at(ts[i]);
        }
        if (n == 0) {
            add(ps[0][1], ps[0][0], false);
        }
        for (int i = 0; i < segments; i++) {
            edge(f, ts[i], ps[i], ts[i + 1], ps[i + 1], minStep, true);
        }
    }

    /** Appends the refined edge from (ta, pa) (already the last vertex) to (tb, pb), crossings included. */
    private void edge(Curve f, double ta, double[] pa, double tb, double[] pb, double minStep, boolean crossings) {
        double tm = 0.5 * (ta + tb);
        double d = RingTrace.angDiff(pa[1], pb[1]);
        boolean unambiguous = Math.abs(d) <= RingTrace.MAX_EDGE_LON_DEG;
        if (Math.abs(tb - ta) > minStep && tm != ta && tm != tb) {
            double[] pm = f.at(tm);
            if (!unambiguous || chord.midpointOffset(pa[0], pa[1], pb[0], pb[1], pm[0], pm[1]) > chordTolM) {
                edge(f, ta, pa, tm, pm, minStep, crossings);
                edge(f, tm, pm, tb, pb, minStep, crossings);
                return;
            }
        } else if (!unambiguous) {
            // A pass through a pole: longitude jumps across it.
            double poleLat = pa[0] + pb[0] >= 0 ? 90 : -90;
            double u = ulon[n - 1];
            add(u, poleLat, false);
            if (region) {
                // The closed region holds its boundary's pole: pass it keeping it on the right,
                // westward round the North Pole, eastward round the South Pole.
                d = poleLat > 0 ? -180 : 180;
                double line = RingTrace.crossedLine(u, u + d);
                if (!Double.isNaN(line)) {
                    add(line, poleLat, true);
                }
            } else {
                breakAfter[n - 1] = true;
            }
            add(u + d, poleLat, false);
            add(u + d, pb[0], false);
            return;
        }
        double u1 = ulon[n - 1];
        double u2 = u1 + d;
        double line = crossings ? RingTrace.crossedLine(u1, u2) : Double.NaN;
        if (Double.isNaN(line)) {
            add(u2, pb[0], false);
            return;
        }
        double[] x = crossing(f, ta, pa, tb, u1, u2, line);
        double tx = x[2];
        double[] px = {x[0], x[1]};
        // The two pieces, refined against their own chords; the crossing exactly on the line.
        edge(f, ta, pa, tx, px, minStep, false);
        ulon[n - 1] = line;
        onCut[n - 1] = true;
        edge(f, tx, px, tb, pb, minStep, false);
    }

    /**
     * Solves unwrapped lon(t) = line on [ta, tb] by the Illinois variant of regula falsi, to the
     * resolution of doubles. Returns {lat, raw lon, t}.
     */
    private static double[] crossing(Curve f, double ta, double[] pa, double tb, double u1, double u2, double line) {
        IllinoisBracket bracket = new IllinoisBracket(ta, u1 - line, tb, u2 - line);
        double[] best = null;
        double bestG = Double.POSITIVE_INFINITY;
        for (int it = 0; it < 300; it++) {
            double ax = bracket.next();
            if (bracket.isEnd(ax)) {
                break;
            }
            double[] q = f.at(ax);
            double g = u1 + RingTrace.angDiff(pa[1], q[1]) - line;
            if (Math.abs(g) < bestG) {
                bestG = Math.abs(g);
                best = new double[] {q[0], q[1], ax};
            }
            if (g == 0) {
                break;
            }
            bracket.update(ax, g);
        }
        if (best == null) {
            double[] q = f.at(tb);
            best = new double[] {q[0], q[1], tb};
        }
        return best;
    }

    /** Unwrapped longitudes (degrees) of the vertices so far. */
    double[] ulon() {
        return Arrays.copyOf(ulon, n);
    }

    /** Latitudes (degrees) of the vertices so far. */
    double[] lat() {
        return Arrays.copyOf(lat, n);
    }

    /** Whether each vertex sits exactly on an odd multiple of 180°. */
    boolean[] onCut() {
        return Arrays.copyOf(onCut, n);
    }

    /** Whether the edge after each vertex passes through a pole and is not drawn. */
    boolean[] breakAfter() {
        return Arrays.copyOf(breakAfter, n);
    }

    /** Whether any edge passes through a pole. */
    boolean hasBreaks() {
        for (int i = 0; i < n; i++) {
            if (breakAfter[i]) {
                return true;
            }
        }
        return false;
    }

    /** Number of vertices so far. */
    int size() {
        return n;
    }

    /** Drops the last vertex (the repeated first vertex of a closed curve). */
    void dropLast() {
        n--;
    }

    private void add(double u, double la, boolean cut) {
        if (n == ulon.length) {
            ulon = Arrays.copyOf(ulon, 2 * n);
            lat = Arrays.copyOf(lat, 2 * n);
            onCut = Arrays.copyOf(onCut, 2 * n);
            breakAfter = Arrays.copyOf(breakAfter, 2 * n);
        }
        ulon[n] = u;
        lat[n] = la;
        onCut[n] = cut;
        breakAfter[n] = false;
        n++;
    }
}

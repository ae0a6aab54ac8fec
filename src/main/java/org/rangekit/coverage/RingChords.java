package org.rangekit.coverage;

import java.util.concurrent.atomic.AtomicReferenceArray;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;

/**
 * One circle of a band's annulus in a site's azimuthal equidistant frame: the regular polygon
 * that {@link BandClipper} intersects with (vertices on the circle, edge sagitta ≤
 * {@value BandClipper#CIRCLE_SAGITTA_M} m, vertex i at the bearing 2πi/n), with its vertices
 * mapped back to lon/lat by the direct problem and the area term of each chord (GeographicLib's
 * S12 between consecutive vertices, as {@code PolygonArea} adds them) computed once and shared by
 * every polygon and band of the site that meets the circle.
 *
 * <p>Vertices and chord terms are computed block by block on first use ({@value #BLOCK}
 * chords a block): a polygon that meets a short stretch of a long circle pays for that stretch.
 *
 * <h2>Thread safety</h2>
 * Safe to share: a block is computed by whichever thread needs it first and published through an
 * {@link AtomicReferenceArray} (two threads may both compute it: the same values either way).
 */
final class RingChords {

    static final int BLOCK = 128;

    final double radius;
    /** Number of chords (and vertices). */
    final int n;
    /** Plane vertices, exactly those of {@link BandClipper}'s circle polygon; index n is vertex 0. */
    final double[] x;
    final double[] y;
    /** Distance from the centre below which a point is inside the polygon (a hair below the apothem). */
    final double surelyInside;
    /** Distance from the centre above which a point is outside the polygon (a hair above the radius). */
    final double surelyOutside;

    private final AeqdFrame frame;
    private final Geodesic geodesic;
    private final AtomicReferenceArray<double[]> blocks;

    RingChords(AeqdFrame frame, Geodesic geodesic, double radius) {
        this.frame = frame;
        this.geodesic = geodesic;
        this.radius = radius;
        this.n = BandClipper.circleVertexCount(radius);
        this.x = new double[n + 1];
        this.y = new double[n + 1];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            x[i] = radius * Math.sin(t);
            y[i] = radius * Math.cos(t);
        }
        x[n] = x[0];
        y[n] = y[0];
        this.surelyInside = radius * Math.cos(Math.PI / n) * (1 - 1e-12);
        this.surelyOutside = radius * (1 + 1e-12);
        this.blocks = new AtomicReferenceArray<>((n + BLOCK - 1) / BLOCK);
    }

    /**
     * Block b: lat, lon of vertices b·BLOCK … b·BLOCK + m (m chords, m + 1 vertices), then the m
     * chords' S12, then their transits.
     */
    private double[] block(int b) {
        double[] known = blocks.get(b);
        if (known != null) {
            return known;
        }
        int first = b * BLOCK;
        int m = Math.min(BLOCK, n - first);
        double[] out = new double[2 * (m + 1) + 2 * m];
        double[] ll = new double[2];
        for (int j = 0; j <= m; j++) {
            frame.inverse(x[first + j], y[first + j], ll);
            out[2 * j] = ll[0];
            out[2 * j + 1] = ll[1];
        }
        int s = 2 * (m + 1);
        for (int j = 0; j < m; j++) {
            out[s + j] = geodesic.Inverse(out[2 * j], out[2 * j + 1], out[2 * j + 2], out[2 * j + 3],
                    GeodesicMask.AREA).S12;
            out[s + m + j] = BoundaryArea.transit(out[2 * j + 1], out[2 * j + 3]);
        }
        blocks.compareAndSet(b, null, out);
        return blocks.get(b);
    }

    /** Latitude and longitude of vertex k (0 ≤ k ≤ n; n is vertex 0) into {@code ll}. */
    void vertex(int k, double[] ll) {
        if (k == n) {
            k = 0;
        }
        double[] bl = block(k / BLOCK);
        int j = k % BLOCK;
        ll[0] = bl[2 * j];
        ll[1] = bl[2 * j + 1];
    }

    /** Adds the S12 and transits of chords from vertex k0 to vertex k1 (k0 ≤ k1 ≤ n), index order. */
    void addChords(int k0, int k1, BoundaryArea.Sum sum) {
        int k = k0;
        while (k < k1) {
            int b = k / BLOCK;
            double[] bl = block(b);
            int first = b * BLOCK;
            int m = Math.min(BLOCK, n - first);
            int s = 2 * (m + 1);
            int end = Math.min(k1, first + m);
            for (; k < end; k++) {
                sum.add(bl[s + k - first], (int) bl[s + m + k - first]);
            }
        }
    }

    /**
     * Whether the plane point (px, py) at distance h from the centre is inside the polygon: by its
     * distance, else by the side of the chord of its sector.
     */
    boolean inside(double px, double py, double h) {
        if (h < surelyInside) {
            return true;
        }
        if (h > surelyOutside) {
            return false;
        }
        int k = sector(px, py);
        return cross(x[k + 1] - x[k], y[k + 1] - y[k], px - x[k], py - y[k]) < 0;
    }

    /** Index of the chord whose bearing range holds the point's bearing. */
    int sector(double px, double py) {
        double t = Math.atan2(px, py);
        if (t < 0) {
            t += 2 * Math.PI;
        }
        int k = (int) Math.floor(t * n / (2 * Math.PI));
        return Math.max(0, Math.min(n - 1, k));
    }

    static double cross(double ax, double ay, double bx, double by) {
        return ax * by - ay * bx;
    }
}

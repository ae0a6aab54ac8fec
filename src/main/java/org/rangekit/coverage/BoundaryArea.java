package org.rangekit.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.sf.geographiclib.Accumulator;
import net.sf.geographiclib.GeoMath;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import net.sf.geographiclib.Pair;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;

/**
 * Geodesic area of (region ∩ annulus) from boundary sums, without building the intersection.
 *
 * <h2>Algorithm</h2>
 * The intersection that {@link BandClipper} measures is the plane intersection of the projected
 * region with the annulus polygon (two {@link RingChords} circles), its vertices mapped back to
 * lon/lat and joined by geodesics. GeographicLib's {@code PolygonArea} measures a ring as the sum of
 * a term S12 per edge (the area between the edge's geodesic and the equator) plus a count of
 * prime-meridian crossings (an odd count adds half the ellipsoid: the ring goes round a pole),
 * reduced modulo the ellipsoid's area A. Summed over all rings of the intersection, each oriented
 * with the inside on its left, the total is ≡ Σ S12 (+ A/2 if the crossings add up to an odd
 * number) mod A, and the true total lies in [0, band area], so one reduction into a window of
 * width A around half the band area gives it. The boundary of the intersection is
 * <ul>
 * <li>the region's edges inside the annulus, whole (their S12 does not depend on the band or
 *   the site: computed once, {@link DenseRegion#edgeS12}) or cut where they cross a circle
 *   chord, and</li>
 * <li>the circles' stretches inside the region, outer circle counter-clockwise, inner clockwise:
 *   between consecutive crossings, whole chords from the circle's shared table
 *   ({@link RingChords}), partial chords at the ends.</li>
 * </ul>
 * The vertices are those of the clipped pieces (the region's own, the circle's, the crossing
 * points mapped back with the direct problem), so the figure is the clipper's up to rounding.
 *
 * <p>Degenerate input (a vertex on a circle chord, a crossing at a chord end counted twice or not
 * at all, crossings that do not alternate in and out along a circle) is detected and answered
 * with NaN; the caller then clips the region the general way.
 *
 * <h2>Thread safety</h2>
 * Stateless; the {@link Edges} passed in belong to one thread.
 */
final class BoundaryArea {

    private BoundaryArea() {
    }

    /**
     * A region's boundary, rings one after another (closing vertex repeated), in lon/lat and in
     * the site's plane frame.
     */
    static final class Edges {
        final int[] ringStart;
        /** +1 when the ring's stored order has the region on its left in the plane, else −1. */
        final int[] ringSign;
        final double[] lat;
        final double[] lon;
        final double[] x;
        final double[] y;
        final double[] h;
        /** S12 of edge i → i+1 (NaN until needed when {@code lazy}); with {@link #orig}, of the region's edges. */
        final double[] s12;
        final Geometry plane;
        /**
         * Null, or for a boundary that keeps only some of the region's densified vertices
         * ({@link BandClipper#projectSparse}): the region's index of each kept vertex. An edge
         * i → i+1 whose ends are not consecutive there stands for the region's edges between them,
         * a stretch that crosses no circle: its terms are those edges' S12 ({@link #s12}) and
         * meridian crossings ({@link #origTransit}), added one by one.
         */
        final int[] orig;
        /** With {@link #orig}: the meridian-crossing count of every edge of the region ({@link #transit}). */
        final int[] origTransit;
        /** With {@link #orig}: latitude and longitude of every vertex of the region (to solve a NaN term of {@link #s12}). */
        final double[] origLat;
        final double[] origLon;

        Edges(int[] ringStart, int[] ringSign, double[] lat, double[] lon, double[] x, double[] y,
              double[] s12, Geometry plane) {
            this(ringStart, ringSign, lat, lon, x, y, s12, plane, null, null, null, null);
        }

        Edges(int[] ringStart, int[] ringSign, double[] lat, double[] lon, double[] x, double[] y,
              double[] s12, Geometry plane, int[] orig, int[] origTransit, double[] origLat, double[] origLon) {
            this.ringStart = ringStart;
            this.ringSign = ringSign;
            this.lat = lat;
            this.lon = lon;
            this.x = x;
            this.y = y;
            this.h = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                h[i] = Math.sqrt(x[i] * x[i] + y[i] * y[i]);
            }
            this.s12 = s12;
            this.plane = plane;
            this.orig = orig;
            this.origTransit = origTransit;
            this.origLat = origLat;
            this.origLon = origLon;
        }

        /** With {@link #orig}: the S12 of the region's edge k → k+1, solved on first use when NaN. */
        double origS12(int k, Geodesic g) {
            double v = s12[k];
            if (Double.isNaN(v)) {
                v = g.Inverse(origLat[k], origLon[k], origLat[k + 1], origLon[k + 1], GeodesicMask.AREA).S12;
                s12[k] = v;
            }
            return v;
        }

        /** Whether edge i → i+1 stands for several of the region's edges (see {@link #orig}). */
        boolean stretch(int i) {
            return orig != null && orig[i + 1] - orig[i] > 1;
        }

        double s12(int i, Geodesic g) {
            if (orig != null) {
                return origS12(orig[i], g);
            }
            double v = s12[i];
            if (Double.isNaN(v)) {
                v = g.Inverse(lat[i], lon[i], lat[i + 1], lon[i + 1], GeodesicMask.AREA).S12;
                s12[i] = v;
            }
            return v;
        }
    }

    /** Accumulates S12 terms (double-double, as PolygonArea) and meridian crossings, with a sign. */
    static final class Sum {
        final Accumulator acc = new Accumulator(0);
        int transits;
        int sign = 1;

        void add(double s12, int transit) {
            acc.Add(sign * s12);
            transits += sign * transit;
        }
    }

    /** A crossing of a region edge with a circle chord. */
    private static final class Crossing {
        final int k;
        final double u;
        final double t;
        final double lat;
        final double lon;
        final boolean insideAfter;
        final boolean outer;

        Crossing(int k, double u, double t, double lat, double lon, boolean insideAfter, boolean outer) {
            this.k = k;
            this.u = u;
            this.t = t;
            this.lat = lat;
            this.lon = lon;
            this.insideAfter = insideAfter;
            this.outer = outer;
        }
    }

    /** Signals degenerate geometry (the caller falls back to clipping). */
    private static final class Degenerate extends Exception {
        private static final long serialVersionUID = 1L;

        Degenerate() {
            super(null, null, false, false);
        }
    }

    private static final Comparator<Crossing> ALONG_CIRCLE =
            Comparator.<Crossing>comparingInt(c -> c.k).thenComparingDouble(c -> c.u);

    /**
     * Area (square metres) of the region inside the annulus between {@code inner} (null for a
     * disc) and {@code outer}, or NaN when the geometry is degenerate for this method.
     *
     * @param bandArea the exact area of the band (square metres), to choose the reduction window
     */
    static double area(Edges e, RingChords outer, RingChords inner, AeqdFrame frame, Geodesic g,
                       double bandArea) {
        try {
            return areaOrThrow(e, outer, inner, frame, g, bandArea);
        } catch (Degenerate d) {
            return Double.NaN;
        }
    }

    private static double areaOrThrow(Edges e, RingChords outer, RingChords inner, AeqdFrame frame,
                                      Geodesic g, double bandArea) throws Degenerate {
        Sum sum = new Sum();
        List<Crossing> onOuter = new ArrayList<>();
        List<Crossing> onInner = new ArrayList<>();
        List<Crossing> onEdge = new ArrayList<>();
        double[] ll = new double[2];
        for (int r = 0; r + 1 < e.ringStart.length; r++) {
            int rho = e.ringSign[r];
            int end = e.ringStart[r + 1] - 1;
            int i0 = e.ringStart[r];
            boolean pOut = outer.inside(e.x[i0], e.y[i0], e.h[i0]);
            boolean pIn = inner != null && inner.inside(e.x[i0], e.y[i0], e.h[i0]);
            for (int i = i0; i < end; i++) {
                int j = i + 1;
                boolean qOut = outer.inside(e.x[j], e.y[j], e.h[j]);
                boolean qIn = inner != null && inner.inside(e.x[j], e.y[j], e.h[j]);
                onEdge.clear();
                int nOut = crossings(e, i, rho, outer, true, frame, ll, onEdge);
                int nIn = inner == null ? 0 : crossings(e, i, rho, inner, false, frame, ll, onEdge);
                if (((nOut & 1) == 1) != (pOut != qOut) || ((nIn & 1) == 1) != (pIn != qIn)) {
                    throw new Degenerate();
                }
                boolean state = pOut && !pIn;
                sum.sign = rho;
                if (onEdge.isEmpty()) {
                    if (state && e.stretch(i)) {
                        // The region's own edges, in order: the same terms as its whole boundary gives.
                        for (int k = e.orig[i]; k < e.orig[j]; k++) {
                            sum.add(e.origS12(k, g), e.origTransit[k]);
                        }
                    } else if (state) {
                        sum.add(e.s12(i, g), transit(e.lon[i], e.lon[j]));
                    }
                } else if (e.stretch(i)) {
                    throw new Degenerate(); // a stretch is built to cross no circle: measure the whole boundary
                } else {
                    onEdge.sort(Comparator.comparingDouble(c -> c.t));
                    double lat0 = e.lat[i];
                    double lon0 = e.lon[i];
                    for (Crossing c : onEdge) {
                        if (state) {
                            sum.add(s12(g, lat0, lon0, c.lat, c.lon), transit(lon0, c.lon));
                        }
                        state = !state;
                        lat0 = c.lat;
                        lon0 = c.lon;
                        (c.outer ? onOuter : onInner).add(c);
                    }
                    if (state) {
                        sum.add(s12(g, lat0, lon0, e.lat[j], e.lon[j]), transit(lon0, e.lon[j]));
                    }
                }
                pOut = qOut;
                pIn = qIn;
            }
        }
        // The outer circle bounds the annulus counter-clockwise (against its index order), the inner clockwise.
        arcs(outer, onOuter, -1, e, g, ll, sum);
        if (inner != null) {
            arcs(inner, onInner, +1, e, g, ll, sum);
        }
        double a0 = g.EllipsoidArea();
        Accumulator a = sum.acc;
        a.Remainder(a0);
        // An odd count means a piece goes round a pole; a region holding a pole has a pole line in
        // lon/lat, which the projection collapses, so such regions are clipped and this stays even
        // in practice. Kept for the rule's sake, as PolygonArea has it.
        if ((sum.transits & 1) != 0) {
            a.Add((a.Sum() < 0 ? 1 : -1) * a0 / 2);
        }
        a.Negate(); // S12 sums count clockwise; the rings are counter-clockwise around their inside
        double v = a.Sum();
        double low = bandArea / 2 - a0 / 2;
        v -= a0 * Math.floor((v - low) / a0);
        return Math.max(0, v);
    }

    /** The circle's stretches inside the region, from each crossing into it to the next one out. */
    private static void arcs(RingChords c, List<Crossing> xs, int sign, Edges e, Geodesic g, double[] ll,
                             Sum sum) throws Degenerate {
        sum.sign = sign;
        if (xs.isEmpty()) {
            Coordinate v0 = new Coordinate(c.x[0], c.y[0]);
            if (SimplePointInAreaLocator.locate(v0, e.plane) == Location.INTERIOR) {
                c.addChords(0, c.n, sum);
            }
            return;
        }
        xs.sort(ALONG_CIRCLE);
        int m = xs.size();
        for (int j = 0; j < m; j++) {
            if (xs.get(j).insideAfter == xs.get((j + 1) % m).insideAfter) {
                throw new Degenerate();
            }
        }
        for (int j = 0; j < m; j++) {
            Crossing a = xs.get(j);
            if (!a.insideAfter) {
                continue;
            }
            Crossing b = xs.get((j + 1) % m);
            if (a.k == b.k && b.u > a.u) {
                sum.add(s12(g, a.lat, a.lon, b.lat, b.lon), transit(a.lon, b.lon));
                continue;
            }
            c.vertex(a.k + 1, ll);
            sum.add(s12(g, a.lat, a.lon, ll[0], ll[1]), transit(a.lon, ll[1]));
            if (b.k >= a.k + 1) {
                c.addChords(a.k + 1, b.k, sum);
            } else {
                c.addChords(a.k + 1, c.n, sum);
                c.addChords(0, b.k, sum);
            }
            c.vertex(b.k, ll);
            sum.add(s12(g, ll[0], ll[1], b.lat, b.lon), transit(ll[1], b.lon));
        }
    }

    /**
     * Adds to {@code out} the crossings of region edge i → i+1 with the chords of circle c; returns
     * their number.
     */
    private static int crossings(Edges e, int i, int rho, RingChords c, boolean outer, AeqdFrame frame,
                                 double[] ll, List<Crossing> out) throws Degenerate {
        int j = i + 1;
        if (e.h[i] < c.surelyInside && e.h[j] < c.surelyInside) {
            return 0;
        }
        double px = e.x[i];
        double py = e.y[i];
        double dx = e.x[j] - px;
        double dy = e.y[j] - py;
        double len2 = dx * dx + dy * dy;
        if (len2 == 0) {
            return 0; // a vertex repeated in the input: no edge
        }
        double tt = Math.max(0, Math.min(1, -(px * dx + py * dy) / len2));
        double mx = px + tt * dx;
        double my = py + tt * dy;
        if (Math.sqrt(mx * mx + my * my) > c.surelyOutside) {
            return 0;
        }
        int n = c.n;
        int kp = c.sector(px, py);
        int kq = c.sector(e.x[j], e.y[j]);
        int diff = Math.floorMod(kq - kp, n);
        if (diff > n / 2) {
            diff -= n;
        }
        int first;
        int count;
        if (Math.abs(diff) > n / 4) {
            first = 0;
            count = n;
        } else {
            first = (diff >= 0 ? kp : kq) - 1;
            count = Math.abs(diff) + 3;
        }
        int found = 0;
        for (int s = 0; s < count; s++) {
            int k = Math.floorMod(first + s, n);
            double ex = c.x[k + 1] - c.x[k];
            double ey = c.y[k + 1] - c.y[k];
            double den = RingChords.cross(dx, dy, ex, ey);
            if (den == 0) {
                continue;
            }
            double wx = c.x[k] - px;
            double wy = c.y[k] - py;
            double t = RingChords.cross(wx, wy, ex, ey) / den;
            double u = RingChords.cross(wx, wy, dx, dy) / den;
            if (!(u >= 0 && u < 1 && t >= 0 && t <= 1)) {
                continue;
            }
            if (t == 0 || t == 1) {
                throw new Degenerate();
            }
            frame.inverse(px + t * dx, py + t * dy, ll);
            boolean insideAfter = RingChords.cross(rho * dx, rho * dy, ex, ey) > 0;
            out.add(new Crossing(k, u, t, ll[0], ll[1], insideAfter, outer));
            found++;
        }
        return found;
    }

    private static double s12(Geodesic g, double lat1, double lon1, double lat2, double lon2) {
        return g.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.AREA).S12;
    }

    /**
     * ±1 when the edge lon1 → lon2 (the shorter way) crosses the prime meridian eastward or
     * westward, else 0: the count PolygonArea keeps to tell rings round a pole.
     */
    static int transit(double lon1, double lon2) {
        Pair p = new Pair();
        GeoMath.AngDiff(p, lon1, lon2);
        double lon12 = p.first;
        lon1 = GeoMath.AngNormalize(lon1);
        lon2 = GeoMath.AngNormalize(lon2);
        return lon12 > 0 && ((lon1 < 0 && lon2 >= 0) || (lon1 > 0 && lon2 == 0)) ? 1
                : (lon12 < 0 && lon1 >= 0 && lon2 < 0 ? -1 : 0);
    }
}

package org.rangekit.coverage;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * GeographicLib's area term S12 of the directed edges of one geometry's rings, kept by their end
 * points, so that polygons sharing those edges (the pieces an overlay cuts from it) are measured
 * without solving them again.
 *
 * <p>The pieces of a land polygon inside a union of discs are bounded mostly by the union's own
 * edges, traversed in the union's direction, with the union's coordinates (OverlayNG keeps an
 * input's vertices and splits an edge only where it crosses the other input): for the INF
 * bands around eight sites, 236,000 of the 280,000 piece edges are union edges. An edge is found
 * only when both end points are the same doubles, bit for bit, in the same order; any other edge
 * is solved as {@link GeodesicAreas#polygonArea} solves it. The S12 of a given edge is a fixed
 * double (GeographicLib's inverse problem is deterministic), so every area summed from these
 * terms ({@link GeodesicAreas#areaSquareMeters(Geometry, double[], org.rangekit.geodesy.EarthModel)})
 * is the double it would be with every edge solved.
 *
 * <h2>Thread safety</h2>
 * Immutable once built: any number of threads may read it.
 */
final class EdgeTerms {

    private final Geodesic geodesic;
    /** x and y of every vertex of the geometry, rings one after another with their closing vertex. */
    private final double[] xs;
    private final double[] ys;
    /** S12 per vertex (that of the edge from it to the next), in the layout of {@link #of}. */
    private final double[] own;
    /** Open addressing, linear probing: 1 + the vertex index of the edge's start, 0 when empty. */
    private final int[] slots;
    private final int mask;

    private EdgeTerms(Geometry polygons, Geodesic geodesic) {
        this(polygons, geodesic, null);
    }

    /** With {@code known} (the S12 of every edge in the layout of {@link #own()}): nothing solved. */
    private EdgeTerms(Geometry polygons, Geodesic geodesic, double[] known) {
        this.geodesic = geodesic;
        int vertices = polygons.getNumPoints();
        this.xs = new double[vertices];
        this.ys = new double[vertices];
        this.own = new double[vertices];
        this.slots = new int[Integer.highestOneBit(Math.max(8, vertices)) << 2]; // at most half full
        this.mask = slots.length - 1;
        forEachRing(polygons, (cs, k) -> {
            int num = cs.length - 1;
            for (int c = 0; c < cs.length; c++) {
                // The closing vertex holds the first's doubles, so edge k + c runs to k + c + 1.
                Coordinate v = cs[c < num ? c : 0];
                xs[k + c] = v.x;
                ys[k + c] = v.y;
            }
            for (int c = 0; c < num; c++) {
                own[k + c] = known != null ? known[k + c] : solve(cs[c], cs[c + 1 < num ? c + 1 : 0]);
                put(k + c);
            }
        });
    }

    /**
     * The terms of every edge of {@code polygons} (Polygons only, none empty), solved once each.
     *
     * @param polygons the geometry (x = longitude, y = latitude, degrees)
     * @param geodesic the ellipsoid
     */
    static EdgeTerms of(Geometry polygons, Geodesic geodesic) {
        return new EdgeTerms(polygons, geodesic);
    }

    /**
     * The table of {@code polygons} whose terms are already known: {@code s12}, in the layout of
     * {@link #own()} (as {@link DenseRegion#edgeS12} keeps them).
     */
    static EdgeTerms of(Geometry polygons, double[] s12, Geodesic geodesic) {
        if (s12.length != polygons.getNumPoints()) {
            throw new IllegalArgumentException("one term per vertex expected: " + polygons.getNumPoints()
                    + " vertices, " + s12.length + " terms");
        }
        return new EdgeTerms(polygons, geodesic, s12);
    }

    /**
     * The S12 of every edge of the geometry the table was built from, in the layout
     * {@link GeodesicAreas#areaSquareMeters(Geometry, double[], org.rangekit.geodesy.EarthModel)}
     * reads (rings one after another, one entry per vertex, that of vertex i for the edge
     * i → i + 1, the closing vertex's entry unused).
     */
    double[] own() {
        return own;
    }

    /**
     * The S12 of every edge of {@code polygons} (Polygons only, none empty) in the same layout:
     * from the table when the edge is there, else solved.
     */
    double[] of(Geometry polygons) {
        double[] out = new double[polygons.getNumPoints()];
        forEachRing(polygons, (cs, k) -> {
            int num = cs.length - 1;
            for (int c = 0; c < num; c++) {
                Coordinate a = cs[c];
                Coordinate b = cs[c + 1 < num ? c + 1 : 0];
                int e = find(a, b);
                out[k + c] = e >= 0 ? own[e] : solve(a, b);
            }
        });
        return out;
    }

    /**
     * As {@link #of(Geometry)}, NaN for every edge not in the table (to be solved by the caller
     * when needed).
     */
    double[] known(Geometry polygons) {
        double[] out = new double[polygons.getNumPoints()];
        java.util.Arrays.fill(out, Double.NaN);
        forEachRing(polygons, (cs, k) -> {
            int num = cs.length - 1;
            for (int c = 0; c < num; c++) {
                int e = find(cs[c], cs[c + 1 < num ? c + 1 : 0]);
                if (e >= 0) {
                    out[k + c] = own[e];
                }
            }
        });
        return out;
    }

    /** A ring's coordinates (closed) and the index of its first vertex in the one-entry-per-vertex layout. */
    interface RingVisitor {
        void ring(Coordinate[] coordinates, int firstVertex);
    }

    /** Visits every ring of {@code polygons} (Polygons only), shell then holes, in the layout of {@link #own()}. */
    static void forEachRing(Geometry polygons, RingVisitor visitor) {
        int k = 0;
        for (int i = 0; i < polygons.getNumGeometries(); i++) {
            Polygon p = (Polygon) polygons.getGeometryN(i);
            for (int r = -1; r < p.getNumInteriorRing(); r++) {
                Coordinate[] cs = (r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r)).getCoordinates();
                visitor.ring(cs, k);
                k += cs.length;
            }
        }
    }

    /** Whether the table holds the edge a → b (the same doubles in this order). */
    boolean holds(Coordinate a, Coordinate b) {
        return find(a, b) >= 0;
    }

    /** The S12 of edge a → b exactly as {@link GeodesicAreas#polygonArea} solves it. */
    private double solve(Coordinate a, Coordinate b) {
        return geodesic.Inverse(a.y, a.x, b.y, b.x, GeodesicMask.AREA).S12;
    }

    /** Enters the edge from vertex {@code e} to {@code e + 1}, unless an equal edge is there (the same term). */
    private void put(int e) {
        for (int s = slot(xs[e], ys[e], xs[e + 1], ys[e + 1]); ; s = (s + 1) & mask) {
            if (slots[s] == 0) {
                slots[s] = e + 1;
                return;
            }
            if (matches(slots[s] - 1, xs[e], ys[e], xs[e + 1], ys[e + 1])) {
                return;
            }
        }
    }

    /** The vertex index of the stored edge a → b, or −1. */
    private int find(Coordinate a, Coordinate b) {
        for (int s = slot(a.x, a.y, b.x, b.y); ; s = (s + 1) & mask) {
            if (slots[s] == 0) {
                return -1;
            }
            int e = slots[s] - 1;
            if (matches(e, a.x, a.y, b.x, b.y)) {
                return e;
            }
        }
    }

    /** Whether edge e has these end points, compared bit for bit (0.0 and −0.0 differ). */
    private boolean matches(int e, double x1, double y1, double x2, double y2) {
        return bits(xs[e]) == bits(x1) && bits(ys[e]) == bits(y1)
                && bits(xs[e + 1]) == bits(x2) && bits(ys[e + 1]) == bits(y2);
    }

    private static long bits(double v) {
        return Double.doubleToRawLongBits(v);
    }

    private int slot(double x1, double y1, double x2, double y2) {
        long h = bits(x1) * 0x9E3779B97F4A7C15L;
        h = (h ^ bits(y1)) * 0xC2B2AE3D27D4EB4FL;
        h = (h ^ bits(x2)) * 0x165667B19E3779F9L;
        h = (h ^ bits(y2)) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29) ^ (h >>> 43)) & mask;
    }
}

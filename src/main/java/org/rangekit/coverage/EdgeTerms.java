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
    // Open addressing, linear probing; a slot is empty when its S12 is NaN (S12 itself never is).
    private final long[] keys; // 4 per slot: raw bits of x₁, y₁, x₂, y₂
    private final double[] s12;
    private final int mask;
    /** S12 per vertex of the geometry the table was built from, in the layout of {@link #of}. */
    private final double[] own;

    private EdgeTerms(Geometry polygons, Geodesic geodesic) {
        this.geodesic = geodesic;
        int edges = polygons.getNumPoints();
        int slots = Integer.highestOneBit(Math.max(16, 2 * edges)) << 1;
        this.keys = new long[4 * slots];
        this.s12 = new double[slots];
        java.util.Arrays.fill(s12, Double.NaN);
        this.mask = slots - 1;
        this.own = new double[edges];
        int k = 0;
        for (int i = 0; i < polygons.getNumGeometries(); i++) {
            Polygon p = (Polygon) polygons.getGeometryN(i);
            for (int r = -1; r < p.getNumInteriorRing(); r++) {
                Coordinate[] cs = (r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r)).getCoordinates();
                int num = cs.length - 1;
                for (int c = 0; c < num; c++) {
                    Coordinate a = cs[c];
                    Coordinate b = cs[c + 1 < num ? c + 1 : 0];
                    double t = solve(a, b);
                    own[k + c] = t;
                    put(a, b, t);
                }
                k += cs.length;
            }
        }
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
        int k = 0;
        for (int i = 0; i < polygons.getNumGeometries(); i++) {
            Polygon p = (Polygon) polygons.getGeometryN(i);
            for (int r = -1; r < p.getNumInteriorRing(); r++) {
                Coordinate[] cs = (r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r)).getCoordinates();
                int num = cs.length - 1;
                for (int c = 0; c < num; c++) {
                    Coordinate a = cs[c];
                    Coordinate b = cs[c + 1 < num ? c + 1 : 0];
                    double t = get(a, b);
                    out[k + c] = Double.isNaN(t) ? solve(a, b) : t;
                }
                k += cs.length;
            }
        }
        return out;
    }

    /** Whether the table holds the edge a → b (the same doubles in this order). */
    boolean holds(Coordinate a, Coordinate b) {
        return !Double.isNaN(get(a, b));
    }

    /** The S12 of edge a → b exactly as {@link GeodesicAreas#polygonArea} solves it. */
    private double solve(Coordinate a, Coordinate b) {
        return geodesic.Inverse(a.y, a.x, b.y, b.x, GeodesicMask.AREA).S12;
    }

    private void put(Coordinate a, Coordinate b, double t) {
        long x1 = Double.doubleToRawLongBits(a.x);
        long y1 = Double.doubleToRawLongBits(a.y);
        long x2 = Double.doubleToRawLongBits(b.x);
        long y2 = Double.doubleToRawLongBits(b.y);
        for (int s = slot(x1, y1, x2, y2); ; s = (s + 1) & mask) {
            if (Double.isNaN(s12[s])) {
                keys[4 * s] = x1;
                keys[4 * s + 1] = y1;
                keys[4 * s + 2] = x2;
                keys[4 * s + 3] = y2;
                s12[s] = t;
                return;
            }
            if (matches(s, x1, y1, x2, y2)) {
                return; // the same edge twice (rings touching along it): the same term
            }
        }
    }

    /** The stored S12 of edge a → b, or NaN. */
    private double get(Coordinate a, Coordinate b) {
        long x1 = Double.doubleToRawLongBits(a.x);
        long y1 = Double.doubleToRawLongBits(a.y);
        long x2 = Double.doubleToRawLongBits(b.x);
        long y2 = Double.doubleToRawLongBits(b.y);
        for (int s = slot(x1, y1, x2, y2); ; s = (s + 1) & mask) {
            if (Double.isNaN(s12[s])) {
                return Double.NaN;
            }
            if (matches(s, x1, y1, x2, y2)) {
                return s12[s];
            }
        }
    }

    private boolean matches(int s, long x1, long y1, long x2, long y2) {
        return keys[4 * s] == x1 && keys[4 * s + 1] == y1 && keys[4 * s + 2] == x2 && keys[4 * s + 3] == y2;
    }

    private int slot(long x1, long y1, long x2, long y2) {
        long h = x1 * 0x9E3779B97F4A7C15L;
        h = (h ^ y1) * 0xC2B2AE3D27D4EB4FL;
        h = (h ^ x2) * 0x165667B19E3779F9L;
        h = (h ^ y2) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29) ^ (h >>> 43)) & mask;
    }
}

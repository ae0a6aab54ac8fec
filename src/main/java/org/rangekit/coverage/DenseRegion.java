package org.rangekit.coverage;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.rangekit.geodesy.EarthModel;

/**
 * What every site needs of one lon/lat polygon and nothing site-specific: its densified form
 * ({@link GeodesicAreas#densify}), the geodesic area of that form, and the unit vectors of its
 * densified vertices for the cheap distance bracket of {@link SphereBound}. Computed once per
 * polygon and shared by all sites of a summary, so that several sites pay for it once.
 *
 * <p>The area is the same double that {@link GeodesicAreas#areaSquareMeters} gives for the
 * densified polygon (it is computed by that method), so using it changes no result.
 *
 * <p>Fields (the accessors of the same names):
 * dense the densified polygons (a Polygon or MultiPolygon)
 * ownAreaSquareMeters geodesic area of {@code dense} (square metres)
 * unitVectors x, y, z of the comparison-sphere unit vector of every densified vertex, ring
 *                    by ring (closing vertices included)
 * longestEdgeMeters the longest great-circle edge between consecutive densified vertices on
 *                          the comparison sphere (metres): an upper bound of every edge's geodesic
 *                          length
 */
final class DenseRegion {

    private final Geometry dense;
    private final double[] unitVectors;
    private final double longestEdgeMeters;
    /** The earth the area terms are solved on; null when they were given ({@link #of(Geometry, double[], double, SphereBound)}). */
    private final EarthModel earth;
    /** S12 of every edge, ring by ring as in {@link #unitVectors}; computed on first use. */
    private volatile double[] edgeS12;
    /** Geodesic area of {@link #dense}, from {@link #edgeS12}; null until first asked for. */
    private volatile Double ownAreaSquareMeters;

    private DenseRegion(Geometry dense, double[] unitVectors, double longestEdgeMeters, EarthModel earth) {
        this.dense = dense;
        this.unitVectors = unitVectors;
        this.longestEdgeMeters = longestEdgeMeters;
        this.earth = earth;
    }

    Geometry dense() {
        return dense;
    }

    /**
     * Geodesic area of {@link #dense} (square metres), summed from {@link #edgeS12} on first use
     * (two threads may both sum it, to the same double): a polygon that no disc reaches never needs
     * it, nor its edges' terms.
     */
    double ownAreaSquareMeters() {
        Double known = ownAreaSquareMeters;
        if (known != null) {
            return known;
        }
        double own = GeodesicAreas.areaSquareMeters(dense, edgeS12(earth), earth);
        ownAreaSquareMeters = own;
        return own;
    }

    double[] unitVectors() {
        return unitVectors;
    }

    double longestEdgeMeters() {
        return longestEdgeMeters;
    }

    /**
     * GeographicLib's area term S12 of every densified edge (vertex i to i + 1, rings one after
     * another with their closing vertex, the entry at a ring's last vertex unused): the same for
     * every site, computed once on first use and then shared (two threads may both compute it).
     */
    double[] edgeS12(EarthModel earth) {
        double[] known = edgeS12;
        if (known != null) {
            return known;
        }
        double[] out = edgeS12Of(dense, earth);
        edgeS12 = out;
        return out;
    }

    private static double[] edgeS12Of(Geometry dense, EarthModel earth) {
        double[] out = new double[dense.getNumPoints()];
        net.sf.geographiclib.Geodesic g = earth.geodesic();
        EdgeTerms.forEachRing(dense, (cs, k) -> {
            for (int c = 0; c + 1 < cs.length; c++) {
                out[k + c] = g.Inverse(cs[c].y, cs[c].x, cs[c + 1].y, cs[c + 1].x,
                        net.sf.geographiclib.GeodesicMask.AREA).S12;
            }
        });
        return out;
    }

    /**
     * Densifies {@code lonLat} (its polygons, as {@link BandClipper#project} does). Its edges' S12
     * and its area are solved when first asked for ({@link #edgeS12}, {@link #ownAreaSquareMeters}):
     * the same calls in the same order as when they were solved here, so the same doubles.
     */
    static DenseRegion of(Geometry lonLat, EarthModel earth, SphereBound bound) {
        return of(GeodesicAreas.densify(BandClipper.polygonsOf(lonLat)), bound, earth);
    }

    /**
     * The form of a polygon already densified, with the S12 of its edges ({@link #edgeS12}'s layout)
     * and its area (NaN when not wanted) at hand: for a region cut by a site's pre-clip box, whose
     * edges are mostly those of its whole region ({@link #edgeTerms}).
     */
    static DenseRegion of(Geometry dense, double[] s12, double own, SphereBound bound) {
        DenseRegion d = of(dense, bound, null);
        d.edgeS12 = s12;
        d.ownAreaSquareMeters = own;
        return d;
    }

    private static DenseRegion of(Geometry dense, SphereBound bound, EarthModel earth) {
        double[] u = new double[3 * dense.getNumPoints()];
        int k = 0;
        double longestChord2 = 0;
        for (int i = 0; i < dense.getNumGeometries(); i++) {
            Polygon p = (Polygon) dense.getGeometryN(i);
            for (int r = -1; r < p.getNumInteriorRing(); r++) {
                Coordinate[] cs = (r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r)).getCoordinates();
                for (int c = 0; c < cs.length; c++, k += 3) {
                    bound.unitVector(cs[c].y, cs[c].x, u, k);
                    if (c > 0) {
                        double dx = u[k] - u[k - 3];
                        double dy = u[k + 1] - u[k - 2];
                        double dz = u[k + 2] - u[k - 1];
                        longestChord2 = Math.max(longestChord2, dx * dx + dy * dy + dz * dz);
                    }
                }
            }
        }
        double chord = Math.sqrt(longestChord2);
        double longest = bound.sphereRadiusMeters() * 2 * Math.asin(Math.min(1.0, chord / 2));
        return new DenseRegion(dense, k == u.length ? u : java.util.Arrays.copyOf(u, k), longest, earth);
    }

    /** The S12 of this region's edges, kept by their end points ({@link EdgeTerms}); built on first use. */
    private volatile EdgeTerms edgeTerms;

    /**
     * {@link #edgeS12} kept by the edges' end points, for the pieces of this region a pre-clip box
     * cuts ({@link BandClipper#projectSparse}): built on first use (two threads may both build it).
     */
    EdgeTerms edgeTerms(EarthModel earth) {
        EdgeTerms known = edgeTerms;
        if (known != null) {
            return known;
        }
        EdgeTerms t = EdgeTerms.of(dense, edgeS12(earth), earth.geodesic());
        edgeTerms = t;
        return t;
    }

    /** Meridian-crossing count of every edge ({@link BoundaryArea#transit}), indexed as {@link #edgeS12}. */
    private volatile int[] edgeTransits;
    /** Per ring (polygon by polygon, shell then holes): whether it runs counter-clockwise in lon/lat. */
    private volatile boolean[] ringsCcw;

    /**
     * {@link BoundaryArea#transit} of every edge (vertex i to i + 1, indexed as {@link #edgeS12}):
     * site-independent, computed on first use (two threads may both compute it).
     */
    int[] edgeTransits() {
        int[] known = edgeTransits;
        if (known != null) {
            return known;
        }
        int[] out = new int[dense.getNumPoints()];
        EdgeTerms.forEachRing(dense, (cs, k) -> {
            for (int c = 0; c + 1 < cs.length; c++) {
                out[k + c] = BoundaryArea.transit(cs[c].x, cs[c + 1].x);
            }
        });
        edgeTransits = out;
        return out;
    }

    /**
     * Whether each ring (polygon by polygon, shell then holes) runs counter-clockwise in lon/lat
     * (JTS {@code Orientation.isCCW}): computed on first use.
     */
    boolean[] ringsCcw() {
        boolean[] known = ringsCcw;
        if (known != null) {
            return known;
        }
        java.util.List<Boolean> out = new java.util.ArrayList<>();
        EdgeTerms.forEachRing(dense, (cs, k) -> out.add(cs.length >= 4 && org.locationtech.jts.algorithm.Orientation.isCCW(cs)));
        boolean[] a = new boolean[out.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = out.get(i);
        }
        ringsCcw = a;
        return a;
    }

    /**
     * Smallest and largest squared chord (unit sphere) between the site's unit vector
     * {@code site} and the densified vertices: {@code out[0]} = min, {@code out[1]} = max.
     */
    void chord2Range(double[] site, double[] out) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        double[] u = unitVectors;
        for (int k = 0; k < u.length; k += 3) {
            double dx = u[k] - site[0];
            double dy = u[k + 1] - site[1];
            double dz = u[k + 2] - site[2];
            double c2 = dx * dx + dy * dy + dz * dz;
            min = Math.min(min, c2);
            max = Math.max(max, c2);
        }
        out[0] = min;
        out[1] = max;
    }
}

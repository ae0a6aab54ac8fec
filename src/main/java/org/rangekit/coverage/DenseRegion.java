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
 * @param dense the densified polygons (a Polygon or MultiPolygon)
 * @param ownAreaSquareMeters geodesic area of {@code dense} (square metres)
 * @param unitVectors x, y, z of the comparison-sphere unit vector of every densified vertex, ring
 *                    by ring (closing vertices included)
 * @param longestEdgeMeters the longest great-circle edge between consecutive densified vertices on
 *                          the comparison sphere (metres): an upper bound of every edge's geodesic
 *                          length
 */
record DenseRegion(Geometry dense, double ownAreaSquareMeters, double[] unitVectors, double longestEdgeMeters) {

    /** Densifies {@code lonLat} (its polygons, as {@link BandClipper#project} does) and measures it. */
    static DenseRegion of(Geometry lonLat, EarthModel earth, SphereBound bound) {
        Geometry dense = GeodesicAreas.densify(BandClipper.polygonsOf(lonLat));
        double own = GeodesicAreas.areaSquareMeters(dense, earth);
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
        return new DenseRegion(dense, own, k == u.length ? u : java.util.Arrays.copyOf(u, k), longest);
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

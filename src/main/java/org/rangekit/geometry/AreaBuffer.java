package org.rangekit.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.range.Ring;

/**
 * Lon/lat polygons of the set of points within a distance r of an area ({@link GeodesicArea}),
 * for drawing and export, in the form {@link RingPolygons} gives discs (RFC 7946: counter-clockwise
 * shells, nothing crossing ±180°, polygons over a pole closed along the pole line).
 *
 * <h2>Algorithm</h2>
 * A point within r of the area is inside a polygon of it, within r of a vertex, or within r of
 * the inside of an edge, where its nearest point is the foot of a geodesic perpendicular to the
 * edge. The buffer is the union (JTS OverlayNG, robust) of
 * <ul>
 *   <li>the polygons themselves (their geodesic edges sampled to the tolerance);</li>
 *   <li>the discs of radius r around every vertex and point ({@link RingPolygons#disc});</li>
 *   <li>for every edge, the corridor swept by its perpendicular geodesics of length r to either
 *       side: bounded by the points at distance r along the perpendiculars on the left (from A to
 *       B), the perpendicular through B, those on the right (back to A) and the perpendicular
 *       through A, each sampled to the tolerance as {@link RingTrace} samples a ring.</li>
 * </ul>
 * Each closed curve goes through the same pole and antimeridian handling as a ring's
 * ({@link RingPolygons#assemble(RingTrace.Curve, boolean)}).
 *
 * <h2>Accuracy</h2>
 * Every vertex of a disc or corridor boundary is at distance r from the area to GeographicLib's
 * accuracy; every edge is within the tolerance. Vertices JTS adds where two pieces cross lie on
 * both pieces' edges, so within the tolerance. {@code AreaBufferBruteForceTest} measures both
 * against the brute-force distance.
 *
 * <h2>Limitations</h2>
 * r is at most {@link #MAX_RADIUS_M}: beyond a quarter meridian the perpendiculars of an edge meet
 * and the corridor folds over. The polygon has a disc per vertex, so the cost grows with the
 * number of vertices (a country of the 50m data with tens of thousands of vertices takes long;
 * choose a part of it).
 *
 * <h2>Thread safety</h2>
 * Stateless; thread-safe.
 */
public final class AreaBuffer {

    /** Largest buffer radius (metres): well below a quarter meridian (10,002 km). */
    public static final double MAX_RADIUS_M = 9_000_000;

    private static final GeometryFactory GF = new GeometryFactory();
    /** Initial steps of a corridor side: resolves the shape before refinement. */
    private static final int INITIAL_STEPS = 8;

    private AreaBuffer() {
    }

    /**
     * The buffer of {@code area} at {@code radiusMeters} as a Polygon or MultiPolygon in lon/lat.
     *
     * @param area the area
     * @param radiusMeters buffer distance (metres), in (0, {@link #MAX_RADIUS_M}]
     * @param toleranceMeters largest distance (metres) of a polygon edge from the exact buffer
     *                        boundary, ≥ {@link RingPolygons#MIN_TOLERANCE_M}
     */
    public static Geometry polygon(GeodesicArea area, double radiusMeters, double toleranceMeters) {
        if (!(radiusMeters > 0 && radiusMeters <= MAX_RADIUS_M)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "buffer distance must be a number in (0, %.0f] km, got %s km", MAX_RADIUS_M / 1000,
                    radiusMeters / 1000));
        }
        if (!(toleranceMeters >= RingPolygons.MIN_TOLERANCE_M) || Double.isInfinite(toleranceMeters)) {
            throw new IllegalArgumentException("tolerance must be a finite number >= " + RingPolygons.MIN_TOLERANCE_M
                    + " m, got " + toleranceMeters);
        }
        EarthModel earth = area.earth();
        List<Geometry> parts = new ArrayList<>();
        Geometry interior = interior(area, toleranceMeters);
        if (interior != null) {
            parts.add(interior);
        }
        List<GeoPoint> vertices = new ArrayList<>(area.points());
        for (List<GeoPoint> r : area.rings()) {
            vertices.addAll(r);
        }
        for (List<GeoPoint> l : area.lines()) {
            vertices.addAll(l);
        }
        java.util.Set<java.util.List<Double>> seen = new java.util.HashSet<>();
        for (GeoPoint v : vertices) {
            // one disc per distinct point: a pole line of a flat polygon is many vertices but one point
            double lon = Math.abs(v.latDeg()) == 90 ? 0 : v.normalizedLonDeg();
            if (seen.add(java.util.List.of(v.latDeg(), lon))) {
                parts.add(RingPolygons.disc(new Ring(v, radiusMeters, earth), toleranceMeters));
            }
        }
        for (GeodesicEdge e : area.edges()) {
            if (e.lengthMeters > 0) {
                parts.add(corridor(e, radiusMeters, toleranceMeters, earth));
            }
        }
        return Rfc7946.orient(OverlayNGRobust.union(GF.buildGeometry(parts)));
    }

    /** The polygons of the area in lon/lat (even–odd over rings), or null if it has none. */
    public static Geometry interior(GeodesicArea area, double toleranceMeters) {
        Geometry all = null;
        List<List<GeoPoint>> rings = area.rings();
        int edgeIndex = 0;
        for (int i = 0; i < rings.size(); i++) {
            int size = rings.get(i).size();
            List<GeodesicEdge> es = area.edges().subList(edgeIndex, edgeIndex + size);
            edgeIndex += size;
            int w = GeodesicArea.winding(es);
            boolean north = area.northPoleInside(i);
            // The region must lie on the right: westward round the North Pole, eastward round the South.
            boolean reverse = w != 0 && (north ? w > 0 : w < 0);
            CurveSampler cs = new CurveSampler(toleranceMeters, area.earth().equatorialRadiusMeters());
            for (int k = 0; k < size; k++) {
                GeodesicEdge e = reverse ? es.get(size - 1 - k) : es.get(k);
                double len = e.lengthMeters;
                if (e.poleLine) {
                    double lat = e.a.latDeg(), lon0 = e.a.lonDeg(), dl = e.lon12Deg;
                    cs.add(t -> reverse ? new double[] {lat, lon0 + dl * (1 - t)} : new double[] {lat, lon0 + dl * t},
                            0, 1, 1);
                } else {
                    cs.add(s -> {
                        double[] q = e.at(reverse ? len - s : s);
                        return new double[] {q[0], q[1]};
                    }, 0, len, 1);
                }
            }
            Geometry g = RingPolygons.assemble(cs.curve(), false);
            all = all == null ? g : OverlayNGRobust.overlay(all, g, OverlayNG.SYMDIFFERENCE);
        }
        return all;
    }

    /** The corridor of edge {@code e}: swept by its perpendiculars of length r, region on the right. */
    static Geometry corridor(GeodesicEdge e, double r, double tol, EarthModel earth) {
        double len = e.lengthMeters;
        CurveSampler cs = new CurveSampler(tol, earth.equatorialRadiusMeters());
        int steps = INITIAL_STEPS + (int) Math.ceil(len / 500_000);
        cs.add(s -> offset(e, s, -90, r, earth), 0, len, steps); // left side, A to B
        cs.add(t -> offset(e, len, 90, t, earth), -r, r, 2 * INITIAL_STEPS); // across B, left to right
        cs.add(s -> offset(e, len - s, 90, r, earth), 0, len, steps); // right side, B to A
        cs.add(t -> offset(e, 0, -90, t, earth), -r, r, 2 * INITIAL_STEPS); // across A, right to left
        return RingPolygons.assemble(cs.curve(), false);
    }

    /** The point at distance {@code t} along the geodesic leaving the edge at s at the edge's azimuth + {@code turnDeg}. */
    private static double[] offset(GeodesicEdge e, double s, double turnDeg, double t, EarthModel earth) {
        double[] q = e.at(s);
        if (t == 0) {
            return new double[] {q[0], q[1]};
        }
        GeodesicData g = earth.geodesic().Direct(q[0], q[1], q[2] + turnDeg, t,
                GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
        return new double[] {g.lat2, g.lon2};
    }
}

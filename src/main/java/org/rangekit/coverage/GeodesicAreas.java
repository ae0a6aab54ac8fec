package org.rangekit.coverage;

import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Accumulator;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.rangekit.geodesy.EarthModel;

/**
 * Areas of lon/lat polygons on the ellipsoid, and the densification that fixes how their edges
 * are read.
 *
 * <h2>Edges</h2>
 * Natural Earth polygons are drawn in plate carrée: an edge is a straight line in lon/lat (the
 * Canada–US border along 49° N is a parallel, not a great circle). {@link #densify} splits every
 * edge into steps of at most {@value #MAX_STEP_DEG}° in lon/lat; the densified vertices are then
 * joined by geodesics. Over a 0.1° step a geodesic and the lon/lat straight line part by at most
 * a few metres, so the reading of the edges changes areas by well under 0.01 %.
 *
 * <h2>Area</h2>
 * GeographicLib's {@code PolygonArea} (Karney 2013, §6), exact for the geodesic polygon. Shells
 * count positive and holes negative whatever their orientation in the input: which side of a ring
 * is inside is read from the flat chart ({@link #enclosedArea}), so regions larger than half the
 * ellipsoid are measured right too; rings that run along a pole line (Antarctica closed at −90°)
 * are handled by PolygonArea's own count of ±180° crossings.
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
public final class GeodesicAreas {

    /** Largest lon/lat step of a densified edge (degrees): ≈ 11 km at the equator. */
    public static final double MAX_STEP_DEG = 0.1;

    private static final GeometryFactory GF = new GeometryFactory();

    private GeodesicAreas() {
    }

    /** Splits edges of every ring so that no step exceeds {@value #MAX_STEP_DEG}° in lon or lat. */
    public static Geometry densify(Geometry lonLat) {
        List<Polygon> out = new ArrayList<>();
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            Geometry g = lonLat.getGeometryN(i);
            if (g instanceof Polygon p && !p.isEmpty()) {
                LinearRing shell = densifyRing(p.getExteriorRing().getCoordinates());
                LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
                for (int h = 0; h < holes.length; h++) {
                    holes[h] = densifyRing(p.getInteriorRingN(h).getCoordinates());
                }
                out.add(GF.createPolygon(shell, holes));
            }
        }
        return out.size() == 1 ? out.get(0) : GF.createMultiPolygon(out.toArray(new Polygon[0]));
    }

    private static LinearRing densifyRing(Coordinate[] cs) {
        List<Coordinate> out = new ArrayList<>(cs.length * 2);
        for (int i = 0; i + 1 < cs.length; i++) {
            Coordinate a = cs[i];
            Coordinate b = cs[i + 1];
            // The small allowance keeps an already densified ring as it is (0.1 is inexact in binary).
            int n = (int) Math.ceil(Math.max(Math.abs(b.x - a.x), Math.abs(b.y - a.y)) / MAX_STEP_DEG - 1e-6);
            n = Math.max(n, 1);
            for (int k = 0; k < n; k++) {
                double t = (double) k / n;
                out.add(new Coordinate(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)));
            }
        }
        out.add(new Coordinate(cs[cs.length - 1]));
        return GF.createLinearRing(out.toArray(new Coordinate[0]));
    }

    /**
     * Geodesic area of a (Multi)Polygon in lon/lat (x = lon, y = lat) whose vertices are joined
     * by geodesics (square metres). Densify first to read edges as lon/lat lines.
     */
    public static double areaSquareMeters(Geometry lonLat, EarthModel earth) {
        double sum = 0;
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            Geometry g = lonLat.getGeometryN(i);
            if (g instanceof Polygon p && !p.isEmpty()) {
                Coordinate[] shell = p.getExteriorRing().getCoordinates();
                sum += enclosedArea(shell, shell, earth);
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    Coordinate[] hole = p.getInteriorRingN(h).getCoordinates();
                    sum -= enclosedArea(hole, hole, earth);
                }
            }
        }
        return sum;
    }

    /**
     * As {@link #areaSquareMeters(Geometry, EarthModel)}, the same double, with the S12 of every
     * edge given: {@code s12} holds the rings one after another in polygon order, shell first,
     * each with one entry per vertex (that of vertex i for the edge i → i + 1).
     */
    static double areaSquareMeters(Geometry lonLat, double[] s12, EarthModel earth) {
        double sum = 0;
        int k = 0;
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            Polygon p = (Polygon) lonLat.getGeometryN(i);
            for (int r = -1; r < p.getNumInteriorRing(); r++) {
                Coordinate[] cs = (r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r)).getCoordinates();
                if (!p.isEmpty()) {
                    boolean ccw = org.locationtech.jts.algorithm.Orientation.isCCW(cs);
                    double a = polygonArea(cs, s12, k, earth.geodesic(), !ccw);
                    a = a < 0 ? a + earth.surfaceAreaSquareMeters() : a;
                    sum = r < 0 ? sum + a : sum - a;
                }
                k += cs.length;
            }
        }
        return sum;
    }

    /**
     * Area (square metres) of the region a ring encloses, the region being the one on its inside
     * in a plane chart that preserves orientation: lon/lat read flat, or a site's azimuthal
     * equidistant frame.
     *
     * <p>PolygonArea returns the area to the left of the traversal, reduced to (−A/2, A/2] (A the
     * ellipsoid's area). The chart tells which side is inside: a ring counter-clockwise in the chart
     * has its inside on the left, so it is measured as given, a clockwise one in reverse; a negative
     * result then means the inside is larger than half the ellipsoid and A is added. Rings along a
     * pole line (Antarctica closed at −90°) are handled by PolygonArea's count of ±180° crossings.
     *
     * @param chartRing the ring in the chart (for its orientation)
     * @param lonLatRing the same ring in lon/lat (x = lon, y = lat), closed
     */
    static double enclosedArea(Coordinate[] chartRing, Coordinate[] lonLatRing, EarthModel earth) {
        boolean ccw = org.locationtech.jts.algorithm.Orientation.isCCW(chartRing);
        double area = polygonArea(lonLatRing, earth.geodesic(), !ccw);
        return area < 0 ? area + earth.surfaceAreaSquareMeters() : area;
    }

    /**
     * What {@code PolygonArea} (polygon, not polyline) gives for the points of {@code ring} but its
     * closing repeat, {@code Compute(reverse, true).area}, the same double: the same S12 terms in
     * the same order into the same double-double sum, the same count of prime-meridian crossings
     * and the same reduction. Only the edges' S12 is computed (PolygonArea also solves each edge's
     * length for its perimeter; S12 does not depend on that, see {@link BoundaryArea}).
     */
    static double polygonArea(Coordinate[] ring, Geodesic g, boolean reverse) {
        return polygonArea(ring, null, 0, g, reverse);
    }

    /**
     * As {@link #polygonArea(Coordinate[], Geodesic, boolean)}, the S12 of edge i → i + 1 read from
     * {@code s12[offset + i]} when {@code s12} is not null (the closing edge's entry is that of
     * the last vertex to the closing repeat, the same points).
     */
    static double polygonArea(Coordinate[] ring, double[] s12, int offset, Geodesic g, boolean reverse) {
        int num = ring.length - 1;
        if (num < 2) {
            return 0;
        }
        Accumulator sum = new Accumulator(0);
        int crossings = 0;
        for (int i = 0; i < num; i++) {
            Coordinate a = ring[i];
            Coordinate b = ring[i + 1 < num ? i + 1 : 0];
            sum.Add(s12 != null ? s12[offset + i] : g.Inverse(a.y, a.x, b.y, b.x, GeodesicMask.AREA).S12);
            crossings += BoundaryArea.transit(a.x, b.x);
        }
        double area0 = g.EllipsoidArea();
        sum.Remainder(area0);
        if ((crossings & 1) != 0) {
            sum.Add((sum.Sum() < 0 ? 1 : -1) * area0 / 2);
        }
        if (!reverse) {
            sum.Negate();
        }
        if (sum.Sum() > area0 / 2) {
            sum.Add(-area0);
        } else if (sum.Sum() <= -area0 / 2) {
            sum.Add(+area0);
        }
        return 0 + sum.Sum();
    }
}

package org.rangekit.geometry;

import java.util.ArrayList;
import java.util.List;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.rangekit.geodesy.EarthModel;

/**
 * Adds vertices to lon/lat geometry so that a reader who draws each edge as a great circle or a
 * geodesic draws nearly the same line as one who draws it straight in lon/lat ({@link EdgeReading}).
 *
 * <h2>Algorithm</h2>
 * Each edge is split at its lon/lat midpoint, recursively, until the midpoint of the edge read
 * both ways, as the WGS84 geodesic (GeographicLib, Karney 2013: inverse problem, then the direct
 * problem to half the distance) and as the great circle through the two vertices taken as points
 * of a sphere (geodetic latitude as spherical latitude, which is what Google Earth and BigQuery
 * draw), lies within {@code maxDeviationMeters} of the lon/lat midpoint. New vertices lie on the
 * original lon/lat edge, so a geometry whose lon/lat edges were within a tolerance t of the true
 * ring has geodesic edges within t + {@code maxDeviationMeters} of it (the deviation of two
 * curves with the same ends is largest near the middle for the short edges this produces).
 *
 * <p>Edges along a meridian (both ends at the same longitude) and edges on a pole (both ends at
 * latitude ±90, such as the pole line of a disc closed over a pole) are left as they are: the
 * first are great circles and geodesics already, the second have no length.
 *
 * <h2>Thread safety</h2>
 * Stateless; thread-safe.
 */
public final class GeodesicDensifier {

    /** Smallest deviation accepted (metres): below it the split only multiplies vertices. */
    public static final double MIN_DEVIATION_M = 0.001;
    /** Splits of one edge stop at this depth (2^30 parts), far below any tolerance accepted. */
    private static final int MAX_DEPTH = 30;

    private GeodesicDensifier() {
    }

    /**
     * The geometry with added vertices (Point, LineString, Polygon and their Multi forms; other
     * types are refused).
     *
     * @param g geometry in lon/lat degrees (x = longitude)
     * @param earth the figure of the Earth for the geodesic reading
     * @param maxDeviationMeters largest distance (metres) between an edge read as a geodesic or a
     *        great circle and the same edge read straight in lon/lat, at its midpoint; at least
     *        {@link #MIN_DEVIATION_M}
     */
    public static Geometry densify(Geometry g, EarthModel earth, double maxDeviationMeters) {
        if (!(maxDeviationMeters >= MIN_DEVIATION_M) || Double.isInfinite(maxDeviationMeters)) {
            throw new IllegalArgumentException("deviation must be a finite number >= " + MIN_DEVIATION_M
                    + " m, got " + maxDeviationMeters);
        }
        GeometryFactory f = g.getFactory();
        Geodesic geod = earth.geodesic();
        if (g instanceof Point) {
            return g.copy();
        }
        if (g instanceof LinearRing r) {
            return f.createLinearRing(line(r.getCoordinates(), geod, maxDeviationMeters));
        }
        if (g instanceof LineString l) {
            return f.createLineString(line(l.getCoordinates(), geod, maxDeviationMeters));
        }
        if (g instanceof Polygon p) {
            LinearRing shell = (LinearRing) densify(p.getExteriorRing(), earth, maxDeviationMeters);
            LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
            for (int i = 0; i < holes.length; i++) {
                holes[i] = (LinearRing) densify(p.getInteriorRingN(i), earth, maxDeviationMeters);
            }
            return f.createPolygon(shell, holes);
        }
        if (g instanceof MultiPolygon mp) {
            Polygon[] parts = new Polygon[mp.getNumGeometries()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = (Polygon) densify(mp.getGeometryN(i), earth, maxDeviationMeters);
            }
            return f.createMultiPolygon(parts);
        }
        if (g instanceof MultiLineString ml) {
            LineString[] parts = new LineString[ml.getNumGeometries()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = (LineString) densify(ml.getGeometryN(i), earth, maxDeviationMeters);
            }
            return f.createMultiLineString(parts);
        }
        if (g.getNumGeometries() > 1 || g.getClass() == org.locationtech.jts.geom.MultiPoint.class) {
            return g.copy();
        }
        throw new IllegalArgumentException("cannot densify a " + g.getGeometryType());
    }

    /**
     * Whether an edge needs no vertices for any reading: along a meridian, or on a pole.
     *
     * @param a one end, lon/lat degrees
     * @param b the other end
     */
    public static boolean isMeridianOrPole(Coordinate a, Coordinate b) {
        return a.x == b.x || (Math.abs(a.y) == 90 && a.y == b.y);
    }

    /**
     * The larger of the distances (metres) between the lon/lat midpoint of an edge and its
     * midpoints read as a geodesic and as a spherical great circle.
     *
     * @param a one end, lon/lat degrees
     * @param b the other end
     * @param geod the ellipsoid's geodesic
     */
    public static double midpointDeviationMeters(Coordinate a, Coordinate b, Geodesic geod) {
        double mx = 0.5 * (a.x + b.x);
        double my = 0.5 * (a.y + b.y);
        GeodesicData inv = geod.Inverse(a.y, a.x, b.y, b.x, GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
        GeodesicData mid = geod.Direct(a.y, a.x, inv.azi1, 0.5 * inv.s12,
                GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
        double dGeodesic = geod.Inverse(my, mx, mid.lat2, mid.lon2, GeodesicMask.DISTANCE).s12;
        double[] sm = sphericalMidpoint(a, b);
        double dSphere = geod.Inverse(my, mx, sm[0], sm[1], GeodesicMask.DISTANCE).s12;
        return Math.max(dGeodesic, dSphere);
    }

    /**
     * The midpoint of the shorter great-circle arc between two points taken on a unit sphere with
     * their latitudes and longitudes: {lat, lon} in degrees.
     */
    public static double[] sphericalMidpoint(Coordinate a, Coordinate b) {
        double[] u = unit(a);
        double[] v = unit(b);
        double x = u[0] + v[0];
        double y = u[1] + v[1];
        double z = u[2] + v[2];
        return new double[] {Math.toDegrees(Math.atan2(z, Math.hypot(x, y))), Math.toDegrees(Math.atan2(y, x))};
    }

    private static double[] unit(Coordinate c) {
        double lat = Math.toRadians(c.y);
        double lon = Math.toRadians(c.x);
        return new double[] {Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)};
    }

    private static Coordinate[] line(Coordinate[] cs, Geodesic geod, double eps) {
        List<Coordinate> out = new ArrayList<>(cs.length * 2);
        for (int i = 0; i + 1 < cs.length; i++) {
            out.add(new Coordinate(cs[i].x, cs[i].y));
            split(cs[i], cs[i + 1], geod, eps, 0, out);
        }
        if (cs.length > 0) {
            out.add(new Coordinate(cs[cs.length - 1].x, cs[cs.length - 1].y));
        }
        return out.toArray(new Coordinate[0]);
    }

    /** Appends the vertices strictly between a and b. */
    private static void split(Coordinate a, Coordinate b, Geodesic geod, double eps, int depth, List<Coordinate> out) {
        if (depth >= MAX_DEPTH || a.equals2D(b) || isMeridianOrPole(a, b)
                || midpointDeviationMeters(a, b, geod) <= eps) {
            return;
        }
        Coordinate m = new Coordinate(0.5 * (a.x + b.x), 0.5 * (a.y + b.y));
        split(a, m, geod, eps, depth + 1, out);
        out.add(m);
        split(m, b, geod, eps, depth + 1, out);
    }
}

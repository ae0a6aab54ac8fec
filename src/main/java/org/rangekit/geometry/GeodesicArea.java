package org.rangekit.geometry;

import java.util.ArrayList;
import java.util.List;

import net.sf.geographiclib.PolygonArea;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/**
 * An area on the ellipsoid from which ranges are measured: polygons (a launch box, a district, a
 * country), lines (a coastline, a border) and single points (candidate launch points), with the
 * exact distance from any point to it.
 *
 * <h2>Edges</h2>
 * Every edge is the shortest geodesic between its two vertices, the reading of Google Earth,
 * BigQuery and Cesium. Files that follow RFC 7946 (GeoJSON, WKT in lon/lat) mean straight lon/lat
 * lines instead; their readers densify such edges first ({@link #densifyLonLat}) so that the
 * geodesic reading stays within a stated tolerance of the straight one.
 *
 * <h2>Which side of a ring is inside</h2>
 * Rings are read without regard to their orientation. A ring whose net longitude change is 0
 * encloses the side without the poles (the reading of a polygon drawn flat in lon/lat, including
 * polygons closed along a pole line, such as Natural Earth's Antarctica). A ring that winds once
 * round the globe separates the poles; it encloses the side of the smaller area (geodesic polygon
 * area, GeographicLib {@code PolygonArea}). Rings combine by the even–odd rule, so holes and
 * multi-part polygons need no flag. A polygon larger than half the globe and not containing a pole
 * cannot be given.
 *
 * <h2>Algorithm</h2>
 * Inside: the parity of the crossings of the boundary with the half meridian from the point to the
 * North Pole (each crossing latitude solved on the geodesic), combined with whether the North Pole
 * is inside. Distance outside: the minimum over edges of the exact point-to-geodesic-segment
 * distance ({@link GeodesicEdge}), edges visited only when a chord lower bound can beat the best
 * distance found so far.
 *
 * <h2>Accuracy</h2>
 * The distance is that of GeographicLib's inverse problem to the nearest point, located to 0.1 mm
 * along the edge; the brute-force tests ({@code GeodesicAreaBruteForceTest}) measure the
 * difference from densely sampled boundaries.
 *
 * <h2>Thread safety</h2>
 * Immutable; all methods are thread-safe.
 */
public final class GeodesicArea {

    private final EarthModel earth;
    private final List<RingInfo> rings;
    private final List<GeodesicEdge> edges;
    private final List<GeoPoint> points;
    private final List<List<GeoPoint>> ringVertices;
    private final List<List<GeoPoint>> lineVertices;

    private record RingInfo(List<GeodesicEdge> edges, boolean northPoleInside) {
    }

    /**
     * @param rings closed polygon rings (the first vertex need not be repeated), each of at least 3
     *              distinct vertices; combined by the even–odd rule
     * @param lines open lines of at least 2 vertices
     * @param points single points
     * @param earth the figure of the Earth
     * @throws IllegalArgumentException for an empty area or a ring or line with too few vertices
     */
    public GeodesicArea(List<List<GeoPoint>> rings, List<List<GeoPoint>> lines, List<GeoPoint> points,
                        EarthModel earth) {
        this.earth = earth;
        this.rings = new ArrayList<>();
        this.edges = new ArrayList<>();
        this.points = List.copyOf(points);
        this.ringVertices = new ArrayList<>();
        this.lineVertices = new ArrayList<>();
        for (List<GeoPoint> r : rings) {
            List<GeoPoint> open = openRing(r);
            if (open.size() < 3) {
                throw new IllegalArgumentException("a polygon ring needs at least 3 distinct vertices, got " + r);
            }
            ringVertices.add(List.copyOf(open));
            List<GeodesicEdge> es = new ArrayList<>();
            for (int i = 0; i < open.size(); i++) {
                es.add(new GeodesicEdge(open.get(i), open.get((i + 1) % open.size()), earth));
            }
            this.rings.add(new RingInfo(es, northPoleInside(open, es, earth)));
            edges.addAll(es);
        }
        for (List<GeoPoint> l : lines) {
            if (l.size() < 2) {
                throw new IllegalArgumentException("a line needs at least 2 vertices, got " + l);
            }
            lineVertices.add(List.copyOf(l));
            for (int i = 0; i + 1 < l.size(); i++) {
                edges.add(new GeodesicEdge(l.get(i), l.get(i + 1), earth));
            }
        }
        if (edges.isEmpty() && this.points.isEmpty()) {
            throw new IllegalArgumentException("an area needs at least one polygon, line or point");
        }
    }

    /** Densification tolerance (metres) of lon/lat edges read from files: 1 m, the accuracy of the distance. */
    public static final double LONLAT_DENSIFY_TOL_M = 0.1;

    /**
     * An area from a JTS geometry in lon/lat degrees whose edges are straight lon/lat lines (RFC
     * 7946 §3.1.1, WKT, KML as GDAL reads it): polygons, lines and points of any collection, each
     * edge densified by {@link #densifyLonLat} to {@link #LONLAT_DENSIFY_TOL_M}.
     *
     * @param lonLat x = longitude, y = latitude (degrees)
     * @param earth the figure of the Earth
     * @throws IllegalArgumentException for an empty geometry or coordinates out of range
     */
    public static GeodesicArea fromLonLat(org.locationtech.jts.geom.Geometry lonLat, EarthModel earth) {
        List<List<GeoPoint>> rings = new ArrayList<>();
        List<List<GeoPoint>> lines = new ArrayList<>();
        List<GeoPoint> points = new ArrayList<>();
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            org.locationtech.jts.geom.Geometry g = lonLat.getGeometryN(i);
            if (g instanceof org.locationtech.jts.geom.Polygon p) {
                if (p.isEmpty()) {
                    continue;
                }
                rings.add(densifyLonLat(points(p.getExteriorRing()), LONLAT_DENSIFY_TOL_M, earth));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    rings.add(densifyLonLat(points(p.getInteriorRingN(h)), LONLAT_DENSIFY_TOL_M, earth));
                }
            } else if (g instanceof org.locationtech.jts.geom.LineString l) {
                if (!l.isEmpty()) {
                    lines.add(densifyLonLat(points(l), LONLAT_DENSIFY_TOL_M, earth));
                }
            } else if (g instanceof org.locationtech.jts.geom.Point pt) {
                if (!pt.isEmpty()) {
                    points.add(new GeoPoint(pt.getY(), pt.getX()));
                }
            } else if (g.getNumGeometries() > 0 && g != lonLat) {
                GeodesicArea inner = fromLonLat(g, earth);
                rings.addAll(inner.ringVertices);
                lines.addAll(inner.lineVertices);
                points.addAll(inner.points);
            }
        }
        return new GeodesicArea(rings, lines, points, earth);
    }

    private static List<GeoPoint> points(org.locationtech.jts.geom.LineString l) {
        List<GeoPoint> out = new ArrayList<>();
        for (org.locationtech.jts.geom.Coordinate c : l.getCoordinates()) {
            if (!(Math.abs(c.x) <= 180)) {
                throw new IllegalArgumentException("longitude must be a number in [-180, 180] degrees, got " + c.x);
            }
            out.add(new GeoPoint(c.y, c.x));
        }
        return out;
    }

    /** An area of polygon rings only. */
    public static GeodesicArea ofRings(List<List<GeoPoint>> rings, EarthModel earth) {
        return new GeodesicArea(rings, List.of(), List.of(), earth);
    }

    /** The figure of the Earth distances are measured on. */
    public EarthModel earth() {
        return earth;
    }

    /** The polygon rings (open: first vertex not repeated). */
    public List<List<GeoPoint>> rings() {
        return List.copyOf(ringVertices);
    }

    /** The open lines. */
    public List<List<GeoPoint>> lines() {
        return List.copyOf(lineVertices);
    }

    /** The single points. */
    public List<GeoPoint> points() {
        return points;
    }

    /** Whether {@code p} lies inside a polygon of the area (even–odd over all rings). */
    public boolean contains(GeoPoint p) {
        boolean inside = false;
        for (RingInfo r : rings) {
            inside ^= ringContains(r, p);
        }
        return inside;
    }

    /**
     * The distance from {@code p} to the area: 0 inside a polygon, else the shortest geodesic to
     * the nearest point of any edge or point of the area.
     */
    public AreaDistance distance(GeoPoint p) {
        if (contains(p)) {
            return new AreaDistance(0, p, true);
        }
        double best = Double.POSITIVE_INFINITY;
        GeoPoint nearest = null;
        for (GeoPoint q : points) {
            double d = earth.distanceMeters(p, q);
            if (d < best) {
                best = d;
                nearest = q;
            }
        }
        double[] xyz = Ecef.of(p.latDeg(), p.lonDeg(), earth);
        int n = edges.size();
        double[] lb = new double[n];
        int first = -1;
        for (int i = 0; i < n; i++) {
            lb[i] = edges.get(i).lowerBoundMeters(xyz);
            if (first < 0 || lb[i] < lb[first]) {
                first = i;
            }
        }
        if (first >= 0 && lb[first] < best) {
            double[] c = edges.get(first).nearest(p);
            if (c[0] < best) {
                best = c[0];
                nearest = new GeoPoint(c[1], GeoPoint.normalizeLon(c[2]));
            }
            for (int i = 0; i < n; i++) {
                if (i != first && lb[i] < best) {
                    c = edges.get(i).nearest(p);
                    if (c[0] < best) {
                        best = c[0];
                        nearest = new GeoPoint(c[1], GeoPoint.normalizeLon(c[2]));
                    }
                }
            }
        }
        return new AreaDistance(best, nearest, false);
    }

    /** Shorthand for {@code distance(p).distanceMeters()}. */
    public double distanceMeters(GeoPoint p) {
        return distance(p).distanceMeters();
    }

    List<GeodesicEdge> edges() {
        return edges;
    }

    /** Whether the North Pole is inside ring {@code i}, by the reading stated in the class comment. */
    boolean northPoleInside(int i) {
        return rings.get(i).northPoleInside();
    }

    private static boolean ringContains(RingInfo r, GeoPoint p) {
        if (p.latDeg() == 90) {
            return r.northPoleInside();
        }
        boolean inside = r.northPoleInside();
        for (GeodesicEdge e : r.edges()) {
            if (e.crossesMeridianNorthOf(p)) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Net number of turns of the ring round the globe: 0 or ±1. */
    static int winding(List<GeodesicEdge> es) {
        double total = 0;
        for (GeodesicEdge e : es) {
            total += e.lon12Deg;
        }
        return (int) Math.rint(total / 360);
    }

    private static boolean northPoleInside(List<GeoPoint> ring, List<GeodesicEdge> es, EarthModel earth) {
        int w = winding(es);
        if (w == 0) {
            return false;
        }
        PolygonArea pa = new PolygonArea(earth.geodesic(), false);
        for (GeoPoint v : ring) {
            pa.AddPoint(v.latDeg(), v.lonDeg());
        }
        double left = pa.Compute(false, false).area; // area to the left, in [0, total)
        double north = w > 0 ? left : earth.surfaceAreaSquareMeters() - left;
        return north <= 0.5 * earth.surfaceAreaSquareMeters();
    }

    private static List<GeoPoint> openRing(List<GeoPoint> r) {
        List<GeoPoint> out = new ArrayList<>();
        for (GeoPoint v : r) {
            if (out.isEmpty() || !same(out.get(out.size() - 1), v)) {
                out.add(v);
            }
        }
        while (out.size() > 1 && same(out.get(0), out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static boolean same(GeoPoint a, GeoPoint b) {
        return a.latDeg() == b.latDeg() && GeoPoint.normalizeLon(a.lonDeg()) == GeoPoint.normalizeLon(b.lonDeg());
    }

    /**
     * Densifies a ring or line whose edges are straight lines in lon/lat (RFC 7946 §3.1.1 and the
     * reading of GDAL) into geodesic edges that stay within {@code toleranceMeters} of them: an
     * edge is halved at its lon/lat midpoint while that midpoint is farther than the tolerance
     * from the geodesic midpoint, or while it spans more than 1° of longitude (the longitude
     * difference is taken as written, so an edge from −180° to 180° runs across the map, as flat
     * readers draw it).
     *
     * @param lonLatVertices vertices in order; a ring may repeat its first vertex at the end
     * @param toleranceMeters largest distance (metres) between the two readings of an edge, &gt; 0
     * @param earth the figure of the Earth
     * @return the vertices with the added ones (longitudes as written, so possibly ±180)
     */
    public static List<GeoPoint> densifyLonLat(List<GeoPoint> lonLatVertices, double toleranceMeters, EarthModel earth) {
        if (!(toleranceMeters > 0) || Double.isInfinite(toleranceMeters)) {
            throw new IllegalArgumentException("toleranceMeters must be a finite number > 0, got " + toleranceMeters);
        }
        List<GeoPoint> out = new ArrayList<>();
        for (int i = 0; i < lonLatVertices.size(); i++) {
            GeoPoint a = lonLatVertices.get(i);
            out.add(a);
            if (i + 1 < lonLatVertices.size()) {
                split(a, lonLatVertices.get(i + 1), toleranceMeters, earth, out, 0);
            }
        }
        return out;
    }

    private static void split(GeoPoint a, GeoPoint b, double tol, EarthModel earth, List<GeoPoint> out, int depth) {
        if (depth > 40 || Math.abs(a.latDeg()) == 90 && a.latDeg() == b.latDeg() && Math.abs(b.lonDeg() - a.lonDeg()) <= 1) {
            return;
        }
        GeoPoint m = new GeoPoint(0.5 * (a.latDeg() + b.latDeg()), 0.5 * (a.lonDeg() + b.lonDeg()));
        boolean wide = Math.abs(b.lonDeg() - a.lonDeg()) > 1;
        if (!wide) {
            var g = earth.geodesic().InverseLine(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg(),
                    net.sf.geographiclib.GeodesicMask.LATITUDE | net.sf.geographiclib.GeodesicMask.LONGITUDE
                            | net.sf.geographiclib.GeodesicMask.DISTANCE_IN);
            var mid = g.Position(0.5 * g.Distance(), net.sf.geographiclib.GeodesicMask.LATITUDE
                    | net.sf.geographiclib.GeodesicMask.LONGITUDE);
            if (earth.distanceMeters(m, new GeoPoint(mid.lat2, mid.lon2)) <= tol) {
                return;
            }
        }
        split(a, m, tol, earth, out, depth + 1);
        out.add(m);
        split(m, b, tol, earth, out, depth + 1);
    }
}

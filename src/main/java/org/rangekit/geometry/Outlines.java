package org.rangekit.geometry;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The true outline of a lon/lat disc or band polygon made by {@link RingPolygons}: its rings
 * without the edges that only close the polygon in lon/lat, i.e. edges along the antimeridian
 * (both ends at the same longitude ±180°, where a disc is cut, RFC 7946 §3.1.9) and edges on a
 * pole (both ends at the same latitude ±90°, the pole line of a disc that contains a pole). What
 * remains are the range rings themselves, cut at ±180°, as lines.
 *
 * <p>Stateless; thread-safe.
 */
public final class Outlines {

    private Outlines() {
    }

    /**
     * The outline of a Polygon or MultiPolygon as a MultiLineString, each line a stretch of a range
     * ring between two cuts (or a whole ring, closed).
     *
     * @param polygonal lon/lat polygon(s), x = longitude in [−180, 180]
     * @return the lines; empty when the polygon has no ring edge (the whole world)
     */
    public static MultiLineString of(Geometry polygonal) {
        GeometryFactory f = polygonal.getFactory();
        List<LineString> lines = new ArrayList<>();
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            Geometry part = polygonal.getGeometryN(i);
            if (!(part instanceof Polygon p)) {
                throw new IllegalArgumentException("expected polygons, got a " + part.getGeometryType());
            }
            ringLines(p.getExteriorRing(), f, lines);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                ringLines(p.getInteriorRingN(h), f, lines);
            }
        }
        return f.createMultiLineString(lines.toArray(new LineString[0]));
    }

    /**
     * Whether an edge only closes a polygon in lon/lat: along the antimeridian, or on a pole.
     *
     * @param a one end (degrees)
     * @param b the other end
     */
    public static boolean isClosingEdge(Coordinate a, Coordinate b) {
        boolean seam = a.x == b.x && Math.abs(a.x) == 180;
        boolean pole = a.y == b.y && Math.abs(a.y) == 90;
        return seam || pole;
    }

    private static void ringLines(LinearRing ring, GeometryFactory f, List<LineString> out) {
        Coordinate[] cs = ring.getCoordinates();
        int n = cs.length - 1; // closed: cs[n] == cs[0]
        int firstCut = -1;
        for (int i = 0; i < n; i++) {
            if (isClosingEdge(cs[i], cs[i + 1])) {
                firstCut = i;
                break;
            }
        }
        if (firstCut < 0) {
            out.add(f.createLineString(cs.clone()));
            return;
        }
        // Walk once round the ring starting after the first closing edge, so that a ring stretch
        // across the ring's start is one line.
        List<Coordinate> current = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            int i = (firstCut + k) % n;
            int j = (i + 1) % n;
            if (isClosingEdge(cs[i], cs[j])) {
                flush(current, f, out);
            } else {
                if (current.isEmpty()) {
                    current.add(new Coordinate(cs[i]));
                }
                current.add(new Coordinate(cs[j]));
            }
        }
        flush(current, f, out);
    }

    private static void flush(List<Coordinate> pts, GeometryFactory f, List<LineString> out) {
        if (pts.size() >= 2) {
            out.add(f.createLineString(pts.toArray(new Coordinate[0])));
        }
        pts.clear();
    }
}

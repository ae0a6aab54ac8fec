package org.rangekit.geometry;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Puts polygonal geometry into the winding order of RFC 7946 §3.1.6 (the right-hand rule):
 * exterior rings counter-clockwise, holes clockwise, in lon/lat read flat.
 *
 * <p>JTS's own {@code normalize()} does the opposite (shells clockwise), so it is not used.
 */
public final class Rfc7946 {

    private Rfc7946() {
    }

    /**
     * Re-orients every ring of a Polygon or MultiPolygon; other geometry types pass unchanged.
     * Empty parts and non-polygonal parts of a collection (left over from overlays) are dropped.
     */
    public static Geometry orient(Geometry g) {
        GeometryFactory f = g.getFactory();
        if (g instanceof Polygon p) {
            return orient(p);
        }
        List<Polygon> polys = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p && !p.isEmpty()) {
                polys.add(orient(p));
            } else if (part instanceof MultiPolygon mp) {
                for (int j = 0; j < mp.getNumGeometries(); j++) {
                    polys.add(orient((Polygon) mp.getGeometryN(j)));
                }
            }
        }
        if (polys.size() == 1) {
            return polys.get(0);
        }
        return f.createMultiPolygon(polys.toArray(new Polygon[0]));
    }

    /** The polygon with a counter-clockwise shell and clockwise holes. */
    public static Polygon orient(Polygon p) {
        GeometryFactory f = p.getFactory();
        LinearRing shell = oriented(p.getExteriorRing(), true);
        LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = oriented(p.getInteriorRingN(i), false);
        }
        return f.createPolygon(shell, holes);
    }

    private static LinearRing oriented(LinearRing r, boolean ccw) {
        return Orientation.isCCWArea(r.getCoordinates()) == ccw ? r : r.reverse();
    }
}

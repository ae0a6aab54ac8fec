package org.rangekit.io.in.data;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** Ellipsoidal areas of lon/lat polygons with GeographicLib (Karney 2013), for test checks. */
final class GeodesicAreas {

    private GeodesicAreas() {
    }

    /** Area of a polygonal geometry on WGS84 (square kilometres); edges are taken as geodesics. */
    static double squareKm(Geometry g) {
        double sum = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            sum += ring(p.getExteriorRing());
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                sum += ring(p.getInteriorRingN(h)); // holes are clockwise: negative
            }
        }
        return sum / 1e6;
    }

    /** Signed area (square metres), positive for a counter-clockwise ring. */
    static double ring(LineString ring) {
        PolygonArea pa = new PolygonArea(Geodesic.WGS84, false);
        Coordinate[] cs = ring.getCoordinates();
        for (int i = 0; i < cs.length - 1; i++) {
            pa.AddPoint(cs[i].y, cs[i].x);
        }
        return pa.Compute(false, true).area;
    }
}

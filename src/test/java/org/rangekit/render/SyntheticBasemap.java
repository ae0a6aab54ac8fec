package org.rangekit.render;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * A basemap that covers the whole globe with 10° × 10° "countries" (cut at ±180° and closed at the
 * poles, like the real data) and "coastlines" along every 5th parallel: whatever the projection, any
 * wrap-around or hidden-side leak shows up.
 */
final class SyntheticBasemap {

    private static final GeometryFactory GF = new GeometryFactory();

    private SyntheticBasemap() {
    }

    static Basemap create() {
        List<Polygon> cells = new ArrayList<>();
        for (int lon = -180; lon < 180; lon += 10) {
            for (int lat = -90; lat < 90; lat += 10) {
                if (Math.floorMod(lon / 10 + lat / 10, 2) == 0) {
                    cells.add(box(lon, lat, lon + 10, lat + 10));
                }
            }
        }
        List<LineString> lines = new ArrayList<>();
        for (int lat = -85; lat < 90; lat += 10) {
            Coordinate[] cs = new Coordinate[361];
            for (int i = 0; i <= 360; i++) {
                cs[i] = new Coordinate(-180 + i, lat);
            }
            lines.add(GF.createLineString(cs));
        }
        Geometry countries = GF.createMultiPolygon(cells.toArray(new Polygon[0]));
        return new Basemap("110m", countries, countries, GF.createMultiLineString(lines.toArray(new LineString[0])),
                null);
    }

    private static Polygon box(double x1, double y1, double x2, double y2) {
        List<Coordinate> cs = new ArrayList<>();
        // Vertices every degree, as data has; the lon/lat edges are straight lines between them.
        for (double x = x1; x < x2; x++) {
            cs.add(new Coordinate(x, y1));
        }
        for (double y = y1; y < y2; y++) {
            cs.add(new Coordinate(x2, y));
        }
        for (double x = x2; x > x1; x--) {
            cs.add(new Coordinate(x, y2));
        }
        for (double y = y2; y > y1; y--) {
            cs.add(new Coordinate(x1, y));
        }
        cs.add(new Coordinate(x1, y1));
        return GF.createPolygon(cs.toArray(new Coordinate[0]));
    }
}

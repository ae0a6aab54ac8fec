package org.rangekit.geometry;

import org.locationtech.jts.geom.Geometry;
import org.rangekit.range.Band;
import org.rangekit.range.Ring;

/**
 * Lon/lat polygons of rings and bands for drawing and export. (Implementation in progress.)
 */
public final class RingPolygons {

    /** Default edge tolerance (metres). */
    public static final double DEFAULT_TOLERANCE_M = 50.0;

    private RingPolygons() {
    }

    /** Polygon or MultiPolygon of the disc, in lon/lat (x = lon, y = lat), RFC 7946 conventions. */
    public static Geometry disc(Ring ring, double toleranceMeters) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Polygon or MultiPolygon of the band, in lon/lat. */
    public static Geometry band(Band band, double toleranceMeters) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Exact area of the disc on the ellipsoid (square metres). */
    public static double discAreaSquareMeters(Ring ring) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Exact area of the band on the ellipsoid (square metres). */
    public static double bandAreaSquareMeters(Band band) {
        throw new UnsupportedOperationException("in progress");
    }

    /** The largest radius (metres) a ring around {@code ring.centre()} may have: the farthest point of the globe. */
    public static double maxRadiusMeters(org.rangekit.geodesy.GeoPoint centre, org.rangekit.geodesy.EarthModel earth) {
        throw new UnsupportedOperationException("in progress");
    }
}

package org.rangekit.range;

import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/**
 * The set of points within a geodesic distance of a centre: an exact object.
 *
 * <p>Membership is decided by the geodesic distance itself (GeographicLib's inverse problem,
 * Karney 2013), never by point-in-polygon on an approximation: polygons exist only to draw and
 * export the ring (see {@code org.rangekit.geometry.RingPolygons}). The disc is closed: a point
 * at exactly the radius is inside, matching the inclusive edges of the INF Treaty's ranges.
 *
 * @param centre the launch point
 * @param radiusMeters geodesic radius (metres), finite and &gt; 0
 * @param earth the figure on which distance is measured
 */
public record Ring(GeoPoint centre, double radiusMeters, EarthModel earth) {

    public Ring {
        if (centre == null || earth == null) {
            throw new IllegalArgumentException("centre and earth model are required");
        }
        if (!(radiusMeters > 0) || Double.isInfinite(radiusMeters)) {
            throw new IllegalArgumentException("radius must be a finite number > 0 m, got " + radiusMeters);
        }
    }

    /** Geodesic distance from the centre to {@code p} (metres). */
    public double distanceMeters(GeoPoint p) {
        return earth.distanceMeters(centre, p);
    }

    /** True when {@code p} lies within the radius (inclusive), by exact geodesic distance. */
    public boolean contains(GeoPoint p) {
        return distanceMeters(p) <= radiusMeters;
    }
}

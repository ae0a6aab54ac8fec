package org.rangekit.geometry;

import org.rangekit.geodesy.GeoPoint;

/**
 * The distance from a point to an area, as {@link GeodesicArea#distance} computes it.
 *
 * @param distanceMeters 0 inside the area, else the length of the shortest geodesic to its
 *                       boundary (metres)
 * @param nearest the nearest point of the area (the point itself when inside)
 * @param inside whether the point lies inside a polygon of the area (its boundary included)
 */
public record AreaDistance(double distanceMeters, GeoPoint nearest, boolean inside) {

    public AreaDistance {
        if (!(distanceMeters >= 0)) {
            throw new IllegalArgumentException("distanceMeters must be >= 0, got " + distanceMeters);
        }
    }

    /** The distance in kilometres. */
    public double distanceKm() {
        return distanceMeters / 1000.0;
    }
}

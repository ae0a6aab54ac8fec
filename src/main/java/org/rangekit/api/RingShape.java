package org.rangekit.api;

import org.locationtech.jts.geom.Geometry;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/**
 * A disc or band around a centre, made by {@link Rings}: its lon/lat polygon for drawing and
 * export, its exact area, and exact membership by geodesic distance.
 *
 * <p>The polygon is only the shape's picture (edges within the tolerance it was traced to);
 * {@link #areaSquareKm()} is the area of the exact shape on the Earth model and
 * {@link #contains(GeoPoint)} measures the geodesic distance, never point-in-polygon.
 *
 * @param centre the centre (degrees)
 * @param innerKm inner radius (kilometres), 0 for a disc
 * @param outerKm outer radius (kilometres), &gt; {@code innerKm}
 * @param earth the figure of the Earth the shape is exact on
 * @param geometry Polygon or MultiPolygon in lon/lat (x = longitude, y = latitude, degrees), RFC 7946 form
 * @param areaSquareKm exact area of the shape on {@code earth} (square kilometres)
 */
public record RingShape(GeoPoint centre, double innerKm, double outerKm, EarthModel earth, Geometry geometry,
        double areaSquareKm) {

    public RingShape {
        if (centre == null || earth == null || geometry == null) {
            throw new IllegalArgumentException("centre, earth model and geometry are required");
        }
        if (!(innerKm >= 0) || !(outerKm > innerKm) || Double.isInfinite(outerKm)) {
            throw new IllegalArgumentException("a shape needs 0 <= innerKm < outerKm, finite, got [" + innerKm + ", "
                    + outerKm + "]");
        }
        if (!(areaSquareKm >= 0)) {
            throw new IllegalArgumentException("areaSquareKm must be a number >= 0, got " + areaSquareKm);
        }
    }

    /** True for a disc (inner radius 0). */
    public boolean isDisc() {
        return innerKm == 0;
    }

    /** Geodesic distance from the centre to {@code p} (kilometres; GeographicLib, Karney 2013). */
    public double distanceKm(GeoPoint p) {
        return earth.distanceMeters(centre, p) / 1000.0;
    }

    /**
     * True when {@code p} belongs to the shape, by exact geodesic distance: a disc is closed (a
     * point at exactly the radius is inside, as the INF Treaty's ranges include their upper edge);
     * a band is (inner, outer], the disc of its outer radius minus that of its inner radius.
     */
    public boolean contains(GeoPoint p) {
        double m = earth.distanceMeters(centre, p);
        return m <= outerKm * 1000.0 && (isDisc() || m > innerKm * 1000.0);
    }
}

package org.rangekit.coverage;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * A place to classify: a point (a city, a row of a user file) or an area (a country, a GeoJSON
 * polygon) with a representative point.
 *
 * @param name display name (may be empty)
 * @param country country code or name (may be empty)
 * @param latDeg latitude of the point, or of the area's representative point (degrees)
 * @param lonDeg longitude (degrees)
 * @param population inhabitants, or −1 when unknown
 * @param area the area in lon/lat (x = lon, y = lat), or null for a point target
 * @param properties further attributes kept from the input, in input order (never null)
 */
public record Target(String name, String country, double latDeg, double lonDeg, long population,
                     Geometry area, Map<String, String> properties) {

    /** Population value meaning "unknown". */
    public static final long UNKNOWN_POPULATION = -1;

    public Target {
        if (!(latDeg >= -90 && latDeg <= 90)) {
            throw new IllegalArgumentException("latitude must be a number in [-90, 90] degrees, got " + latDeg);
        }
        if (!Double.isFinite(lonDeg)) {
            throw new IllegalArgumentException("longitude must be a finite number of degrees, got " + lonDeg);
        }
        name = name == null ? "" : name;
        country = country == null ? "" : country;
        properties = properties == null ? Map.of() : properties;
    }

    /** A point target without extra properties. */
    public static Target point(String name, String country, double latDeg, double lonDeg, long population) {
        return new Target(name, country, latDeg, lonDeg, population, null, Map.of());
    }

    /** True when the target is an area. */
    public boolean isArea() {
        return area != null;
    }
}

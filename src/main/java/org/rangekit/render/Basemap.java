package org.rangekit.render;

import org.locationtech.jts.geom.Geometry;

/**
 * Basemap layers in lon/lat (x = longitude, y = latitude, degrees), cut at ±180° as RFC 7946 wants.
 * Any layer may be null.
 *
 * @param scale Natural Earth scale name ({@code 110m}, {@code 50m}, {@code 10m})
 * @param land land polygons
 * @param countries country polygons (their outlines are drawn as borders)
 * @param coastlines coastlines (lines), or null to outline the land instead
 * @param lakes lake polygons
 */
public record Basemap(String scale, Geometry land, Geometry countries, Geometry coastlines, Geometry lakes) {

    /** Supplies the basemap of a given scale. */
    @FunctionalInterface
    public interface Source {
        /**
         * @param scale {@code 110m}, {@code 50m} or {@code 10m}; a source without that scale returns the
         *        nearest one it has
         */
        Basemap load(String scale);
    }
}

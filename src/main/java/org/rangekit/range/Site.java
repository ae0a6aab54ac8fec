package org.rangekit.range;

import org.rangekit.geodesy.GeoPoint;

/**
 * A launch site: a named point with the source of its coordinates and an honest uncertainty.
 *
 * @param id short catalog key, lower-case with dashes (e.g. {@code kapustin-yar})
 * @param name display name
 * @param point position of the site
 * @param source where the coordinates come from
 * @param uncertaintyKm how far the real launch point may be from {@code point} (kilometres), ≥ 0
 */
public record Site(String id, String name, GeoPoint point, String source, double uncertaintyKm) {

    public Site {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("site id must not be blank");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("site name must not be blank, for id " + id);
        }
        if (point == null) {
            throw new IllegalArgumentException("site point is required, for id " + id);
        }
        if (!(uncertaintyKm >= 0) || Double.isInfinite(uncertaintyKm)) {
            throw new IllegalArgumentException("uncertainty must be a finite number >= 0 km, got " + uncertaintyKm);
        }
        source = source == null ? "" : source;
    }
}

package org.rangekit.range;

import java.util.Arrays;
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

    /** Degrees are compared to this many decimals (1e-7°, about 1 cm): the precision of a coordinate site's id. */
    public static final int SAME_POINT_DECIMALS = 7;

    /**
     * Whether {@code other} is the same site given again: the same id, or the same point to
     * {@value #SAME_POINT_DECIMALS} decimals of a degree (a catalog id and its coordinates typed
     * out; {@code 48.58,45.8} and {@code 48.580,45.80}). Longitude −180 is 180, and at a pole every
     * longitude is the same point. Sites given twice would be drawn, counted and exported twice.
     *
     * @param other another site
     * @return true when both name one site
     */
    public boolean isSameSiteAs(Site other) {
        return id.equals(other.id) || Arrays.equals(pointKey(), other.pointKey());
    }

    private long[] pointKey() {
        double scale = Math.pow(10, SAME_POINT_DECIMALS);
        long lat = Math.round(point.latDeg() * scale);
        long lon = Math.round(point.lonDeg() * scale);
        long half = Math.round(180 * scale);
        if (lon == -half) {
            lon = half;
        }
        if (Math.abs(lat) == Math.round(90 * scale)) {
            lon = 0;
        }
        return new long[] {lat, lon};
    }
}

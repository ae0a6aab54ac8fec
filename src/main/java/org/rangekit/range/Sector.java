package org.rangekit.range;

import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/**
 * A sector of a range fan: the points whose geodesic distance from a centre lies in
 * [inner, outer] and whose initial azimuth from the centre lies in the clockwise span from
 * {@code startAzimuthDeg} to {@code endAzimuthDeg} (both edges included). An exact object like
 * {@link Ring}: membership is decided by the inverse geodesic problem, never by a polygon. The
 * span may cross north ({@code 330..30} is the 60° around north).
 *
 * @param centre the site
 * @param innerMeters inner radius (metres), ≥ 0 (0 for a sector that starts at the site)
 * @param outerMeters outer radius (metres), &gt; inner
 * @param startAzimuthDeg first edge (degrees clockwise from north), any finite value
 * @param endAzimuthDeg last edge (degrees clockwise from north), not the same direction as the first
 * @param earth the figure on which distances and azimuths are measured
 */
public record Sector(GeoPoint centre, double innerMeters, double outerMeters, double startAzimuthDeg,
        double endAzimuthDeg, EarthModel earth) {

    public Sector {
        if (centre == null || earth == null) {
            throw new IllegalArgumentException("centre and earth model are required");
        }
        if (!(innerMeters >= 0) || !(outerMeters > innerMeters) || Double.isInfinite(outerMeters)) {
            throw new IllegalArgumentException("sector radii must satisfy 0 <= inner < outer (finite), got inner "
                    + innerMeters + " m, outer " + outerMeters + " m");
        }
        if (!Double.isFinite(startAzimuthDeg) || !Double.isFinite(endAzimuthDeg)) {
            throw new IllegalArgumentException("sector azimuths must be finite numbers of degrees, got "
                    + startAzimuthDeg + " and " + endAzimuthDeg);
        }
        if (spanOf(startAzimuthDeg, endAzimuthDeg) == 0) {
            throw new IllegalArgumentException("sector start and end azimuth are the same direction ("
                    + startAzimuthDeg + "° and " + endAzimuthDeg + "°); expected a span between 0° and 360°"
                    + " (for a full circle use a ring or band)");
        }
    }

    /** The clockwise span from the start to the end azimuth (degrees), in (0, 360). */
    public double spanDeg() {
        return spanOf(startAzimuthDeg, endAzimuthDeg);
    }

    /** The start azimuth reduced to [0, 360) degrees. */
    public double startDeg() {
        return reduce(startAzimuthDeg);
    }

    /**
     * True when {@code p} is in the closed sector, by exact geodesic distance and azimuth. The
     * centre itself belongs to it only when the inner radius is 0.
     */
    public boolean contains(GeoPoint p) {
        EarthModel.Inverse inv = earth.inverse(centre, p);
        double s = inv.distanceMeters();
        if (s < innerMeters || s > outerMeters) {
            return false;
        }
        if (s == 0) {
            return true;
        }
        return reduce(inv.azimuth1Deg() - startAzimuthDeg) <= spanDeg();
    }

    /** Degrees reduced to [0, 360). */
    static double reduce(double deg) {
        double r = deg % 360;
        if (r < 0) {
            r += 360;
        }
        return r == 360 ? 0 : r;
    }

    private static double spanOf(double start, double end) {
        return reduce(end - start);
    }
}

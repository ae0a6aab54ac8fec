package org.rangekit.geodesy;

/**
 * A point on the Earth given by geodetic latitude and longitude in degrees.
 *
 * <p>Latitude must lie in [−90, 90]. Longitude may be any finite value and is kept as given;
 * {@link #normalizedLonDeg()} returns it reduced to [−180, 180). North and east are positive.
 *
 * <p>Immutable and thread-safe.
 *
 * @param latDeg geodetic latitude (degrees), in [−90, 90]
 * @param lonDeg longitude (degrees), finite
 */
public record GeoPoint(double latDeg, double lonDeg) {

    public GeoPoint {
        if (!(latDeg >= -90 && latDeg <= 90)) {
            throw new IllegalArgumentException("latitude must be a number in [-90, 90] degrees, got " + latDeg);
        }
        if (!Double.isFinite(lonDeg)) {
            throw new IllegalArgumentException("longitude must be a finite number of degrees, got " + lonDeg);
        }
    }

    /** Shorthand for {@code new GeoPoint(latDeg, lonDeg)}. */
    public static GeoPoint of(double latDeg, double lonDeg) {
        return new GeoPoint(latDeg, lonDeg);
    }

    /** Longitude reduced to [−180, 180) (degrees); exact for all finite inputs. */
    public double normalizedLonDeg() {
        return normalizeLon(lonDeg);
    }

    /**
     * Reduces a longitude to [−180, 180) (degrees). {@code Math.IEEEremainder} is exact, so the
     * result carries no rounding error of its own.
     */
    public static double normalizeLon(double lonDeg) {
        double x = Math.IEEEremainder(lonDeg, 360.0);
        return x == 180.0 ? -180.0 : x;
    }

    @Override
    public String toString() {
        return "(" + latDeg + ", " + lonDeg + ")";
    }
}

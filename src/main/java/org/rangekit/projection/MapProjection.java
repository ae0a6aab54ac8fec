package org.rangekit.projection;

/**
 * A map projection: geodetic latitude/longitude (degrees) to plane coordinates (metres) and back.
 *
 * <p>Points a projection cannot show (beyond the horizon of an orthographic globe, say) give NaN,
 * never an exception. Implementations are immutable and thread-safe.
 */
public interface MapProjection {

    /** The kind of projection. */
    ProjectionKind kind();

    /** The region of the globe this projection shows honestly; renderers clip to it before projecting. */
    Domain domain();

    /**
     * Projects one point.
     *
     * @param latDeg geodetic latitude (degrees)
     * @param lonDeg longitude (degrees)
     * @param out receives x (easting, metres) in {@code out[0]} and y (northing, metres) in {@code out[1]};
     *        both NaN if the point is not visible
     */
    void forward(double latDeg, double lonDeg, double[] out);

    /**
     * Projects one point.
     *
     * @param latDeg geodetic latitude (degrees)
     * @param lonDeg longitude (degrees)
     * @return {x, y} (metres), NaN if not visible
     */
    default double[] forward(double latDeg, double lonDeg) {
        double[] out = new double[2];
        forward(latDeg, lonDeg, out);
        return out;
    }

    /**
     * Projects many points at once; implementations may override it for speed.
     *
     * @param lonLat interleaved longitude, latitude pairs (degrees)
     * @param xy receives interleaved x, y (metres), NaN where not visible; may be the same array
     * @param count number of points
     */
    default void forwardAll(double[] lonLat, double[] xy, int count) {
        double[] p = new double[2];
        for (int i = 0; i < count; i++) {
            forward(lonLat[2 * i + 1], lonLat[2 * i], p);
            xy[2 * i] = p[0];
            xy[2 * i + 1] = p[1];
        }
    }

    /**
     * Inverse projection.
     *
     * @param xMeters easting (metres)
     * @param yMeters northing (metres)
     * @return {latDeg, lonDeg} with the longitude in [−180, 180], or NaNs if the plane point shows no
     *         point of the globe
     */
    double[] inverse(double xMeters, double yMeters);
}

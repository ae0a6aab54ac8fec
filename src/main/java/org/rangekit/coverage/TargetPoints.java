package org.rangekit.coverage;

import org.rangekit.geodesy.EarthModel;

/**
 * Target positions prepared once for fast classification against any number of sites: geodetic
 * latitude and longitude (degrees) plus the unit vector of the parametric latitude (see
 * {@link SphereBound}). Preparing costs one sine/cosine pair per coordinate and a square root;
 * classifying against a site afterwards costs no trigonometry at all.
 *
 * <p>Immutable after construction; safe to share between threads.
 */
public final class TargetPoints {

    private final EarthModel earth;
    private final double[] latDeg;
    private final double[] lonDeg;
    private final double[] xyz;

    /**
     * @param earth the figure on which distances are measured
     * @param latDeg geodetic latitudes (degrees), each in [−90, 90]
     * @param lonDeg longitudes (degrees), finite; same length as {@code latDeg}
     */
    public TargetPoints(EarthModel earth, double[] latDeg, double[] lonDeg) {
        if (latDeg.length != lonDeg.length) {
            throw new IllegalArgumentException("latitude and longitude arrays differ in length: "
                    + latDeg.length + " vs " + lonDeg.length);
        }
        SphereBound bound = new SphereBound(earth);
        this.earth = earth;
        this.latDeg = latDeg.clone();
        this.lonDeg = lonDeg.clone();
        this.xyz = new double[3 * latDeg.length];
        for (int i = 0; i < latDeg.length; i++) {
            if (!(latDeg[i] >= -90 && latDeg[i] <= 90) || !Double.isFinite(lonDeg[i])) {
                throw new IllegalArgumentException("target " + i + " has bad coordinates: lat "
                        + latDeg[i] + ", lon " + lonDeg[i] + " (expected lat in [-90, 90], finite lon)");
            }
            bound.unitVector(latDeg[i], lonDeg[i], xyz, 3 * i);
        }
    }

    public EarthModel earth() {
        return earth;
    }

    /** Number of targets. */
    public int size() {
        return latDeg.length;
    }

    /** Latitude of target {@code i} (degrees). */
    public double latDeg(int i) {
        return latDeg[i];
    }

    /** Longitude of target {@code i} (degrees). */
    public double lonDeg(int i) {
        return lonDeg[i];
    }

    double x(int i) {
        return xyz[3 * i];
    }

    double y(int i) {
        return xyz[3 * i + 1];
    }

    double z(int i) {
        return xyz[3 * i + 2];
    }
}

package org.rangekit.geometry;

import org.rangekit.geodesy.EarthModel;

/** Earth-centred Cartesian coordinates of geodetic points (height 0), for cheap distance bounds. */
final class Ecef {

    private Ecef() {
    }

    /** {x, y, z} (metres) of the point at geodetic {@code latDeg}, {@code lonDeg} on {@code earth}. */
    static double[] of(double latDeg, double lonDeg, EarthModel earth) {
        double a = earth.equatorialRadiusMeters(), f = earth.flattening();
        double e2 = f * (2 - f);
        double phi = Math.toRadians(latDeg), lam = Math.toRadians(lonDeg);
        double sp = Math.sin(phi), cp = Math.cos(phi);
        double n = a / Math.sqrt(1 - e2 * sp * sp);
        return new double[] {n * cp * Math.cos(lam), n * cp * Math.sin(lam), n * (1 - e2) * sp};
    }
}

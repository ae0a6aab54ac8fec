package org.rangekit.geometry;

import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/**
 * How far the ring of a range drawn on the sphere ({@link EarthModel#SPHERE}) lies from the same
 * ring on the WGS84 ellipsoid.
 *
 * <h2>Definition</h2>
 * The ring difference of a site and a range r is the largest WGS84 geodesic distance from a point
 * of the sphere ring (the points at spherical distance r from the site, with the site's geodetic
 * latitude and longitude taken as spherical coordinates) to the nearest point of the WGS84 ring
 * (the points at WGS84 geodesic distance r): the directed Hausdorff distance from the sphere ring to
 * the WGS84 ring, measured on WGS84.
 *
 * <h2>Algorithm</h2>
 * For a point P and a ring of radius r whose geodesics from the site are shortest up to r
 * ({@link RangeLimits}), the distance from P to the ring is |s(site, P) − r|: the triangle inequality
 * bounds it from below and the point at distance r on the geodesic from the site through P attains
 * the bound. So the ring difference is the maximum over the azimuth α of
 * |s<sub>WGS84</sub>(site, S(α)) − r|, S(α) the sphere ring point at azimuth α. It is sampled every
 * {@value #SAMPLE_STEP_DEG}° and each of the largest samples is refined by golden-section search to
 * 10<sup>−9</sup>°, well below {@link #TOLERANCE_METERS}. Geodesics by GeographicLib (Karney 2013,
 * doi:10.1007/s00190-012-0578-z).
 *
 * <p>Thread safety: stateless.
 */
public final class EarthRingDifference {

    /** The accuracy the ring difference is computed to (metres). */
    public static final double TOLERANCE_METERS = 1.0;

    static final double SAMPLE_STEP_DEG = 0.5;
    private static final int REFINED = 8;

    private EarthRingDifference() {
    }

    /**
     * The largest difference and where it is.
     *
     * @param meters the ring difference (metres)
     * @param azimuthDeg the azimuth from the site of the sphere ring point farthest from the WGS84 ring
     * @param sphereFartherOut whether that point lies outside the WGS84 ring (its WGS84 distance from the site exceeds r)
     */
    public record Result(double meters, double azimuthDeg, boolean sphereFartherOut) {
        /** The difference in km. */
        public double km() {
            return meters / 1000;
        }
    }

    /**
     * The ring difference of a range around a site.
     *
     * @param site the ring centre
     * @param rangeMeters the range (metres), positive and with a well-defined WGS84 ring ({@link RangeLimits})
     * @return the largest distance from the sphere ring to the WGS84 ring, to {@link #TOLERANCE_METERS}
     * @throws IllegalArgumentException when the range is not positive and finite
     */
    public static Result of(GeoPoint site, double rangeMeters) {
        if (!(rangeMeters > 0) || Double.isInfinite(rangeMeters)) {
            throw new IllegalArgumentException("range must be positive and finite metres, got " + rangeMeters);
        }
        int n = (int) Math.round(360 / SAMPLE_STEP_DEG);
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = Math.abs(signedOffset(site, rangeMeters, i * SAMPLE_STEP_DEG));
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(f[b], f[a]));
        double bestAz = 0;
        double best = -1;
        for (int k = 0; k < Math.min(REFINED, n); k++) {
            double az = refine(site, rangeMeters, order[k] * SAMPLE_STEP_DEG);
            double v = Math.abs(signedOffset(site, rangeMeters, az));
            if (v > best) {
                best = v;
                bestAz = az;
            }
        }
        double azimuth = ((bestAz % 360) + 360) % 360;
        return new Result(best, azimuth, signedOffset(site, rangeMeters, azimuth) > 0);
    }

    /** s_WGS84(site, S(α)) − r, S(α) the sphere ring point at azimuth α (metres). */
    static double signedOffset(GeoPoint site, double rangeMeters, double azimuthDeg) {
        GeoPoint p = EarthModel.SPHERE.direct(site, azimuthDeg, rangeMeters);
        return EarthModel.WGS84.distanceMeters(site, p) - rangeMeters;
    }

    /** Golden-section search for the maximum of |offset| in one sample step either side of {@code az}. */
    private static double refine(GeoPoint site, double rangeMeters, double az) {
        double g = (Math.sqrt(5) - 1) / 2;
        double a = az - SAMPLE_STEP_DEG;
        double b = az + SAMPLE_STEP_DEG;
        double c = b - g * (b - a);
        double d = a + g * (b - a);
        double fc = Math.abs(signedOffset(site, rangeMeters, c));
        double fd = Math.abs(signedOffset(site, rangeMeters, d));
        while (b - a > 1e-9) {
            if (fc > fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - g * (b - a);
                fc = Math.abs(signedOffset(site, rangeMeters, c));
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + g * (b - a);
                fd = Math.abs(signedOffset(site, rangeMeters, d));
            }
        }
        return (a + b) / 2;
    }
}

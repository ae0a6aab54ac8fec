package org.rangekit.api;

import java.util.List;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/**
 * Distances between places: the geodesic distance and initial azimuth (GeographicLib's inverse
 * problem, Karney 2013, doi:10.1007/s00190-012-0578-z, accurate to about 15 nm on WGS84), the
 * INF Treaty category of a range, and the range needed to reach a place from any of several sites.
 *
 * <p>Example:
 * <pre>{@code
 * Distance d = Distances.between(GeoPoint.of(48.58, 45.80), GeoPoint.of(52.52, 13.40), EarthModel.WGS84);
 * System.out.printf("%.3f km at %.1f°, %s%n", d.distanceKm(), d.azimuthDeg(), d.infCategory());
 * double needKm = Distances.neededRangeKm(List.of(kapustinYar, mozdok), berlin, EarthModel.WGS84);
 * }</pre>
 *
 * <p>Thread safety: stateless; thread-safe.
 */
public final class Distances {

    private Distances() {
    }

    /**
     * The geodesic from {@code from} to {@code to}.
     *
     * @param from start (degrees)
     * @param to end (degrees)
     * @param earth the figure of the Earth
     */
    public static Distance between(GeoPoint from, GeoPoint to, EarthModel earth) {
        EarthModel.Inverse inv = earth.inverse(from, to);
        double az = inv.azimuth1Deg();
        return new Distance(from, to, inv.distanceMeters() / 1000.0, az < 0 ? az + 360.0 : az, earth);
    }

    /**
     * Geodesic distance (kilometres).
     *
     * @param from start (degrees)
     * @param to end (degrees)
     * @param earth the figure of the Earth
     */
    public static double distanceKm(GeoPoint from, GeoPoint to, EarthModel earth) {
        return earth.distanceMeters(from, to) / 1000.0;
    }

    /**
     * The least range (kilometres) that reaches {@code target} from one of {@code sites}: the
     * geodesic distance to the nearest site.
     *
     * @param sites launch points (degrees), at least one
     * @param target the place to reach (degrees)
     * @param earth the figure of the Earth
     */
    public static double neededRangeKm(List<GeoPoint> sites, GeoPoint target, EarthModel earth) {
        if (sites == null || sites.isEmpty()) {
            throw new IllegalArgumentException("at least one site is needed");
        }
        double best = Double.POSITIVE_INFINITY;
        for (GeoPoint s : sites) {
            best = Math.min(best, earth.distanceMeters(s, target));
        }
        return best / 1000.0;
    }
}

package org.rangekit.geodesy;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.rangekit.text.Quote;

/**
 * The figure of the Earth on which distances are measured: the WGS84 ellipsoid (the default)
 * or a sphere of the IUGG mean radius, kept for comparison with tools that use one.
 *
 * <h2>Algorithm</h2>
 * Both models delegate to GeographicLib's geodesic solutions (C. F. F. Karney, "Algorithms for
 * geodesics", J. Geodesy 87, 43–55 (2013), doi:10.1007/s00190-012-0578-z); a sphere is the
 * ellipsoid with flattening 0.
 *
 * <h2>Accuracy</h2>
 * About 15 nanometres for distances on WGS84 (Karney 2013, §9).
 *
 * <h2>Thread safety</h2>
 * Immutable; GeographicLib's {@link Geodesic} is immutable and may be shared between threads.
 */
public enum EarthModel {
    /** The WGS84 ellipsoid: a = 6,378,137 m, f = 1/298.257223563. */
    WGS84("WGS84", Geodesic.WGS84),
    /** A sphere of radius 6,371,008.8 m (IUGG mean radius R1 of WGS84). */
    SPHERE("sphere", new Geodesic(6_371_008.8, 0));

    private final String label;
    private final Geodesic geodesic;

    EarthModel(String label, Geodesic geodesic) {
        this.label = label;
        this.geodesic = geodesic;
    }

    /** The name written in outputs: {@code "WGS84"} or {@code "sphere"}. */
    public String label() {
        return label;
    }

    /** The GeographicLib solver for this figure. */
    public Geodesic geodesic() {
        return geodesic;
    }

    /** Equatorial radius (metres). */
    public double equatorialRadiusMeters() {
        return geodesic.EquatorialRadius();
    }

    /** Flattening (dimensionless). */
    public double flattening() {
        return geodesic.Flattening();
    }

    /** Total surface area of the figure (square metres). */
    public double surfaceAreaSquareMeters() {
        return geodesic.EllipsoidArea();
    }

    /**
     * Geodesic distance between two points (metres), the shortest path on this figure.
     */
    public double distanceMeters(GeoPoint from, GeoPoint to) {
        return geodesic.Inverse(from.latDeg(), from.lonDeg(), to.latDeg(), to.lonDeg(),
                GeodesicMask.DISTANCE).s12;
    }

    /**
     * Solves the inverse problem: distance (metres) and azimuths (degrees clockwise from north).
     */
    public Inverse inverse(GeoPoint from, GeoPoint to) {
        GeodesicData g = geodesic.Inverse(from.latDeg(), from.lonDeg(), to.latDeg(), to.lonDeg(),
                GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
        return new Inverse(g.s12, g.azi1, g.azi2);
    }

    /**
     * Solves the direct problem: the point reached from {@code from} after {@code distanceMeters}
     * along the geodesic that leaves at {@code azimuthDeg}. The longitude is reduced to [−180, 180].
     *
     * @param from start point
     * @param azimuthDeg initial azimuth (degrees clockwise from north)
     * @param distanceMeters distance along the geodesic (metres)
     */
    public GeoPoint direct(GeoPoint from, double azimuthDeg, double distanceMeters) {
        GeodesicData g = geodesic.Direct(from.latDeg(), from.lonDeg(), azimuthDeg, distanceMeters,
                GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
        return new GeoPoint(g.lat2, GeoPoint.normalizeLon(g.lon2));
    }

    /** Parses {@code wgs84} or {@code sphere} (any case). */
    public static EarthModel parse(String text) {
        for (EarthModel m : values()) {
            if (m.name().equalsIgnoreCase(text) || m.label.equalsIgnoreCase(text)) {
                return m;
            }
        }
        throw new IllegalArgumentException("earth model must be wgs84 or sphere, got " + Quote.of(text));
    }

    /**
     * Result of the inverse problem.
     *
     * @param distanceMeters geodesic distance (metres)
     * @param azimuth1Deg azimuth at the start (degrees clockwise from north)
     * @param azimuth2Deg azimuth at the end, forward direction (degrees clockwise from north)
     */
    public record Inverse(double distanceMeters, double azimuth1Deg, double azimuth2Deg) {
    }
}

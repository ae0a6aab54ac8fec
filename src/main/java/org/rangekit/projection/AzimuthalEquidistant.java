package org.rangekit.projection;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/**
 * The azimuthal equidistant projection centred on a site, exact on the ellipsoid.
 *
 * <h2>Algorithm</h2>
 * Forward: solve the inverse geodesic problem from the centre to the point for the distance
 * {@code s} and the initial azimuth {@code α1}, then {@code x = s·sin α1}, {@code y = s·cos α1}.
 * Inverse: solve the direct problem from the centre with azimuth {@code atan2(x, y)} and distance
 * {@code hypot(x, y)}. Geodesics by GeographicLib (C. F. F. Karney, "Algorithms for geodesics",
 * J. Geodesy 87, 43–55 (2013), doi:10.1007/s00190-012-0578-z); this is the construction of
 * Karney 2013 §8 ("AzimuthalEquidistant" in GeographicLib C++).
 *
 * <h2>Accuracy</h2>
 * The distance from the centre equals the projected radius {@code hypot(x, y)} to GeographicLib's
 * accuracy (about 15 nm), so every range ring around the centre is an exact circle and distances
 * read true along radials. Other distances and shapes are distorted, increasingly so far from the
 * centre.
 *
 * <h2>Limitations</h2>
 * Near the antipode the azimuth is ill-defined and the antipode itself is smeared over a circle;
 * {@link #domain()} therefore stops at {@link #MAX_RADIUS_M}.
 *
 * <h2>Thread safety</h2>
 * Immutable and thread-safe.
 */
public final class AzimuthalEquidistant implements MapProjection {

    /**
     * Largest distance from the centre that maps draw (metres): 18,000 km keeps about 2,000 km
     * away from the antipode (≈ 20,004 km), where the projection smears a point over a circle.
     */
    public static final double MAX_RADIUS_M = 18_000_000;

    private final GeoPoint centre;
    private final Geodesic geodesic;
    private final EarthModel earth;

    /**
     * @param centre the site at the centre of the map
     * @param earth the figure on which distances are measured
     */
    public AzimuthalEquidistant(GeoPoint centre, EarthModel earth) {
        if (centre == null || earth == null) {
            throw new IllegalArgumentException("centre and earth model are required");
        }
        this.centre = centre;
        this.earth = earth;
        this.geodesic = earth.geodesic();
    }

    /** The centre of the projection. */
    public GeoPoint centre() {
        return centre;
    }

    /** The figure of the Earth. */
    public EarthModel earth() {
        return earth;
    }

    @Override
    public ProjectionKind kind() {
        return ProjectionKind.AEQD;
    }

    @Override
    public Domain domain() {
        return new Domain.Cap(centre, MAX_RADIUS_M);
    }

    @Override
    public void forward(double latDeg, double lonDeg, double[] out) {
        if (!(latDeg >= -90 && latDeg <= 90) || !Double.isFinite(lonDeg)) {
            out[0] = Double.NaN;
            out[1] = Double.NaN;
            return;
        }
        GeodesicData g = geodesic.Inverse(centre.latDeg(), centre.lonDeg(), latDeg, lonDeg,
                GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
        double a = Math.toRadians(g.azi1);
        out[0] = g.s12 * Math.sin(a);
        out[1] = g.s12 * Math.cos(a);
    }

    @Override
    public double[] inverse(double xMeters, double yMeters) {
        if (!Double.isFinite(xMeters) || !Double.isFinite(yMeters)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double azimuthDeg = Math.toDegrees(Math.atan2(xMeters, yMeters));
        double distanceMeters = Math.hypot(xMeters, yMeters);
        GeodesicData g = geodesic.Direct(centre.latDeg(), centre.lonDeg(), azimuthDeg, distanceMeters,
                GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
        return new double[] {g.lat2, GeoPoint.normalizeLon(g.lon2)};
    }
}

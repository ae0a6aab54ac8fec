package org.rangekit.geometry;

import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;
import net.sf.geographiclib.GeodesicData;
import org.locationtech.jts.geom.Geometry;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/**
 * Radials: geodesics from a site along a given initial azimuth, as lon/lat polylines for drawing
 * and export (the spokes of a range fan).
 *
 * <h2>Algorithm</h2>
 * Vertices are points of one GeographicLib {@code GeodesicLine} (Karney 2013,
 * doi:10.1007/s00190-012-0578-z) at distances chosen by {@link PathTrace}: an edge is halved until
 * its straight lon/lat chord is within the tolerance of the geodesic. Crossings of the
 * antimeridian are exact vertices, and the line is cut there into a MultiLineString (RFC 7946
 * §3.1.9, {@link LonLatCurves#polyline}). A radial through a pole (azimuth 0° or 180° from a site
 * off the poles, or any radial from a pole continued past the other) has no longitude at the pole:
 * its part ends at (λ, ±90°) and the next starts at (λ ± 180°, ±90°), so no edge runs along the
 * pole line. From a site at a pole the first vertex is the pole on the radial's meridian.
 *
 * <h2>Accuracy</h2>
 * Every vertex is a point of the geodesic to GeographicLib's accuracy (about 15 nm); antimeridian
 * vertices are as close as doubles allow (nanometres); every edge is within the tolerance.
 * {@code RadialsTest} checks each vertex's distance and initial azimuth against the inverse
 * problem (1 mm, and 1e-9° for vertices 1 km and more from the site).
 *
 * <p>Stateless; thread-safe.
 */
public final class Radials {

    /** Vertices must lie within 1 mm of the geodesic. */
    public static final double VERTEX_TOL_M = 1e-3;
    /** Smallest distance step still halved (metres): resolves a pass a hair from a pole. */
    static final double MIN_STEP_M = 1e-7;
    /** Distance per initial segment (metres): every radial starts with at least 4 segments. */
    private static final double SEGMENT_M = 500_000;

    private Radials() {
    }

    /**
     * One radial as a LineString, or a MultiLineString when cut at ±180° or at a pole.
     *
     * @param site the start (degrees)
     * @param azimuthDeg initial azimuth (degrees clockwise from north)
     * @param lengthMeters length (metres), &gt; 0 and at most the distance to the antipode
     * @param earth the figure of the Earth
     * @param toleranceMeters largest distance (metres) of a straight lon/lat edge from the geodesic,
     *        ≥ {@link RingPolygons#MIN_TOLERANCE_M}
     * @throws IllegalArgumentException naming the bad value
     */
    public static Geometry line(GeoPoint site, double azimuthDeg, double lengthMeters, EarthModel earth,
            double toleranceMeters) {
        checkArgs(site, azimuthDeg, lengthMeters, earth, toleranceMeters);
        PathTrace trace = new PathTrace(toleranceMeters, earth.equatorialRadiusMeters(), false);
        trace.append(curve(site, azimuthDeg, earth), 0, lengthMeters,
                4 + (int) (lengthMeters / SEGMENT_M), MIN_STEP_M);
        return LonLatCurves.polyline(trace.ulon(), trace.lat(), trace.breakAfter());
    }

    /**
     * The geodesic from {@code site} along {@code azimuthDeg} as a curve of its distance (metres);
     * from a pole, the point at distance 0 is the pole on the geodesic's own meridian.
     */
    static PathTrace.Curve curve(GeoPoint site, double azimuthDeg, EarthModel earth) {
        GeodesicLine line = earth.geodesic().Line(site.latDeg(), site.lonDeg(), azimuthDeg,
                GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE | GeodesicMask.DISTANCE_IN);
        boolean atPole = Math.abs(site.latDeg()) == 90;
        double poleMeridian = atPole ? GeoPoint.normalizeLon(line.Position(1.0).lon2) : Double.NaN;
        return s -> {
            if (s == 0 && atPole) {
                return new double[] {site.latDeg(), poleMeridian};
            }
            GeodesicData g = line.Position(s, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
            return new double[] {g.lat2, GeoPoint.normalizeLon(g.lon2)};
        };
    }

    private static void checkArgs(GeoPoint site, double azimuthDeg, double lengthMeters, EarthModel earth,
            double toleranceMeters) {
        if (site == null || earth == null) {
            throw new IllegalArgumentException("a radial needs a site and an earth model");
        }
        if (!Double.isFinite(azimuthDeg)) {
            throw new IllegalArgumentException("azimuth must be a finite number of degrees, got " + azimuthDeg);
        }
        if (!(toleranceMeters >= RingPolygons.MIN_TOLERANCE_M) || Double.isInfinite(toleranceMeters)) {
            throw new IllegalArgumentException("tolerance must be a finite number >= " + RingPolygons.MIN_TOLERANCE_M
                    + " m, got " + toleranceMeters);
        }
        double max = RingPolygons.maxRadiusMeters(site, earth);
        if (!(lengthMeters > 0) || lengthMeters > max) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "radial length must be > 0 and at most the distance to the farthest point of the globe"
                            + " (%.3f km from %s), got %s km", max / 1000, site, lengthMeters / 1000));
        }
    }
}

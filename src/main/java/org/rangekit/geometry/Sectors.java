package org.rangekit.geometry;

import java.util.Locale;

import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Geometry;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.range.Sector;

/**
 * Lon/lat polygons of range-fan sectors ({@link Sector}) for drawing and export, in the form of
 * {@link RingPolygons}: RFC 7946 orientation, cut at the antimeridian, closed along the pole line
 * when a pole is inside.
 *
 * <h2>Algorithm</h2>
 * The boundary is traced clockwise about the sector as one curve ({@link PathTrace}): the outer
 * arc from the start to the end azimuth (points of the direct problem at the outer radius), the
 * end radial inwards (a GeographicLib geodesic line), the inner arc back (when the inner radius is
 * above 0) and the start radial outwards. Its net turn in longitude and whether the sector holds
 * both poles tell the topology, decided by the same code as for rings ({@link LonLatCurves#region}).
 * A boundary through a pole (an edge along a meridian past it, an arc at the pole's distance) runs
 * along the pole line there keeping the pole inside, as the closed sector does. A sector around a site at a pole is the lon/lat box
 * between its edge meridians and the parallels of its radii (circles around a pole are parallels).
 *
 * <h2>Accuracy</h2>
 * Vertices lie on the exact boundary to nanometres; edges within
 * the tolerance; tested by {@code SectorsTest} against {@link Sector#contains} over the globe.
 *
 * <h2>Limitations</h2>
 * The outer radius may not exceed the distance up to which rings are well defined
 * ({@link RingPolygons#wellDefinedRadiusMeters}).
 *
 * <p>Stateless; thread-safe.
 */
public final class Sectors {

    /** Initial azimuth steps per full turn of an arc, as for whole rings ({@link RingTrace#MIN_SEGMENTS}). */
    private static final int ARC_SEGMENTS_PER_TURN = RingTrace.MIN_SEGMENTS;
    /** Azimuth steps below this (degrees) are not split further: about 1e-9 m at 19,000 km. */
    private static final double MIN_AZIMUTH_STEP_DEG = 1e-12;

    private Sectors() {
    }

    /**
     * The sector as a Polygon or MultiPolygon in lon/lat.
     *
     * @param sector the sector
     * @param toleranceMeters largest distance (metres) of a straight lon/lat edge from the boundary,
     *        ≥ {@link RingPolygons#MIN_TOLERANCE_M}
     * @throws IllegalArgumentException for a tolerance out of range or an outer radius beyond where rings
     *         are well defined
     */
    public static Geometry polygon(Sector sector, double toleranceMeters) {
        if (!(toleranceMeters >= RingPolygons.MIN_TOLERANCE_M) || Double.isInfinite(toleranceMeters)) {
            throw new IllegalArgumentException("tolerance must be a finite number >= " + RingPolygons.MIN_TOLERANCE_M
                    + " m, got " + toleranceMeters);
        }
        checkRadius(sector);
        if (Math.abs(sector.centre().latDeg()) == 90) {
            return poleBox(sector);
        }
        Sector s = sector;
        GeoPoint c = s.centre();
        EarthModel earth = s.earth();
        double a1 = s.startAzimuthDeg();
        double a2 = a1 + s.spanDeg();
        int arcSegments = Math.max(2, (int) Math.ceil(ARC_SEGMENTS_PER_TURN * s.spanDeg() / 360));
        int radialSegments = 4 + (int) ((s.outerMeters() - s.innerMeters()) / 500_000);
        PathTrace trace = new PathTrace(toleranceMeters, earth.equatorialRadiusMeters(), true);
        trace.append(arc(c, s.outerMeters(), earth), a1, a2, arcSegments, MIN_AZIMUTH_STEP_DEG);
        trace.append(Radials.curve(c, a2, earth), s.outerMeters(), s.innerMeters(), radialSegments,
                Radials.MIN_STEP_M);
        if (s.innerMeters() > 0) {
            trace.append(arc(c, s.innerMeters(), earth), a2, a1, arcSegments, MIN_AZIMUTH_STEP_DEG);
        }
        trace.append(Radials.curve(c, a1, earth), s.innerMeters(), s.outerMeters(), radialSegments,
                Radials.MIN_STEP_M);
        trace.dropLast();
        double[] ulon = trace.ulon();
        boolean bothPoles = s.contains(new GeoPoint(90, 0)) && s.contains(new GeoPoint(-90, 0));
        return LonLatCurves.region(ulon, trace.lat(), trace.onCut(), LonLatCurves.winding(ulon), bothPoles, true);
    }

    /** The ring arc at {@code radiusMeters} as a curve of the azimuth (degrees). */
    private static PathTrace.Curve arc(GeoPoint c, double radiusMeters, EarthModel earth) {
        return az -> {
            GeodesicData g = earth.geodesic().Direct(c.latDeg(), c.lonDeg(), az, radiusMeters,
                    GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
            return new double[] {g.lat2, GeoPoint.normalizeLon(g.lon2)};
        };
    }

    /**
     * A sector around a pole: the box between the meridians of its edges (the meridian of azimuth α
     * is where the geodesic from the pole goes) and the parallels of its radii.
     */
    private static Geometry poleBox(Sector s) {
        EarthModel earth = s.earth();
        GeoPoint c = s.centre();
        double poleLat = c.latDeg();
        double lon1 = Radials.curve(c, s.startAzimuthDeg(), earth).at(0)[1];
        double lonNear = Radials.curve(c, s.startAzimuthDeg() + 1, earth).at(0)[1];
        double sign = Math.signum(RingTrace.angDiff(lon1, lonNear));
        double lon2 = lon1 + sign * s.spanDeg();
        double outerLat = earth.direct(c, 0, s.outerMeters()).latDeg();
        double innerLat = s.innerMeters() > 0 ? earth.direct(c, 0, s.innerMeters()).latDeg() : poleLat;
        double[] x = {lon1, lon2, lon2, lon1};
        double[] y = {outerLat, outerLat, innerLat, innerLat};
        return LonLatCurves.region(x, y, new boolean[4], 0, false);
    }

    private static void checkRadius(Sector s) {
        double max = RingPolygons.maxRadiusMeters(s.centre(), s.earth());
        double limit = s.outerMeters() <= RingPolygons.cutLocusOnsetMeters(s.earth()) ? max
                : RingPolygons.wellDefinedRadiusMeters(s.centre(), s.earth());
        if (s.outerMeters() > limit) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "sector outer radius %.3f km from %s is beyond %.3f km, where rings from there stop being"
                            + " well defined", s.outerMeters() / 1000, s.centre(), limit / 1000));
        }
    }
}

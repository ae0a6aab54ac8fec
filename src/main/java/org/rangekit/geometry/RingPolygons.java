package org.rangekit.geometry;


import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.range.Band;
import org.rangekit.range.Ring;

/**
 * Lon/lat polygons of geodesic rings and bands for drawing and export, and their exact areas.
 *
 * <p>A ring is an exact object ({@link Ring#contains}); the polygons made here are only its
 * picture, in the form RFC 7946 readers expect: x = longitude and y = latitude in degrees,
 * every coordinate within [−180, 180] × [−90, 90], exterior rings counter-clockwise and holes
 * clockwise (RFC 7946 §3.1.6), and nothing crossing the antimeridian (§3.1.9).
 *
 * <h2>Algorithm</h2>
 * {@link RingTrace} samples the ring adaptively (edges within the tolerance of the true ring,
 * read as straight lines in lon/lat) with unwrapped longitudes and exact antimeridian vertices.
 * The net turn of the unwrapped curve tells the topology:
 * <ul>
 *   <li>no turn, no pole inside: the curve is the polygon; if it spans the antimeridian it is
 *       cut into one part per 360° sheet, each shifted back into [−180, 180] (a MultiPolygon);</li>
 *   <li>one turn (westward: the North Pole inside; eastward: the South Pole): the curve is opened
 *       at an antimeridian vertex, runs from −180° to +180° (or back) and closes along those
 *       meridians and the pole line, so that read flat it contains the pole;</li>
 *   <li>no turn and both poles inside: the curve bounds the hole around the antipode, and the
 *       disc is the whole lon/lat rectangle minus that hole (cut at the antimeridian if need be).</li>
 * </ul>
 * Bands are the outer disc minus the inner one (JTS OverlayNG, robust mode).
 *
 * <p>Areas are exact-ring areas on the ellipsoid, not areas of the drawn polygons: the area
 * element of geodesic polar coordinates integrated by quadrature ({@link DiscArea}).
 *
 * <h2>Accuracy</h2>
 * Ring vertices are on the ring to about 15 nm (crossing vertices to 0.01 mm); every edge is
 * within the requested tolerance of the ring; disc areas are within 1e-9 relative of independent
 * references (see {@link DiscArea}, tested by {@code RingAreaTest}).
 *
 * <h2>Limitations</h2>
 * The radius may not exceed the distance to the farthest point of the globe (the antipode; half
 * a meridian, 20,003.931 km, on WGS84). Within about 34 km of that distance geodesics from the
 * centre pass their cut locus (from π·b = 19,970.3 km for a site on the equator): rings beyond
 * {@link #wellDefinedRadiusMeters} are refused, as are their areas.
 *
 * <h2>Thread safety</h2>
 * Stateless; all methods are thread-safe.
 */
public final class RingPolygons {

    /** Default edge tolerance (metres): well below a pixel on any map of a country. */
    public static final double DEFAULT_TOLERANCE_M = 50.0;
    /** Smallest edge tolerance accepted (metres); finer ones would only multiply vertices. */
    public static final double MIN_TOLERANCE_M = 0.01;
    /** Ring vertices must lie within 1 mm of the requested geodesic distance. */
    public static final double VERTEX_TOL_M = 1e-3;

    /** Rings this close to a pole (metres) are moved off it; 0.1 mm is far inside the vertex tolerance. */
    static final double POLE_SNAP_M = 1e-4;

    private RingPolygons() {
    }

    /**
     * The disc of a ring as a Polygon or MultiPolygon in lon/lat.
     *
     * @param ring the ring
     * @param toleranceMeters largest distance (metres) of a straight lon/lat edge from the ring, ≥ {@link #MIN_TOLERANCE_M}
     * @throws IllegalArgumentException for a tolerance out of range, a radius beyond the globe, or a
     *         radius past the cut locus ({@link #wellDefinedRadiusMeters})
     */
    public static Geometry disc(Ring ring, double toleranceMeters) {
        return disc(ring, toleranceMeters, null);
    }

    /**
     * Where a ring's shape does not matter to the caller: the inside of other discs, for the union
     * of several ({@code coverage.UnionAreas}), whose boundary runs only outside them.
     */
    @FunctionalInterface
    public interface Interior {
        /**
         * Largest reach asked for (metres): a stretch left unrefined has an edge and an arc at most
         * twice this long, so the sliver between them is far narrower than a kilometre (its
         * sagitta, ≈ 4·reach²/(8·radius), and the lon/lat edge's bend, below 0.2 km at 80° of
         * latitude).
         */
        double MAX_REACH_M = 20e3;

        /**
         * How deep inside the region the point lies (metres, a lower bound; negative outside),
         * counted from {@link #MAX_REACH_M} + 10 km inside its edge: a stretch whose vertices lie
         * deeper than its reach (≤ {@link #MAX_REACH_M}) has its sliver inside the region, and no
         * such sliver of another disc's stretch reaches into it (those lie within a kilometre of
         * their own rings). It changes no faster than the distance from the point (1-Lipschitz).
         */
        double depthMeters(double latDeg, double lonDeg);
    }

    /**
     * As {@link #disc(Ring, double)}, except that a stretch of the ring lying deep inside
     * {@code interior} (its vertices deeper than its reach, {@link Interior#depthMeters}) is not
     * refined to the tolerance: its vertices are a coarser sample of the ring (null: none). Outside
     * those stretches the vertices are the same up to the rounding of the unwrapped longitudes
     * (a few 1e-13°, summed along the ring), and a stretch crossing ±180° is always refined, so the
     * polygon's union with a region holding the stretches has the same boundary.
     */
    public static Geometry disc(Ring ring, double toleranceMeters, Interior interior) {
        checkTolerance(toleranceMeters);
        double max = checkRadius(ring);
        if (ring.radiusMeters() >= max) {
            return world();
        }
        checkWellDefined(ring, max);
        Ring traced = awayFromThePoles(ring);
        RingTrace.Curve curve = RingTrace.trace(traced, toleranceMeters, interior);
        if (traced.radiusMeters() > cutLocusOnsetMeters(ring.earth())) {
            verifyVertices(traced, curve, max); // a safety net under the sampled limit
        }
        return assemble(traced, curve);
    }

    /**
     * The band as a Polygon or MultiPolygon in lon/lat; a band with inner radius 0 is the disc.
     *
     * @param band the band
     * @param toleranceMeters edge tolerance (metres), as for {@link #disc}
     */
    public static Geometry band(Band band, double toleranceMeters) {
        Geometry outer = disc(band.outer(), toleranceMeters);
        if (band.isDisc()) {
            return outer;
        }
        Geometry inner = disc(band.inner(), toleranceMeters);
        return Rfc7946.orient(OverlayNGRobust.overlay(outer, inner, OverlayNG.DIFFERENCE));
    }

    /**
     * The number of direct geodesic problems solved to trace a ring; for benchmarks and reports.
     */
    public static int directCalls(Ring ring, double toleranceMeters) {
        checkTolerance(toleranceMeters);
        checkRadius(ring);
        return RingTrace.trace(ring, toleranceMeters).directCalls();
    }

    /**
     * Area of the disc on the ring's earth model (square metres), of the exact ring rather than of
     * any polygon (see {@link DiscArea}).
     */
    public static double discAreaSquareMeters(Ring ring) {
        double max = checkRadius(ring);
        if (ring.radiusMeters() >= max) {
            return ring.earth().surfaceAreaSquareMeters();
        }
        checkWellDefined(ring, max);
        return DiscArea.squareMeters(ring);
    }

    /** Area of the band (square metres): outer disc minus inner disc. */
    public static double bandAreaSquareMeters(Band band) {
        double outer = discAreaSquareMeters(band.outer());
        return band.isDisc() ? outer : outer - discAreaSquareMeters(band.inner());
    }

    /**
     * The largest radius (metres) a ring around {@code centre} may have: the geodesic distance to
     * the farthest point of the globe, which is the antipode (half a meridian on an oblate
     * ellipsoid; checked numerically against a search around the antipode in the tests).
     */
    public static double maxRadiusMeters(GeoPoint centre, EarthModel earth) {
        return earth.distanceMeters(centre, new GeoPoint(-centre.latDeg(), centre.lonDeg() + 180));
    }

    /**
     * The largest radius (metres) up to which a ring around {@code centre} is well defined: every
     * point of the direct problem at that distance is at shortest distance, so the ring is the
     * set of points at that distance and its area is the integral {@link DiscArea} computes. On a
     * sphere that is the antipodal distance. On an oblate ellipsoid it is where the first geodesic
     * from the centre reaches its cut locus: π·b (19,970.3 km) for a site on the equator, rising
     * to the antipodal distance at the poles (19,989 km at 48.6° N).
     *
     * <h4>Algorithm</h4>
     * Below π·b nothing is searched. Above, for azimuths 0°–180° in 1° steps (the pattern is
     * symmetric about the meridian), bisection on the distance at which the inverse problem
     * starts to return a shorter distance than the direct one; the smallest is refined in 0.01°
     * steps around it, and 1 m is taken off for what the sampling can miss. Rings above the
     * result are refused by {@link #disc}; a ring just below it is still checked vertex by vertex.
     * About 10,000 geodesic problems, so callers should call it only for radii above
     * {@link #cutLocusOnsetMeters}.
     */
    public static double wellDefinedRadiusMeters(GeoPoint centre, EarthModel earth) {
        double max = maxRadiusMeters(centre, earth);
        double onset = cutLocusOnsetMeters(earth);
        if (earth.flattening() == 0 || Math.abs(centre.latDeg()) == 90 || max <= onset) {
            return max;
        }
        double best = max, bestAz = 0;
        for (int az = 0; az <= 180; az++) {
            double d = shortestUpTo(centre, earth, az, onset, max, best);
            if (d < best) {
                best = d;
                bestAz = az;
            }
        }
        for (double az = bestAz - 1; az <= bestAz + 1; az += 0.01) {
            best = Math.min(best, shortestUpTo(centre, earth, az, onset, max, best));
        }
        return Math.max(onset, Math.floor(best - 1));
    }

    /** Bisection: the distance along azimuth {@code az} at which the geodesic stops being shortest (capped at {@code cap}). */
    private static double shortestUpTo(GeoPoint c, EarthModel earth, double az, double lo, double max, double cap) {
        if (isShortest(c, earth, az, cap)) {
            return cap;
        }
        double hi = cap;
        while (hi - lo > 0.01) {
            double mid = 0.5 * (lo + hi);
            if (isShortest(c, earth, az, mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean isShortest(GeoPoint c, EarthModel earth, double az, double s) {
        var g = earth.geodesic().Direct(c.latDeg(), c.lonDeg(), az, s, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
        double back = earth.geodesic().Inverse(c.latDeg(), c.lonDeg(), g.lat2, g.lon2, GeodesicMask.DISTANCE).s12;
        return back >= s - VERTEX_TOL_M;
    }

    private static void checkWellDefined(Ring ring, double max) {
        if (ring.radiusMeters() <= cutLocusOnsetMeters(ring.earth())) {
            return;
        }
        double limit = wellDefinedRadiusMeters(ring.centre(), ring.earth());
        if (ring.radiusMeters() > limit) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "range %.3f km from %s is past the cut locus, where geodesics stop being shortest:"
                            + " rings from there are well defined up to %.3f km (the farthest point is %.3f km away)",
                    ring.radiusMeters() / 1000, ring.centre(), limit / 1000, max / 1000));
        }
    }

    /**
     * Radius (metres) below which points of the direct problem are always at shortest distance:
     * π·b, the length of the geodesic from an equatorial point to its first conjugate point.
     */
    static double cutLocusOnsetMeters(EarthModel earth) {
        return Math.PI * earth.equatorialRadiusMeters() * (1 - earth.flattening());
    }

    /**
     * A ring that passes within {@link #POLE_SNAP_M} of a pole is traced that far from the pole, on
     * the side the exact comparison puts it (the closed disc holds a pole at exactly its radius):
     * a curve through the pole itself has no longitude there and cannot say which side it is on.
     */
    private static Ring awayFromThePoles(Ring ring) {
        double s = ring.radiusMeters();
        double traced = s;
        for (double poleLat : new double[] {90, -90}) {
            double d = ring.earth().distanceMeters(ring.centre(), new GeoPoint(poleLat, 0));
            if (Math.abs(s - d) <= POLE_SNAP_M) {
                traced = s >= d ? d + POLE_SNAP_M : d - POLE_SNAP_M;
            }
        }
        return traced == s ? ring : new Ring(ring.centre(), traced, ring.earth());
    }

    private static void checkTolerance(double toleranceMeters) {
        if (!(toleranceMeters >= MIN_TOLERANCE_M) || Double.isInfinite(toleranceMeters)) {
            throw new IllegalArgumentException("tolerance must be a finite number >= " + MIN_TOLERANCE_M
                    + " m, got " + toleranceMeters);
        }
    }

    private static double checkRadius(Ring ring) {
        double max = maxRadiusMeters(ring.centre(), ring.earth());
        if (ring.radiusMeters() > max) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "range %.3f km is beyond the farthest point of the globe from %s, %.3f km away",
                    ring.radiusMeters() / 1000, ring.centre(), max / 1000));
        }
        return max;
    }

    private static void verifyVertices(Ring ring, RingTrace.Curve curve, double max) {
        for (int i = 0; i < curve.size(); i++) {
            double d = ring.earth().geodesic().Inverse(ring.centre().latDeg(), ring.centre().lonDeg(),
                    curve.latDeg()[i], curve.lonDeg()[i], GeodesicMask.DISTANCE).s12;
            if (Math.abs(d - ring.radiusMeters()) > VERTEX_TOL_M) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "range %.3f km from %s is past the cut locus, where geodesics stop being shortest"
                                + " (the farthest point is %.3f km away); use a smaller range",
                        ring.radiusMeters() / 1000, ring.centre(), max / 1000));
            }
        }
    }

    private static Geometry assemble(Ring ring, RingTrace.Curve curve) {
        double s = ring.radiusMeters();
        boolean bothPoles = s >= ring.earth().distanceMeters(ring.centre(), new GeoPoint(90, 0))
                && s >= ring.earth().distanceMeters(ring.centre(), new GeoPoint(-90, 0));
        return assemble(curve, bothPoles);
    }

    /**
     * The lon/lat polygon bounded by a closed curve in unwrapped longitude, traversed with the
     * region on its right (as {@link RingTrace} traces a ring): {@link LonLatCurves#region}, the one
     * rule for cutting at ±180° and closing over a pole, shared with sectors and area buffers.
     */
    static Geometry assemble(RingTrace.Curve curve, boolean bothPoles) {
        return LonLatCurves.region(curve.lonDeg(), curve.latDeg(), curve.onCut(), curve.winding(), bothPoles);
    }

    static Geometry world() {
        return LonLatCurves.world();
    }
}

package org.rangekit.geometry;

import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/**
 * One edge of an area: the shortest geodesic from A to B, with what the nearest-point search and
 * the point-in-polygon test need precomputed.
 *
 * <h2>Algorithm</h2>
 * The distance from a point P to a point Q(s) moving along the geodesic at arc length s has the
 * derivative d'(s) = cos(α<sub>L</sub>(s) − α<sub>2</sub>(s)), where α<sub>L</sub> is the azimuth
 * of the edge at Q and α<sub>2</sub> the forward azimuth at Q of the geodesic from P (the first
 * variation of arc length; Karney 2013, doi:10.1007/s00190-012-0578-z, and the "geodesic
 * intercept" problem in GeographicLib's {@code Intersect} notes). Along a piece shorter than half
 * a geodesic's period the distance has at most one interior extremum, so a piece whose derivative
 * goes from negative to positive has one interior minimum, found by bracketed root finding on
 * d'(s) (regula falsi, Illinois variant, with a bisection every third step) to
 * {@link #ARC_TOL_M}; otherwise the minimum is at an end. Edges are split into pieces of at most
 * {@link #MAX_PIECE_M}.
 *
 * <h2>Thread safety</h2>
 * Immutable; GeographicLib's lines are immutable.
 */
final class GeodesicEdge {

    /** Pieces of an edge searched on their own (metres): far below half a geodesic's period (≈ 20,000 km). */
    static final double MAX_PIECE_M = 5_000_000;
    /** The nearest point is located to 0.1 mm of arc; at a minimum the distance error is far smaller. */
    static final double ARC_TOL_M = 1e-4;
    /** Crossings of a meridian are located to 1e-11° of longitude (about 1 µm). */
    private static final double CROSSING_TOL_DEG = 1e-11;

    private static final int CAPS = GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE | GeodesicMask.AZIMUTH
            | GeodesicMask.DISTANCE | GeodesicMask.DISTANCE_IN | GeodesicMask.LONG_UNROLL;

    final GeoPoint a;
    final GeoPoint b;
    /** Length (metres). */
    final double lengthMeters;
    /** Longitude change from A to B along the geodesic (degrees, unrolled, in [−180, 180]). */
    final double lon12Deg;
    /** Both ends at the same pole: a piece of a pole line of a polygon closed flat in lon/lat. */
    final boolean poleLine;
    /** ECEF of the edge's midpoint (metres), for a cheap lower bound of the distance. */
    private final double[] midXyz;
    private final EarthModel earth;
    private final GeodesicLine line;

    GeodesicEdge(GeoPoint a, GeoPoint b, EarthModel earth) {
        this.a = a;
        this.b = b;
        this.earth = earth;
        this.poleLine = Math.abs(a.latDeg()) == 90 && a.latDeg() == b.latDeg();
        this.line = earth.geodesic().InverseLine(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg(), CAPS);
        this.lengthMeters = line.Distance();
        this.lon12Deg = poleLine ? RingTrace.angDiff(a.lonDeg(), b.lonDeg())
                : line.Position(lengthMeters, GeodesicMask.LONGITUDE | GeodesicMask.LONG_UNROLL).lon2 - a.lonDeg();
        GeodesicData m = line.Position(0.5 * lengthMeters, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
        this.midXyz = Ecef.of(m.lat2, m.lon2, earth);
    }

    /**
     * A lower bound (metres) of the distance from the point with ECEF {@code pXyz} to any point of
     * the edge: the straight chord to the midpoint is no longer than the geodesic to it, and every
     * point of the edge is within half its length of the midpoint.
     */
    double lowerBoundMeters(double[] pXyz) {
        double dx = pXyz[0] - midXyz[0], dy = pXyz[1] - midXyz[1], dz = pXyz[2] - midXyz[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz) - 0.5 * lengthMeters;
    }

    /**
     * The point of the edge nearest to {@code p} and its distance.
     *
     * @return {distance (metres), lat (degrees), lon (degrees)}
     */
    double[] nearest(GeoPoint p) {
        double[] best = {earth.distanceMeters(p, a), a.latDeg(), a.lonDeg()};
        double dB = earth.distanceMeters(p, b);
        if (dB < best[0]) {
            best = new double[] {dB, b.latDeg(), b.lonDeg()};
        }
        if (lengthMeters == 0) {
            return best;
        }
        int pieces = (int) Math.ceil(lengthMeters / MAX_PIECE_M);
        for (int k = 0; k < pieces; k++) {
            double s0 = lengthMeters * k / pieces, s1 = lengthMeters * (k + 1) / pieces;
            double[] c = interiorMinimum(p, s0, s1);
            if (c != null && c[0] < best[0]) {
                best = c;
            }
            if (k + 1 < pieces) { // the joint between pieces is a candidate too
                GeodesicData q = line.Position(s1, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
                double d = earth.geodesic().Inverse(p.latDeg(), p.lonDeg(), q.lat2, q.lon2, GeodesicMask.DISTANCE).s12;
                if (d < best[0]) {
                    best = new double[] {d, q.lat2, q.lon2};
                }
            }
        }
        return best;
    }

    /** The interior minimum of the distance on [s0, s1], or null if the minimum is at an end. */
    private double[] interiorMinimum(GeoPoint p, double s0, double s1) {
        double g0 = slope(p, s0), g1 = slope(p, s1);
        if (!(g0 < 0 && g1 > 0)) {
            return null;
        }
        double lo = s0, glo = g0, hi = s1, ghi = g1;
        int side = 0;
        for (int it = 0; it < 200 && hi - lo > ARC_TOL_M; it++) {
            double s = it % 3 == 2 ? 0.5 * (lo + hi) : hi - ghi * (hi - lo) / (ghi - glo);
            if (!(s > lo && s < hi)) {
                s = 0.5 * (lo + hi);
            }
            double g = slope(p, s);
            if (g < 0) {
                lo = s;
                glo = g;
                if (side == -1) {
                    ghi *= 0.5;
                }
                side = -1;
            } else {
                hi = s;
                ghi = g;
                if (side == 1) {
                    glo *= 0.5;
                }
                side = 1;
            }
        }
        double s = 0.5 * (lo + hi);
        GeodesicData q = line.Position(s, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
        double d = earth.geodesic().Inverse(p.latDeg(), p.lonDeg(), q.lat2, q.lon2, GeodesicMask.DISTANCE).s12;
        return new double[] {d, q.lat2, q.lon2};
    }

    /** d'(s): the cosine of the angle between the edge at Q(s) and the geodesic arriving from P. */
    private double slope(GeoPoint p, double s) {
        GeodesicData q = line.Position(s, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE | GeodesicMask.AZIMUTH);
        GeodesicData g = earth.geodesic().Inverse(p.latDeg(), p.lonDeg(), q.lat2, q.lon2,
                GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
        if (g.s12 == 0) {
            return 0;
        }
        return Math.cos(Math.toRadians(q.azi2 - g.azi2));
    }

    /**
     * Whether the edge crosses the half meridian from {@code p} to the North Pole. Ends on the
     * meridian count as east of it (half-open rule), decided from the same longitude differences for
     * the two edges that share the vertex, so a vertex is never counted twice or missed.
     */
    boolean crossesMeridianNorthOf(GeoPoint p) {
        double xa = RingTrace.angDiff(p.lonDeg(), a.lonDeg());
        double xbDirect = RingTrace.angDiff(p.lonDeg(), b.lonDeg());
        double xb = xbDirect + 360 * Math.rint((xa + lon12Deg - xbDirect) / 360);
        if ((xa >= 0) == (xb >= 0) || xa == xb) {
            return false;
        }
        if (poleLine) {
            return a.latDeg() > p.latDeg();
        }
        if (xa == 0) {
            return a.latDeg() > p.latDeg();
        }
        return crossingLatDeg(-xa) > p.latDeg();
    }

    /** Latitude (degrees) where the edge has gone {@code dLonDeg} of longitude from A (strictly inside). */
    private double crossingLatDeg(double dLonDeg) {
        double lo = 0, hi = lengthMeters;
        double flo = -dLonDeg, fhi = lon12Deg - dLonDeg;
        double lat = Double.NaN;
        int side = 0;
        for (int it = 0; it < 200; it++) {
            double s = it % 3 == 2 ? 0.5 * (lo + hi) : hi - fhi * (hi - lo) / (fhi - flo);
            if (!(s > lo && s < hi)) {
                s = 0.5 * (lo + hi);
            }
            GeodesicData q = line.Position(s, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE | GeodesicMask.LONG_UNROLL);
            double f = q.lon2 - a.lonDeg() - dLonDeg;
            lat = q.lat2;
            if (Math.abs(f) <= CROSSING_TOL_DEG || hi - lo <= ARC_TOL_M) {
                break;
            }
            if ((f < 0) == (flo < 0)) {
                lo = s;
                flo = f;
                if (side == -1) {
                    fhi *= 0.5;
                }
                side = -1;
            } else {
                hi = s;
                fhi = f;
                if (side == 1) {
                    flo *= 0.5;
                }
                side = 1;
            }
        }
        return lat;
    }

    /** The point at arc length {@code s} (metres) from A, longitude unrolled from A's. */
    double[] at(double s) {
        GeodesicData q = line.Position(s, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE
                | GeodesicMask.AZIMUTH | GeodesicMask.LONG_UNROLL);
        return new double[] {q.lat2, q.lon2, q.azi2};
    }
}

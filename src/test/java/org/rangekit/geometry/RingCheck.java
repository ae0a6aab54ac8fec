package org.rangekit.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.range.Band;
import org.rangekit.range.Ring;

/**
 * Checks a ring polygon against the exact ring, the way the contracts of {@link RingPolygons}
 * state them; shared by the named regression tests and the property tests.
 */
final class RingCheck {

    /** Chord sample points per edge: the midpoint and quarter points carry the largest deviations. */
    static final int EDGE_SAMPLES = 4;

    final Ring ring;
    /** The radii (metres) a vertex may lie on: the ring's, or a band's inner and outer one. */
    final double[] radiiM;
    final double tolM;
    final Geometry geometry;
    double maxVertexErrM;
    double maxEdgeErrM;
    int ringVertices;
    final List<String> failures = new ArrayList<>();

    private RingCheck(Ring ring, double[] radiiM, double tolM, Geometry geometry) {
        this.ring = ring;
        this.radiiM = radiiM;
        this.tolM = tolM;
        this.geometry = geometry;
    }

    static RingCheck of(Ring ring, double tolM) {
        return of(ring, tolM, RingPolygons.disc(ring, tolM));
    }

    static RingCheck of(Ring ring, double tolM, Geometry g) {
        RingCheck c = new RingCheck(ring, new double[] {ring.radiusMeters()}, tolM, g);
        c.structure();
        c.rings();
        return c;
    }

    /**
     * A check that starts with no structural or vertex check, for tests about flat
     * point-in-polygon classification only ({@link #classification}).
     */
    static RingCheck forClassification(Ring ring, double tolM, Geometry g) {
        return new RingCheck(ring, new double[] {ring.radiusMeters()}, tolM, g);
    }

    /**
     * A band polygon: structure as for a disc, every vertex on the inner or the outer ring, every
     * edge between two vertices of one ring within the tolerance of that ring, and no edge from
     * one ring to the other except along the antimeridian cut.
     */
    static RingCheck ofBand(Band band, double tolM, Geometry g) {
        RingCheck c = new RingCheck(band.outer(), new double[] {band.innerMeters(), band.outerMeters()}, tolM, g);
        c.structure();
        c.rings();
        return c;
    }

    private double dist(double lat, double lon) {
        return ring.earth().geodesic().Inverse(ring.centre().latDeg(), ring.centre().lonDeg(), lat, lon,
                GeodesicMask.DISTANCE).s12;
    }

    /** A vertex added by the construction (pole line, world corners), not a point of the ring. */
    static boolean artificial(Coordinate c) {
        return Math.abs(c.y) == 90;
    }

    private void structure() {
        IsValidOp op = new IsValidOp(geometry);
        if (!op.isValid()) {
            failures.add("invalid: " + op.getValidationError());
        }
        if (!(geometry instanceof Polygon) && !"MultiPolygon".equals(geometry.getGeometryType())) {
            failures.add("not polygonal: " + geometry.getGeometryType());
        }
        for (Coordinate c : geometry.getCoordinates()) {
            if (!(c.x >= -180 && c.x <= 180 && c.y >= -90 && c.y <= 90)) {
                failures.add("coordinate outside lon/lat range: " + c);
                break;
            }
        }
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon p = (Polygon) geometry.getGeometryN(i);
            if (!Orientation.isCCWArea(p.getExteriorRing().getCoordinates())) {
                failures.add("shell not counter-clockwise");
            }
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                if (Orientation.isCCWArea(p.getInteriorRingN(h).getCoordinates())) {
                    failures.add("hole not clockwise");
                }
            }
        }
    }

    private void rings() {
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon p = (Polygon) geometry.getGeometryN(i);
            ringEdges(p.getExteriorRing().getCoordinates());
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                ringEdges(p.getInteriorRingN(h).getCoordinates());
            }
        }
        if (maxVertexErrM > RingPolygons.VERTEX_TOL_M) {
            failures.add("vertex off the ring by " + maxVertexErrM + " m");
        }
        if (maxEdgeErrM > tolM) {
            failures.add("edge off the ring by " + maxEdgeErrM + " m > tolerance " + tolM);
        }
    }

    /** Index of the radius nearest to distance {@code d} (metres). */
    private int nearestRadius(double d) {
        int best = 0;
        for (int k = 1; k < radiiM.length; k++) {
            if (Math.abs(d - radiiM[k]) < Math.abs(d - radiiM[best])) {
                best = k;
            }
        }
        return best;
    }

    private void ringEdges(Coordinate[] cs) {
        for (int i = 0; i + 1 < cs.length; i++) {
            Coordinate a = cs[i], b = cs[i + 1];
            if (artificial(a)) {
                continue;
            }
            ringVertices++;
            double da = dist(a.y, a.x);
            int ka = nearestRadius(da);
            double s = radiiM[ka];
            maxVertexErrM = Math.max(maxVertexErrM, Math.abs(da - s));
            boolean cutLine = Math.abs(a.x) == 180 && a.x == b.x;
            if (artificial(b) || cutLine) {
                continue;
            }
            if (nearestRadius(dist(b.y, b.x)) != ka) {
                failures.add("edge " + a + " - " + b + " joins two rings off the antimeridian");
                continue;
            }
            for (int k = 1; k < EDGE_SAMPLES; k++) {
                double t = (double) k / EDGE_SAMPLES;
                double e = Math.abs(dist(a.y + t * (b.y - a.y), a.x + t * (b.x - a.x)) - s);
                maxEdgeErrM = Math.max(maxEdgeErrM, e);
            }
        }
    }

    /** Read flat: INTERIOR or BOUNDARY counts as covered. */
    static boolean covers(IndexedPointInAreaLocator loc, double lat, double lon) {
        return loc.locate(new Coordinate(lon, lat)) != Location.EXTERIOR;
    }

    /**
     * Flat point-in-polygon checks: the centre, both poles, and points at r ± max(2 tol, 0.1 % r)
     * on random azimuths.
     */
    void classification(Random rnd, int points) {
        IndexedPointInAreaLocator loc = new IndexedPointInAreaLocator(geometry);
        GeoPoint c = ring.centre();
        double s = ring.radiusMeters();
        if (!covers(loc, c.latDeg(), GeoPoint.normalizeLon(c.lonDeg()))) {
            failures.add("centre not inside");
        }
        boolean northIn = ring.earth().distanceMeters(c, new GeoPoint(90, 0)) <= s;
        boolean southIn = ring.earth().distanceMeters(c, new GeoPoint(-90, 0)) <= s;
        for (double lon : new double[] {-180, -90, 0, 45.5, 180}) {
            if (covers(loc, 90, lon) != northIn) {
                failures.add("North Pole (lon " + lon + ") flat inside = " + !northIn + ", expected " + northIn);
            }
            if (covers(loc, -90, lon) != southIn) {
                failures.add("South Pole (lon " + lon + ") flat inside = " + !southIn + ", expected " + southIn);
            }
        }
        double delta = Math.max(2 * tolM, 1e-3 * s);
        double max = RingPolygons.maxRadiusMeters(c, ring.earth());
        for (int i = 0; i < points; i++) {
            double az = rnd.nextDouble() * 360 - 180;
            if (s - delta > 0) {
                GeoPoint in = ring.earth().direct(c, az, s - delta);
                if (!covers(loc, in.latDeg(), in.lonDeg())) {
                    failures.add("point at r - delta, azimuth " + az + " " + in + " not inside");
                }
            }
            if (s + delta < RingPolygons.cutLocusOnsetMeters(ring.earth()) && s + delta < max) {
                GeoPoint out = ring.earth().direct(c, az, s + delta);
                if (covers(loc, out.latDeg(), out.lonDeg())) {
                    failures.add("point at r + delta, azimuth " + az + " " + out + " inside");
                }
            }
        }
    }

    String describe() {
        return ring + " tol " + tolM + " m: " + failures;
    }
}

package org.rangekit.geometry;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Turns curves traced in unwrapped longitude (every antimeridian crossing an exact vertex) into
 * RFC 7946 lon/lat geometry: regions cut at the antimeridian and closed along the pole line when
 * they hold a pole (§3.1.9, §3.1.6), and polylines cut into one part per 360° sheet. Shared by
 * rings and bands ({@link RingPolygons}), sectors ({@link Sectors}) and radials ({@link Radials}),
 * so that the seam and pole rules live in one place.
 *
 * <p>Stateless; thread-safe.
 */
final class LonLatCurves {

    private static final GeometryFactory GF = new GeometryFactory();

    private LonLatCurves() {
    }

    /**
     * The region a closed curve bounds, the region lying to the right of the curve as traced
     * (clockwise about it seen from outside the Earth).
     *
     * @param ulon unwrapped longitudes (degrees) of the closed curve, first vertex not repeated
     * @param lat latitudes (degrees)
     * @param onCut whether each vertex was placed exactly on an odd multiple of 180°
     * @param winding net turns of the curve in longitude: 0, −1 (westward: the North Pole inside)
     *        or +1 (eastward: the South Pole inside)
     * @param bothPoles for winding 0: whether the region holds both poles, so that the curve bounds
     *        the hole around them rather than the region
     */
    static Geometry region(double[] ulon, double[] lat, boolean[] onCut, int winding, boolean bothPoles) {
        return region(ulon, lat, onCut, winding, bothPoles, false);
    }

    /**
     * As {@link #region(double[], double[], boolean[], int, boolean)}; with {@code repair}, a polygon
     * that is invalid in unwrapped lon/lat before cutting is first repaired by JTS's
     * {@code GeometryFixer}, and a curve around a pole is opened at a crossing of the antimeridian.
     * A boundary through a pole runs along the pole line, and the closure over
     * that pole runs back along the same line: a zero-width spike the fixer removes without moving a
     * vertex.
     */
    static Geometry region(double[] ulon, double[] lat, boolean[] onCut, int winding, boolean bothPoles,
            boolean repair) {
        int n = ulon.length;
        if (winding != 0) {
            Polygon closed = poleClosedRing(ulon, lat, onCut, winding, repair);
            return Rfc7946.orient(cutIntoSheets(repair ? repaired(closed) : closed, true));
        }
        Polygon inside = GF.createPolygon(ring(ulon, lat, n));
        Geometry pieces = cutIntoSheets(repair ? repaired(inside) : inside, false);
        if (bothPoles) {
            return Rfc7946.orient(OverlayNGRobust.overlay(world(), pieces, OverlayNG.DIFFERENCE));
        }
        return Rfc7946.orient(pieces);
    }

    /** Net number of turns of an unwrapped closed curve: 0, +1 (eastward) or −1. */
    static int winding(double[] ulon) {
        int n = ulon.length;
        double total = ulon[n - 1] - ulon[0] + RingTrace.angDiff(ulon[n - 1], ulon[0]);
        return (int) Math.round(total / 360.0);
    }

    /**
     * A polyline in unwrapped longitude cut into one part per 360° sheet, each shifted back into
     * [−180, 180]. Every edge must lie within one sheet (crossings are vertices), and
     * {@code breakAfter[i]} ends a part after vertex i (a pass through a pole, where longitude is
     * undefined). Shifts by multiples of 360° are exact for |x| ≤ 540 (Sterbenz), so vertices on
     * ±180° stay exactly there.
     *
     * @return a LineString, or a MultiLineString of two or more parts
     */
    static Geometry polyline(double[] ulon, double[] lat, boolean[] breakAfter) {
        List<LineString> parts = new ArrayList<>();
        List<Coordinate> part = new ArrayList<>();
        double shift = Double.NaN;
        for (int i = 0; i + 1 < ulon.length; i++) {
            double k = Math.floor((0.5 * (ulon[i] + ulon[i + 1]) + 180) / 360);
            double edgeShift = 360.0 * k;
            boolean newPart = part.isEmpty() || edgeShift != shift || (i > 0 && breakAfter[i - 1]);
            if (breakAfter[i]) {
                flush(parts, part);
                shift = Double.NaN;
                continue;
            }
            if (newPart) {
                flush(parts, part);
                shift = edgeShift;
                part.add(new Coordinate(ulon[i] - shift, lat[i]));
            }
            part.add(new Coordinate(ulon[i + 1] - shift, lat[i + 1]));
        }
        flush(parts, part);
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return GF.createMultiLineString(parts.toArray(new LineString[0]));
    }

    private static void flush(List<LineString> parts, List<Coordinate> part) {
        Coordinate[] cs = CoordinateArrays.removeRepeatedPoints(part.toArray(new Coordinate[0]));
        if (cs.length >= 2) {
            parts.add(GF.createLineString(cs));
        }
        part.clear();
    }

    /**
     * The curve opened at an antimeridian vertex and closed along the meridians and the pole line;
     * westward (w = −1) closes over the North Pole, eastward over the South Pole. With
     * {@code crossingFirst} it opens at a vertex where the curve crosses the antimeridian rather
     * than one that merely lies on it: a sector's edge can run along the antimeridian, and the
     * closing meridian must not run back along it.
     */
    private static Polygon poleClosedRing(double[] ulon, double[] lat, boolean[] onCut, int w,
            boolean crossingFirst) {
        int n = ulon.length;
        int start = -1;
        for (int i = 0; i < n && start < 0 && crossingFirst; i++) {
            if (onCut[i]) {
                start = i;
            }
        }
        for (int i = 0; i < n && start < 0; i++) {
            if (onCut[i] || Math.IEEEremainder(ulon[i] + 180, 360) == 0) {
                start = i;
            }
        }
        if (start < 0) {
            throw new IllegalStateException("a curve around a pole must cross the antimeridian");
        }
        // Shift by a multiple of 360° (exact for the cut vertex) so the curve runs from −180 to 180
        // (eastward) or from 180 to −180 (westward).
        double x0 = ulon[start];
        double shift = (w > 0 ? -180 : 180) - x0;
        double[] x = new double[n + 3];
        double[] y = new double[n + 3];
        for (int k = 0; k < n; k++) {
            int i = (start + k) % n;
            double turns = i < start ? 360.0 * w : 0; // vertices past the seam are one turn on
            x[k] = ulon[i] + turns + shift;
            y[k] = lat[i];
        }
        double poleLat = w < 0 ? 90 : -90;
        x[n] = x[0] + 360.0 * w;
        y[n] = y[0];
        x[n + 1] = x[n];
        y[n + 1] = poleLat;
        x[n + 2] = x[0];
        y[n + 2] = poleLat;
        x[0] = w > 0 ? -180 : 180;
        return GF.createPolygon(ring(x, y, n + 3));
    }

    private static Geometry repaired(Polygon p) {
        return p.isValid() ? p : GeometryFixer.fix(p);
    }

    /**
     * Cuts a polygon (or polygons) in unwrapped longitude into its parts on each 360° sheet and shifts each
     * back into [−180, 180]. The shift by ±360° is exact in floating point for |x| ≤ 540
     * (Sterbenz), so cut vertices at ±180° stay exactly there.
     */
    private static Geometry cutIntoSheets(Geometry p, boolean union) {
        Envelope e = p.getEnvelopeInternal();
        if (e.getMinX() >= -180 && e.getMaxX() <= 180) {
            return p;
        }
        List<Geometry> parts = new ArrayList<>();
        int k0 = (int) Math.floor((e.getMinX() + 180) / 360);
        int k1 = (int) Math.ceil((e.getMaxX() - 180) / 360);
        for (int k = k0; k <= k1; k++) {
            double shift = 360.0 * k;
            Polygon sheet = GF.createPolygon(new Coordinate[] {
                new Coordinate(shift - 180, -90), new Coordinate(shift + 180, -90),
                new Coordinate(shift + 180, 90), new Coordinate(shift - 180, 90),
                new Coordinate(shift - 180, -90)});
            Geometry piece = OverlayNGRobust.overlay(p, sheet, OverlayNG.INTERSECTION);
            for (int i = 0; i < piece.getNumGeometries(); i++) {
                Geometry g = piece.getGeometryN(i);
                if (g instanceof Polygon && !g.isEmpty()) {
                    Geometry moved = g.copy();
                    moved.apply((org.locationtech.jts.geom.CoordinateFilter) c -> c.x -= shift);
                    moved.geometryChanged();
                    parts.add(moved);
                }
            }
        }
        Geometry all = GF.buildGeometry(parts);
        return union && parts.size() > 1 ? OverlayNGRobust.union(all) : all;
    }

    /** The whole lon/lat rectangle. */
    static Geometry world() {
        return GF.createPolygon(new Coordinate[] {
            new Coordinate(-180, -90), new Coordinate(180, -90), new Coordinate(180, 90),
            new Coordinate(-180, 90), new Coordinate(-180, -90)});
    }

    private static LinearRing ring(double[] x, double[] y, int n) {
        Coordinate[] cs = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            cs[i] = new Coordinate(x[i], y[i]);
        }
        cs[n] = new Coordinate(x[0], y[0]);
        return GF.createLinearRing(CoordinateArrays.removeRepeatedPoints(cs));
    }
}

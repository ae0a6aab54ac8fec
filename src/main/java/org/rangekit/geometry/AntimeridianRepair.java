package org.rangekit.geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * Turns spherical lon/lat rings (as world-atlas ships them) into polygons that are valid read flat.
 *
 * <h2>Why</h2>
 * world-atlas runs Natural Earth through {@code geostitch}, which removes the cuts at ±180° and
 * the edge along the South Pole: its rings are meant for spherical rendering (d3-geo). Read flat in
 * lon/lat, a ring that crosses the antimeridian (Russia, Fiji) jumps by about 360° between two
 * consecutive vertices and one around a pole (Antarctica) never closes the area it bounds. Both
 * are invalid JTS polygons that streak across or flood a map.
 *
 * <h2>Algorithm</h2>
 * <ol>
 * <li>Unwrap each ring: add a multiple of 360° to every longitude so that consecutive vertices
 *     differ by at most 180°. The net longitude change over the closed ring is then 0 (an ordinary
 *     ring) or ±360° (a ring around a pole).</li>
 * <li>Insert a vertex, by linear interpolation of latitude, wherever an edge crosses a line
 *     {@code x = 180 + 360·m}; its longitude is exactly that line's.</li>
 * <li>A ring around a pole is rotated to start at such a crossing vertex and closed along the pole
 *     line: (end, ±90), (start, ±90). The pole is the one on the side of the ring's mean latitude.</li>
 * <li>The resulting planar polygon is intersected with each 360°-wide box
 *     {@code [-180 + 360·m, 180 + 360·m] × [-90, 90]} it overlaps, and each piece is moved by
 *     {@code -360·m}, so every part lies in [-180, 180] (RFC 7946 §3.1.9 antimeridian cutting).</li>
 * <li>Holes are repaired the same way and subtracted. The result is snapped to a grid of
 *     {@value #GRID_DECIMALS} decimal degrees (JTS snap-rounding keeps it valid), and every shell is
 *     made counter-clockwise and every hole clockwise (RFC 7946 §3.1.6).</li>
 * </ol>
 * Rings that are invalid for reasons other than the wrap (rare, from quantization) are fixed with
 * JTS {@link GeometryFixer}; {@link #fixedCount()} tells how many were.
 *
 * <h2>Accuracy</h2>
 * Vertices move by at most half a grid step (0.5e-6°, about 5.6 cm); the interpolated crossing
 * vertices lie on the straight lon/lat chord of the source edge, which is how the flat source data
 * (Natural Earth shapefiles) defined that edge before it was stitched.
 *
 * <h2>Thread safety</h2>
 * Not thread-safe (it counts fixes); use one instance per thread.
 */
public final class AntimeridianRepair {

    /** Decimal places of the output grid; 1e-6° is about 11 cm, far below the 10m data's detail. */
    public static final int GRID_DECIMALS = 6;

    /** Longitudes within this of ±180° (degrees) are taken as exactly ±180°; quantization leaves ~1e-13. */
    static final double SNAP_180_DEG = 1e-9;

    /** A pole ring wholly this close to the pole (degrees) is a source artefact: Natural Earth 50m ends at -89.999°. */
    static final double POLE_ARTEFACT_DEG = 0.01;

    private static final PrecisionModel GRID = new PrecisionModel(Math.pow(10, GRID_DECIMALS));

    private final GeometryFactory factory;
    private int fixedCount;
    private int droppedCount;
    private int poleArtefactCount;

    /** Creates a repairer producing geometries with the given factory (floating precision, SRID ignored). */
    public AntimeridianRepair(GeometryFactory factory) {
        this.factory = factory;
    }

    /** Creates a repairer with a default floating-precision factory. */
    public AntimeridianRepair() {
        this(new GeometryFactory());
    }

    /** How many rings were dropped because quantization had collapsed them (fewer than 3 distinct vertices). */
    public int droppedCount() {
        return droppedCount;
    }

    /** How many rings around a pole were dropped as lying within {@link #POLE_ARTEFACT_DEG} of it. */
    public int poleArtefactCount() {
        return poleArtefactCount;
    }

    /** How many polygons needed {@link GeometryFixer} beyond the wrap repair. */
    public int fixedCount() {
        return fixedCount;
    }

    /**
     * Repairs a list of polygons, each given as rings (shell first, then holes; each ring closed,
     * x = longitude, y = latitude, degrees).
     *
     * @return a valid Polygon or MultiPolygon with all longitudes in [-180, 180], on the output grid,
     *         CCW shells; an empty MultiPolygon if nothing remains
     */
    public Geometry polygons(List<List<Coordinate[]>> polygons) {
        List<Polygon> parts = new ArrayList<>();
        for (List<Coordinate[]> rings : polygons) {
            addPolygons(polygon(rings), parts);
        }
        Geometry all = factory.createMultiPolygon(parts.toArray(new Polygon[0]));
        if (!all.isValid()) {
            // Parts of one feature that touch along an edge after cutting: dissolve them.
            all = all.union();
        }
        return finish(all);
    }

    /**
     * Repairs one polygon given as rings (shell first) without snapping it to the grid.
     *
     * @return a valid polygonal geometry in [-180, 180]
     */
    Geometry polygon(List<Coordinate[]> rings) {
        List<Coordinate[]> poleRings = new ArrayList<>();
        for (Coordinate[] r : rings) {
            if (windsAroundPole(r)) {
                poleRings.add(r);
            }
        }
        if (!poleRings.isEmpty()) {
            return polygonAroundPole(rings);
        }
        Geometry shell = cutRing(rings.get(0));
        if (rings.size() == 1) {
            return shell;
        }
        List<Geometry> holes = new ArrayList<>();
        for (int i = 1; i < rings.size(); i++) {
            holes.add(cutRing(rings.get(i)));
        }
        Geometry holeUnion = factory.buildGeometry(holes).union();
        return shell.difference(holeUnion);
    }

    /**
     * A polygon with a ring around a pole. Spherically such a polygon is the region between its pole
     * rings (world-atlas 50m keeps Natural Earth's bottom edge at -89.999° as a small ring around the
     * pole, the coast as another), so the flat region is the symmetric difference of the regions
     * each ring closes (pole rings closed along the pole line). Holes inside a shell give the same
     * result, shell minus holes. A pole ring lying wholly within {@link #POLE_ARTEFACT_DEG} of the
     * pole is that -89.999° edge: it is dropped, so land reaches the pole at every scale.
     */
    private Geometry polygonAroundPole(List<Coordinate[]> rings) {
        Geometry region = null;
        for (Coordinate[] r : rings) {
            if (windsAroundPole(r) && hugsPole(r)) {
                poleArtefactCount++;
                continue;
            }
            Geometry g = cutRing(r);
            region = region == null ? g : region.symDifference(g);
        }
        return region == null ? factory.createPolygon() : region;
    }

    /** True if the unwrapped ring's longitude changes by ±360° (it encloses a pole). */
    static boolean windsAroundPole(Coordinate[] ring) {
        Coordinate[] u = unwrap(snap180(ring));
        return Math.abs(u[u.length - 1].x - u[0].x) > 180.0;
    }

    private static boolean hugsPole(Coordinate[] ring) {
        for (Coordinate c : ring) {
            if (90.0 - Math.abs(c.y) > POLE_ARTEFACT_DEG) {
                return false;
            }
        }
        return true;
    }

    /**
     * Cuts lines that cross the antimeridian into parts within [-180, 180].
     *
     * @param lines polylines in lon/lat (degrees)
     * @return a MultiLineString on the output grid
     */
    public Geometry lines(List<Coordinate[]> lines) {
        List<LineString> out = new ArrayList<>();
        for (Coordinate[] line : lines) {
            Coordinate[] u = insertCrossings(unwrap(snap180(line)));
            List<Coordinate> part = new ArrayList<>();
            part.add(u[0]);
            long partBox = Long.MIN_VALUE;
            for (int i = 1; i < u.length; i++) {
                long box = boxOf((u[i - 1].x + u[i].x) / 2);
                if (partBox != Long.MIN_VALUE && box != partBox) {
                    addLine(part, partBox, out);
                    part = new ArrayList<>();
                    part.add(u[i - 1]);
                }
                partBox = box;
                part.add(u[i]);
            }
            addLine(part, partBox == Long.MIN_VALUE ? boxOf(u[0].x) : partBox, out);
        }
        List<LineString> rounded = new ArrayList<>();
        for (LineString l : out) {
            Coordinate[] cs = l.getCoordinates();
            List<Coordinate> kept = new ArrayList<>();
            for (Coordinate c : cs) {
                Coordinate r = new Coordinate(GRID.makePrecise(c.x), GRID.makePrecise(c.y));
                if (kept.isEmpty() || !kept.get(kept.size() - 1).equals2D(r)) {
                    kept.add(r);
                }
            }
            if (kept.size() >= 2) {
                rounded.add(factory.createLineString(kept.toArray(new Coordinate[0])));
            }
        }
        return factory.createMultiLineString(rounded.toArray(new LineString[0]));
    }

    private void addLine(List<Coordinate> part, long box, List<LineString> out) {
        if (part.size() < 2) {
            return;
        }
        double shift = -360.0 * box;
        Coordinate[] cs = new Coordinate[part.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(part.get(i).x + shift, part.get(i).y);
        }
        out.add(factory.createLineString(cs));
    }

    /** Index m of the box [-180 + 360m, 180 + 360m] holding longitude x (degrees). */
    private static long boxOf(double x) {
        return (long) Math.floor((x + 180.0) / 360.0);
    }

    /** Cuts one ring into flat polygons within [-180, 180] (before grid snapping). */
    Geometry cutRing(Coordinate[] ring) {
        Coordinate[] u = removeRepeated(Arrays.asList(unwrap(snap180(ring))));
        if (u.length < 4) {
            // Quantization collapsed the ring to a point or a segment: it bounds no area.
            droppedCount++;
            return factory.createPolygon();
        }
        long turns = Math.round((u[u.length - 1].x - u[0].x) / 360.0);
        Coordinate[] closed;
        if (turns == 0) {
            closed = insertCrossings(u);
        } else if (Math.abs(turns) == 1) {
            closed = closeAroundPole(insertCrossings(u));
        } else {
            throw new IllegalArgumentException("ring winds " + turns + " times around a pole; expected 0 or ±1");
        }
        Geometry planar = factory.createPolygon(closed);
        if (!planar.isValid()) {
            fixedCount++;
            planar = GeometryFixer.fix(planar);
        }
        Envelope env = planar.getEnvelopeInternal();
        long lo = boxOf(env.getMinX());
        long hi = boxOf(env.getMaxX());
        if (env.getMaxX() == 180.0 + 360.0 * (hi - 1)) {
            hi--; // touching the east edge of box hi-1 is not an overlap with box hi
        }
        if (lo == 0 && hi == 0) {
            return planar;
        }
        List<Geometry> pieces = new ArrayList<>();
        for (long m = lo; m <= hi; m++) {
            double west = -180.0 + 360.0 * m;
            Geometry box = factory.toGeometry(new Envelope(west, west + 360.0, -90.0, 90.0));
            Geometry piece = planar.intersection(box);
            if (piece.isEmpty()) {
                continue;
            }
            if (m != 0) {
                piece = AffineTransformation.translationInstance(-360.0 * m, 0).transform(piece);
            }
            pieces.add(piece);
        }
        List<Polygon> polys = new ArrayList<>();
        for (Geometry p : pieces) {
            addPolygons(p, polys);
        }
        Geometry out = factory.createMultiPolygon(polys.toArray(new Polygon[0]));
        return out.isValid() ? out : out.union();
    }

    /** Longitudes within {@link #SNAP_180_DEG} outside ±180 are clamped; latitudes to [-90, 90]. */
    static Coordinate[] snap180(Coordinate[] ring) {
        Coordinate[] out = new Coordinate[ring.length];
        for (int i = 0; i < ring.length; i++) {
            double x = ring[i].x;
            if (x > 180.0 && x - 180.0 < SNAP_180_DEG) {
                x = 180.0;
            } else if (x < -180.0 && -180.0 - x < SNAP_180_DEG) {
                x = -180.0;
            }
            double y = Math.max(-90.0, Math.min(90.0, ring[i].y));
            out[i] = new Coordinate(x, y);
        }
        return out;
    }

    /** Adds multiples of 360° so consecutive longitudes differ by at most 180°. */
    static Coordinate[] unwrap(Coordinate[] ring) {
        Coordinate[] out = new Coordinate[ring.length];
        double offset = 0;
        out[0] = new Coordinate(ring[0].x, ring[0].y);
        for (int i = 1; i < ring.length; i++) {
            double d = ring[i].x - ring[i - 1].x;
            if (d > 180.0) {
                offset -= 360.0;
            } else if (d < -180.0) {
                offset += 360.0;
            }
            out[i] = new Coordinate(ring[i].x + offset, ring[i].y);
        }
        return out;
    }

    /**
     * Inserts, on every edge that crosses a line x = 180 + 360·m, a vertex with exactly that
     * longitude and a linearly interpolated latitude.
     */
    static Coordinate[] insertCrossings(Coordinate[] u) {
        List<Coordinate> out = new ArrayList<>(u.length + 8);
        out.add(u[0]);
        for (int i = 1; i < u.length; i++) {
            Coordinate a = u[i - 1];
            Coordinate b = u[i];
            double lo = Math.min(a.x, b.x);
            double hi = Math.max(a.x, b.x);
            // Lines x = 180 + 360m strictly between a.x and b.x, in the order the edge meets them.
            long mFirst = (long) Math.floor((lo - 180.0) / 360.0) + 1;
            List<Double> crossings = new ArrayList<>();
            for (long m = mFirst; 180.0 + 360.0 * m < hi; m++) {
                double line = 180.0 + 360.0 * m;
                if (line > lo) {
                    crossings.add(line);
                }
            }
            if (b.x < a.x) {
                java.util.Collections.reverse(crossings);
            }
            for (double line : crossings) {
                double t = (line - a.x) / (b.x - a.x);
                out.add(new Coordinate(line, a.y + t * (b.y - a.y)));
            }
            out.add(b);
        }
        return out.toArray(new Coordinate[0]);
    }

    /**
     * Closes an unwrapped ring that winds once around a pole along the pole line. The ring must
     * contain a vertex on a line x = 180 + 360·m (guaranteed after {@link #insertCrossings}).
     */
    static Coordinate[] closeAroundPole(Coordinate[] u) {
        int n = u.length - 1; // distinct vertices; u[n] is u[0] shifted by ±360
        int start = -1;
        double sumLat = 0;
        for (int i = 0; i < n; i++) {
            sumLat += u[i].y;
            if (start < 0 && isCutLine(u[i].x)) {
                start = i;
            }
        }
        if (start < 0) {
            throw new IllegalStateException("pole ring has no vertex on the antimeridian");
        }
        double pole = sumLat < 0 ? -90.0 : 90.0;
        double turn = 360.0 * Math.rint((u[n].x - u[0].x) / 360.0); // exactly ±360
        List<Coordinate> path = new ArrayList<>(n + 4);
        for (int k = 0; k <= n; k++) {
            int i = start + k;
            Coordinate c = i < n ? u[i] : new Coordinate(u[i - n].x + turn, u[i - n].y);
            path.add(c);
        }
        Coordinate first = path.get(0);
        Coordinate last = path.get(path.size() - 1);
        if (last.y != pole) {
            path.add(new Coordinate(last.x, pole));
        }
        if (first.y != pole) {
            path.add(new Coordinate(first.x, pole));
        }
        path.add(new Coordinate(first.x, first.y));
        return removeRepeated(path);
    }

    private static boolean isCutLine(double x) {
        double r = (x - 180.0) / 360.0;
        return r == Math.rint(r);
    }

    private static Coordinate[] removeRepeated(List<Coordinate> pts) {
        List<Coordinate> out = new ArrayList<>(pts.size());
        for (Coordinate c : pts) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals2D(c)) {
                out.add(c);
            }
        }
        return out.toArray(new Coordinate[0]);
    }

    /** Snaps to the output grid, keeps validity, orients shells CCW and holes CW. */
    Geometry finish(Geometry g) {
        Geometry reduced = GeometryPrecisionReducer.reduce(g, GRID);
        List<Polygon> polys = new ArrayList<>();
        addPolygons(reduced, polys);
        List<Polygon> oriented = new ArrayList<>(polys.size());
        for (Polygon p : polys) {
            oriented.add(orient(p));
        }
        Geometry out = oriented.size() == 1 ? oriented.get(0)
                : factory.createMultiPolygon(oriented.toArray(new Polygon[0]));
        IsValidOp op = new IsValidOp(out);
        if (!op.isValid()) {
            throw new IllegalStateException("repair produced an invalid geometry: " + op.getValidationError());
        }
        return out;
    }

    /** Shell counter-clockwise, holes clockwise (RFC 7946 §3.1.6). */
    Polygon orient(Polygon p) {
        LinearRing shell = ring(p.getExteriorRing().getCoordinates(), true);
        LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = ring(p.getInteriorRingN(i).getCoordinates(), false);
        }
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(Coordinate[] cs, boolean ccw) {
        Coordinate[] c = cs.clone();
        if (Orientation.isCCW(c) != ccw) {
            java.util.Collections.reverse(Arrays.asList(c));
        }
        return factory.createLinearRing(c);
    }

    /** Collects the non-empty polygons of g; lines and points (collapsed slivers) are dropped. */
    static void addPolygons(Geometry g, List<Polygon> out) {
        if (g instanceof Polygon p) {
            if (!p.isEmpty()) {
                out.add(p);
            }
        } else if (g instanceof GeometryCollection gc) {
            for (int i = 0; i < gc.getNumGeometries(); i++) {
                addPolygons(gc.getGeometryN(i), out);
            }
        }
    }
}

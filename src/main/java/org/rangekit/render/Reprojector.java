package org.rangekit.render;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.projection.Domain;
import org.rangekit.projection.MapProjection;

/**
 * Reprojection that never lies: lon/lat geometry is clipped to the region the map shows honestly,
 * then its edges are densified adaptively while projecting, so that curved images of straight lon/lat
 * edges stay within a fraction of a pixel of the truth.
 *
 * <h2>Algorithm</h2>
 * <ol>
 *   <li>Clip in lon/lat with JTS (OverlayNG, robust) against the clip polygon: for an azimuthal map
 *       or a globe the clip is itself a geodesic disc (the ring engine's polygon of the map window or
 *       of the visible hemisphere), for Web Mercator the band between ±85.05°. Basemap data is already
 *       cut at ±180°, which is the edge of world maps, so no stroke can wrap around.</li>
 *   <li>Lines are clipped as lines (polygon outlines are turned into lines first), so the clip boundary
 *       itself is never stroked; segments along the antimeridian cut or the pole line, which exist only
 *       because of the lon/lat representation, are dropped from strokes.</li>
 *   <li>Each edge is projected with recursive bisection in lon/lat until the projected midpoint lies
 *       within {@code tolerancePx} of the chord (depth-limited).</li>
 * </ol>
 *
 * <p>Not thread-safe (reuses buffers); cheap to create.
 */
public final class Reprojector {

    /** Longest lon/lat edge left undivided, whatever its projected curvature (degrees). */
    static final double MAX_EDGE_DEG = 2.0;
    /**
     * Edges shorter than this on the map are not tested for curvature (pixels). A 6 px chord of a curve
     * with a radius of 20 px (a parallel 1° from the pole at 5 km/px) sags by 0.2 px.
     */
    static final double SHORT_EDGE_PX = 6.0;
    /**
     * Vertices closer than this to the previous kept vertex are skipped before projecting (pixels, at
     * the map's nominal scale with a factor of 1.6 for the largest stretch of an azimuthal map): at
     * continental scales most 1:50M vertices fall within a pixel and cost a projection for nothing.
     */
    static final double SKIP_PX = 0.5;
    private static final double METERS_PER_DEG = 111_320;
    private static final double MAX_STRETCH = 1.6;
    /** Consecutive projected points closer than this are merged (pixels). */
    static final double MIN_STEP_PX = 0.25;
    /** Bisection depth limit: 2^12 pieces per edge. */
    static final int MAX_DEPTH = 12;
    /** Longitude or latitude this close to ±180 or ±90 counts as on the cut (degrees). */
    static final double CUT_EPS_DEG = 1e-9;

    private static final GeometryFactory GF = new GeometryFactory();

    private final MapProjection projection;
    private final Viewport view;
    private final Geometry clip;
    private final PreparedGeometry preparedClip;
    private final double tolerancePx;
    private final double skipDeg;
    private final double[] tmp = new double[2];
    /** Central meridian of a world map (degrees), 0 for Greenwich and for azimuthal maps. */
    private final double centralMeridianDeg;
    /** The meridian opposite the central one, in [−180, 180) (degrees); NaN when the seam is at ±180°. */
    private final double seamLon;

    /** Points already projected for this map (shared with its other reprojectors), or null. */
    private final ProjectedPoints projected;

    private double[] buf = new double[1024];
    private int len;

    /**
     * @param projection the map projection
     * @param view projected metres to pixels
     * @param clipLonLat region to keep, in lon/lat (x = lon); null keeps everything
     * @param tolerancePx largest distance between the drawn and the true image of an edge (pixels)
     */
    public Reprojector(MapProjection projection, Viewport view, Geometry clipLonLat, double tolerancePx) {
        this(projection, view, clipLonLat, tolerancePx, null);
    }

    /**
     * @param projected points already projected with the same projection and view (shared by the
     *        reprojectors of one map), or null
     */
    Reprojector(MapProjection projection, Viewport view, Geometry clipLonLat, double tolerancePx,
            ProjectedPoints projected) {
        this.projected = projected;
        this.projection = projection;
        this.view = view;
        this.clip = clipLonLat;
        this.preparedClip = clipLonLat == null ? null : PreparedGeometryFactory.prepare(clipLonLat);
        this.tolerancePx = tolerancePx;
        this.skipDeg = SKIP_PX * view.metersPerPx() / METERS_PER_DEG / MAX_STRETCH;
        this.centralMeridianDeg = projection.domain() instanceof Domain.World w
                ? GeoPoint.normalizeLon(w.centralMeridianDeg()) : 0;
        this.seamLon = centralMeridianDeg == 0 ? Double.NaN
                : centralMeridianDeg > 0 ? centralMeridianDeg - 180 : centralMeridianDeg + 180;
    }

    /**
     * Whether a vertex can be skipped: within {@link #SKIP_PX} of the previous kept one in both latitude
     * and longitude. Longitude is not scaled by cos(latitude): world projections draw the poles as lines,
     * where a degree of longitude keeps its width.
     */
    private boolean near(double lat, double lon, double prevLat, double prevLon) {
        return Math.abs(lat - prevLat) < skipDeg && Math.abs(lon - prevLon) < skipDeg;
    }

    /** The projection. */
    public MapProjection projection() {
        return projection;
    }

    /** The viewport. */
    public Viewport view() {
        return view;
    }

    /**
     * Keeps the part of a lon/lat geometry inside the clip region, component by component (components
     * wholly inside are kept as they are, without overlay).
     */
    public Geometry clip(Geometry lonLat) {
        if (lonLat == null || lonLat.isEmpty()) {
            return lonLat;
        }
        if (clip == null) {
            if (Double.isNaN(seamLon)) {
                return lonLat;
            }
            List<Geometry> all = new ArrayList<>();
            addAtoms(all, lonLat);
            return GF.buildGeometry(unwrap(all));
        }
        Envelope clipEnv = clip.getEnvelopeInternal();
        List<Geometry> kept = new ArrayList<>();
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            Geometry c = lonLat.getGeometryN(i);
            if (!clipEnv.intersects(c.getEnvelopeInternal()) || !preparedClip.intersects(c)) {
                continue;
            }
            Geometry part = preparedClip.containsProperly(c) ? c : intersection(c);
            for (int k = 0; k < part.getNumGeometries(); k++) {
                Geometry atom = part.getGeometryN(k);
                if (!atom.isEmpty()) {
                    kept.add(atom); // flat list of polygons or lines, so callers can test each one's type
                }
            }
        }
        return GF.buildGeometry(Double.isNaN(seamLon) ? kept : unwrap(kept));
    }

    /**
     * For a world map centred on λ0 ≠ 0: cuts every part at the map's seam, the meridian λ0 ± 180°
     * inside (−180°, 180°), and shifts the parts beyond it by ±360°, so that all longitudes lie in
     * [λ0 − 180°, λ0 + 180°] and nothing wraps across the map. The old cut at ±180° (now inside the
     * map) then joins fills seamlessly; strokes along it are dropped like those along the seam.
     */
    private List<Geometry> unwrap(List<Geometry> parts) {
        double shift = centralMeridianDeg > 0 ? 360 : -360;
        // Parts on the far side of the seam (west of it for λ0 > 0, east for λ0 < 0) move by ±360°.
        Envelope west = new Envelope(-181, seamLon, -91, 91);
        Envelope east = new Envelope(seamLon, 181, -91, 91);
        Envelope far = centralMeridianDeg > 0 ? west : east;
        Envelope near = centralMeridianDeg > 0 ? east : west;
        AffineTransformation move = AffineTransformation.translationInstance(shift, 0);
        List<Geometry> out = new ArrayList<>();
        for (Geometry g : parts) {
            Envelope e = g.getEnvelopeInternal();
            if (near.contains(e)) {
                out.add(g);
            } else if (far.contains(e)) {
                out.add(move.transform(g));
            } else {
                addAtoms(out, intersection(g, GF.toGeometry(near)));
                addAtoms(out, move.transform(intersection(g, GF.toGeometry(far))));
            }
        }
        return out;
    }

    private static void addAtoms(List<Geometry> out, Geometry g) {
        for (int k = 0; k < g.getNumGeometries(); k++) {
            Geometry atom = g.getGeometryN(k);
            if (!atom.isEmpty()) {
                out.add(atom);
            }
        }
    }

    private Geometry intersection(Geometry c) {
        return intersection(c, clip);
    }

    private static Geometry intersection(Geometry c, Geometry region) {
        try {
            return OverlayNGRobust.overlay(c, region, OverlayNG.INTERSECTION);
        } catch (TopologyException e) {
            return OverlayNGRobust.overlay(GeometryFixer.fix(c), region, OverlayNG.INTERSECTION);
        }
    }

    /** Clips polygons and projects them as closed parts for filling. */
    public MapPath fillPath(Geometry lonLatPolygons) {
        MapPath out = new MapPath();
        Geometry g = clip(lonLatPolygons);
        if (g == null) {
            return out;
        }
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                addRing(out, p.getExteriorRing());
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    addRing(out, p.getInteriorRingN(h));
                }
            }
        }
        return out;
    }

    private void addRing(MapPath out, LineString ring) {
        Coordinate[] cs = ring.getCoordinates();
        len = 0;
        double[] prev = null;
        double prevLat = 0;
        double prevLon = 0;
        for (int i = 0; i < cs.length; i++) {
            double lon = cs[i].x;
            double lat = cs[i].y;
            if (prev != null && i < cs.length - 1 && near(lat, lon, prevLat, prevLon)) {
                continue;
            }
            double[] p = project(lat, lon);
            if (prev == null) {
                append(p[0], p[1]);
            } else {
                densify(prevLat, prevLon, prev[0], prev[1], lat, lon, p[0], p[1], 0);
            }
            prev = p;
            prevLat = lat;
            prevLon = lon;
        }
        out.add(buf, len, true);
    }

    /**
     * Projects lines for stroking: polygon outlines become lines first, then everything is clipped as
     * lines, and artificial cut segments (on ±180° or the pole line) are dropped.
     */
    public MapPath strokePath(Geometry lonLat) {
        MapPath out = new MapPath();
        if (lonLat == null || lonLat.isEmpty()) {
            return out;
        }
        Geometry lines = lonLat.getDimension() == 2 ? lonLat.getBoundary() : lonLat;
        Geometry g = clip(lines);
        if (g == null) {
            return out;
        }
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof LineString ls) {
                addLine(out, ls.getCoordinates());
            }
        }
        return out;
    }

    private void addLine(MapPath out, Coordinate[] cs) {
        len = 0;
        double[] prev = null;
        Coordinate prevC = null;
        for (int i = 0; i < cs.length; i++) {
            double lon = cs[i].x;
            double lat = cs[i].y;
            if (prev != null && i < cs.length - 1 && near(lat, lon, prevC.y, prevC.x)
                    && !isCut(cs[i], cs[i + 1])) {
                continue; // never skip the start of a cut segment, or the cut would be stroked
            }
            double[] p = project(lat, lon);
            boolean visible = !Double.isNaN(p[0]) && !Double.isNaN(p[1]);
            if (!visible || (prevC != null && isCut(prevC, cs[i]))) {
                out.add(buf, len, false);
                len = 0;
                prev = null;
                if (!visible) {
                    prevC = null;
                    continue;
                }
            }
            if (prev == null) {
                append(p[0], p[1]);
            } else {
                densify(prevC.y, prevC.x, prev[0], prev[1], lat, lon, p[0], p[1], 0);
            }
            prev = p;
            prevC = cs[i];
        }
        out.add(buf, len, false);
    }

    /** A segment lying along the antimeridian cut or the pole line: an artefact of lon/lat, not a feature. */
    static boolean isCutSegment(Coordinate a, Coordinate b) {
        boolean onAntimeridian = Math.abs(Math.abs(a.x) - 180) < CUT_EPS_DEG && a.x == b.x;
        boolean onPoleLine = Math.abs(Math.abs(a.y) - 90) < CUT_EPS_DEG && a.y == b.y;
        return onAntimeridian || onPoleLine;
    }

    /**
     * Also a segment along this map's seam (λ0 ± 180°, where {@link #unwrap} cut it); the seam's
     * intersection points are computed, so they match it to {@link #CUT_EPS_DEG}, not exactly.
     */
    private boolean isCut(Coordinate a, Coordinate b) {
        if (isCutSegment(a, b)) {
            return true;
        }
        if (Double.isNaN(seamLon)) {
            return false;
        }
        double edge = centralMeridianDeg > 0 ? seamLon + 360 : seamLon - 360;
        return (Math.abs(a.x - seamLon) < CUT_EPS_DEG && Math.abs(b.x - seamLon) < CUT_EPS_DEG)
                || (Math.abs(a.x - edge) < CUT_EPS_DEG && Math.abs(b.x - edge) < CUT_EPS_DEG);
    }

    /** Projects a point to pixels; NaNs if not visible. */
    public double[] project(double latDeg, double lonDeg) {
        double[] p = new double[2];
        if (projected != null && projected.get(latDeg, lonDeg, p)) {
            return p;
        }
        projection.forward(latDeg, lonDeg, tmp);
        p[0] = view.px(tmp[0]);
        p[1] = view.py(tmp[1]);
        if (projected != null) {
            projected.put(latDeg, lonDeg, p[0], p[1]);
        }
        return p;
    }

    private void densify(double lat1, double lon1, double x1, double y1, double lat2, double lon2, double x2,
            double y2, int depth) {
        boolean ok1 = !Double.isNaN(x1);
        boolean ok2 = !Double.isNaN(x2);
        double chord = Math.hypot(x2 - x1, y2 - y1);
        boolean longEdge = Math.abs(lon2 - lon1) > MAX_EDGE_DEG || Math.abs(lat2 - lat1) > MAX_EDGE_DEG;
        if (depth < MAX_DEPTH && ok1 && ok2 && (longEdge || chord > SHORT_EDGE_PX)) {
            double latM = (lat1 + lat2) / 2;
            double lonM = (lon1 + lon2) / 2;
            double[] m = project(latM, lonM);
            if (!Double.isNaN(m[0])) {
                double dev = Math.hypot(m[0] - (x1 + x2) / 2, m[1] - (y1 + y2) / 2);
                if (longEdge || dev > tolerancePx) {
                    densify(lat1, lon1, x1, y1, latM, lonM, m[0], m[1], depth + 1);
                    densify(latM, lonM, m[0], m[1], lat2, lon2, x2, y2, depth + 1);
                    return;
                }
            }
        }
        if (ok2) {
            append(x2, y2);
        }
    }

    private void append(double x, double y) {
        if (len >= 2 && Math.abs(buf[len - 2] - x) < MIN_STEP_PX && Math.abs(buf[len - 1] - y) < MIN_STEP_PX) {
            return;
        }
        if (len + 2 > buf.length) {
            buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        buf[len++] = x;
        buf[len++] = y;
    }
}

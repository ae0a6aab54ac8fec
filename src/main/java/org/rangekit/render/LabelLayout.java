package org.rangekit.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.render.LabelPlacer.Box;
import org.rangekit.render.MapContent.MapOutline;
import org.rangekit.render.MapContent.MapRing;
import org.rangekit.render.MapContent.MapSite;
import org.rangekit.render.MapContent.MapTarget;
import org.rangekit.render.Painter.LineStyle;
import org.rangekit.render.Painter.TextStyle;

/**
 * Lays out what is drawn over the map and must not collide: site markers and names, one label per
 * ring or outline, target dots and names. Text is measured by the {@link TextMetrics} of the painter
 * that will draw it, and every box is placed through the map's shared {@link LabelPlacer}, in which
 * the furniture (title, legend, sources, scale bar) has already reserved its boxes.
 *
 * <h2>Placement</h2>
 * A site or target name tries eight positions around its marker and is left out when none is free. A
 * ring's label sits just outside the ring at the first free one of 36 positions around it; where rings
 * crowd (480 and 500 km are a pixel apart on a continental map) it moves out along a leader line, then
 * inwards; as a last resort it is drawn where it overlaps other labels rather than dropped, since the
 * legend names bands, not rings. An outline's label sits on one of 24 vertices of its longest exterior
 * ring.
 *
 * <p>Not thread-safe; one per map.
 */
final class LabelLayout {

    /** Baseline of a text line below the top of its box, as a fraction of the line height. */
    static final double BASELINE = 0.78;
    /** Where on a ring its label is tried first (azimuths, degrees): the diagonals, then around. */
    private static final double[] LABEL_AZIMUTHS = labelAzimuths();
    /** Leader lengths tried when no box next to the ring is free (text line heights). */
    private static final double[] LEADER_LINES = {0, 1, 2, 3.5, 5, 8, 12, 18};
    /** Vertices of an outline tried for its label. */
    private static final int OUTLINE_ANCHORS = 24;

    private final MapSpec spec;
    private final MapContent content;
    private final MapFrame frame;
    private final MapGeometry geometry;
    private final LabelPlacer labels;
    private final TextMetrics metrics;
    private final MapStyle style;
    private final List<DrawOp> ops = new ArrayList<>();
    private final double pt;
    private final int w;
    private final int h;

    /**
     * @param content what goes on the map
     * @param geometry the map's geometry (its frame's spec is the one drawn)
     * @param labels boxes taken so far (the furniture's)
     * @param metrics text metrics of the painter that will draw the map
     */
    LabelLayout(MapContent content, MapGeometry geometry, LabelPlacer labels, TextMetrics metrics) {
        this.frame = geometry.frame();
        this.spec = frame.spec();
        this.content = content;
        this.geometry = geometry;
        this.labels = labels;
        this.metrics = metrics;
        this.style = spec.style();
        this.pt = spec.pxPerPt();
        this.w = spec.widthPx();
        this.h = spec.heightPx();
    }

    /**
     * The label placer of a map of this spec: labels keep 4 pt from the canvas edge and 2 pt from each
     * other.
     */
    static LabelPlacer placer(MapSpec spec) {
        return new LabelPlacer(spec.widthPx(), spec.heightPx(), 4 * spec.pxPerPt(), 2 * spec.pxPerPt());
    }

    private boolean on(MapLayer layer) {
        return spec.layers().contains(layer);
    }

    /** Sites, ring and outline labels, then targets, as their layers are on; the drawing operations. */
    List<DrawOp> layout() {
        if (on(MapLayer.SITES)) {
            sites();
        }
        if (on(MapLayer.RINGS) && on(MapLayer.RING_LABELS)) {
            ringLabels();
        }
        if (on(MapLayer.TARGETS)) {
            targets();
        }
        return List.copyOf(ops);
    }

    private TextStyle text(double sizePt, boolean bold) {
        return new TextStyle(sizePt * pt, bold, style.ink(), Rgba.hex(0xFFFFFF).withAlpha(220));
    }

    private double[] size(String s, TextStyle ts) {
        return metrics.textSize(s, ts);
    }

    /** The text of a box placed for it: its baseline at {@link #BASELINE} of the box's height. */
    private void text(String s, Box b, TextStyle ts) {
        ops.add(new DrawOp.Text(s, b.x(), b.y() + b.h() * BASELINE, ts));
    }

    private void sites() {
        TextStyle ts = text(style.textPt() * 1.05, true);
        for (MapSite s : content.sites()) {
            double[] p = frame.pixel(s.point());
            if (Double.isNaN(p[0]) || p[0] < 0 || p[1] < frame.mapTopPx() || p[0] > w || p[1] > h) {
                continue;
            }
            double r = 3.2 * pt;
            ops.add(new DrawOp.Fill(MapPath.triangle(p[0], p[1], r), style.ink()));
            ops.add(new DrawOp.Stroke(MapPath.triangle(p[0], p[1], r), new LineStyle(Rgba.hex(0xFFFFFF), 0.8 * pt)));
            labels.block(new Box(p[0] - r, p[1] - r, 2 * r, 2 * r));
            placeLabel(s.name(), p[0], p[1], r + 3 * pt, ts);
        }
    }

    /** Tries eight positions around a point; returns whether the label was placed. */
    private boolean placeLabel(String s, double x, double y, double gap, TextStyle ts) {
        double[] sz = size(s, ts);
        double tw = sz[0];
        double th = sz[1];
        double[][] offsets = {
            {gap, -th / 2}, {-gap - tw, -th / 2}, {-tw / 2, -gap - th}, {-tw / 2, gap},
            {gap * 0.7, -gap * 0.7 - th}, {-gap * 0.7 - tw, -gap * 0.7 - th}, {gap * 0.7, gap * 0.7},
            {-gap * 0.7 - tw, gap * 0.7}};
        for (double[] o : offsets) {
            Box b = new Box(x + o[0], y + o[1], tw, th);
            if (labels.tryPlace(b)) {
                text(s, b, ts);
                return true;
            }
        }
        return false;
    }

    private static double[] labelAzimuths() {
        double[] first = {135, 45, 225, 315, 160, 20, 200, 340, 100, 260, 80, 280, 180, 0};
        List<Double> all = new ArrayList<>();
        for (double a : first) {
            all.add(a);
        }
        for (double a = 0; a < 360; a += 10) {
            if (!all.contains(a)) {
                all.add(a);
            }
        }
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Labels each ring once (rings of several sites share a label), then each outline. */
    private void ringLabels() {
        TextStyle ts = text(style.textPt(), false);
        Set<String> done = new HashSet<>();
        for (MapRing r : content.rings()) {
            if (r.label().isEmpty() || done.contains(r.label()) || r.ring().earth() != spec.earth()) {
                continue; // a ring on another earth model (SphereRings) is named in the legend only
            }
            double[] sz = size(r.label(), ts);
            double[] c = frame.pixel(r.ring().centre());
            List<double[]> anchors = new ArrayList<>();
            for (double az : LABEL_AZIMUTHS) {
                GeoPoint q = spec.earth().direct(r.ring().centre(), az, r.ring().radiusMeters());
                double[] p = frame.pixel(q);
                if (!Double.isNaN(p[0]) && p[0] >= 0 && p[1] >= frame.mapTopPx() && p[0] <= w && p[1] <= h
                        && geometry.insideClip(q)) {
                    anchors.add(p);
                }
            }
            if (placeRingLabel(r.label(), anchors, c, sz, ts)) {
                done.add(r.label());
            }
        }
        outlineLabels(done, ts);
    }

    /** Tries every anchor next to the ring, then with ever longer leaders out and in; see the class notes. */
    private boolean placeRingLabel(String label, List<double[]> anchors, double[] c, double[] sz, TextStyle ts) {
        if (anchors.isEmpty()) {
            return false; // the ring is off the map: nothing to label
        }
        for (double lines : LEADER_LINES) {
            for (int side : new int[] {1, -1}) {
                if (lines == 0 && side < 0) {
                    continue;
                }
                for (double[] p : anchors) {
                    Box b = outside(p, c, sz, side, lines * sz[1]);
                    if (labels.tryPlace(b)) {
                        if (lines > 0) {
                            leader(p, b);
                        }
                        text(label, b, ts);
                        return true;
                    }
                }
            }
        }
        Box b = outside(anchors.get(0), c, sz, 1, 0);
        b = new Box(Math.max(0, Math.min(w - b.w(), b.x())), Math.max(0, Math.min(h - b.h(), b.y())), b.w(), b.h());
        labels.block(b);
        text(label, b, ts);
        return true;
    }

    /** A thin line from a ring point to the nearest point of its label's box. */
    private void leader(double[] p, Box b) {
        double x = Math.max(b.x(), Math.min(b.x() + b.w(), p[0]));
        double y = Math.max(b.y(), Math.min(b.y() + b.h(), p[1]));
        ops.add(new DrawOp.Stroke(new MapPath().add(new double[] {p[0], p[1], x, y}, 4, false),
                new LineStyle(style.ink(), 0.5 * pt)));
    }

    /** Labels an outline at one of 24 vertices spread along its longest exterior ring. */
    private void outlineLabels(Set<String> done, TextStyle ts) {
        for (MapOutline o : content.outlines()) {
            if (o.label().isEmpty() || done.contains(o.label())) {
                continue;
            }
            Coordinate[] cs = longestExterior(o.lonLat());
            double[] sz = size(o.label(), ts);
            int n = OUTLINE_ANCHORS;
            for (int k = 0; k < n && cs.length > 0; k++) {
                Coordinate c = cs[(int) ((k * 7L % n) * (long) cs.length / n)];
                if (Math.abs(c.y) > 89.999 || Math.abs(c.x) > 179.999) {
                    continue; // on the pole line or the antimeridian cut: not on the outline itself
                }
                GeoPoint q = GeoPoint.of(c.y, c.x);
                double[] p = frame.pixel(q);
                if (Double.isNaN(p[0]) || !geometry.insideClip(q)) {
                    continue;
                }
                Box b = new Box(p[0] - sz[0] / 2, p[1] - sz[1] / 2, sz[0], sz[1]);
                if (labels.tryPlace(b)) {
                    text(o.label(), b, ts);
                    done.add(o.label());
                    break;
                }
            }
        }
    }

    private static Coordinate[] longestExterior(Geometry g) {
        Coordinate[] best = new Coordinate[0];
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && p.getExteriorRing().getNumPoints() > best.length) {
                best = p.getExteriorRing().getCoordinates();
            }
        }
        return best;
    }

    /**
     * A label box just outside a ring at point p, pushed away from the ring's centre c (side 1; side
     * -1: towards it) by a further leader length: the text never sits on top of a smaller ring's
     * label or the site.
     *
     * @param p the ring point (pixels)
     * @param c the ring's centre (pixels)
     * @param sz the label's width and height (pixels)
     * @param side 1 outwards, -1 inwards
     * @param leaderPx extra distance from the ring (pixels)
     */
    private Box outside(double[] p, double[] c, double[] sz, int side, double leaderPx) {
        double dx = p[0] - c[0];
        double dy = p[1] - c[1];
        double n = Math.hypot(dx, dy);
        if (Double.isNaN(n) || n < 1e-9) {
            dx = 0;
            dy = -1;
        } else {
            dx = side * dx / n;
            dy = side * dy / n;
        }
        double gap = 2 * pt + leaderPx;
        double x = p[0] + gap * dx - (dx < -0.3 ? sz[0] : dx > 0.3 ? 0 : sz[0] / 2);
        double y = p[1] + gap * dy - (dy < -0.3 ? sz[1] : dy > 0.3 ? 0 : sz[1] / 2);
        return new Box(x, y, sz[0], sz[1]);
    }

    private void targets() {
        TextStyle ts = new TextStyle(style.textPt() * 0.9 * pt, false, Rgba.hex(0x333333),
                Rgba.hex(0xFFFFFF).withAlpha(200));
        double r = 1.6 * pt;
        for (MapTarget t : content.targets()) {
            double[] p = frame.pixel(t.point());
            if (Double.isNaN(p[0]) || p[0] < r || p[1] < frame.mapTopPx() + r || p[0] > w - r || p[1] > h - r
                    || !geometry.insideClip(t.point())) {
                continue;
            }
            Box dot = new Box(p[0] - r, p[1] - r, 2 * r, 2 * r);
            if (!labels.fits(dot)) {
                continue;
            }
            labels.block(dot);
            ops.add(new DrawOp.Fill(MapPath.circle(p[0], p[1], r, 16), Rgba.hex(0x333333)));
            placeLabel(t.name(), p[0], p[1], r + 3 * pt, ts);
        }
    }
}

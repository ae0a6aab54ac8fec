package org.rangekit.viewer.model;

import java.util.List;
import java.util.Optional;
import org.rangekit.coverage.Target;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.projection.Projections;
import org.rangekit.range.Site;
import org.rangekit.render.MapFrame;
import org.rangekit.render.MapRenderer;
import org.rangekit.render.Viewport;

/**
 * A map as drawn on the screen, and the questions the mouse asks of it: which point of the Earth is
 * under a pixel (the frame's viewport and inverse projection), where a point is drawn, which site or
 * target is near a pixel, and the view after a drag or a wheel turn.
 *
 * <p>Azimuthal views (aeqd, laea, ortho) pan by moving the projection's centre and zoom by changing
 * the extent, so the renderer draws them anew; on world and Mercator maps the viewer magnifies and
 * moves the drawing instead ({@link Zoom}), and an export names the window by centre and extent
 * ({@link #magnifiedView}).
 *
 * @param prepared the prepared drawing (frame and operations)
 */
public record ScreenMap(MapRenderer.Prepared prepared) {

    /** Smallest extent a zoom reaches (km): the 10m basemap's detail. */
    public static final double MIN_EXTENT_KM = 20;
    /** Largest extent a zoom reaches (km): beyond it an azimuthal map shows the cut locus. */
    public static final double MAX_EXTENT_KM = 20_000;

    /** The frame drawn. */
    public MapFrame frame() {
        return prepared.frame();
    }

    /** Whether the view pans and zooms by drawing anew (azimuthal projections). */
    public static boolean redrawsToNavigate(ProjectionKind p) {
        return p == ProjectionKind.AEQD || p == ProjectionKind.LAEA || p == ProjectionKind.ORTHO;
    }

    /** The point drawn at a pixel of the map, or empty where the map shows no point of the Earth. */
    public Optional<GeoPoint> geoAt(double px, double py) {
        Viewport v = frame().view();
        double x = (px - v.widthPx() / 2.0) / v.pxPerMeter() + v.centreX();
        double y = -(py - v.heightPx() / 2.0) / v.pxPerMeter() + v.centreY();
        double[] ll = frame().projection().inverse(x, y);
        if (Double.isNaN(ll[0]) || Double.isNaN(ll[1]) || Math.abs(ll[0]) > 90) {
            return Optional.empty();
        }
        return Optional.of(GeoPoint.of(ll[0], GeoPoint.normalizeLon(ll[1])));
    }

    /** The pixel a point is drawn at, NaNs where it is hidden. */
    public double[] pixelOf(GeoPoint p) {
        return frame().pixel(p);
    }

    /** Distance from the centre to the nearer edge of the map drawn (km). */
    public double extentKm() {
        Viewport v = frame().view();
        return Math.min(v.widthPx(), v.heightPx()) / 2.0 / v.pxPerMeter() / 1000;
    }

    /**
     * The view after dragging the map by (dx, dy) pixels: the point that was at the centre moves with
     * the mouse. Only for azimuthal views.
     */
    public ViewState panned(ViewState s, double dx, double dy) {
        Viewport v = frame().view();
        Optional<GeoPoint> c = geoAt(v.widthPx() / 2.0 - dx, v.heightPx() / 2.0 - dy);
        return c.map(p -> s.withView(p, extentKm())).orElse(s);
    }

    /**
     * The view after zooming in by {@code factor} (&gt; 1 in, &lt; 1 out) about a pixel, which keeps
     * (nearly) the same point under it. Only for azimuthal views.
     */
    public ViewState zoomed(ViewState s, double factor, double px, double py) {
        Viewport v = frame().view();
        double extent = Math.max(MIN_EXTENT_KM, Math.min(MAX_EXTENT_KM, extentKm() / factor));
        double f = extentKm() / extent;
        double cx = v.widthPx() / 2.0 + (px - v.widthPx() / 2.0) * (1 - 1 / f);
        double cy = v.heightPx() / 2.0 + (py - v.heightPx() / 2.0) * (1 - 1 / f);
        GeoPoint c = geoAt(cx, cy).orElse(s.viewCentre());
        return s.withView(c, extent);
    }

    /**
     * The view a magnified world or Mercator map shows: centred on the point drawn at the window's
     * middle, at the extent that draws it at the magnified scale ({@link MapFrame#meridianScale}), so
     * that {@code map} and {@code run} draw the window (at the canvas' size) rather than the whole
     * world. The view itself without magnification, in an azimuthal view, or if the window's middle
     * shows no point of the map.
     *
     * @param s the view drawn in this map
     * @param z the magnification of the drawing on the screen
     */
    public ViewState magnifiedView(ViewState s, Zoom z) {
        if (redrawsToNavigate(s.projection()) || z.scale() == 1) {
            return s;
        }
        Viewport v = frame().view();
        double mx = z.mapX(v.widthPx() / 2.0);
        double my = z.mapY(v.heightPx() / 2.0);
        Optional<GeoPoint> c = geoAt(mx, my);
        if (c.isEmpty()) {
            return s;
        }
        // Beyond a Robinson map's outline the inverse still answers: keep only a point drawn there.
        double[] back = pixelOf(c.get());
        if (!(Math.hypot(back[0] - mx, back[1] - my) < 1)) {
            return s;
        }
        GeoPoint centre = s.withView(c.get(), Double.NaN).centre(); // rounded as a scenario writes it
        EarthModel earth = frame().spec().earth();
        double scale = MapFrame.meridianScale(s.projection(), Projections.create(s.projection(), centre, earth),
                centre, earth);
        double km = Math.min(v.widthPx(), v.heightPx()) / 2.0 / (v.pxPerMeter() * z.scale() * scale) / 1000;
        return s.withView(centre, Math.min(MAX_EXTENT_KM, km));
    }

    /** The index of the site drawn within {@code radiusPx} of a pixel (the nearest), or −1. */
    public int siteNear(List<Site> sites, double px, double py, double radiusPx) {
        int best = -1;
        double bestD = radiusPx;
        for (int i = 0; i < sites.size(); i++) {
            double[] q = pixelOf(sites.get(i).point());
            double d = Math.hypot(q[0] - px, q[1] - py);
            if (d <= bestD) {
                best = i;
                bestD = d;
            }
        }
        return best;
    }

    /** The target drawn within {@code radiusPx} of a pixel (the nearest), if any. */
    public Optional<Target> targetNear(List<Target> targets, double px, double py, double radiusPx) {
        Target best = null;
        double bestD = radiusPx;
        for (Target t : targets) {
            double[] q = pixelOf(GeoPoint.of(t.latDeg(), t.lonDeg()));
            double d = Math.hypot(q[0] - px, q[1] - py);
            if (d <= bestD) {
                best = t;
                bestD = d;
            }
        }
        return Optional.ofNullable(best);
    }
}

package org.rangekit.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.RingPolygons;
import org.rangekit.projection.AzimuthalEquidistant;
import org.rangekit.projection.Domain;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.projection.SisProjection;
import org.rangekit.range.Band;
import org.rangekit.range.Ring;
import org.rangekit.render.LabelPlacer.Box;
import org.rangekit.render.MapContent.MapBand;
import org.rangekit.render.MapContent.MapOutline;
import org.rangekit.render.MapContent.MapRing;
import org.rangekit.render.MapContent.MapSite;
import org.rangekit.render.MapContent.MapTarget;
import org.rangekit.render.Painter.LineStyle;
import org.rangekit.render.Painter.TextStyle;

/**
 * Draws a range map: basemap, bands, rings, sites, targets, legend, scale bar, titles and sources.
 *
 * <h2>Algorithm</h2>
 * Everything is first projected into a list of drawing operations ({@link #prepare}), then painted
 * ({@link #paint}); the split keeps projection and drawing times apart and lets tests record exactly
 * what is drawn. In the site-centred azimuthal equidistant view the bands and rings of the centre site
 * are drawn as exact circles (radius = range × scale); everything else goes through the
 * {@link Reprojector}: clip in lon/lat, densify, project.
 *
 * <h2>Thread safety</h2>
 * Stateless; {@link #render} may run in parallel on different painters.
 */
public final class MapRenderer {

    /** Timings of one render (nanoseconds). */
    public record Timings(long basemapNanos, long projectNanos, long paintNanos, String basemapScale) {
    }

    /** The prepared drawing and its timings. */
    public record Prepared(MapFrame frame, List<DrawOp> ops, Timings timings) {
    }

    /** Ring outlines are true to a quarter of a pixel. */
    static final double RING_TOL_PX = 0.25;
    /** Dotted line of a site's position uncertainty: 1.2 pt dashes, 2 pt gaps. */
    static double[] uncertaintyDash(double pxPerPt) {
        return new double[] {1.2 * pxPerPt, 2 * pxPerPt};
    }

    /** Offset of the 180th graticule meridian from the cut at ±180° (degrees, about 0.1 m). */
    static final double GRATICULE_180_OFFSET_DEG = 1e-6;

    /** Adaptive densification keeps projected edges within a third of a pixel of their true image. */
    static final double EDGE_TOL_PX = 0.3;

    private static final GeometryFactory GF = new GeometryFactory();

    /** Threads that project basemap layers; daemons, so they never keep the JVM alive. */
    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), r -> {
                Thread t = new Thread(r, "rangekit-project");
                t.setDaemon(true);
                return t;
            });

    private MapRenderer() {
    }

    /** Prepares and paints; returns the timings. */
    public static Timings render(MapSpec spec, MapContent content, Basemap.Source basemaps, Painter painter) {
        Prepared p = prepare(spec, content, basemaps);
        long t = System.nanoTime();
        paint(p, painter);
        Timings tm = p.timings();
        return new Timings(tm.basemapNanos(), tm.projectNanos(), System.nanoTime() - t, tm.basemapScale());
    }

    /** Paints prepared operations. */
    public static void paint(Prepared prepared, Painter painter) {
        for (DrawOp op : prepared.ops()) {
            op.paint(painter);
        }
    }

    /** The distance from the map centre that the content reaches (metres). */
    public static double contentRadiusMeters(MapSpec spec, MapContent content) {
        double r = 0;
        EarthModel earth = spec.earth();
        for (MapBand b : content.bands()) {
            if (b.band() != null) {
                r = Math.max(r, earth.distanceMeters(spec.centre(), b.band().centre()) + b.band().outerMeters());
            }
        }
        for (MapRing ring : content.rings()) {
            r = Math.max(r, earth.distanceMeters(spec.centre(), ring.ring().centre()) + ring.ring().radiusMeters());
        }
        for (MapSite s : content.sites()) {
            r = Math.max(r, earth.distanceMeters(spec.centre(), s.point()));
        }
        for (MapOutline o : content.outlines()) {
            Coordinate[] cs = o.lonLat().getCoordinates();
            int step = Math.max(1, cs.length / 2000); // a sample is enough to size the map
            for (int i = 0; i < cs.length; i += step) {
                r = Math.max(r, earth.distanceMeters(spec.centre(), GeoPoint.of(cs[i].y, cs[i].x)));
            }
        }
        return r;
    }

    /**
     * The spec actually drawn: the requested one, unless it is azimuthal and some site's rings reach
     * beyond what that view can show (the aeqd/laea clip at {@link AzimuthalEquidistant#MAX_RADIUS_M} from
     * the centre, the globe's horizon at {@link SisProjection#GLOBE_RADIUS_M}), as happens for sites far
     * apart or antipodal, or rings beyond the clip. Then the map is drawn in the world projection, which
     * shows every site and every ring whole, and the subtitle says why; a part of the content silently
     * missing would be worse than a different projection.
     */
    public static MapSpec fitted(MapSpec spec, MapContent content) {
        double limitM = switch (spec.projection()) {
            case AEQD, LAEA -> AzimuthalEquidistant.MAX_RADIUS_M;
            case ORTHO -> SisProjection.GLOBE_RADIUS_M;
            case WORLD, MERCATOR -> Double.POSITIVE_INFINITY;
        };
        double reachM = contentRadiusMeters(spec, content);
        if (reachM <= limitM) {
            return spec;
        }
        String why = "shown as a " + ProjectionKind.WORLD.title() + " map: not every site's rings fit in one "
                + spec.projection().title() + " view";
        String subtitle = spec.subtitle().isEmpty() ? Character.toUpperCase(why.charAt(0)) + why.substring(1)
                : spec.subtitle() + "; " + why;
        return spec.withProjection(ProjectionKind.WORLD).withTitles(spec.title(), subtitle);
    }

    /** Projects everything into drawing operations (in the {@link #fitted} spec). */
    public static Prepared prepare(MapSpec requested, MapContent content, Basemap.Source basemaps) {
        long t0 = System.nanoTime();
        MapSpec spec = fitted(requested, content);
        MapFrame frame = MapFrame.of(spec, contentRadiusMeters(spec, content));
        String scale = spec.basemapScale() != null ? spec.basemapScale() : frame.autoBasemapScale();
        long t1 = System.nanoTime();
        Basemap basemap = basemaps == null ? null : basemaps.load(scale);
        long t2 = System.nanoTime();
        List<DrawOp> ops = new Builder(spec, content, frame, basemap).build();
        long t3 = System.nanoTime();
        return new Prepared(frame, ops, new Timings(t2 - t1, (t1 - t0) + (t3 - t2), 0,
                basemap == null ? "none" : basemap.scale()));
    }

    /** Builds the operation list of one map. */
    private static final class Builder {
        private final MapSpec spec;
        private final MapContent content;
        private final MapFrame frame;
        private final Basemap basemap;
        private final MapStyle style;
        private final Reprojector rp;
        private final List<DrawOp> ops = new ArrayList<>();
        private final LabelPlacer labels;
        private final double pt;
        private final int w;
        private final int h;

        Builder(MapSpec spec, MapContent content, MapFrame frame, Basemap basemap) {
            this.spec = spec;
            this.content = content;
            this.frame = frame;
            this.basemap = basemap;
            this.style = spec.style();
            this.rp = new Reprojector(frame.projection(), frame.view(), frame.clipLonLat(), EDGE_TOL_PX);
            this.pt = spec.pxPerPt();
            this.w = spec.widthPx();
            this.h = spec.heightPx();
            this.labels = new LabelPlacer(w, h, 4 * pt, 2 * pt);
        }

        /** A reprojector of this map for one thread (reprojectors reuse buffers). */
        private Reprojector reprojector() {
            return new Reprojector(frame.projection(), frame.view(), frame.clipLonLat(), EDGE_TOL_PX);
        }

        private static List<DrawOp> inParallel(List<Callable<DrawOp>> tasks) {
            try {
                List<DrawOp> out = new ArrayList<>();
                for (Future<DrawOp> f : POOL.invokeAll(tasks)) {
                    out.add(f.get());
                }
                return out;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while projecting the basemap", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        private boolean on(MapLayer layer) {
            return spec.layers().contains(layer);
        }

        List<DrawOp> build() {
            MapPath canvas = MapPath.rectangle(0, 0, w, h);
            ops.add(new DrawOp.Fill(canvas, style.paper()));
            MapPath outline = domainOutline();
            if (on(MapLayer.OCEAN)) {
                ops.add(new DrawOp.Fill(outline, style.ocean()));
            }
            ops.add(new DrawOp.Clip(outline));
            if (basemap != null) {
                // The basemap layers are independent: project them in parallel, draw them in order.
                List<Callable<DrawOp>> layers = new ArrayList<>();
                if (on(MapLayer.LAND) && basemap.land() != null) {
                    layers.add(() -> new DrawOp.Fill(reprojector().fillPath(basemap.land()), style.land()));
                }
                if (on(MapLayer.LAKES) && basemap.lakes() != null) {
                    layers.add(() -> new DrawOp.Fill(reprojector().fillPath(basemap.lakes()), style.lake()));
                }
                if (on(MapLayer.BORDERS) && basemap.countries() != null) {
                    layers.add(() -> new DrawOp.Stroke(reprojector().strokePath(basemap.countries()),
                            new LineStyle(style.border(), style.borderWidthPt() * pt)));
                }
                Geometry coast = basemap.coastlines() != null ? basemap.coastlines() : basemap.land();
                if (on(MapLayer.LAND) && coast != null) {
                    layers.add(() -> new DrawOp.Stroke(reprojector().strokePath(coast),
                            new LineStyle(style.coast(), style.borderWidthPt() * 1.2 * pt)));
                }
                ops.addAll(inParallel(layers));
            }
            if (on(MapLayer.GRATICULE)) {
                ops.add(new DrawOp.Stroke(rp.strokePath(graticule()),
                        new LineStyle(style.graticule(), 0.35 * pt)));
            }
            if (on(MapLayer.BANDS)) {
                for (MapBand b : content.bands()) {
                    MapPath path = b.band() != null ? bandPath(b.band()) : rp.fillPath(b.lonLat());
                    ops.add(new DrawOp.Fill(path, style.bandFill(b.colourIndex())));
                }
            }
            if (on(MapLayer.RINGS)) {
                for (MapRing r : content.rings()) {
                    double width = style.ringWidthPt() * pt * (r.emphasis() ? 1.8 : 1);
                    double[] dash = r.dashed() ? new double[] {5 * pt, 3 * pt} : new double[0];
                    ops.add(new DrawOp.Stroke(ringPath(r.ring()), new LineStyle(style.ink(), width, dash)));
                }
                for (MapOutline o : content.outlines()) {
                    double[] dash = o.dashed() ? new double[] {5 * pt, 3 * pt} : new double[0];
                    ops.add(new DrawOp.Stroke(rp.strokePath(o.lonLat()),
                            new LineStyle(style.ink(), style.ringWidthPt() * 1.5 * pt, dash)));
                }
            }
            if (on(MapLayer.SITES)) {
                for (MapSite site : content.sites()) {
                    if (site.uncertaintyKm() > 0) {
                        ops.add(new DrawOp.Stroke(ringPath(new Ring(site.point(), site.uncertaintyKm() * 1000,
                                spec.earth())), new LineStyle(style.ink(), 0.7 * pt, uncertaintyDash(pt))));
                    }
                }
            }
            ops.add(new DrawOp.Unclip());
            if (on(MapLayer.ATTRIBUTION) && !(frame.domain() instanceof Domain.World)) {
                // The world outline needs no frame; azimuthal maps get a thin neat line.
                ops.add(new DrawOp.Stroke(canvas, new LineStyle(style.ink(), 0.5 * pt)));
            } else if (frame.domain() instanceof Domain.World) {
                ops.add(new DrawOp.Stroke(outline, new LineStyle(style.coast(), 0.6 * pt)));
            }
            // Furniture first, so that map labels keep clear of it.
            List<DrawOp> furniture = new ArrayList<>();
            MapFurniture f = new MapFurniture(spec, content, frame, labels);
            if (on(MapLayer.TITLE)) {
                f.title(furniture);
            }
            if (on(MapLayer.LEGEND)) {
                f.legend(furniture);
            }
            double bottomRight = 0;
            if (on(MapLayer.ATTRIBUTION)) {
                bottomRight = f.attribution(furniture);
            }
            if (on(MapLayer.SCALE_BAR)) {
                f.scaleBar(furniture, bottomRight);
            }
            if (on(MapLayer.SITES)) {
                sites();
            }
            if (on(MapLayer.RINGS) && on(MapLayer.RING_LABELS)) {
                ringLabels();
            }
            if (on(MapLayer.TARGETS)) {
                targets();
            }
            ops.addAll(furniture);
            return ops;
        }

        // ---- geometry ----

        private MapPath domainOutline() {
            Domain d = frame.domain();
            if (frame.capRadiusMeters() > 0) {
                return capOutline(frame.capRadiusMeters());
            }
            Domain.World world = (Domain.World) d;
            if (spec.projection() == ProjectionKind.MERCATOR) {
                // A rectangle from edge meridian to edge meridian: built directly, since a lon/lat box
                // would be cut at the seam of a map not centred on Greenwich, and its cut stroked.
                double lat = world.maxAbsLatDeg();
                double[] sw = rp.project(-lat, world.centralMeridianDeg() - 180);
                double[] ne = rp.project(lat, world.centralMeridianDeg() + 180);
                // Cut at the top of the map's window: the title panel above it covers nothing of the map.
                double top = Math.max(ne[1], frame.mapTopPx());
                return MapPath.rectangle(sw[0], top, ne[0] - sw[0], sw[1] - top);
            }
            double lat = 90;
            Geometry frameBox = GF.createPolygon(new Coordinate[] {new Coordinate(-180, -lat),
                new Coordinate(180, -lat), new Coordinate(180, lat), new Coordinate(-180, lat),
                new Coordinate(-180, -lat)});
            return rp.fillPath(frameBox);
        }

        /** The edge of the clip disc, traced by the direct geodesic problem: a clean closed curve. */
        private MapPath capOutline(double radiusMeters) {
            int n = 1440;
            double[] xy = new double[2 * n];
            for (int i = 0; i < n; i++) {
                GeoPoint q = spec.earth().direct(spec.centre(), 360.0 * i / n, radiusMeters);
                double[] p = rp.project(q.latDeg(), q.lonDeg());
                xy[2 * i] = p[0];
                xy[2 * i + 1] = p[1];
            }
            return new MapPath().add(xy, xy.length, true);
        }

        private boolean exactCircle(GeoPoint centre, double radiusMeters) {
            return spec.projection() == ProjectionKind.AEQD && centre.equals(spec.centre())
                    && radiusMeters <= frame.capRadiusMeters();
        }

        /** An exact circle of the azimuthal equidistant view: projected radius = geodesic range. */
        private MapPath circle(double radiusMeters) {
            Viewport v = frame.view();
            double rPx = radiusMeters * v.pxPerMeter();
            int n = (int) Math.max(64, Math.min(16_384, Math.ceil(2 * Math.PI * rPx / 3)));
            return MapPath.circle(v.px(0), v.py(0), rPx, n);
        }

        private double ringTolMeters() {
            return Math.max(1.0, frame.view().metersPerPx() * RING_TOL_PX);
        }

        private MapPath bandPath(Band b) {
            if (exactCircle(b.centre(), b.outerMeters())) {
                MapPath p = circle(b.outerMeters());
                if (!b.isDisc()) {
                    p.addAll(circle(b.innerMeters()));
                }
                return p;
            }
            return rp.fillPath(RingPolygons.band(b, ringTolMeters()));
        }

        private MapPath ringPath(Ring r) {
            if (exactCircle(r.centre(), r.radiusMeters())) {
                return circle(r.radiusMeters());
            }
            return rp.strokePath(RingPolygons.disc(r, ringTolMeters()));
        }

        private Geometry graticule() {
            double extentKm = frame.view().halfDiagonalMeters() / 1000;
            double step = frame.domain() instanceof Domain.World || spec.projection() == ProjectionKind.ORTHO ? 30
                    : extentKm > 6000 ? 15 : extentKm > 2500 ? 10 : extentKm > 800 ? 5 : 2;
            List<LineString> lines = new ArrayList<>();
            double maxLat = 90 - step <= 80 ? 80 : 90 - step;
            boolean recentred = frame.domain() instanceof Domain.World world && world.centralMeridianDeg() != 0;
            for (double lon = -180; lon < 180; lon += step) {
                // On a map not centred on Greenwich the 180th meridian is inside the map, but a line exactly
                // on it would pass for the data's cut at ±180° and be dropped: draw it 0.1 m east of it.
                double at = lon == -180 && recentred ? -180 + GRATICULE_180_OFFSET_DEG : lon;
                lines.add(line(at, -maxLat, at, maxLat));
            }
            for (double lat = -90 + step; lat < 90; lat += step) {
                lines.add(line(-180, lat, 180, lat));
            }
            return GF.createMultiLineString(lines.toArray(new LineString[0]));
        }

        /** A lon/lat line with a vertex every degree; the reprojector densifies further where it curves. */
        private static LineString line(double lon1, double lat1, double lon2, double lat2) {
            int n = (int) Math.max(2, Math.ceil(Math.max(Math.abs(lon2 - lon1), Math.abs(lat2 - lat1))) + 1);
            Coordinate[] cs = new Coordinate[n];
            for (int i = 0; i < n; i++) {
                double t = (double) i / (n - 1);
                cs[i] = new Coordinate(lon1 + t * (lon2 - lon1), lat1 + t * (lat2 - lat1));
            }
            return GF.createLineString(cs);
        }

        // ---- labels and furniture ----

        private TextStyle text(double sizePt, boolean bold) {
            return new TextStyle(sizePt * pt, bold, style.ink(), Rgba.hex(0xFFFFFF).withAlpha(220));
        }

        private double[] size(String s, TextStyle ts) {
            return Java2dPainter.measure(s, ts);
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
                ops.add(new DrawOp.Stroke(MapPath.triangle(p[0], p[1], r),
                        new LineStyle(Rgba.hex(0xFFFFFF), 0.8 * pt)));
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
                    ops.add(new DrawOp.Text(s, b.x(), b.y() + th * 0.78, ts));
                    return true;
                }
            }
            return false;
        }

        /** Where on a ring its label is tried first (azimuths, degrees): the diagonals, then around. */
        private static final double[] LABEL_AZIMUTHS = labelAzimuths();
        /** Leader lengths tried when no box next to the ring is free (text line heights). */
        private static final double[] LEADER_LINES = {0, 1, 2, 3.5, 5, 8, 12, 18};

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

        /**
         * Labels each ring once. A label sits just outside its ring at the first free one of 36
         * positions around it; where rings crowd (480 and 500 km are a pixel apart on a continental
         * map), it moves out along a leader line, then inwards; as a last resort it is drawn where it
         * overlaps other labels rather than dropped, since the legend names bands, not rings.
         */
        private void ringLabels() {
            TextStyle ts = text(style.textPt(), false);
            Map<String, Boolean> done = new LinkedHashMap<>();
            for (MapRing r : content.rings()) {
                if (r.label().isEmpty() || done.containsKey(r.label())) {
                    continue;
                }
                double[] sz = size(r.label(), ts);
                double[] c = frame.pixel(r.ring().centre());
                List<double[]> anchors = new ArrayList<>();
                for (double az : LABEL_AZIMUTHS) {
                    GeoPoint q = spec.earth().direct(r.ring().centre(), az, r.ring().radiusMeters());
                    double[] p = frame.pixel(q);
                    if (!Double.isNaN(p[0]) && p[0] >= 0 && p[1] >= frame.mapTopPx() && p[0] <= w && p[1] <= h
                            && insideClip(q)) {
                        anchors.add(p);
                    }
                }
                if (placeRingLabel(r.label(), anchors, c, sz, ts)) {
                    done.put(r.label(), true);
                }
            }
            outlineLabels(done, ts);
        }

        /** Tries every anchor next to the ring, then with ever longer leaders out and in; see {@link #ringLabels}. */
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
                            ops.add(new DrawOp.Text(label, b.x(), b.y() + sz[1] * 0.78, ts));
                            return true;
                        }
                    }
                }
            }
            Box b = outside(anchors.get(0), c, sz, 1, 0);
            b = new Box(Math.max(0, Math.min(w - b.w(), b.x())), Math.max(0, Math.min(h - b.h(), b.y())), b.w(), b.h());
            labels.block(b);
            ops.add(new DrawOp.Text(label, b.x(), b.y() + sz[1] * 0.78, ts));
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
        private void outlineLabels(Map<String, Boolean> done, TextStyle ts) {
            for (MapOutline o : content.outlines()) {
                if (o.label().isEmpty() || done.containsKey(o.label())) {
                    continue;
                }
                Coordinate[] cs = longestExterior(o.lonLat());
                double[] sz = size(o.label(), ts);
                int n = 24;
                for (int k = 0; k < n && cs.length > 0; k++) {
                    Coordinate c = cs[(int) ((k * 7L % n) * (long) cs.length / n)];
                    if (Math.abs(c.y) > 89.999 || Math.abs(c.x) > 179.999) {
                        continue; // on the pole line or the antimeridian cut: not on the outline itself
                    }
                    GeoPoint q = GeoPoint.of(c.y, c.x);
                    double[] p = frame.pixel(q);
                    if (Double.isNaN(p[0]) || !insideClip(q)) {
                        continue;
                    }
                    Box b = new Box(p[0] - sz[0] / 2, p[1] - sz[1] / 2, sz[0], sz[1]);
                    if (labels.tryPlace(b)) {
                        ops.add(new DrawOp.Text(o.label(), b.x(), b.y() + sz[1] * 0.78, ts));
                        done.put(o.label(), true);
                        break;
                    }
                }
            }
        }

        private static Coordinate[] longestExterior(Geometry g) {
            Coordinate[] best = new Coordinate[0];
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof org.locationtech.jts.geom.Polygon p
                        && p.getExteriorRing().getNumPoints() > best.length) {
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

        private boolean insideClip(GeoPoint q) {
            return frame.capRadiusMeters() > 0
                    ? spec.earth().distanceMeters(spec.centre(), q) < frame.capRadiusMeters()
                    : !(spec.projection() == ProjectionKind.MERCATOR && Math.abs(q.latDeg()) > 85);
        }

        private void targets() {
            TextStyle ts = new TextStyle(style.textPt() * 0.9 * pt, false, Rgba.hex(0x333333),
                    Rgba.hex(0xFFFFFF).withAlpha(200));
            double r = 1.6 * pt;
            for (MapTarget t : content.targets()) {
                double[] p = frame.pixel(t.point());
                if (Double.isNaN(p[0]) || p[0] < r || p[1] < frame.mapTopPx() + r || p[0] > w - r || p[1] > h - r
                        || !insideClip(t.point())) {
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

    /** Kilometres for labels: {@link org.rangekit.range.KmFormat#label} ("5,500", "480.5", "0.001"). */
    public static String fmtKm(double km) {
        return org.rangekit.range.KmFormat.label(km);
    }
}

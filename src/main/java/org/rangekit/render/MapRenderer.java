package org.rangekit.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Draws a range map: basemap, bands, rings, sites, targets, legend, scale bar, titles and sources.
 *
 * <h2>Algorithm</h2>
 * Everything is first projected into a list of drawing operations ({@link #prepare}), then painted
 * ({@link #paint}); the split keeps projection and drawing times apart and lets tests record exactly
 * what is drawn. Preparing a map is four jobs, each a class of its own:
 * <ol>
 *   <li>fitting ({@code MapFitter}): the projection actually drawn, the map's window and scale;</li>
 *   <li>map geometry ({@code MapGeometry}): clip in lon/lat, densify and project through the
 *       {@link Reprojector}; in the site-centred azimuthal equidistant view the centre site's bands and
 *       rings are exact circles (radius = range × scale);</li>
 *   <li>layer building ({@code LayerBuilder}): the layers bottom to top, the basemap layers projected
 *       in parallel on an {@link Executor};</li>
 *   <li>furniture and label layout ({@code MapFurniture}, {@code LabelLayout}): title, legend,
 *       sources, scale bar, then markers and labels that avoid them, measured by {@link TextMetrics}.</li>
 * </ol>
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

    private MapRenderer() {
    }

    /** Prepares, measuring text through the painter, and paints; returns the timings. */
    public static Timings render(MapSpec spec, MapContent content, Basemap.Source basemaps, Painter painter) {
        Prepared p = prepare(spec, content, basemaps, painter::textSize, LayerBuilder.defaultExecutor());
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

    /**
     * The spec actually drawn: the requested one, or a world map when some site's rings do not fit in
     * the requested azimuthal view (the subtitle then says so); see {@code MapFitter.fitted}.
     */
    public static MapSpec fitted(MapSpec spec, MapContent content) {
        return MapFitter.fitted(spec, content);
    }

    /**
     * Projects everything into drawing operations (in the {@link #fitted} spec), for the Java2D
     * painter, on the default executor (the common fork-join pool, helped by the calling thread).
     */
    public static Prepared prepare(MapSpec requested, MapContent content, Basemap.Source basemaps) {
        return prepare(requested, content, basemaps, TextMetrics.java2d(), LayerBuilder.defaultExecutor());
    }

    /**
     * Projects everything into drawing operations (in the {@link #fitted} spec).
     *
     * @param requested the map asked for
     * @param content what goes on it
     * @param basemaps the basemap at each scale, or null for none
     * @param metrics text metrics of the painter that will draw the map
     * @param executor runs the projection of basemap layers, helped by the calling thread (which runs
     *        everything itself with {@code Runnable::run})
     */
    public static Prepared prepare(MapSpec requested, MapContent content, Basemap.Source basemaps,
            TextMetrics metrics, Executor executor) {
        return prepare(requested, content, basemaps, metrics, executor, false);
    }

    /**
     * Like {@link #prepare(MapSpec, MapContent, Basemap.Source)}, but returns as soon as everything except
     * the basemap layers is prepared: those come as {@link DrawOp.Pending} operations still being projected
     * on the default executor, so that {@link #paint} starts with the paper and the first layers while the
     * later ones are projected. The painted result is the same. The timings' projection then leaves out
     * the basemap layers, which are projected while painting.
     */
    static Prepared preparePending(MapSpec requested, MapContent content, Basemap.Source basemaps) {
        return prepare(requested, content, basemaps, TextMetrics.java2d(), LayerBuilder.defaultExecutor(), true);
    }

    private static Prepared prepare(MapSpec requested, MapContent content, Basemap.Source basemaps,
            TextMetrics metrics, Executor executor, boolean pending) {
        long t0 = System.nanoTime();
        MapSpec spec = MapFitter.fitted(requested, content);
        MapFrame frame = MapFitter.frame(spec, content, metrics);
        String scale = spec.basemapScale() != null ? spec.basemapScale() : frame.autoBasemapScale();
        long t1 = System.nanoTime();
        Basemap basemap = basemaps == null ? null : basemaps.load(scale);
        long t2 = System.nanoTime();
        List<DrawOp> ops = build(content, frame, basemap, metrics, executor, pending);
        long t3 = System.nanoTime();
        return new Prepared(frame, ops, new Timings(t2 - t1, (t1 - t0) + (t3 - t2), 0,
                basemap == null ? "none" : basemap.scale()));
    }

    /** Layers, then labels that keep clear of the furniture, then the furniture on top. */
    private static List<DrawOp> build(MapContent content, MapFrame frame, Basemap basemap, TextMetrics metrics,
            Executor executor, boolean pending) {
        MapSpec spec = frame.spec();
        MapGeometry geometry = new MapGeometry(frame);
        List<DrawOp> ops = new ArrayList<>(new LayerBuilder(content, geometry, executor).build(basemap, pending));
        // Furniture first, so that map labels keep clear of it.
        LabelPlacer labels = LabelLayout.placer(spec);
        List<DrawOp> furniture = new ArrayList<>();
        MapFurniture f = new MapFurniture(spec, content, frame, labels, metrics);
        if (spec.layers().contains(MapLayer.TITLE)) {
            f.title(furniture);
        }
        if (spec.layers().contains(MapLayer.LEGEND)) {
            f.legend(furniture);
        }
        double bottomRight = 0;
        if (spec.layers().contains(MapLayer.ATTRIBUTION)) {
            bottomRight = f.attribution(furniture);
        }
        if (spec.layers().contains(MapLayer.SCALE_BAR)) {
            f.scaleBar(furniture, bottomRight);
        }
        ops.addAll(new LabelLayout(content, geometry, labels, metrics).layout());
        ops.addAll(furniture);
        return ops;
    }
}

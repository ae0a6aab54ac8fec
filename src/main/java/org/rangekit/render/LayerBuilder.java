package org.rangekit.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.locationtech.jts.geom.Geometry;
import org.rangekit.projection.Domain;
import org.rangekit.range.Threshold;
import org.rangekit.render.MapContent.MapBand;
import org.rangekit.render.MapContent.MapHatch;
import org.rangekit.render.MapContent.MapOutline;
import org.rangekit.render.MapContent.MapRing;
import org.rangekit.render.Painter.LineStyle;

/**
 * Builds the drawing operations of a map's layers, bottom to top: paper, ocean, the basemap (land,
 * lakes, borders, coast), graticule, bands, hatched "possibly in range" areas, rings and outlines, and the neat
 * line or world outline. Labels and furniture come on top ({@link LabelLayout}, {@link MapFurniture}).
 *
 * <h2>Concurrency</h2>
 * The basemap layers are independent, and projecting them is most of a map's time: they are projected
 * as tasks on the given {@link Executor} ({@link LayerTasks}), each with its own {@link Reprojector},
 * and drawn in their fixed order whatever order they finish in. The calling thread takes part: it runs
 * every task the executor has not started yet, so the result is the same, and never waits for ever,
 * with a direct executor ({@code Runnable::run}), a busy pool or one that rejects or drops tasks. Built
 * as {@link DrawOp.Pending pending} operations, the layers are taken by the painter instead, which
 * then paints the first layers while the executor still projects the later ones.
 *
 * <p>Not thread-safe; one per map.
 */
final class LayerBuilder {

    /** Ink of radials and sectors: a purple that no band palette or basemap layer uses. */
    static final Rgba FAN_INK = Rgba.hex(0x6A1B9A);
    /** Fill of sectors: the same purple, light enough to keep the bands below readable. */
    static final Rgba FAN_FILL = FAN_INK.withAlpha(46);

    /**
     * Whether a ring or outline of this role is drawn dashed: a claimed range is, so that it never passes
     * for a treaty limit; limits and plain ranges are solid. The one place that decides it.
     */
    static boolean dashed(Threshold.Role role) {
        return role == Threshold.Role.CLAIMED;
    }

    /**
     * Dashes of a ring on another earth model than the map's ({@link SphereRings}): 1.5 pt dashes,
     * 2 pt gaps, unlike a claimed range's.
     */
    static double[] otherEarthDash(double pxPerPt) {
        return new double[] {1.5 * pxPerPt, 2 * pxPerPt};
    }

    /** Dashes of a claimed range's ring: 5 pt dashes, 3 pt gaps (pixels at {@code pxPerPt}). */
    static double[] claimDash(double pxPerPt) {
        return new double[] {5 * pxPerPt, 3 * pxPerPt};
    }

    /** Lines of a hatched "possibly in range" area: 0.6 pt, the ink at 70 % opacity. */
    static LineStyle hatchStyle(MapStyle style, double pxPerPt) {
        return new LineStyle(style.ink().withAlpha(180), 0.6 * pxPerPt);
    }

    /** Distance between hatch lines: 4 pt (pixels at {@code pxPerPt}). */
    static double hatchSpacing(double pxPerPt) {
        return 4 * pxPerPt;
    }

    /**
     * The executor used when none is given: the JVM's common fork-join pool, whose daemon threads are
     * shared with parallel streams and never keep the JVM alive. With the calling thread taking part,
     * a two-core machine projects two layers at a time.
     */
    static Executor defaultExecutor() {
        return ForkJoinPool.commonPool();
    }

    private final MapSpec spec;
    private final MapContent content;
    private final MapFrame frame;
    private final MapGeometry geometry;
    private final Executor executor;
    private final MapStyle style;
    private final double pt;

    /**
     * @param content what goes on the map
     * @param geometry the map's geometry (its frame's spec is the one drawn)
     * @param executor runs the projection of basemap layers; the calling thread helps
     */
    LayerBuilder(MapContent content, MapGeometry geometry, Executor executor) {
        this.frame = geometry.frame();
        this.spec = frame.spec();
        this.content = content;
        this.geometry = geometry;
        this.executor = executor;
        this.style = spec.style();
        this.pt = spec.pxPerPt();
    }

    private boolean on(MapLayer layer) {
        return spec.layers().contains(layer);
    }

    /**
     * The map's layers, bottom to top.
     *
     * @param basemap the basemap, or null for none
     */
    List<DrawOp> build(Basemap basemap) {
        return build(basemap, false);
    }

    /**
     * The map's layers, bottom to top.
     *
     * @param basemap the basemap, or null for none
     * @param pending whether the basemap layers may be returned as {@link DrawOp.Pending} operations still
     *        being projected on the executor (every one of them is handed to it before the other layers
     *        are built here), rather than waited for (the calling thread then projects the first itself)
     */
    List<DrawOp> build(Basemap basemap, boolean pending) {
        List<DrawOp> ops = new ArrayList<>();
        MapPath canvas = MapPath.rectangle(0, 0, spec.widthPx(), spec.heightPx());
        ops.add(new DrawOp.Fill(canvas, style.paper()));
        MapPath outline = geometry.domainOutline();
        if (on(MapLayer.OCEAN)) {
            ops.add(new DrawOp.Fill(outline, style.ocean()));
        }
        ops.add(new DrawOp.Clip(outline));
        if (basemap != null) {
            LayerTasks tasks = new LayerTasks(basemapLayers(basemap));
            tasks.start(executor, pending ? 0 : 1);
            for (int i = 0; i < tasks.size(); i++) {
                ops.add(pending ? new DrawOp.Pending(tasks, i) : tasks.get(i));
            }
        }
        if (on(MapLayer.GRATICULE)) {
            ops.add(new DrawOp.Stroke(geometry.strokePath(geometry.graticule()),
                    new LineStyle(style.graticule(), 0.35 * pt)));
        }
        if (on(MapLayer.BANDS)) {
            for (MapBand b : content.bands()) {
                MapPath path = b.band() != null ? geometry.bandPath(b.band()) : geometry.fillPath(b.lonLat());
                ops.add(new DrawOp.Fill(path, style.bandFill(b.colourIndex())));
            }
        }
        if (on(MapLayer.BANDS)) {
            for (MapHatch h : content.hatches()) {
                MapPath path = h.band() != null ? geometry.bandPath(h.band()) : geometry.fillPath(h.lonLat());
                ops.add(new DrawOp.Hatch(path, hatchStyle(style, pt), hatchSpacing(pt)));
            }
        }
        if (on(MapLayer.RINGS)) {
            for (MapRing r : content.rings()) {
                double width = style.ringWidthPt() * pt * (r.emphasis() ? 1.8 : 1);
                double[] dash = r.ring().earth() != spec.earth() ? otherEarthDash(pt) : dash(r.role());
                ops.add(new DrawOp.Stroke(geometry.ringPath(r.ring()), new LineStyle(style.ink(), width, dash)));
            }
            for (MapOutline o : content.outlines()) {
                ops.add(new DrawOp.Stroke(geometry.strokePath(o.lonLat()),
                        new LineStyle(style.ink(), style.ringWidthPt() * 1.5 * pt, dash(o.role()))));
            }
            for (MapContent.MapFanPart f : content.fan()) {
                if (f.sector()) {
                    ops.add(new DrawOp.Fill(geometry.fillPath(f.lonLat()), FAN_FILL));
                    ops.add(new DrawOp.Stroke(geometry.strokePath(f.lonLat()),
                            new LineStyle(FAN_INK, style.ringWidthPt() * 1.4 * pt)));
                } else {
                    ops.add(new DrawOp.Stroke(geometry.strokePath(f.lonLat()),
                            new LineStyle(FAN_INK, style.ringWidthPt() * 0.8 * pt)));
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
        return ops;
    }

    private double[] dash(Threshold.Role role) {
        return dashed(role) ? claimDash(pt) : new double[0];
    }

    /** One projection task per basemap layer that is on and present, in drawing order. */
    private List<Callable<DrawOp>> basemapLayers(Basemap basemap) {
        List<Callable<DrawOp>> layers = new ArrayList<>();
        if (on(MapLayer.LAND) && basemap.land() != null) {
            layers.add(() -> new DrawOp.Fill(geometry.newReprojector().fillPath(basemap.land()), style.land()));
        }
        if (on(MapLayer.LAKES) && basemap.lakes() != null) {
            layers.add(() -> new DrawOp.Fill(geometry.newReprojector().fillPath(basemap.lakes()), style.lake()));
        }
        if (on(MapLayer.BORDERS) && basemap.countries() != null) {
            layers.add(() -> new DrawOp.Stroke(geometry.newReprojector().strokePath(basemap.countries()),
                    new LineStyle(style.border(), style.borderWidthPt() * pt)));
        }
        Geometry coast = basemap.coastlines() != null ? basemap.coastlines() : basemap.land();
        if (on(MapLayer.LAND) && coast != null) {
            layers.add(() -> new DrawOp.Stroke(geometry.newReprojector().strokePath(coast),
                    new LineStyle(style.coast(), style.borderWidthPt() * 1.2 * pt)));
        }
        return layers;
    }
}

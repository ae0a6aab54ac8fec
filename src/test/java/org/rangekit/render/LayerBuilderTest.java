package org.rangekit.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.CategorySet;
import org.rangekit.range.Ring;
import org.rangekit.range.Site;
import org.rangekit.range.Threshold;
import org.rangekit.range.Threshold.Role;
import org.rangekit.range.ThresholdSet;
import org.rangekit.render.MapContent.MapRing;

/**
 * The layer builder: basemap layers are projected on the executor it is given, with the same result
 * whatever runs them (a pool, the calling thread, an executor that drops or rejects tasks); a ring's
 * line style follows its role, never the wording of its label.
 */
class LayerBuilderTest {

    static final Site KY = MapContentTest.KY;
    /** A second site 400 km from Kapustin Yar, so that its discs and KY's overlap into a union. */
    static final Site SECOND = new Site("second", "Second", EarthModel.WGS84.direct(KY.point(), 90, 400_000), "", 0);
    /** Whole-globe basemap with its land cells as lakes too: land, lakes, borders and coast, four tasks. */
    static final Basemap BASEMAP = withLakes(SyntheticBasemap.create());

    static Basemap withLakes(Basemap b) {
        return new Basemap(b.scale(), b.land(), b.countries(), b.coastlines(), b.land());
    }

    static MapGeometry geometry(ProjectionKind kind, Set<MapLayer> layers) {
        MapSpec spec = new MapSpec(800, 600, 72, kind, KY.point(), 3000, EarthModel.WGS84,
                layers.isEmpty() ? EnumSet.of(MapLayer.BANDS) : EnumSet.copyOf(layers), MapStyle.DEFAULT, null,
                "", "");
        return new MapGeometry(MapFrame.of(spec, 0));
    }

    static List<DrawOp> build(MapContent content, ProjectionKind kind, Set<MapLayer> layers, Basemap basemap,
            Executor executor) {
        return new LayerBuilder(content, geometry(kind, layers), executor).build(basemap);
    }

    /** Every coordinate and style of every operation, so two lists compare exactly. */
    static String fingerprint(List<DrawOp> ops) {
        StringBuilder sb = new StringBuilder();
        for (DrawOp op : ops) {
            sb.append(op.getClass().getSimpleName());
            MapPath path = op instanceof DrawOp.Fill f ? f.path() : op instanceof DrawOp.Stroke s ? s.path()
                    : op instanceof DrawOp.Clip c ? c.path() : new MapPath();
            for (MapPath.Part part : path.parts()) {
                sb.append(Arrays.toString(part.xy())).append(part.closed());
            }
            if (op instanceof DrawOp.Fill f) {
                sb.append(f.colour());
            } else if (op instanceof DrawOp.Stroke s) {
                sb.append(s.style().colour()).append(s.style().widthPx()).append(Arrays.toString(s.style().dashPx()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static final Set<MapLayer> BASEMAP_LAYERS = EnumSet.of(MapLayer.LAND, MapLayer.LAKES, MapLayer.BORDERS);

    @Test
    void basemapLayersAreProjectedOnTheInjectedExecutor() {
        AtomicInteger handedOver = new AtomicInteger();
        Executor counting = task -> {
            handedOver.incrementAndGet();
            task.run();
        };
        build(MapContentTest.inf(KY), ProjectionKind.AEQD, BASEMAP_LAYERS, BASEMAP, counting);
        // Land, lakes, borders, coast: the calling thread keeps the first, the executor gets the other three.
        assertEquals(3, handedOver.get());
        handedOver.set(0);
        build(MapContentTest.inf(KY), ProjectionKind.AEQD, EnumSet.of(MapLayer.BORDERS), BASEMAP, counting);
        assertEquals(0, handedOver.get(), "a single layer is projected by the calling thread");
    }

    @Test
    void theLayersAreTheSameWhateverRunsTheProjection() {
        MapContent content = MapContentTest.inf(KY);
        Set<MapLayer> layers = EnumSet.allOf(MapLayer.class);
        String direct = fingerprint(build(content, ProjectionKind.AEQD, layers, BASEMAP, Runnable::run));
        assertTrue(direct.lines().count() > 10, direct);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            assertEquals(direct, fingerprint(build(content, ProjectionKind.AEQD, layers, BASEMAP, pool)));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(direct, fingerprint(build(content, ProjectionKind.AEQD, layers, BASEMAP,
                LayerBuilder.defaultExecutor())));
        // An executor that drops its tasks, or rejects them: the calling thread runs them, and never waits
        // for ever.
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            assertEquals(direct, fingerprint(build(content, ProjectionKind.AEQD, layers, BASEMAP, task -> { })));
            assertEquals(direct, fingerprint(build(content, ProjectionKind.AEQD, layers, BASEMAP, task -> {
                throw new RejectedExecutionException("full");
            })));
        });
    }

    /** The dash patterns of the ring and outline strokes, in content order. */
    static List<double[]> ringDashes(MapContent content) {
        List<double[]> dashes = new ArrayList<>();
        for (DrawOp op : build(content, ProjectionKind.AEQD, EnumSet.of(MapLayer.RINGS), null, Runnable::run)) {
            if (op instanceof DrawOp.Stroke s) {
                dashes.add(s.style().dashPx());
            }
        }
        return dashes;
    }

    @Test
    void aRingIsDashedByItsRoleNotByItsLabel() {
        double pt = 1; // 72 dpi
        Ring ring = new Ring(KY.point(), 480_000, EarthModel.WGS84);
        MapContent content = new MapContent(List.of(), List.of(
                new MapRing(ring, "480 km — claimed 9M729 range", false, Role.LIMIT),
                new MapRing(ring, "480 km", false, Role.CLAIMED),
                new MapRing(ring, "", false, Role.PLAIN)), List.of(), List.of(), List.of(), "", "", "");
        List<double[]> dashes = ringDashes(content);
        assertEquals(3, dashes.size());
        assertArrayEquals(new double[0], dashes.get(0), "a limit whose label says 'claimed' is solid");
        assertArrayEquals(new double[] {5 * pt, 3 * pt}, dashes.get(1), "a claimed range is dashed");
        assertArrayEquals(new double[0], dashes.get(2));
    }

    @Test
    void rangeLayersCarryEachThresholdsRoleToRingsAndUnionOutlines() {
        ThresholdSet set = new ThresholdSet("t", List.of(new Threshold(300, "", Role.CLAIMED),
                new Threshold(600, "not claimed by anyone", Role.LIMIT), new Threshold(900, "claim", Role.PLAIN)),
                CategorySet.inf());
        MapContent one = RangeLayers.build(List.of(KY), set, EarthModel.WGS84, false, List.of(), "", "");
        assertEquals(List.of(Role.CLAIMED, Role.LIMIT, Role.PLAIN), one.rings().stream().map(MapRing::role).toList());
        MapContent union = RangeLayers.build(List.of(KY, SECOND), set, EarthModel.WGS84, true, List.of(), "", "");
        assertEquals(List.of(Role.CLAIMED, Role.LIMIT, Role.PLAIN),
                union.outlines().stream().map(MapContent.MapOutline::role).toList());
        List<double[]> dashes = ringDashes(union);
        assertEquals(3, dashes.size());
        assertEquals(List.of(2, 0, 0), dashes.stream().map(d -> d.length).toList());
    }

    @Test
    void theLegendShowsTheClaimedRangeAsADashedLine() {
        GeoPoint c = KY.point();
        MapContent content = RangeLayers.build(List.of(KY), ThresholdSet.inf(), EarthModel.WGS84, false,
                List.of(), "", "");
        MapSpec spec = new MapSpec(800, 600, 72, ProjectionKind.AEQD, c, 3000, EarthModel.WGS84,
                EnumSet.of(MapLayer.LEGEND, MapLayer.RINGS), MapStyle.DEFAULT, null, "", "");
        List<DrawOp> legend = new ArrayList<>();
        new MapFurniture(spec, content, MapFrame.of(spec, 0), LabelLayout.placer(spec), TextMetrics.java2d())
                .legend(legend);
        // Rows follow one another: the dashed sample's row is the one labelled with the claimed range.
        int dashedRow = -1;
        int claimedText = -1;
        for (int i = 0; i < legend.size(); i++) {
            if (legend.get(i) instanceof DrawOp.Stroke s && s.style().dashPx().length == 2) {
                dashedRow = i;
            }
            if (legend.get(i) instanceof DrawOp.Text t && t.text().equals("480 km — claimed 9M729 range")) {
                claimedText = i;
            }
        }
        assertTrue(dashedRow >= 0 && claimedText == dashedRow + 1, "dashed sample at " + dashedRow
                + ", claimed range's text at " + claimedText);
    }
}

package org.rangekit.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import org.rangekit.scenario.MapFormat;

/**
 * Painting that starts while the basemap is still projected ({@link MapRenderer#preparePending}, what
 * {@link MapWriter#write} does) gives the very pixels and PNG bytes of painting after everything is
 * projected ({@link MapRenderer#prepare}): for the seed map on the real 50m basemap, and for seeded sites
 * in every projection on the whole-globe synthetic basemap; with the font warm-up running alongside.
 */
class PendingPaintTest {

    static int[] pixels(BufferedImage img) {
        return ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    }

    static MapSpec spec(ProjectionKind kind, GeoPoint centre, int w, int h, String scale) {
        return new MapSpec(w, h, 150, kind, centre, Double.NaN, EarthModel.WGS84, EnumSet.allOf(MapLayer.class),
                MapStyle.DEFAULT, scale, "title", "subtitle");
    }

    static void assertSamePixels(MapSpec spec, MapContent content, Basemap.Source basemaps) {
        BufferedImage sequential = MapWriter.image(spec, MapRenderer.prepare(spec, content, basemaps));
        BufferedImage pending = MapWriter.image(spec, MapRenderer.preparePending(spec, content, basemaps));
        assertArrayEquals(pixels(sequential), pixels(pending), () -> spec.projection() + " at " + spec.centre());
    }

    @Test
    void theSeedMapOnThe50mBasemapHasTheSamePixelsAndBytes() {
        MapSpec spec = spec(ProjectionKind.AEQD, MapContentTest.KY.point(), 1000, 700, "50m");
        MapContent content = RangeLayers.build(List.of(MapContentTest.KY), ThresholdSet.inf(), EarthModel.WGS84,
                false, List.of(), "", "");
        Java2dWarmup.start();
        BufferedImage sequential = MapWriter.image(spec, MapRenderer.prepare(spec, content, EmbeddedBasemaps::load));
        byte[] written = MapWriter.write(spec, content, EmbeddedBasemaps::load, MapFormat.PNG).bytes();
        assertArrayEquals(PngEncoder.rgb(sequential, MapWriter.pixelsPerMeter(spec.dpi())), written);
        long inked = java.util.Arrays.stream(pixels(sequential)).distinct().count();
        assertTrue(inked > 50, "a map, not a blank canvas: " + inked + " colours");
    }

    @Test
    void seededSitesInEveryProjectionHaveTheSamePixels() {
        Basemap synthetic = LayerBuilderTest.withLakes(SyntheticBasemap.create());
        SplittableRandom rnd = new SplittableRandom(20261202);
        for (ProjectionKind kind : List.of(ProjectionKind.AEQD, ProjectionKind.ORTHO, ProjectionKind.WORLD,
                ProjectionKind.MERCATOR)) {
            for (int i = 0; i < 3; i++) {
                GeoPoint p = GeoPoint.of(rnd.nextDouble(-80, 80), rnd.nextDouble(-180, 180));
                Site site = new Site("s" + i, "Site " + i, p, "", rnd.nextDouble(0, 60));
                MapContent content = RangeLayers.build(List.of(site), ThresholdSet.inf(), EarthModel.WGS84, false,
                        List.of(), "", "");
                assertSamePixels(spec(kind, p, 480, 360, null), content, scale -> synthetic);
            }
        }
    }

    @Test
    void theFontWarmUpRunningAlongsideLeavesThePixelsAlone() throws InterruptedException {
        MapSpec spec = spec(ProjectionKind.AEQD, MapContentTest.KY.point(), 640, 420, "110m");
        MapContent content = RangeLayers.build(List.of(MapContentTest.KY), ThresholdSet.inf(), EarthModel.WGS84,
                false, List.of(), "", "");
        MapRenderer.Prepared prepared = MapRenderer.prepare(spec, content, EmbeddedBasemaps::load);
        int[] before = pixels(MapWriter.image(spec, prepared)).clone();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread warm = new Thread(() -> {
            while (!stop.get()) {
                Java2dWarmup.run();
            }
        });
        warm.start();
        try {
            for (int i = 0; i < 3; i++) {
                assertArrayEquals(before, pixels(MapWriter.image(spec, prepared)));
            }
        } finally {
            stop.set(true);
            warm.join();
        }
    }
}

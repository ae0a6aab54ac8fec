package org.rangekit.bench;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import org.rangekit.render.EmbeddedBasemaps;
import org.rangekit.render.MapContent;
import org.rangekit.render.MapRenderer;
import org.rangekit.render.MapSpec;
import org.rangekit.render.MapStyle;
import org.rangekit.render.MapWriter;
import org.rangekit.render.RangeLayers;

/**
 * The render step of the seed map (Kapustin Yar, INF preset, 2000x1400, 50m basemap already loaded):
 * {@code prepare} = clip, densify and project every layer; {@code paint} = draw the prepared map into
 * an image (no PNG encoding); {@code pngBytes} = the whole step up to encoded PNG bytes.
 *
 * <p>Run: {@code scripts/bench MapRenderBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class MapRenderBenchmark {

    @Param({"aeqd", "ortho", "world"})
    public String projection;

    private MapSpec spec;
    private MapContent content;
    private MapRenderer.Prepared prepared;

    @Setup
    public void setup() {
        Site ky = new Site("kapustin-yar", "Kapustin Yar", GeoPoint.of(48.58175, 45.74481), "", 50);
        spec = new MapSpec(2000, 1400, 150, ProjectionKind.parse(projection), ky.point(), Double.NaN,
                EarthModel.WGS84, null, MapStyle.DEFAULT, "50m", "INF Treaty ranges from Kapustin Yar", "");
        content = RangeLayers.build(List.of(ky), ThresholdSet.inf(), EarthModel.WGS84, false, List.of(), "",
                "Natural Earth; GeoNames");
        EmbeddedBasemaps.load("50m"); // data loading is not part of the render step
        prepared = MapRenderer.prepare(spec, content, EmbeddedBasemaps::load);
    }

    @Benchmark
    public MapRenderer.Prepared prepare() {
        return MapRenderer.prepare(spec, content, EmbeddedBasemaps::load);
    }

    @Benchmark
    public BufferedImage paint() {
        return MapWriter.image(spec, prepared);
    }

    @Benchmark
    public byte[] pngBytes() {
        return MapWriter.write(spec, content, EmbeddedBasemaps::load, org.rangekit.scenario.MapFormat.PNG).bytes();
    }
}

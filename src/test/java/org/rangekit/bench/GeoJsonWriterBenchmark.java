package org.rangekit.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geometry.RingPolygons;
import org.rangekit.io.out.GeoJsonWriter;
import org.rangekit.io.out.RingFeatures;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.range.Ring;
import org.rangekit.range.Site;
import org.rangekit.range.Threshold;
import org.rangekit.range.ThresholdSet;

/**
 * Time to write the Kapustin Yar INF discs (the README's first command) as GeoJSON, polygons
 * already built: rounding, orientation check, bboxes and JSON generation.
 *
 * <p>Run: {@code scripts/bench GeoJsonWriterBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GeoJsonWriterBenchmark {

    private List<GeoJsonWriter.Feature> features;

    @Setup
    public void setup() {
        Site ky = SiteCatalog.builtIn().find("kapustin-yar").orElseThrow();
        features = new ArrayList<>();
        ThresholdSet inf = ThresholdSet.inf();
        for (Threshold t : inf.thresholds()) {
            Ring ring = new Ring(ky.point(), t.radiusMeters(), EarthModel.WGS84);
            features.add(RingFeatures.of(RingPolygons.disc(ring, RingPolygons.DEFAULT_TOLERANCE_M), ky, 0,
                    t.radiusKm(), t.label(), inf.categoryOf(t.radiusKm()),
                    RingPolygons.discAreaSquareMeters(ring) / 1e6, EarthModel.WGS84));
        }
    }

    @Benchmark
    public long writeKapustinYarInf() throws IOException {
        Counting out = new Counting();
        GeoJsonWriter.write(out, features);
        return out.bytes;
    }

    /** Counts bytes and drops them, so the benchmark measures the writer and not a disk. */
    static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}

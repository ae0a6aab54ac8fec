package org.rangekit.bench;

import java.util.concurrent.TimeUnit;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Geometry;
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
import org.rangekit.geometry.RingPolygons;
import org.rangekit.range.Ring;

/**
 * Time to build one ring polygon at the default 50 m tolerance, against a baseline of the same
 * number of plain GeographicLib direct calls (the floor any geodesic ring builder pays).
 *
 * <p>Run: {@code scripts/bench RingBenchmark}. The number of direct calls per ring is printed
 * at setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RingBenchmark {

    /** Kapustin Yar 5,500 km (holds the North Pole), 1,000 km, and Petropavlovsk 5,500 km (crosses ±180°). */
    @Param({"ky-5500", "ky-1000", "pk-5500"})
    public String ring;

    private Ring r;
    private int directCalls;

    @Setup
    public void setup() {
        r = switch (ring) {
            case "ky-5500" -> new Ring(GeoPoint.of(48.58, 45.8), 5_500e3, EarthModel.WGS84);
            case "ky-1000" -> new Ring(GeoPoint.of(48.58, 45.8), 1_000e3, EarthModel.WGS84);
            case "pk-5500" -> new Ring(GeoPoint.of(53.0167, 158.65), 5_500e3, EarthModel.WGS84);
            default -> throw new IllegalArgumentException(ring);
        };
        directCalls = RingPolygons.directCalls(r, RingPolygons.DEFAULT_TOLERANCE_M);
        Geometry g = RingPolygons.disc(r, RingPolygons.DEFAULT_TOLERANCE_M);
        System.out.printf("%n%s: %d direct calls, %d vertices%n", ring, directCalls, g.getNumPoints());
    }

    @Benchmark
    public Geometry buildRing() {
        return RingPolygons.disc(r, RingPolygons.DEFAULT_TOLERANCE_M);
    }

    /** Baseline: as many plain GeographicLib direct calls as the ring builder makes. */
    @Benchmark
    public double baselineDirectCalls() {
        Geodesic g = Geodesic.WGS84;
        double acc = 0;
        double step = 360.0 / directCalls;
        for (int i = 0; i < directCalls; i++) {
            acc += g.Direct(r.centre().latDeg(), r.centre().lonDeg(), i * step, r.radiusMeters(),
                    GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE).lat2;
        }
        return acc;
    }

    @Benchmark
    public double discArea() {
        return RingPolygons.discAreaSquareMeters(r);
    }
}

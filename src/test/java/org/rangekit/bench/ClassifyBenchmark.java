package org.rangekit.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.rangekit.coverage.BandScheme;
import org.rangekit.coverage.FastClassifier;
import org.rangekit.coverage.TargetPoints;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.range.ThresholdSet;

/**
 * Classifies 1,000,000 seeded random points (uniform on the sphere) into the INF preset's bands
 * around Kapustin Yar: the fast exact path ({@link FastClassifier}) against a plain GeographicLib
 * inverse loop, in the same run. One operation = all 1,000,000 points, so points/s = ops/s × 10⁶.
 * The setup checks that both give identical counts per band and aborts the run otherwise.
 *
 * <pre>
 * scripts/bench ClassifyBenchmark -f 1 -wi 2 -i 3 -t 1
 * scripts/bench ClassifyBenchmark -f 1 -wi 2 -i 3 -t 2
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClassifyBenchmark {

    static final int N = 1_000_000;
    static final GeoPoint KAPUSTIN_YAR = GeoPoint.of(48.58175, 45.74481);

    double[] lat;
    double[] lon;
    TargetPoints points;
    BandScheme scheme;
    FastClassifier fast;

    @Setup(Level.Trial)
    public void setup() {
        SplittableRandom rnd = new SplittableRandom(20261129L);
        lat = new double[N];
        lon = new double[N];
        for (int i = 0; i < N; i++) {
            lat[i] = Math.toDegrees(Math.asin(rnd.nextDouble(-1, 1)));
            lon[i] = rnd.nextDouble(-180, 180);
        }
        points = new TargetPoints(EarthModel.WGS84, lat, lon);
        scheme = BandScheme.of(ThresholdSet.inf());
        fast = FastClassifier.of(KAPUSTIN_YAR, scheme, points);
        long[] a = fastPath();
        long[] b = geographicLibLoop();
        if (!Arrays.equals(a, b)) {
            throw new IllegalStateException("counts differ: fast " + Arrays.toString(a) + " exact " + Arrays.toString(b));
        }
        System.out.println("\ncounts per band (none, " + String.join(", ",
                scheme.bands().stream().map(x -> x.label()).toList()) + "): " + Arrays.toString(a)
                + " identical for both paths; exact inverses on the fast path: "
                + fast.classifyInto(points, 0, N, new int[N]));
    }

    /** Fast path on prepared targets (unit vectors computed once, as for a reused target set). */
    @Benchmark
    public long[] fastPath() {
        long[] counts = new long[scheme.size() + 1];
        for (int i = 0; i < N; i++) {
            counts[fast.classify(points, i) + 1]++;
        }
        return counts;
    }

    /** Fast path including the preparation of the targets' unit vectors (one sin/cos pair each). */
    @Benchmark
    public long[] fastPathWithPreparation() {
        TargetPoints p = new TargetPoints(EarthModel.WGS84, lat, lon);
        FastClassifier f = FastClassifier.of(KAPUSTIN_YAR, scheme, p);
        long[] counts = new long[scheme.size() + 1];
        for (int i = 0; i < N; i++) {
            counts[f.classify(p, i) + 1]++;
        }
        return counts;
    }

    /** The reference: GeographicLib's inverse for every point. */
    @Benchmark
    public long[] geographicLibLoop() {
        Geodesic g = Geodesic.WGS84;
        long[] counts = new long[scheme.size() + 1];
        double la = KAPUSTIN_YAR.latDeg();
        double lo = KAPUSTIN_YAR.lonDeg();
        for (int i = 0; i < N; i++) {
            double d = g.Inverse(la, lo, lat[i], lon[i], GeodesicMask.DISTANCE).s12;
            counts[scheme.bandOf(d) + 1]++;
        }
        return counts;
    }
}

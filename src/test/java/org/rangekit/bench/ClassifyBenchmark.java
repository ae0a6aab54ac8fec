package org.rangekit.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
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
 * The setup checks that every path gives identical counts per band and aborts the run otherwise.
 *
 * <p>The {@code …AllCores} variants split the 1,000,000 points into one contiguous slice per
 * available processor, each counted by its own pool thread into its own array (no shared writes),
 * so one operation is still all the points: run them with JMH's {@code -t 1}. JMH's {@code -t 2}
 * instead runs every benchmark method in two threads at once, each classifying all the points, and
 * sums their throughput; that measures two independent jobs sharing the machine. Each method also
 * reports {@code processCpuSeconds} per second ({@link CpuShare}): how many cores the run really got.
 *
 * <p>Results and their load averages: docs/coverage.md, "Performance".
 *
 * <pre>
 * scripts/bench ClassifyBenchmark -f 1 -wi 2 -i 5 -t 1 -w 2s -r 3s
 * scripts/bench 'ClassifyBenchmark.(streamed|geographicLibLoop)$' -f 1 -wi 2 -i 5 -t 2 -w 2s -r 3s
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
    int threads;
    ExecutorService pool;

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
        threads = Runtime.getRuntime().availableProcessors();
        pool = Executors.newFixedThreadPool(threads);
        long[] a = fastPath();
        long[] b = geographicLibLoop();
        List<long[]> others = List.of(fastPathWithPreparation(), streamed(), streamedAllCores(),
                geographicLibLoopAllCores());
        for (long[] c : others) {
            if (!Arrays.equals(a, b) || !Arrays.equals(a, c)) {
                throw new IllegalStateException("counts differ: fast " + Arrays.toString(a) + " exact "
                        + Arrays.toString(b) + " other " + Arrays.toString(c));
            }
        }
        System.out.println("\ncounts per band (none, " + String.join(", ",
                scheme.bands().stream().map(x -> x.label()).toList()) + "): " + Arrays.toString(a)
                + " identical for both paths; exact inverses on the fast path: "
                + fast.classifyInto(points, 0, N, new int[N]) + "; all-cores variants use " + threads + " threads");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdown();
    }

    /**
     * Process CPU time per operation, reported by JMH per wall second: the number of cores this JVM
     * actually got (≈ 1 for a single-threaded method, ≈ the processor count when an all-cores method
     * has the machine to itself; less when other processes hold the cores).
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class CpuShare {
        private static final com.sun.management.OperatingSystemMXBean OS =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        /** Process CPU seconds (seconds); per wall second, the cores in use. */
        public double processCpuSeconds;

        @Setup(Level.Iteration)
        public void reset() {
            processCpuSeconds = 0;
        }

        long start() {
            return OS.getProcessCpuTime();
        }

        long[] stop(long startNanos, long[] result) {
            processCpuSeconds += (OS.getProcessCpuTime() - startNanos) * 1e-9;
            return result;
        }
    }

    /** Fast path on prepared targets (unit vectors computed once, as for a reused target set). */
    @Benchmark
    public long[] fastPath(CpuShare cpu) {
        return cpu.stop(cpu.start(), fastPath());
    }

    /**
     * Fast path on raw latitudes and longitudes, each point prepared on the fly (Taylor sine/cosine,
     * no intermediate arrays): what classifying a fresh set of points costs.
     */
    @Benchmark
    public long[] streamed(CpuShare cpu) {
        return cpu.stop(cpu.start(), streamed());
    }

    /** {@link #streamed(CpuShare)} split across all available processors. */
    @Benchmark
    public long[] streamedAllCores(CpuShare cpu) {
        return cpu.stop(cpu.start(), streamedAllCores());
    }

    /**
     * Fast path building a {@link TargetPoints} first (unit vectors by Math.sin/cos into new arrays,
     * as when a target set is reused for many sites), counted in.
     */
    @Benchmark
    public long[] fastPathWithPreparation(CpuShare cpu) {
        return cpu.stop(cpu.start(), fastPathWithPreparation());
    }

    /** The reference: GeographicLib's inverse for every point. */
    @Benchmark
    public long[] geographicLibLoop(CpuShare cpu) {
        return cpu.stop(cpu.start(), geographicLibLoop());
    }

    /** {@link #geographicLibLoop(CpuShare)} split across all available processors. */
    @Benchmark
    public long[] geographicLibLoopAllCores(CpuShare cpu) {
        return cpu.stop(cpu.start(), geographicLibLoopAllCores());
    }

    private long[] fastPath() {
        long[] counts = new long[scheme.size() + 1];
        for (int i = 0; i < N; i++) {
            counts[fast.classify(points, i) + 1]++;
        }
        return counts;
    }

    private long[] streamed() {
        long[] counts = new long[scheme.size() + 1];
        fast.countInto(lat, lon, 0, N, counts);
        return counts;
    }

    private long[] streamedAllCores() {
        return acrossCores((from, to) -> {
            long[] counts = new long[scheme.size() + 1];
            fast.countInto(lat, lon, from, to, counts);
            return counts;
        });
    }

    private long[] fastPathWithPreparation() {
        TargetPoints p = new TargetPoints(EarthModel.WGS84, lat, lon);
        FastClassifier f = FastClassifier.of(KAPUSTIN_YAR, scheme, p);
        long[] counts = new long[scheme.size() + 1];
        for (int i = 0; i < N; i++) {
            counts[f.classify(p, i) + 1]++;
        }
        return counts;
    }

    private long[] geographicLibLoop() {
        return geographicLibLoop(0, N);
    }

    private long[] geographicLibLoopAllCores() {
        return acrossCores(this::geographicLibLoop);
    }

    private long[] geographicLibLoop(int from, int to) {
        Geodesic g = Geodesic.WGS84;
        long[] counts = new long[scheme.size() + 1];
        double la = KAPUSTIN_YAR.latDeg();
        double lo = KAPUSTIN_YAR.lonDeg();
        for (int i = from; i < to; i++) {
            double d = g.Inverse(la, lo, lat[i], lon[i], GeodesicMask.DISTANCE).s12;
            counts[scheme.bandOf(d) + 1]++;
        }
        return counts;
    }

    private interface Slice {
        long[] count(int from, int to);
    }

    /** Runs one contiguous slice of the points per pool thread and sums the per-slice counts. */
    private long[] acrossCores(Slice slice) {
        List<Future<long[]>> parts = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            int from = (int) ((long) N * t / threads);
            int to = (int) ((long) N * (t + 1) / threads);
            parts.add(pool.submit(() -> slice.count(from, to)));
        }
        long[] total = new long[scheme.size() + 1];
        try {
            for (Future<long[]> part : parts) {
                long[] c = part.get();
                for (int k = 0; k < total.length; k++) {
                    total[k] += c[k];
                }
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
        return total;
    }
}

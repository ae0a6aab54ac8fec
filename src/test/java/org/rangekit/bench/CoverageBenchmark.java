package org.rangekit.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.rangekit.coverage.BandScheme;
import org.rangekit.coverage.CoverageTotals;
import org.rangekit.coverage.Target;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.io.in.data.Scale;
import org.rangekit.io.in.targets.BuiltinTargets;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;

/**
 * Coverage of all built-in cities × all catalog sites × the INF preset's bands: counts and
 * population per site and band plus the union (nearest site), as {@code coverage --summary}
 * computes them (without areas). One operation = the whole table, including the preparation of
 * the cities' unit vectors. Goal: ≤ 0.2 s warm.
 *
 * <pre>
 * scripts/bench CoverageBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CoverageBenchmark {

    List<Target> cities;
    List<GeoPoint> sites;
    BandScheme scheme;

    @Setup(Level.Trial)
    public void setup() {
        cities = BuiltinTargets.load("cities", Scale.S110M);
        sites = SiteCatalog.builtIn().sites().stream().map(Site::point).toList();
        scheme = BandScheme.of(ThresholdSet.inf());
        System.out.println("\n" + cities.size() + " cities x " + sites.size() + " sites x " + scheme.size() + " bands");
    }

    @Benchmark
    public CoverageTotals citiesBySitesByInfBands() {
        CoverageTotals t = new CoverageTotals(sites, scheme, EarthModel.WGS84);
        t.add(cities);
        return t;
    }
}

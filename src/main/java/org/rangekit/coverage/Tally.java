package org.rangekit.coverage;

import java.util.List;
import org.rangekit.geodesy.GeoPoint;

/**
 * Counts and population sums of point targets per site and band, by the fast exact
 * classification ({@link FastClassifier}), plus the union of all sites.
 *
 * <p>The union counts a target in the band of the shortest range that reaches it from any site:
 * for discs this is exactly the union of the sites' discs; for bands it answers "what range is
 * needed from the best-placed site".
 *
 * <p>Immutable.
 */
public final class Tally {

    private final long[][] count;
    private final long[][] population;
    private final long[] unionCount;
    private final long[] unionPopulation;
    private final long exactCalls;

    private Tally(long[][] count, long[][] population, long[] unionCount, long[] unionPopulation, long exactCalls) {
        this.count = count;
        this.population = population;
        this.unionCount = unionCount;
        this.unionPopulation = unionPopulation;
        this.exactCalls = exactCalls;
    }

    /**
     * @param sites the sites
     * @param scheme the bands
     * @param targets prepared target points
     * @param populationOf population per target (persons; negative values count as 0), or null
     */
    public static Tally of(List<GeoPoint> sites, BandScheme scheme, TargetPoints targets, long[] populationOf) {
        int ns = sites.size();
        int nb = scheme.size();
        int n = targets.size();
        long[][] count = new long[ns][nb];
        long[][] pop = new long[ns][nb];
        long[] uCount = new long[nb];
        long[] uPop = new long[nb];
        long exact = 0;
        int[][] bands = new int[ns][n];
        FastClassifier[] fc = new FastClassifier[ns];
        for (int s = 0; s < ns; s++) {
            fc[s] = FastClassifier.of(sites.get(s), scheme, targets);
            exact += fc[s].classifyInto(targets, 0, n, bands[s]);
            for (int i = 0; i < n; i++) {
                int b = bands[s][i];
                if (b >= 0) {
                    count[s][b]++;
                    pop[s][b] += populationOf == null ? 0 : Math.max(0, populationOf[i]);
                }
            }
        }
        NearestSite nearest = ns > 1 ? new NearestSite(sites, targets) : null;
        for (int i = 0; i < n; i++) {
            int s = nearest == null ? 0 : nearest.nearest(targets, i);
            int b = bands[s][i];
            if (b >= 0) {
                uCount[b]++;
                uPop[b] += populationOf == null ? 0 : Math.max(0, populationOf[i]);
            }
        }
        return new Tally(count, pop, uCount, uPop, exact);
    }

    /** Targets of site {@code site} in band {@code band}. */
    public long count(int site, int band) {
        return count[site][band];
    }

    /** Sum of target populations of site {@code site} in band {@code band} (persons). */
    public long population(int site, int band) {
        return population[site][band];
    }

    /** Targets in band {@code band} of the union (band of the nearest site). */
    public long unionCount(int band) {
        return unionCount[band];
    }

    /** Population in band {@code band} of the union (persons). */
    public long unionPopulation(int band) {
        return unionPopulation[band];
    }

    /** How many target–site pairs needed the exact inverse (diagnostic). */
    public long exactCalls() {
        return exactCalls;
    }
}

package org.rangekit.coverage;

import java.util.ArrayList;
import java.util.List;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/**
 * Running counts and population sums of targets per site and band and for the union of the
 * sites, fed chunk by chunk so that a stream of any length can be summed in bounded memory.
 *
 * <p>Point targets go through the fast exact classification ({@link FastClassifier}); area
 * targets are classified by the distance to their nearest point
 * ({@link BandClipper#nearestDistanceMeters}).
 *
 * <p>The union counts a target in the band of the shortest range that reaches it from any site
 * (its nearest site): for discs this is exactly the union of the sites' discs; for bands it answers
 * "what range is needed from the best-placed site".
 *
 * <p>Not thread-safe.
 */
public final class CoverageTotals {

    private final List<GeoPoint> sites;
    private final BandScheme scheme;
    private final EarthModel earth;
    private final long[][] count;
    private final long[][] population;
    private final long[] unionCount;
    private final long[] unionPopulation;
    /** Per site, then the union last: targets in no band (beyond the outermost range for a scheme from 0). */
    private final long[] noneCount;
    private final long[] nonePopulation;
    private long targets;

    public CoverageTotals(List<GeoPoint> sites, BandScheme scheme, EarthModel earth) {
        this.sites = List.copyOf(sites);
        this.scheme = scheme;
        this.earth = earth;
        this.count = new long[sites.size()][scheme.size()];
        this.population = new long[sites.size()][scheme.size()];
        this.unionCount = new long[scheme.size()];
        this.unionPopulation = new long[scheme.size()];
        this.noneCount = new long[sites.size() + 1];
        this.nonePopulation = new long[sites.size() + 1];
    }

    /** Adds a chunk of targets. */
    public void add(List<Target> chunk) {
        List<Target> points = new ArrayList<>();
        for (Target t : chunk) {
            targets++;
            if (t.isArea()) {
                addArea(t);
            } else {
                points.add(t);
            }
        }
        if (points.isEmpty()) {
            return;
        }
        double[] lat = new double[points.size()];
        double[] lon = new double[points.size()];
        long[] pop = new long[points.size()];
        for (int i = 0; i < lat.length; i++) {
            lat[i] = points.get(i).latDeg();
            lon[i] = points.get(i).lonDeg();
            pop[i] = Math.max(0, points.get(i).population());
        }
        addPoints(new TargetPoints(earth, lat, lon), pop);
    }

    /** Point targets: each site's bands by {@link FastClassifier}, the union by {@link NearestSite}. */
    private void addPoints(TargetPoints points, long[] pop) {
        int n = points.size();
        int[][] bands = new int[sites.size()][n];
        for (int s = 0; s < sites.size(); s++) {
            FastClassifier.of(sites.get(s), scheme, points).classifyInto(points, 0, n, bands[s]);
            for (int i = 0; i < n; i++) {
                int b = bands[s][i];
                if (b >= 0) {
                    count[s][b]++;
                    population[s][b] += pop[i];
                } else {
                    noneCount[s]++;
                    nonePopulation[s] += pop[i];
                }
            }
        }
        NearestSite nearest = sites.size() > 1 ? new NearestSite(sites, points) : null;
        for (int i = 0; i < n; i++) {
            int b = bands[nearest == null ? 0 : nearest.nearest(points, i)][i];
            if (b >= 0) {
                unionCount[b]++;
                unionPopulation[b] += pop[i];
            } else {
                noneCount[sites.size()]++;
                nonePopulation[sites.size()] += pop[i];
            }
        }
    }

    private void addArea(Target t) {
        double best = Double.POSITIVE_INFINITY;
        long pop = Math.max(0, t.population());
        for (int s = 0; s < sites.size(); s++) {
            double d = BandClipper.nearestDistanceMeters(sites.get(s), t.area(), earth);
            best = Math.min(best, d);
            int b = scheme.bandOf(d);
            if (b >= 0) {
                count[s][b]++;
                population[s][b] += pop;
            } else {
                noneCount[s]++;
                nonePopulation[s] += pop;
            }
        }
        int b = scheme.bandOf(best);
        if (b >= 0) {
            unionCount[b]++;
            unionPopulation[b] += pop;
        } else {
            noneCount[sites.size()]++;
            nonePopulation[sites.size()] += pop;
        }
    }

    /** Targets added so far. */
    public long targets() {
        return targets;
    }

    /** Targets of site {@code site} in band {@code band}. */
    public long count(int site, int band) {
        return count[site][band];
    }

    /** Sum of target populations of site {@code site} in band {@code band} (persons; negative figures count as 0). */
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

    /** Targets of site {@code site} in no band (beyond the outermost range for a scheme starting at 0). */
    public long noneCount(int site) {
        return noneCount[site];
    }

    /** Population of the targets of site {@code site} in no band (persons). */
    public long nonePopulation(int site) {
        return nonePopulation[site];
    }

    /** Targets in no band of the union: in no band of their nearest site. */
    public long unionNoneCount() {
        return noneCount[sites.size()];
    }

    /** Population of the targets in no band of the union (persons). */
    public long unionNonePopulation() {
        return nonePopulation[sites.size()];
    }
}

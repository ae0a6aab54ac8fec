package org.rangekit.coverage;

import java.util.ArrayList;
import java.util.List;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/**
 * Running counts and population sums of targets per site and band and for the union of the
 * sites, fed chunk by chunk so that a stream of any length can be summed in bounded memory.
 *
 * <p>Point targets go through {@link Tally} (the fast exact classification); area targets are
 * classified by the distance to their nearest point ({@link BandClipper#nearestDistanceMeters}).
 * The union counts a target in the band of its smallest distance over all sites (see
 * {@link Tally}).
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
    private long targets;

    public CoverageTotals(List<GeoPoint> sites, BandScheme scheme, EarthModel earth) {
        this.sites = List.copyOf(sites);
        this.scheme = scheme;
        this.earth = earth;
        this.count = new long[sites.size()][scheme.size()];
        this.population = new long[sites.size()][scheme.size()];
        this.unionCount = new long[scheme.size()];
        this.unionPopulation = new long[scheme.size()];
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
            pop[i] = points.get(i).population();
        }
        Tally t = Tally.of(sites, scheme, new TargetPoints(earth, lat, lon), pop);
        for (int b = 0; b < scheme.size(); b++) {
            for (int s = 0; s < sites.size(); s++) {
                count[s][b] += t.count(s, b);
                population[s][b] += t.population(s, b);
            }
            unionCount[b] += t.unionCount(b);
            unionPopulation[b] += t.unionPopulation(b);
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
            }
        }
        int b = scheme.bandOf(best);
        if (b >= 0) {
            unionCount[b]++;
            unionPopulation[b] += pop;
        }
    }

    /** Targets added so far. */
    public long targets() {
        return targets;
    }

    public long count(int site, int band) {
        return count[site][band];
    }

    public long population(int site, int band) {
        return population[site][band];
    }

    public long unionCount(int band) {
        return unionCount[band];
    }

    public long unionPopulation(int band) {
        return unionPopulation[band];
    }
}

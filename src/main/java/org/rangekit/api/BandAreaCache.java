package org.rangekit.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rangekit.coverage.BandAreas;
import org.rangekit.coverage.BandRule;
import org.rangekit.coverage.BandScheme;
import org.rangekit.coverage.CoverageSummary;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.in.data.Scale;
import org.rangekit.range.Site;

/**
 * The band areas (total, land, per country) of earlier summaries, kept so that a summary after
 * one ring moved computes only the bands whose edges changed: a band's areas depend only on the
 * site's point, the band's inner and outer edge, the earth model and the Natural Earth scale
 * ({@link BandAreas} clips every band of a scheme on its own; the shortcuts it takes give the
 * clipper's own figures). For {@link Coverage#summary(org.rangekit.coverage.TargetFeed, BandAreaCache)}.
 *
 * <p>At most {@code maxBands} bands are kept, the least recently used dropped first. Thread
 * safety: thread-safe; one computation of missing bands runs at a time, and reading the bands held
 * ({@link Coverage#counts}) never waits for it.
 */
public final class BandAreaCache {

    private record Key(GeoPoint site, double innerMeters, double outerMeters, EarthModel earth, Scale scale) {
    }

    private record Ground(EarthModel earth, Scale scale) {
    }

    private final int maxBands;
    private final Map<Key, BandAreas.BandArea> bands;
    /** One {@link BandAreas} per earth and scale: it also keeps the densified countries. */
    private final Map<Ground, BandAreas> calculators = new HashMap<>();
    /** Held while missing bands are computed (guards {@code calculators}). */
    private final Object computing = new Object();
    private long computed;

    /**
     * @param maxBands the number of bands kept, &gt; 0
     * @throws IllegalArgumentException naming {@code maxBands} when it is not positive
     */
    public BandAreaCache(int maxBands) {
        if (maxBands <= 0) {
            throw new IllegalArgumentException("maxBands must be > 0, got " + maxBands);
        }
        this.maxBands = maxBands;
        this.bands = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, BandAreas.BandArea> eldest) {
                return size() > BandAreaCache.this.maxBands;
            }
        };
    }

    /** Number of bands whose areas this cache has computed so far (not taken from it). */
    public long bandsComputed() {
        synchronized (bands) {
            return computed;
        }
    }

    /**
     * The areas of every site's bands, computing only those not kept. One computation at a time:
     * a second caller waits for the first, then finds what it added. Before each site's missing
     * bands are clipped the calling thread's interrupt flag is checked.
     *
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     *         before a site's missing bands are clipped (the clipping itself runs to its end)
     */
    List<List<BandAreas.BandArea>> areas(List<Site> sites, BandScheme scheme, EarthModel earth, Scale scale) {
        synchronized (computing) {
            BandAreas calculator = calculators.computeIfAbsent(new Ground(earth, scale), g -> {
                var ground = CoverageReports.ground(scale);
                return new BandAreas(earth, ground.land(), ground.countries());
            });
            List<List<BandAreas.BandArea>> out = new ArrayList<>();
            for (Site site : sites) {
                List<BandRule> missing = new ArrayList<>();
                for (BandRule b : scheme.bands()) {
                    if (get(site, b, earth, scale) == null) {
                        missing.add(b);
                    }
                }
                Map<BandRule, BandAreas.BandArea> fresh = new HashMap<>();
                if (!missing.isEmpty()) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new java.util.concurrent.CancellationException("superseded");
                    }
                    List<BandAreas.BandArea> clipped = CoverageSummary.areas(calculator, site,
                            new BandScheme(scheme.name(), missing));
                    synchronized (bands) {
                        for (int i = 0; i < missing.size(); i++) {
                            bands.put(key(site, missing.get(i), earth, scale), clipped.get(i));
                            fresh.put(missing.get(i), clipped.get(i));
                        }
                        computed += missing.size();
                    }
                }
                List<BandAreas.BandArea> siteAreas = new ArrayList<>();
                for (BandRule b : scheme.bands()) {
                    BandAreas.BandArea a = fresh.containsKey(b) ? fresh.get(b) : get(site, b, earth, scale);
                    if (a == null) { // dropped while adding this site's bands: more bands than the cache holds
                        a = CoverageSummary.areas(calculator, site, new BandScheme(scheme.name(), List.of(b))).get(0);
                        synchronized (bands) {
                            computed++;
                        }
                    }
                    siteAreas.add(relabelled(b, a));
                }
                out.add(siteAreas);
            }
            return out;
        }
    }

    /**
     * The areas of every site's bands that this cache holds, without computing any and without
     * waiting for a computation under way; a band not held has NaN areas and no countries.
     */
    List<List<BandAreas.BandArea>> held(List<Site> sites, BandScheme scheme, EarthModel earth, Scale scale) {
        List<List<BandAreas.BandArea>> out = new ArrayList<>();
        for (Site site : sites) {
            List<BandAreas.BandArea> siteAreas = new ArrayList<>();
            for (BandRule b : scheme.bands()) {
                BandAreas.BandArea a = get(site, b, earth, scale);
                siteAreas.add(a == null ? new BandAreas.BandArea(b, Double.NaN, Double.NaN, List.of(), Double.NaN)
                        : relabelled(b, a));
            }
            out.add(siteAreas);
        }
        return out;
    }

    private BandAreas.BandArea get(Site site, BandRule b, EarthModel earth, Scale scale) {
        synchronized (bands) {
            return bands.get(key(site, b, earth, scale));
        }
    }

    /** A kept band's areas under the band rule asked for (same edges; its label and category may differ). */
    private static BandAreas.BandArea relabelled(BandRule b, BandAreas.BandArea a) {
        return new BandAreas.BandArea(b, a.totalSquareMeters(), a.landSquareMeters(), a.regions(),
                a.populationByAreaShare());
    }

    private static Key key(Site site, BandRule b, EarthModel earth, Scale scale) {
        return new Key(site.point(), b.innerMeters(), b.outerMeters(), earth, scale);
    }
}

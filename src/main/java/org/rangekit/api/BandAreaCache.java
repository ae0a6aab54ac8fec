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
 * safety: the methods synchronise on the cache (a summary computing missing bands holds it).
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
    public synchronized long bandsComputed() {
        return computed;
    }

    /** The areas of every site's bands, computing only those not kept. */
    synchronized List<List<BandAreas.BandArea>> areas(List<Site> sites, BandScheme scheme, EarthModel earth,
                                                      Scale scale) {
        BandAreas calculator = calculators.computeIfAbsent(new Ground(earth, scale), g -> {
            var ground = CoverageReports.ground(scale);
            return new BandAreas(earth, ground.land(), ground.countries());
        });
        List<List<BandAreas.BandArea>> out = new ArrayList<>();
        for (Site site : sites) {
            List<BandRule> missing = new ArrayList<>();
            for (BandRule b : scheme.bands()) {
                if (!bands.containsKey(key(site, b, earth, scale))) {
                    missing.add(b);
                }
            }
            if (!missing.isEmpty()) {
                List<BandAreas.BandArea> fresh = CoverageSummary.areas(calculator, site,
                        new BandScheme(scheme.name(), missing));
                for (int i = 0; i < missing.size(); i++) {
                    bands.put(key(site, missing.get(i), earth, scale), fresh.get(i));
                }
                computed += missing.size();
            }
            List<BandAreas.BandArea> siteAreas = new ArrayList<>();
            for (BandRule b : scheme.bands()) {
                BandAreas.BandArea a = bands.get(key(site, b, earth, scale));
                if (a == null) { // dropped while adding this site's bands: more bands than the cache holds
                    a = CoverageSummary.areas(calculator, site, new BandScheme(scheme.name(), List.of(b))).get(0);
                    computed++;
                }
                siteAreas.add(new BandAreas.BandArea(b, a.totalSquareMeters(), a.landSquareMeters(), a.regions(),
                        a.populationByAreaShare()));
            }
            out.add(siteAreas);
        }
        return out;
    }

    private static Key key(Site site, BandRule b, EarthModel earth, Scale scale) {
        return new Key(site.point(), b.innerMeters(), b.outerMeters(), earth, scale);
    }
}

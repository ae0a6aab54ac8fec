package org.rangekit.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rangekit.coverage.BandAreas;
import org.rangekit.coverage.BandRule;
import org.rangekit.coverage.BandScheme;
import org.rangekit.coverage.SiteAreaException;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.in.data.Scale;
import org.rangekit.range.Site;

/**
 * The disc areas (total, land, per country) of earlier summaries, kept so that a summary after one
 * ring moved measures only the disc of that ring: a band's areas are those of its outer disc less
 * those of its inner one ({@link BandAreas#band}), and a disc's areas depend only on the site's
 * point, the disc's radius, the projection radius (the scheme's largest outer radius, see
 * {@link BandAreas#discs}), the earth model and the Natural Earth scale. Moving an inner ring thus
 * measures one new disc, and moving it back none; moving the outermost ring changes the projection
 * radius, so every disc of that site is measured again. The bands are subtracted here exactly as
 * {@link BandAreas#compute} subtracts them, so the figures are those of a summary without cache,
 * double for double. For {@link Coverage#summary(org.rangekit.coverage.TargetFeed, BandAreaCache)}.
 *
 * <p>At most {@code maxDiscs} discs are kept, the least recently used dropped first. Thread
 * safety: thread-safe; one computation of missing discs runs at a time, and reading the discs held
 * ({@link Coverage#counts}) never waits for it.
 */
public final class BandAreaCache {

    private record Key(GeoPoint site, double radiusMeters, double projectionRadiusMeters, EarthModel earth,
                       Scale scale) {
    }

    private record Ground(EarthModel earth, Scale scale) {
    }

    /**
     * Sites whose polygons, projected into the site's frame, are kept for the next disc around the
     * same site ({@link BandAreas#keepProjections}): a moved ring then measures its disc without
     * projecting again.
     */
    static final int KEPT_SITE_PROJECTIONS = 4;

    private final int maxDiscs;
    private final Map<Key, BandAreas.DiscArea> discs;
    /** One {@link BandAreas} per earth and scale: it also keeps the densified countries. */
    private final Map<Ground, BandAreas> calculators = new java.util.concurrent.ConcurrentHashMap<>();
    /** Held while missing discs are computed. */
    private final Object computing = new Object();
    private long computed;

    /**
     * @param maxDiscs the number of discs kept, &gt; 0
     * @throws IllegalArgumentException naming {@code maxDiscs} when it is not positive
     */
    public BandAreaCache(int maxDiscs) {
        if (maxDiscs <= 0) {
            throw new IllegalArgumentException("maxDiscs must be > 0, got " + maxDiscs);
        }
        this.maxDiscs = maxDiscs;
        this.discs = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, BandAreas.DiscArea> eldest) {
                return size() > BandAreaCache.this.maxDiscs;
            }
        };
    }

    /** Number of discs whose areas this cache has measured so far (not taken from it). */
    public long discsComputed() {
        synchronized (discs) {
            return computed;
        }
    }

    /**
     * The areas of every site's bands, measuring only the discs not kept. One computation at a time:
     * a second caller waits for the first, then finds what it added. Before each site's missing
     * discs are measured the calling thread's interrupt flag is checked.
     *
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     *         before a site's missing discs are measured (the measuring itself runs to its end)
     */
    List<List<BandAreas.BandArea>> areas(List<Site> sites, BandScheme scheme, EarthModel earth, Scale scale) {
        synchronized (computing) {
            BandAreas calculator = calculators.computeIfAbsent(new Ground(earth, scale), g -> {
                var ground = CoverageReports.ground(scale);
                return new BandAreas(earth, ground.land(), ground.countries()).keepProjections(KEPT_SITE_PROJECTIONS);
            });
            double projection = scheme.maxOuterMeters();
            List<List<BandAreas.BandArea>> out = new ArrayList<>();
            for (Site site : sites) {
                // This site's discs, held or measured now: kept here too, so that none is lost when
                // the cache holds fewer discs than one summary needs.
                Map<Double, BandAreas.DiscArea> mine = new HashMap<>();
                List<Double> missing = new ArrayList<>();
                for (double r : radii(scheme)) {
                    BandAreas.DiscArea d = get(site, r, projection, earth, scale);
                    if (d == null) {
                        missing.add(r);
                    } else {
                        mine.put(r, d);
                    }
                }
                if (!missing.isEmpty()) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new java.util.concurrent.CancellationException("superseded");
                    }
                    double[] radii = missing.stream().mapToDouble(Double::doubleValue).toArray();
                    List<BandAreas.DiscArea> measured;
                    try {
                        measured = calculator.discs(site.point(), radii, projection);
                    } catch (IllegalArgumentException e) {
                        throw new SiteAreaException(site.id(), e.getMessage(), e);
                    }
                    synchronized (discs) {
                        for (BandAreas.DiscArea d : measured) {
                            discs.put(key(site, d.radiusMeters(), projection, earth, scale), d);
                            mine.put(d.radiusMeters(), d);
                        }
                        computed += measured.size();
                    }
                }
                out.add(bands(calculator, scheme, mine));
            }
            return out;
        }
    }

    /**
     * The areas of every site's bands that this cache holds (both discs kept), without measuring
     * any and without waiting for a computation under way; a band not held has NaN areas and no
     * countries.
     */
    List<List<BandAreas.BandArea>> held(List<Site> sites, BandScheme scheme, EarthModel earth, Scale scale) {
        BandAreas calculator = calculators.get(new Ground(earth, scale));
        double projection = scheme.maxOuterMeters();
        List<List<BandAreas.BandArea>> out = new ArrayList<>();
        for (Site site : sites) {
            Map<Double, BandAreas.DiscArea> mine = new HashMap<>();
            if (calculator != null) {
                for (double r : radii(scheme)) {
                    BandAreas.DiscArea d = get(site, r, projection, earth, scale);
                    if (d != null) {
                        mine.put(r, d);
                    }
                }
            }
            out.add(bands(calculator, scheme, mine));
        }
        return out;
    }

    /** The distinct edge radii of the scheme's bands other than 0 (metres). */
    private static double[] radii(BandScheme scheme) {
        return scheme.bands().stream()
                .flatMapToDouble(b -> java.util.stream.DoubleStream.of(b.innerMeters(), b.outerMeters()))
                .filter(r -> r > 0).distinct().toArray();
    }

    /** Each band from its discs in {@code held}; NaN areas and no countries when one is missing. */
    private static List<BandAreas.BandArea> bands(BandAreas calculator, BandScheme scheme,
                                                  Map<Double, BandAreas.DiscArea> held) {
        List<BandAreas.BandArea> siteAreas = new ArrayList<>();
        for (BandRule b : scheme.bands()) {
            BandAreas.DiscArea outer = held.get(b.outerMeters());
            BandAreas.DiscArea inner = b.innerMeters() == 0 ? null : held.get(b.innerMeters());
            siteAreas.add(outer == null || (inner == null && b.innerMeters() != 0)
                    ? new BandAreas.BandArea(b, Double.NaN, Double.NaN, List.of(), Double.NaN)
                    : calculator.band(b, inner, outer));
        }
        return siteAreas;
    }

    private BandAreas.DiscArea get(Site site, double radius, double projection, EarthModel earth, Scale scale) {
        synchronized (discs) {
            return discs.get(key(site, radius, projection, earth, scale));
        }
    }

    private static Key key(Site site, double radius, double projection, EarthModel earth, Scale scale) {
        return new Key(site.point(), radius, projection, earth, scale);
    }
}

package org.rangekit.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.IntStream;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.range.Site;

/**
 * Coverage per site and band, and for the union of the sites: how many targets each band holds,
 * their population by both methods (the targets' own figures and the sum over cities), and the
 * band's total, land and per-country areas.
 *
 * <h2>Algorithm</h2>
 * Counts and target populations stream through {@link CoverageTotals} (exact classification by
 * geodesic distance); the cities go through a second {@link CoverageTotals}. A site's areas are
 * {@link BandAreas} (exact band area, land and countries clipped in the site's azimuthal
 * equidistant frame). A union band [r₁, r₂] is the union of the r₂ discs minus the union of the
 * r₁ discs ({@link UnionAreas}); when the band below ends where this one starts, its outer union
 * is reused as this band's inner one.
 *
 * <h2>Units</h2>
 * Areas in square metres, populations in persons; {@link Comparison.Ground} holds NaN land areas
 * when {@link GroundData#land()} is null.
 *
 * @param sites one row list per site, in the order given, each in band order
 * @param union the union of the sites in band order (each target counted once, in the band of its
 *              nearest site); empty for one site
 * @param beyond the targets in no band: one per site in order, then one for the union when there are
 *               several sites; with the bands of {@link BandScheme#of} (from 0 to the largest range)
 *               these are the targets beyond the outermost range, so that each site's rows and its
 *               beyond row together count every target read
 * @param targetsRead number of targets read
 */
public record CoverageSummary(List<List<Row>> sites, List<Row> union, List<Beyond> beyond, long targetsRead) {

    public CoverageSummary {
        sites = sites.stream().map(List::copyOf).toList();
        union = List.copyOf(union);
        beyond = List.copyOf(beyond);
    }

    /**
     * The targets of one site, or of the union, that lie in no band.
     *
     * @param site the site's id, or {@code "union"}
     * @param targets their number and the sum of their population figures (persons)
     * @param citiesPopulation population of the cities in no band (persons)
     * @param totalSquareMeters area of the surface in no band (square metres): the figure's area
     *        ({@link EarthModel#surfaceAreaSquareMeters}) minus the area of the outer disc (the sum
     *        of the band areas); NaN when the bands do not tile a disc from 0
     */
    public record Beyond(String site, Comparison.Tally targets, long citiesPopulation, double totalSquareMeters) {
    }

    /**
     * One band of one site, or of the union.
     *
     * @param site the site's id, or {@code "union"}
     * @param band the band
     * @param totals targets and their population, population by cities, and the band's areas
     * @param countries countries with area in the band, largest first (empty for union rows)
     */
    public record Row(String site, BandRule band, Comparison.Totals totals, List<BandAreas.RegionShare> countries) {
        public Row {
            countries = List.copyOf(countries);
        }
    }

    /**
     * Streams {@code targets} once and computes every row.
     *
     * @param sites the sites, at least one, distinct
     * @param scheme the bands
     * @param earth the earth model
     * @param targets the targets, streamed once
     * @param ground land, countries and cities
     * @return the summary
     * @throws SiteAreaException when a site's (or the union's) band areas cannot be computed
     */
    public static CoverageSummary compute(List<Site> sites, BandScheme scheme, EarthModel earth, TargetFeed targets,
                                          GroundData ground) {
        // The calculator is made by the sites' areas, on their own thread (which reads the land and
        // countries if the ground reads them on first use); the union shares it afterwards.
        BandAreas[] areas = new BandAreas[1];
        return compute(sites, scheme, earth, targets, ground, (s, sc) -> {
            areas[0] = new BandAreas(earth, ground.land(), ground.countries());
            return areas(areas[0], s, sc);
        }, true, () -> new UnionAreas(areas[0]));
    }

    /**
     * Where the band areas of every site come from: computed ({@link #areas(BandAreas, List, BandScheme)})
     * or taken from a cache of earlier results at the same site, edges, earth and ground.
     */
    @FunctionalInterface
    public interface SiteAreas {
        /**
         * The areas per site (in the order given), each in band order.
         *
         * @throws SiteAreaException naming the site whose areas cannot be computed
         */
        List<List<BandAreas.BandArea>> areas(List<Site> sites, BandScheme scheme);
    }

    /**
     * As {@link #compute(List, BandScheme, EarthModel, TargetFeed, GroundData)}, the sites' band
     * areas given by {@code siteAreas} (which must give those of {@link BandAreas} on the same
     * earth and ground); the union's areas are computed.
     */
    public static CoverageSummary compute(List<Site> sites, BandScheme scheme, EarthModel earth, TargetFeed targets,
                                          GroundData ground, SiteAreas siteAreasOf) {
        return compute(sites, scheme, earth, targets, ground, siteAreasOf, true, null);
    }

    /**
     * As {@link #compute(List, BandScheme, EarthModel, TargetFeed, GroundData, SiteAreas)}; without
     * {@code unionAreas} the union's rows have the counts only (NaN areas and area-share population):
     * the counts of a table shown before its areas are clipped.
     */
    public static CoverageSummary compute(List<Site> sites, BandScheme scheme, EarthModel earth, TargetFeed targets,
                                          GroundData ground, SiteAreas siteAreasOf, boolean unionAreas) {
        return compute(sites, scheme, earth, targets, ground, siteAreasOf, unionAreas, null);
    }

    /**
     * As above, the union's areas (when {@code unionAreas}) measured by the one {@code sharedUnion} gives
     * once the sites' areas are in (null: a new one on this ground); given, it shares the sites'
     * densified polygons, and the sites' areas run on a thread of their own.
     */
    private static CoverageSummary compute(List<Site> sites, BandScheme scheme, EarthModel earth, TargetFeed targets,
                                           GroundData ground, SiteAreas siteAreasOf, boolean unionAreas,
                                           java.util.function.Supplier<UnionAreas> sharedUnion) {
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("at least one site is required");
        }
        List<GeoPoint> points = sites.stream().map(Site::point).toList();
        // With its own areas (sharedUnion given, see compute(…, GroundData)) the sites' areas do not
        // depend on the targets: they are computed on a thread of their own while this one reads the
        // targets (the same doubles as in sequence; a failure reading the targets is still reported
        // first). The union's areas follow the sites', as before: run beside them too they cost
        // more CPU time than they saved (measured on 2 cores).
        Aside<List<List<BandAreas.BandArea>>> sitesAside = sharedUnion == null ? null
                : Aside.start("site areas", () -> siteAreasOf.areas(sites, scheme));
        CoverageTotals totals = new CoverageTotals(points, scheme, earth);
        targets.forEachChunk(totals::add);
        CoverageTotals cities = new CoverageTotals(points, scheme, earth);
        cities.add(ground.cities());
        boolean tiled = tilesDisc(scheme);
        List<List<Row>> perSite = new ArrayList<>();
        List<Beyond> beyond = new ArrayList<>();
        List<List<BandAreas.BandArea>> siteAreas = sitesAside != null ? sitesAside.join()
                : siteAreasOf.areas(sites, scheme);
        for (int s = 0; s < sites.size(); s++) {
            List<BandAreas.BandArea> ba = siteAreas.get(s);
            List<Row> rows = new ArrayList<>();
            for (int b = 0; b < scheme.size(); b++) {
                BandAreas.BandArea a = ba.get(b);
                rows.add(new Row(sites.get(s).id(), scheme.band(b), new Comparison.Totals(
                        new Comparison.Tally(totals.count(s, b), totals.population(s, b)), cities.population(s, b),
                        Comparison.Ground.of(a)), a.regions()));
            }
            perSite.add(rows);
            beyond.add(new Beyond(sites.get(s).id(), new Comparison.Tally(totals.noneCount(s), totals.nonePopulation(s)),
                    cities.nonePopulation(s), tiled ? outside(earth, rows) : Double.NaN));
        }
        List<Row> union = new ArrayList<>();
        if (sites.size() > 1) {
            UnionAreas ua = !unionAreas ? null : sharedUnion != null ? sharedUnion.get()
                    : new UnionAreas(earth, ground.land(), ground.countries());
            UnionAreas.Areas below = null;
            for (int b = 0; b < scheme.size(); b++) {
                BandRule band = scheme.band(b);
                if (!unionAreas) {
                    union.add(new Row("union", band, new Comparison.Totals(
                            new Comparison.Tally(totals.unionCount(b), totals.unionPopulation(b)),
                            cities.unionPopulation(b), new Comparison.Ground(Double.NaN, Double.NaN, Double.NaN)),
                            List.of()));
                    continue;
                }
                UnionAreas.Areas outer = unionAreas(ua, points, band.outerMeters());
                UnionAreas.Areas inner = band.innerMeters() == 0 ? null
                        : below != null && scheme.band(b - 1).outerMeters() == band.innerMeters() ? below
                        : unionAreas(ua, points, band.innerMeters());
                below = outer;
                Comparison.Ground g = inner == null ? Comparison.Ground.of(outer)
                        : Comparison.Ground.of(outer).minus(Comparison.Ground.of(inner));
                union.add(new Row("union", band, new Comparison.Totals(
                        new Comparison.Tally(totals.unionCount(b), totals.unionPopulation(b)),
                        cities.unionPopulation(b), g), List.of()));
            }
            beyond.add(new Beyond("union", new Comparison.Tally(totals.unionNoneCount(), totals.unionNonePopulation()),
                    cities.unionNonePopulation(), tiled ? outside(earth, union) : Double.NaN));
        }
        return new CoverageSummary(perSite, union, beyond, totals.targets());
    }

    /** Work run on a thread of its own; {@link #join} returns its result or rethrows its failure. */
    private static final class Aside<T> {
        private final FutureTask<T> task;

        private Aside(FutureTask<T> task) {
            this.task = task;
        }

        static <T> Aside<T> start(String name, Callable<T> work) {
            FutureTask<T> task = new FutureTask<>(work);
            Thread t = new Thread(task, "rangekit " + name);
            t.setDaemon(true); // a failed read of the targets does not wait for the areas
            t.start();
            return new Aside<>(task);
        }

        T join() {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return task.get();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException r) {
                    throw r;
                }
                if (c instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(c);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Whether the bands follow each other without a gap from 0 (then "no band" means "beyond the last"). */
    private static boolean tilesDisc(BandScheme scheme) {
        double edge = 0;
        for (BandRule b : scheme.bands()) {
            if (b.innerMeters() != edge) {
                return false;
            }
            edge = b.outerMeters();
        }
        return true;
    }

    /** The figure's area minus the bands' (square metres): the bands tile the outer disc. */
    private static double outside(EarthModel earth, List<Row> rows) {
        double disc = 0;
        for (Row r : rows) {
            disc += r.totals().ground().totalSquareMeters();
        }
        return earth.surfaceAreaSquareMeters() - disc;
    }

    /**
     * Band areas of several sites, computed side by side (each site's own work is parallel too;
     * together the cores stay busy while one site finishes its largest polygon).
     *
     * @throws SiteAreaException naming the first site, in the order given, whose areas cannot be computed
     */
    public static List<List<BandAreas.BandArea>> areas(BandAreas areas, List<Site> sites, BandScheme scheme) {
        Object[] out = new Object[sites.size()];
        IntStream.range(0, sites.size()).parallel().forEach(s -> {
            try {
                out[s] = areas.compute(sites.get(s).point(), scheme);
            } catch (IllegalArgumentException e) {
                out[s] = e;
            }
        });
        List<List<BandAreas.BandArea>> result = new ArrayList<>();
        for (int s = 0; s < sites.size(); s++) {
            if (out[s] instanceof IllegalArgumentException e) {
                throw new SiteAreaException(sites.get(s).id(), e.getMessage(), e);
            }
            @SuppressWarnings("unchecked")
            List<BandAreas.BandArea> a = (List<BandAreas.BandArea>) out[s];
            result.add(a);
        }
        return result;
    }

    /**
     * Band areas of one site.
     *
     * @throws SiteAreaException naming the site when they cannot be computed
     */
    public static List<BandAreas.BandArea> areas(BandAreas areas, Site site, BandScheme scheme) {
        try {
            return areas.compute(site.point(), scheme);
        } catch (IllegalArgumentException e) {
            throw new SiteAreaException(site.id(), e.getMessage(), e);
        }
    }

    /**
     * Areas of the union of the discs of radius {@code radiusMeters}.
     *
     * @throws SiteAreaException (no site) when they cannot be computed
     */
    public static UnionAreas.Areas unionAreas(UnionAreas union, List<GeoPoint> sites, double radiusMeters) {
        try {
            return union.discs(sites, radiusMeters);
        } catch (IllegalArgumentException e) {
            throw new SiteAreaException(null, e.getMessage(), e);
        }
    }
}

package org.rangekit.coverage;

import java.util.ArrayList;
import java.util.List;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.GeodesicArea;
import org.rangekit.range.Site;

/**
 * The three comparisons with their totals: what a second range adds or gives up from one site
 * ({@link #ranges}), what two sites reach apart and together ({@link #twoSites}), and several sites
 * each alone against their union ({@link #union}). Each streams the targets once through a
 * {@link Comparison} accumulator, sums the cities of {@link GroundData} the same way and measures
 * the ground: {@link BandAreas} for one site's disc or band, {@link OverlapAreas} for two discs,
 * {@link UnionAreas} for several.
 *
 * <p>Units: ranges in km (as {@link Comparison} takes them), areas in square metres, populations
 * in persons. Changed targets are kept in memory (every one of them, for the report to list), the
 * other targets only counted.
 */
public final class ComparisonSummary {

    private ComparisonSummary() {
    }

    /**
     * One site, two ranges.
     *
     * @param site the site
     * @param rangeKm the range compared against (km)
     * @param vsRangeKm the other range (km)
     * @param adds true when {@code vsRangeKm} is the longer, so the band is what it adds
     * @param scheme the one band between the ranges ({@link Comparison#deltaScheme})
     * @param changed the targets in that band, in input order
     * @param targetsRead number of targets read
     * @param totals the band's targets, cities population and ground
     * @param countries countries with area in the band, largest first
     */
    public record Ranges(Site site, double rangeKm, double vsRangeKm, boolean adds, BandScheme scheme,
                         List<TargetResult> changed, long targetsRead, Comparison.Totals totals,
                         List<BandAreas.RegionShare> countries) {
        public Ranges {
            changed = List.copyOf(changed);
            countries = List.copyOf(countries);
        }
    }

    /**
     * Two sites, one range.
     *
     * @param site the first site
     * @param vsSite the second site
     * @param rangeKm the range from either (km)
     * @param onlySite targets within range of the first site only, in input order
     * @param onlyVsSite targets within range of the second site only, in input order
     * @param targetsRead number of targets read
     * @param inSite totals within range of the first site
     * @param inVsSite totals within range of the second site
     * @param inBoth totals within range of both (the overlap of the discs)
     */
    public record TwoSites(Site site, Site vsSite, double rangeKm, List<TargetResult> onlySite,
                           List<TargetResult> onlyVsSite, long targetsRead, Comparison.Totals inSite,
                           Comparison.Totals inVsSite, Comparison.Totals inBoth) {
        public TwoSites {
            onlySite = List.copyOf(onlySite);
            onlyVsSite = List.copyOf(onlyVsSite);
        }

        /** Totals within range of the first site and not of the second. */
        public Comparison.Totals onlySiteTotals() {
            return inSite.minus(inBoth);
        }

        /** Totals within range of the second site and not of the first. */
        public Comparison.Totals onlyVsSiteTotals() {
            return inVsSite.minus(inBoth);
        }
    }

    /**
     * Several sites, one range.
     *
     * @param sites each site alone, in the order given
     * @param rangeKm the range from each (km)
     * @param targetsRead number of targets read
     * @param union totals within range of at least one site, each target counted once
     */
    public record Union(List<UnionSite> sites, double rangeKm, long targetsRead, Comparison.Totals union) {
        public Union {
            sites = List.copyOf(sites);
        }
    }

    /**
     * One site of a {@link Union}.
     *
     * @param site the site
     * @param alone totals within range of this site
     * @param onlyThis count and population within range of this site and of no other
     */
    public record UnionSite(Site site, Comparison.Totals alone, Comparison.Tally onlyThis) {
    }

    /**
     * What {@code vsRangeKm} adds over (or gives up against) {@code rangeKm} from {@code site}.
     *
     * @param site the site
     * @param rangeKm the range compared against (km)
     * @param vsRangeKm the other range (km), different
     * @param earth the earth model
     * @param targets the targets, streamed once
     * @param ground land, countries and cities
     * @return the comparison
     * @throws SiteAreaException when the band's areas cannot be computed
     */
    public static Ranges ranges(Site site, double rangeKm, double vsRangeKm, EarthModel earth, TargetFeed targets,
                                GroundData ground) {
        Comparison.Ranges cmp = new Comparison.Ranges(site.point(), rangeKm, vsRangeKm, earth);
        targets.forEachChunk(cmp::add);
        BandAreas.BandArea area = CoverageSummary.areas(areas(earth, ground), site, cmp.scheme()).get(0);
        Comparison.Totals sum = new Comparison.Totals(cmp.tally(), cmp.populationOf(ground.cities()),
                Comparison.Ground.of(area));
        return new Ranges(site, rangeKm, vsRangeKm, cmp.adds(), cmp.scheme(), cmp.changed(), cmp.read(), sum,
                area.regions());
    }

    /**
     * What {@code vsRangeKm} adds over (or gives up against) {@code rangeKm} from an area: the targets
     * whose exact distance from it lies between the ranges ({@link Comparison.AreaRanges}), the
     * cities' population there, and the band's area as given. Land, per-country and population-share
     * figures are not computed from an area: the ground's land area and population by area share are
     * NaN, and no countries are listed.
     *
     * @param area the origin of the ranges
     * @param standIn the site reports name in its place (id, name, centre)
     * @param rangeKm the range compared against (km)
     * @param vsRangeKm the other range (km), different
     * @param bandSquareMeters the area of the band between the ranges (square metres)
     * @param targets the targets, streamed once
     * @param cities the cities whose population is summed
     * @return the comparison
     * @throws IllegalArgumentException for a target that is an area
     */
    public static Ranges areaRanges(GeodesicArea area, Site standIn, double rangeKm, double vsRangeKm,
                                    double bandSquareMeters, TargetFeed targets, List<Target> cities) {
        Comparison.AreaRanges cmp = new Comparison.AreaRanges(area, standIn.point(), rangeKm, vsRangeKm);
        targets.forEachChunk(cmp::add);
        Comparison.Totals sum = new Comparison.Totals(cmp.tally(), cmp.populationOf(cities),
                new Comparison.Ground(Double.NaN, bandSquareMeters, Double.NaN));
        return new Ranges(standIn, rangeKm, vsRangeKm, cmp.adds(), cmp.scheme(), cmp.changed(), cmp.read(), sum,
                List.of());
    }

    /**
     * What lies within {@code rangeKm} of {@code site}, of {@code vsSite}, of both and of only one.
     *
     * @param site the first site
     * @param vsSite the second site
     * @param rangeKm the range from either (km)
     * @param earth the earth model
     * @param targets the targets, streamed once
     * @param ground land, countries and cities
     * @return the comparison
     * @throws SiteAreaException when a disc's or the overlap's areas cannot be computed
     */
    public static TwoSites twoSites(Site site, Site vsSite, double rangeKm, EarthModel earth, TargetFeed targets,
                                    GroundData ground) {
        Comparison.TwoSites cmp = new Comparison.TwoSites(site.point(), vsSite.point(), rangeKm, earth);
        targets.forEachChunk(cmp::add);
        Comparison.TwoSites.CitiesPopulation cities = cmp.populationOf(ground.cities());
        BandAreas areas = areas(earth, ground);
        BandAreas.BandArea areaA = CoverageSummary.areas(areas, site, cmp.scheme()).get(0);
        BandAreas.BandArea areaB = CoverageSummary.areas(areas, vsSite, cmp.scheme()).get(0);
        OverlapAreas.Overlap ov;
        try {
            ov = new OverlapAreas(earth, ground.land(), ground.countries())
                    .overlap(site.point(), vsSite.point(), rangeKm * 1000);
        } catch (IllegalArgumentException e) {
            throw SiteAreaException.overlap(e.getMessage(), e);
        }
        return new TwoSites(site, vsSite, rangeKm, cmp.onlySite(), cmp.onlyVsSite(), cmp.read(),
                new Comparison.Totals(cmp.site(), cities.site(), Comparison.Ground.of(areaA)),
                new Comparison.Totals(cmp.vsSite(), cities.vsSite(), Comparison.Ground.of(areaB)),
                new Comparison.Totals(cmp.both(), cities.both(), Comparison.Ground.of(ov)));
    }

    /**
     * Each of {@code sites} alone within {@code rangeKm}, what only it reaches, and their union.
     *
     * @param sites the sites, at least two
     * @param rangeKm the range from each (km)
     * @param earth the earth model
     * @param targets the targets, streamed once
     * @param ground land, countries and cities
     * @return the comparison
     * @throws SiteAreaException when a disc's or the union's areas cannot be computed
     */
    public static Union union(List<Site> sites, double rangeKm, EarthModel earth, TargetFeed targets,
                              GroundData ground) {
        List<GeoPoint> points = sites.stream().map(Site::point).toList();
        Comparison.Union cmp = new Comparison.Union(points, rangeKm, earth);
        targets.forEachChunk(cmp::add);
        Comparison.Union.CitiesPopulation cities = cmp.populationOf(ground.cities());
        BandAreas areas = areas(earth, ground);
        List<UnionSite> each = new ArrayList<>();
        for (int s = 0; s < sites.size(); s++) {
            BandAreas.BandArea a = CoverageSummary.areas(areas, sites.get(s), cmp.scheme()).get(0);
            each.add(new UnionSite(sites.get(s), new Comparison.Totals(cmp.alone(s), cities.alone().get(s),
                    Comparison.Ground.of(a)), cmp.onlyThis(s)));
        }
        UnionAreas.Areas ua = CoverageSummary.unionAreas(new UnionAreas(earth, ground.land(), ground.countries()),
                points, rangeKm * 1000);
        return new Union(each, rangeKm, cmp.read(),
                new Comparison.Totals(cmp.union(), cities.union(), Comparison.Ground.of(ua)));
    }

    private static BandAreas areas(EarthModel earth, GroundData ground) {
        return new BandAreas(earth, ground.land(), ground.countries());
    }
}

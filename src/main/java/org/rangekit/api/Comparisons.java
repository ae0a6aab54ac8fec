package org.rangekit.api;

import java.util.ArrayList;
import java.util.List;
import org.rangekit.coverage.BandScheme;
import org.rangekit.coverage.ComparisonSummary;
import org.rangekit.coverage.GroundData;
import org.rangekit.coverage.Target;
import org.rangekit.coverage.TargetFeed;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geometry.RangeLimits;
import org.rangekit.io.in.data.Scale;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;

/**
 * What a different range or a different site changes on the ground; ranges in km, areas in km².
 *
 * <ul>
 * <li>{@link #ranges}: one site, two ranges; the targets with lo &lt; d ≤ hi km (added when the
 *   second range is longer, removed when it is shorter) and the band's totals.</li>
 * <li>{@link #sites}: two sites, one range; what lies within range of only the first, only the
 *   second, or both.</li>
 * <li>{@link #union}: several sites, one range; each site alone, what only it reaches, and the union
 *   counted once.</li>
 * </ul>
 *
 * <p>Example:
 * <pre>{@code
 * Site ky = new Site("ky", "Kapustin Yar", GeoPoint.of(48.58175, 45.74481), "", 0);
 * Site mozdok = new Site("mozdok", "Mozdok", GeoPoint.of(43.7406, 44.6539), "", 0);
 * List<Target> cities = BuiltinTargets.load("cities", Scale.S110M);
 * Comparisons.Ranges r = Comparisons.ranges(ky, 480, 500, cities);
 * System.out.println(r.changed().size() + " cities, " + r.totals().areaTotalKm2() + " km² added by 500 km");
 * Comparisons.Sites s = new Comparisons(EarthModel.SPHERE, Scale.S50M).sites(ky, mozdok, 1000, TargetFeed.of(cities));
 * }</pre>
 *
 * <p>Membership is decided by the exact geodesic distance (GeographicLib, Karney 2013); every
 * changed target is kept in memory so that it can be listed, the others are only counted. The
 * static calls use WGS84 and land and countries at 1:110m; an instance takes another earth model
 * or scale.
 */
public final class Comparisons {

    private final EarthModel earth;
    private final Scale scale;

    /**
     * @param earth the earth model
     * @param scale Natural Earth scale of the land and countries used for areas
     */
    public Comparisons(EarthModel earth, Scale scale) {
        if (earth == null || scale == null) {
            throw new IllegalArgumentException("earth and scale are required, got " + earth + " and " + scale);
        }
        this.earth = earth;
        this.scale = scale;
    }

    /**
     * {@link #ranges(Site, double, double, TargetFeed)} on WGS84 at 1:110m.
     *
     * @param site the site
     * @param rangeKm the range compared against (km)
     * @param vsRangeKm the other range (km), different
     * @param targets the targets
     * @return the comparison
     */
    public static Ranges ranges(Site site, double rangeKm, double vsRangeKm, List<Target> targets) {
        return new Comparisons(EarthModel.WGS84, Scale.S110M).ranges(site, rangeKm, vsRangeKm, TargetFeed.of(targets));
    }

    /**
     * {@link #sites(Site, Site, double, TargetFeed)} on WGS84 at 1:110m.
     *
     * @param site the first site
     * @param vsSite the second site
     * @param rangeKm the range from either (km)
     * @param targets the targets
     * @return the comparison
     */
    public static Sites sites(Site site, Site vsSite, double rangeKm, List<Target> targets) {
        return new Comparisons(EarthModel.WGS84, Scale.S110M).sites(site, vsSite, rangeKm, TargetFeed.of(targets));
    }

    /**
     * {@link #union(List, double, TargetFeed)} on WGS84 at 1:110m.
     *
     * @param sites the sites, at least two
     * @param rangeKm the range from each (km)
     * @param targets the targets
     * @return the comparison
     */
    public static Union union(List<Site> sites, double rangeKm, List<Target> targets) {
        return new Comparisons(EarthModel.WGS84, Scale.S110M).union(sites, rangeKm, TargetFeed.of(targets));
    }

    /**
     * What {@code vsRangeKm} adds over (or gives up against) {@code rangeKm} from {@code site}.
     *
     * @param site the site
     * @param rangeKm the range compared against (km)
     * @param vsRangeKm the other range (km), different
     * @param targets the targets, streamed once
     * @return the comparison
     * @throws IllegalArgumentException when a range is not a finite number &gt; 0 km, the two are equal,
     *         or a range gives no well-defined ring from the site ({@link RangeLimits})
     */
    public Ranges ranges(Site site, double rangeKm, double vsRangeKm, TargetFeed targets) {
        checkRanges(List.of(site), earth, rangeKm, vsRangeKm);
        if (rangeKm == vsRangeKm) {
            throw new IllegalArgumentException("vsRangeKm must differ from rangeKm, got " + vsRangeKm + " twice");
        }
        ComparisonSummary.Ranges c = ComparisonSummary.ranges(site, rangeKm, vsRangeKm, earth, targets, ground());
        return new Ranges(site, rangeKm, vsRangeKm, c.adds(), TargetDistance.of(c.changed(), List.of(site), c.scheme()),
                AreaFigures.of(c.totals()), c.targetsRead());
    }

    /**
     * What lies within {@code rangeKm} of {@code site}, of {@code vsSite}, of both and of only one.
     *
     * @param site the first site
     * @param vsSite the second site
     * @param rangeKm the range from either (km)
     * @param targets the targets, streamed once
     * @return the comparison
     * @throws IllegalArgumentException when the range is not a finite number &gt; 0 km or gives no
     *         well-defined ring from a site
     */
    public Sites sites(Site site, Site vsSite, double rangeKm, TargetFeed targets) {
        checkRanges(List.of(site, vsSite), earth, rangeKm);
        ComparisonSummary.TwoSites c = ComparisonSummary.twoSites(site, vsSite, rangeKm, earth, targets, ground());
        BandScheme disc = BandScheme.of(ThresholdSet.custom(List.of(rangeKm))); // as Comparison.TwoSites classifies
        return new Sites(site, vsSite, rangeKm, TargetDistance.of(c.onlySite(), List.of(site), disc),
                TargetDistance.of(c.onlyVsSite(), List.of(vsSite), disc), AreaFigures.of(c.inSite()),
                AreaFigures.of(c.inVsSite()), AreaFigures.of(c.inBoth()), c.targetsRead());
    }

    /**
     * Each of {@code sites} alone within {@code rangeKm} against their union.
     *
     * @param sites the sites, at least two
     * @param rangeKm the range from each (km)
     * @param targets the targets, streamed once
     * @return the comparison
     * @throws IllegalArgumentException when there are fewer than two sites, or the range is not a
     *         finite number &gt; 0 km or gives no well-defined ring from a site
     */
    public Union union(List<Site> sites, double rangeKm, TargetFeed targets) {
        if (sites.size() < 2) {
            throw new IllegalArgumentException("a union needs at least two sites, got " + sites.size());
        }
        checkRanges(sites, earth, rangeKm);
        ComparisonSummary.Union c = ComparisonSummary.union(sites, rangeKm, earth, targets, ground());
        List<AreaFigures> alone = new ArrayList<>();
        List<Long> only = new ArrayList<>();
        List<Long> onlyPopulation = new ArrayList<>();
        for (ComparisonSummary.UnionSite s : c.sites()) {
            alone.add(AreaFigures.of(s.alone()));
            only.add(s.onlyThis().targets());
            onlyPopulation.add(s.onlyThis().population());
        }
        return new Union(sites, rangeKm, alone, only, onlyPopulation, AreaFigures.of(c.union()), c.targetsRead());
    }

    private GroundData ground() {
        return CoverageReports.ground(scale);
    }

    /** Every range a finite number &gt; 0 km giving a well-defined ring from every site. */
    static void checkRanges(List<Site> sites, EarthModel earth, double... rangesKm) {
        List<Double> meters = new ArrayList<>();
        for (double km : rangesKm) {
            if (!(km > 0) || Double.isInfinite(km)) {
                throw new IllegalArgumentException("rangeKm must be a finite number > 0, got " + km);
            }
            meters.add(km * 1000);
        }
        RangeLimits.check(sites, meters, earth);
    }

    /**
     * One site, two ranges.
     *
     * @param site the site
     * @param rangeKm the range compared against (km)
     * @param vsRangeKm the other range (km)
     * @param adds true when {@code vsRangeKm} is the longer, so {@code changed} is what it adds
     * @param changed the targets with lo &lt; d ≤ hi km, in input order
     * @param totals the band's targets, populations and areas
     * @param targetsRead number of targets read
     */
    public record Ranges(Site site, double rangeKm, double vsRangeKm, boolean adds, List<TargetDistance> changed,
                         AreaFigures totals, long targetsRead) {
        public Ranges {
            changed = List.copyOf(changed);
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
     * @param inSite figures within range of the first site
     * @param inVsSite figures within range of the second site
     * @param inBoth figures within range of both (the overlap of the discs)
     * @param targetsRead number of targets read
     */
    public record Sites(Site site, Site vsSite, double rangeKm, List<TargetDistance> onlySite,
                        List<TargetDistance> onlyVsSite, AreaFigures inSite, AreaFigures inVsSite, AreaFigures inBoth,
                        long targetsRead) {
        public Sites {
            onlySite = List.copyOf(onlySite);
            onlyVsSite = List.copyOf(onlyVsSite);
        }
    }

    /**
     * Several sites, one range.
     *
     * @param sites the sites, in the order given
     * @param rangeKm the range from each (km)
     * @param alone figures within range of each site
     * @param onlyThisTargets per site, targets within range of it and of no other site
     * @param onlyThisPopulation per site, their population (persons)
     * @param union figures within range of at least one site, each target counted once
     * @param targetsRead number of targets read
     */
    public record Union(List<Site> sites, double rangeKm, List<AreaFigures> alone, List<Long> onlyThisTargets,
                        List<Long> onlyThisPopulation, AreaFigures union, long targetsRead) {
        public Union {
            sites = List.copyOf(sites);
            alone = List.copyOf(alone);
            onlyThisTargets = List.copyOf(onlyThisTargets);
            onlyThisPopulation = List.copyOf(onlyThisPopulation);
        }
    }
}

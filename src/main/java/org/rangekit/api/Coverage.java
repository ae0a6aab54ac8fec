package org.rangekit.api;

import java.util.ArrayList;
import java.util.List;
import org.rangekit.coverage.BandAreas;
import org.rangekit.coverage.BandScheme;
import org.rangekit.coverage.Classifier;
import org.rangekit.coverage.CoverageSummary;
import org.rangekit.coverage.Target;
import org.rangekit.coverage.TargetFeed;
import org.rangekit.geometry.RangeLimits;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;

/**
 * Which targets lie in which band of one or more sites, and what each band holds.
 *
 * <ul>
 * <li>{@link #classify}: per target, the nearest site, the geodesic distance, the band and the
 *   category, and the range needed to reach it (km).</li>
 * <li>{@link #summary}: per site and band (and for the union of several sites, each target counted
 *   once in the band of its nearest site), the number of targets, their population by both
 *   methods, and the band's total, land and per-country areas (km²).</li>
 * </ul>
 *
 * <p>Example (the INF bands around Kapustin Yar):
 * <pre>{@code
 * Site ky = new Site("ky", "Kapustin Yar", GeoPoint.of(48.58175, 45.74481), "", 0);
 * List<Target> targets = List.of(Target.point("Volgograd", "RUS", 48.708, 44.513, 1_011_417),
 *         Target.point("Kyiv", "UKR", 50.45, 30.524, 2_797_553));
 * for (TargetDistance t : Coverage.classify(List.of(ky), ThresholdSet.inf(), targets)) {
 *     System.out.println(t.target().name() + " " + t.distanceKm() + " km " + t.category());
 * }
 * Coverage.Summary s = Coverage.summary(CoverageParameters.of(List.of(ky), ThresholdSet.inf()), targets);
 * System.out.println(s.sites().get(0).get(1).figures().areaTotalKm2() + " km² in " + s.sites().get(0).get(1).band());
 * }</pre>
 *
 * <h2>Algorithm and accuracy</h2>
 * Membership is decided by the exact geodesic distance on the earth model (GeographicLib, Karney
 * 2013, doi:10.1007/s00190-012-0578-z, about 15 nm on WGS84); a cheap spherical bound only skips the
 * exact inverse where it already settles the answer, so counts equal the exact classification. Band
 * areas are exact ({@link org.rangekit.geometry.RingPolygons#bandAreaSquareMeters}); land and country
 * areas are Natural Earth polygons clipped in the site's azimuthal equidistant frame and measured by
 * GeographicLib's {@code PolygonArea}. Union areas are the sites' disc polygons (traced to 0.1 m)
 * united in lon/lat.
 *
 * <p>Thread safety: an instance holds only its parameters and may be shared.
 */
public final class Coverage {

    private final CoverageParameters parameters;
    private final BandScheme scheme;

    /**
     * @param parameters sites, ranges, earth model and scale
     */
    public Coverage(CoverageParameters parameters) {
        this.parameters = parameters;
        this.scheme = BandScheme.of(parameters.set());
    }

    /**
     * Classifies {@code targets} on WGS84.
     *
     * @param sites the sites, at least one
     * @param set the ranges (km) and their categories
     * @param targets the targets
     * @return one result per target, in order
     */
    public static List<TargetDistance> classify(List<Site> sites, ThresholdSet set, List<Target> targets) {
        return new Coverage(CoverageParameters.of(sites, set)).classify(targets);
    }

    /**
     * Classifies {@code targets}: nearest site, distance (km), band, category, needed range (km).
     *
     * @param targets the targets
     * @return one result per target, in order
     */
    public List<TargetDistance> classify(List<Target> targets) {
        Classifier c = new Classifier(parameters.sites().stream().map(Site::point).toList(),
                parameters.sites().stream().map(Site::uncertaintyKm).toList(), scheme,
                parameters.set(), parameters.earth());
        return TargetDistance.of(c.classify(targets), parameters.sites(), scheme);
    }

    /**
     * {@link #summary(List)} of a new {@code Coverage}.
     *
     * @param parameters sites, ranges, earth model and scale
     * @param targets the targets
     * @return the figures per site and band and for the union
     */
    public static Summary summary(CoverageParameters parameters, List<Target> targets) {
        return new Coverage(parameters).summary(targets);
    }

    /**
     * The summary of {@code targets}, with the shipped land, countries and cities at the parameters'
     * scale.
     *
     * @param targets the targets
     * @return the figures per site and band and for the union
     * @throws IllegalArgumentException when a range gives no well-defined ring from a site
     *         ({@link RangeLimits}) or a site's band areas cannot be computed
     */
    public Summary summary(List<Target> targets) {
        return summary(TargetFeed.of(targets));
    }

    /**
     * The summary of targets streamed chunk by chunk (a file of any length, e.g. an
     * {@link org.rangekit.io.in.targets.TargetStream}).
     *
     * @param targets the targets, streamed once
     * @return the figures per site and band and for the union
     * @throws IllegalArgumentException when a range gives no well-defined ring from a site
     *         ({@link RangeLimits}) or a site's band areas cannot be computed
     */
    public Summary summary(TargetFeed targets) {
        RangeLimits.check(parameters.sites(), parameters.set(), parameters.earth());
        CoverageSummary s = CoverageSummary.compute(parameters.sites(), scheme, parameters.earth(), targets,
                CoverageReports.ground(parameters.scale()));
        return of(s);
    }

    /**
     * As {@link #summary(TargetFeed)}, the sites' band areas taken from {@code cache} where it
     * holds them (same site, edges, earth and scale) and computed and added to it otherwise; the
     * figures are those of {@link #summary(TargetFeed)}. The targets are counted anew.
     *
     * @param targets the targets, streamed once
     * @param cache band areas of earlier summaries
     * @return the figures per site and band and for the union
     * @throws IllegalArgumentException as {@link #summary(TargetFeed)}
     */
    public Summary summary(TargetFeed targets, BandAreaCache cache) {
        RangeLimits.check(parameters.sites(), parameters.set(), parameters.earth());
        CoverageSummary s = CoverageSummary.compute(parameters.sites(), scheme, parameters.earth(), targets,
                CoverageReports.ground(parameters.scale()),
                (sites, sc) -> cache.areas(sites, sc, parameters.earth(), parameters.scale()));
        return of(s);
    }

    /**
     * The counts of {@link #summary(TargetFeed, BandAreaCache)} at once: targets and populations
     * counted exactly as there, the sites' band areas those {@code cache} already holds, and NaN
     * areas (total, land, area-share population; no countries) for every band it does not hold and
     * for the union. Computes no area and never waits for a computation of {@code cache}: a window
     * shows these counts while the areas are clipped.
     *
     * @param targets the targets, streamed once
     * @param cache band areas of earlier summaries (read only)
     * @return the figures per site and band and for the union, areas where held
     * @throws IllegalArgumentException as {@link #summary(TargetFeed)}
     */
    public Summary counts(TargetFeed targets, BandAreaCache cache) {
        RangeLimits.check(parameters.sites(), parameters.set(), parameters.earth());
        CoverageSummary s = CoverageSummary.compute(parameters.sites(), scheme, parameters.earth(), targets,
                CoverageReports.ground(parameters.scale()),
                (sites, sc) -> cache.held(sites, sc, parameters.earth(), parameters.scale()), false);
        return of(s);
    }

    private static Summary of(CoverageSummary s) {
        List<List<BandFigures>> sites = new ArrayList<>();
        for (List<CoverageSummary.Row> rows : s.sites()) {
            sites.add(rows.stream().map(BandFigures::of).toList());
        }
        return new Summary(sites, s.union().stream().map(BandFigures::of).toList(), s.targetsRead());
    }

    /**
     * The figures of every band.
     *
     * @param sites per site (in the order of the parameters), its bands in order
     * @param union the bands of the union of the sites (empty for one site)
     * @param targetsRead number of targets read
     */
    public record Summary(List<List<BandFigures>> sites, List<BandFigures> union, long targetsRead) {
        public Summary {
            sites = sites.stream().map(List::copyOf).toList();
            union = List.copyOf(union);
        }
    }

    /**
     * One band of one site, or of the union.
     *
     * @param site the site's id, or {@code "union"}
     * @param band the band's label, e.g. {@code "500–1000 km"}
     * @param innerKm inner edge (km)
     * @param innerInclusive whether a target exactly at the inner edge is in the band
     * @param outerKm outer edge (km)
     * @param outerInclusive whether a target exactly at the outer edge is in the band
     * @param category the band's category, e.g. {@code "shorter-range (INF)"}
     * @param figures targets, populations and areas in the band
     * @param countries countries with area in the band, largest first (empty for the union)
     */
    public record BandFigures(String site, String band, double innerKm, boolean innerInclusive, double outerKm,
                              boolean outerInclusive, String category, AreaFigures figures,
                              List<CountryArea> countries) {
        public BandFigures {
            countries = List.copyOf(countries);
        }

        static BandFigures of(CoverageSummary.Row r) {
            return new BandFigures(r.site(), r.band().label(), r.band().innerMeters() / 1000,
                    r.band().innerInclusive(), r.band().outerMeters() / 1000, r.band().outerInclusive(),
                    r.band().category(), AreaFigures.of(r.totals()),
                    r.countries().stream().map(CountryArea::of).toList());
        }
    }

    /**
     * One country's part of a band.
     *
     * @param code ISO 3166-1 alpha-3 code (Natural Earth ADM0_A3)
     * @param name the country's name
     * @param areaKm2 its area inside the band (km²)
     * @param shareOfCountry that area over the country's own area, in [0, 1]
     */
    public record CountryArea(String code, String name, double areaKm2, double shareOfCountry) {
        static CountryArea of(BandAreas.RegionShare s) {
            return new CountryArea(s.region().code(), s.region().name(), s.areaSquareMeters() / AreaFigures.M2_PER_KM2,
                    s.share());
        }
    }
}

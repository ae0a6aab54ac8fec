package org.rangekit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rangekit.coverage.BandAreas;
import org.rangekit.coverage.BandRule;
import org.rangekit.coverage.BandScheme;
import org.rangekit.coverage.Classifier;
import org.rangekit.coverage.CoverageTotals;
import org.rangekit.coverage.TargetResult;
import org.rangekit.coverage.UnionAreas;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.io.in.data.Scale;
import org.rangekit.io.out.report.Format;
import org.rangekit.io.out.report.Num;
import org.rangekit.io.out.report.Report;
import org.rangekit.io.out.report.ReportWriter;
import org.rangekit.io.out.report.Table;
import org.rangekit.io.out.report.TargetRowWriter;
import org.rangekit.io.in.targets.BuiltinTargets;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rangekit coverage}: which targets lie in which band of the given sites, by exact
 * geodesic distance; with {@code --summary}, counts, populations and areas per site and band.
 * The work is done by {@code org.rangekit.coverage}; this class reads options and writes output.
 */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"Classify targets into range bands around one or more sites (exact WGS84 geodesic distance).",
            "Per target: nearest site, distance, band, INF category and the range needed to reach it. "
                + "With --summary: one row per site and band with target count, population (two methods), "
                + "total, land and per-country areas."},
        footer = {"", "Examples:",
            "  rangekit coverage --site kapustin-yar --preset inf --targets capitals",
            "  rangekit coverage --site shuya --range 500 --targets cities --summary"})
final class CoverageCommand implements Runnable {

    @ParentCommand
    Main main;

    @Mixin
    SiteOptions sites = new SiteOptions();

    @ArgGroup(exclusive = true, multiplicity = "1")
    RangeOptions ranges;

    @Mixin
    TargetOptions targets = new TargetOptions();

    @Option(names = "--summary", description = "One row per site and band instead of one row per target.")
    boolean summary;

    @Mixin
    OutputOption output = new OutputOption();

    @Mixin
    EarthOption earth = new EarthOption();

    @Override
    public void run() {
        Format fmt = targets.format();
        List<Site> siteList = sites.distinctSites();
        ThresholdSet set = ranges.thresholds();
        BandScheme scheme = BandScheme.of(set);
        EarthModel model = earth.model();
        Scale sc = targets.scale();
        String out = output.target();
        if (summary) {
            RangeLimits.check(ranges.option(), ranges.value(), siteList, set, model); // areas need the rings
        }
        try (TargetSource source = targets.open(sc, main.stderr())) {
            if (summary) {
                Report r = summarize(siteList, set, scheme, model, sc, source);
                Options.write("-o", out, main.stdout(), o -> ReportWriter.write(r, fmt, o));
            } else {
                Options.write("-o", out, main.stdout(),
                        o -> perTarget(o, fmt, siteList, set, scheme, model, source));
            }
            targets.warnSkipped(source, main.stderr());
        }
    }

    private void perTarget(OutputStream o, Format fmt, List<Site> sites, ThresholdSet set, BandScheme scheme,
                           EarthModel model, TargetSource source) throws IOException {
        Classifier classifier = new Classifier(CoverageSupport.points(sites), scheme, set, model);
        List<String> titles = new ArrayList<>();
        for (int b = 0; b < scheme.size(); b++) {
            titles.add(scheme.band(b).label() + " (" + scheme.band(b).category() + ")");
        }
        String title = "Coverage of " + source.label() + " from " + names(sites);
        TargetRowWriter w = new TargetRowWriter(fmt, o, "coverage", title,
                CoverageSupport.parameters(sites, set, scheme, source.label(), model.label()), titles,
                CoverageSupport.noneLabel(scheme));
        long n = targets.forEachChunk("coverage", source, main.stderr(), chunk -> {
            for (TargetResult r : classifier.classify(chunk)) {
                w.row(r.band(), CoverageSupport.cells(r, sites, scheme), r.target().properties());
            }
        });
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("targets", Num.of(n));
        if (source.isFile()) {
            totals.put("skipped_rows", Num.of(source.skipped()));
        }
        w.finish(totals, List.of(CoverageSupport.DISTANCE_NOTE), CoverageSupport.attribution());
    }

    static String names(List<Site> sites) {
        return String.join(" + ", sites.stream().map(Site::id).toList());
    }

    private Report summarize(List<Site> sites, ThresholdSet set, BandScheme scheme, EarthModel model, Scale sc,
                             TargetSource source) {
        CoverageTotals totals = new CoverageTotals(CoverageSupport.points(sites), scheme, model);
        targets.forEachChunk("coverage", source, main.stderr(), totals::add);
        CoverageTotals cities = new CoverageTotals(CoverageSupport.points(sites), scheme, model);
        cities.add(BuiltinTargets.load("cities", sc));
        BandAreas areas = new BandAreas(model, EmbeddedData.land(sc), BuiltinTargets.regions(sc));
        List<String> cols = List.of("site", "band", "interval", "category", "targets", "targets_population",
                "population_cities", "population_area_share", "area_total_km2", "area_land_km2", "countries");
        List<List<Object>> rows = new ArrayList<>();
        for (int s = 0; s < sites.size(); s++) {
            List<BandAreas.BandArea> ba = computeAreas(areas, sites.get(s), scheme);
            for (int b = 0; b < scheme.size(); b++) {
                BandAreas.BandArea a = ba.get(b);
                rows.add(CoverageSupport.row(sites.get(s).id(), scheme.band(b).label(), CoverageSupport.interval(scheme.band(b)),
                        scheme.band(b).category(), Num.of(totals.count(s, b)), Num.of(totals.population(s, b)),
                        Num.of(cities.population(s, b)), Num.of(a.populationByAreaShare(), 0),
                        Num.of(a.totalSquareMeters() / 1e6, 1), Num.of(a.landSquareMeters() / 1e6, 1),
                        CoverageSupport.countries(a.regions())));
            }
        }
        if (sites.size() > 1) {
            UnionAreas union = new UnionAreas(model, EmbeddedData.land(sc), BuiltinTargets.regions(sc));
            UnionAreas.Areas below = null;
            for (int b = 0; b < scheme.size(); b++) {
                BandRule band = scheme.band(b);
                UnionAreas.Areas outer = unionAreas(union, sites, band.outerMeters());
                UnionAreas.Areas inner = band.innerMeters() == 0 ? null
                        : below != null && scheme.band(b - 1).outerMeters() == band.innerMeters() ? below
                        : unionAreas(union, sites, band.innerMeters());
                below = outer;
                rows.add(CoverageSupport.row("union", band.label(), CoverageSupport.interval(band), band.category(),
                        Num.of(totals.unionCount(b)), Num.of(totals.unionPopulation(b)),
                        Num.of(cities.unionPopulation(b)),
                        Num.of(outer.populationByAreaShare() - (inner == null ? 0 : inner.populationByAreaShare()), 0),
                        Num.of((outer.totalSquareMeters() - (inner == null ? 0 : inner.totalSquareMeters())) / 1e6, 1),
                        Num.of((outer.landSquareMeters() - (inner == null ? 0 : inner.landSquareMeters())) / 1e6, 1),
                        null));
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add("targets: targets whose distance from the site lies in the band (countries: by their nearest point).");
        notes.add("targets_population: sum of the targets' own population figures.");
        notes.add("population_cities: " + CoverageSupport.POPULATION_BY_CITIES + ".");
        notes.add("population_area_share: " + BandAreas.POPULATION_BY_AREA_SHARE + " (assumes an even spread).");
        notes.add("area_total_km2: exact area of the band on the WGS84 ellipsoid; area_land_km2 and country areas: "
                + "Natural Earth " + sc.label() + " polygons clipped in the site's azimuthal equidistant frame, "
                + "areas by GeographicLib PolygonArea.");
        if (sites.size() > 1) {
            notes.add("union rows: each target counted once, in the band of its nearest site; union areas are the "
                    + "sites' disc polygons (traced to " + UnionAreas.DISC_TOLERANCE_M + " m) united in lon/lat: the "
                    + "union of the outer discs minus the union of the inner discs.");
        }
        Table table = new Table("summary", "Summary per site and band", cols, rows, List.of());
        Map<String, Object> params = CoverageSupport.parameters(sites, set, scheme, source.label(), model.label());
        params.put("scale", sc.label());
        params.put("targets_read", Num.of(totals.targets()));
        return new Report("coverage", "Coverage summary of " + source.label() + " from " + names(sites), params,
                List.of(table), "summary", notes, CoverageSupport.attribution());
    }

    static UnionAreas.Areas unionAreas(UnionAreas union, List<Site> sites, double radiusMeters) {
        try {
            return union.discs(CoverageSupport.points(sites), radiusMeters);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--site: " + e.getMessage());
        }
    }

    static List<BandAreas.BandArea> computeAreas(BandAreas areas, Site site, BandScheme scheme) {
        try {
            return areas.compute(site.point(), scheme);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--site " + site.id() + ": " + e.getMessage());
        }
    }
}

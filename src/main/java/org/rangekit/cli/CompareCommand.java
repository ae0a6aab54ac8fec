package org.rangekit.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rangekit.coverage.BandAreas;
import org.rangekit.coverage.BandScheme;
import org.rangekit.coverage.Comparison;
import org.rangekit.coverage.CoverageSummary;
import org.rangekit.coverage.OverlapAreas;
import org.rangekit.coverage.Target;
import org.rangekit.coverage.TargetResult;
import org.rangekit.coverage.UnionAreas;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.io.in.data.Scale;
import org.rangekit.io.out.report.Format;
import org.rangekit.io.out.report.Num;
import org.rangekit.io.out.report.Report;
import org.rangekit.io.out.report.ReportText;
import org.rangekit.io.in.targets.TargetStream;
import org.rangekit.io.out.report.ReportWriter;
import org.rangekit.io.out.report.Table;
import org.rangekit.io.in.targets.BuiltinTargets;
import org.rangekit.range.Site;
import org.rangekit.range.Threshold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rangekit compare}: what a different range or a different site changes on the ground.
 *
 * <ul>
 * <li>{@code --site A --range 480 --vs-range 500}: the targets, area and population with
 *   480 &lt; d ≤ 500 km (what 500 km adds over 480 km).</li>
 * <li>{@code --site A --vs-site B --range R}: what lies within R of B but not of A, and the
 *   reverse, with the areas each disc covers alone.</li>
 * <li>{@code --site A --site B ... --range R}: the union of the sites against each alone.</li>
 * </ul>
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two ranges from one site (--range R --vs-range R2), two sites "
                + "(--site A --vs-site B --range R), or the union of several sites against each alone "
                + "(--site A --site B ... --range R): targets, areas and population that the difference adds or removes."})
final class CompareCommand implements Runnable {

    @ParentCommand
    Main main;

    @Mixin
    SiteOptions sites = new SiteOptions();

    @Option(names = "--vs-site", paramLabel = "SITE", description = "Second site to compare with --site.")
    String vsSite;

    @Option(names = "--range", required = true, paramLabel = "KM", description = "Range in km, e.g. 480.")
    String range;

    @Option(names = "--vs-range", paramLabel = "KM", description = "Second range in km, e.g. 500.")
    String vsRange;

    @Mixin
    TargetOptions targets = new TargetOptions();

    @Option(names = "--summary", description = "CSV: write the totals table instead of the target list "
            + "(several sites: the one table of each site and the union either way).")
    boolean summary;

    @Mixin
    OutputOption output = new OutputOption();

    @Mixin
    EarthOption earth = new EarthOption();

    @Override
    public void run() {
        Format fmt = targets.format();
        List<Site> sites = this.sites.distinctSites();
        double rangeKm = single("--range", range);
        EarthModel model = earth.model();
        Scale sc = targets.scale();
        String out = output.target();
        Report report;
        if (vsRange != null) {
            if (sites.size() != 1 || vsSite != null) {
                throw BadInputException.of("--vs-range", vsRange, "compares two ranges from one site; give one --site and no --vs-site");
            }
            double vsKm = single("--vs-range", vsRange);
            if (vsKm == rangeKm) {
                throw BadInputException.of("--vs-range", vsRange, "equals --range; expected a different range");
            }
            RangeLimits.check("--range", range, sites, List.of(rangeKm * 1000), model);
            RangeLimits.check("--vs-range", vsRange, sites, List.of(vsKm * 1000), model);
            report = withSource(source -> ranges(sites.get(0), rangeKm, vsKm, model, sc, source));
        } else if (vsSite != null) {
            if (sites.size() != 1) {
                throw BadInputException.of("--vs-site", vsSite, "compares two sites; give exactly one --site");
            }
            Site b = SiteArgs.parse("--vs-site", vsSite, org.rangekit.io.in.SiteCatalog.builtIn());
            if (b.id().equals(sites.get(0).id())) {
                throw BadInputException.of("--vs-site", vsSite, "is the same site as --site");
            }
            RangeLimits.check("--range", range, List.of(sites.get(0), b), List.of(rangeKm * 1000), model);
            report = withSource(source -> twoSites(sites.get(0), b, rangeKm, model, sc, source));
        } else {
            if (sites.size() < 2) {
                throw new BadInputException("compare: expected --vs-range KM, --vs-site SITE, or several --site options");
            }
            RangeLimits.check("--range", range, sites, List.of(rangeKm * 1000), model);
            report = withSource(source -> union(sites, rangeKm, model, sc, source));
        }
        Report r = fmt != Format.CSV ? report : summary ? csvTotals(report) : csvChanges(report, changeLabels);
        Options.write("-o", out, main.stdout(), o -> ReportWriter.write(r, fmt, o));
    }

    /**
     * The target tables of the report and the word each one's rows get in the CSV's {@code change}
     * column, in CSV order; set by the mode that built the report (empty: the CSV table as it is).
     */
    private Map<String, String> changeLabels = Map.of();

    /**
     * The report with one CSV table holding the rows of every target table, each prefixed by its
     * change ({@code only_site}/{@code only_vs_site}, or {@code added}/{@code removed}): a CSV
     * has room for one table, and the md/json reports keep them apart.
     */
    private static Report csvChanges(Report r, Map<String, String> labels) {
        if (labels.isEmpty()) {
            return r;
        }
        List<String> cols = new ArrayList<>();
        cols.add("change");
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<String, String> e : labels.entrySet()) {
            Table t = r.tables().stream().filter(x -> x.key().equals(e.getKey())).findFirst().orElseThrow();
            if (cols.size() == 1) {
                cols.addAll(t.columns());
            }
            for (List<Object> row : t.rows()) {
                List<Object> withChange = new ArrayList<>();
                withChange.add(e.getValue());
                withChange.addAll(row);
                rows.add(withChange);
            }
        }
        List<Table> tables = new ArrayList<>(r.tables());
        tables.add(new Table("changes", "Every target of the difference", cols, rows, List.of()));
        return new Report(r.command(), r.title(), r.parameters(), tables, "changes", r.notes(), r.attribution());
    }

    /**
     * The report with its totals as the CSV table. The several-site report has no separate totals:
     * its one table (each site and the union) already is the summary.
     */
    private static Report csvTotals(Report r) {
        boolean hasTotals = r.tables().stream().anyMatch(t -> t.key().equals("totals"));
        return hasTotals
                ? new Report(r.command(), r.title(), r.parameters(), r.tables(), "totals", r.notes(), r.attribution())
                : r;
    }

    private static double single(String option, String text) {
        List<Double> km = Units.rangesKm(option, text);
        if (km.size() != 1) {
            throw BadInputException.of(option, text, "expected one range in km");
        }
        return km.get(0);
    }

    private interface SourceBody {
        Report apply(TargetStream source);
    }

    private Report withSource(SourceBody body) {
        try (TargetStream source = targets.open(targets.scale(), main.stderr());
             Progress progress = targets.progress("compare", source, main.stderr())) {
            this.progress = progress;
            Report r = CoverageCommand.areas(() -> TargetOptions.reading(() -> body.apply(source)));
            targets.warnSkipped(source, main.stderr());
            return r;
        }
    }

    /** Reads every target in chunks, passing each chunk on. */
    private void stream(TargetStream source, java.util.function.Consumer<List<Target>> sink) {
        source.forEachChunk(sink, progress);
    }

    private Progress progress;

    private static List<BandAreas.BandArea> computeAreas(BandAreas areas, Site site, BandScheme scheme) {
        return CoverageSummary.areas(areas, site, scheme);
    }

    private static final List<String> DELTA_COLUMNS = List.of("name", "country", "lat", "lon", "site",
            "distance_km", "category", "population");

    private static List<Object> deltaRow(TargetResult r, Site site) {
        Target t = r.target();
        return CoverageSupport.row(t.name(), t.country(), Num.of(t.latDeg(), 6), Num.of(t.lonDeg(), 6), site.id(),
                Num.of(r.distanceMeters() / 1000, 3), r.category(),
                t.population() >= 0 ? Num.of(t.population()) : null);
    }

    private static final Comparator<List<Object>> BY_DISTANCE = Comparator
            .comparing((List<Object> r) -> ((Num) r.get(5)).value())
            .thenComparing(r -> ReportWriter.text(r.get(0)));

    // --- two ranges from one site -------------------------------------------------------------

    private Report ranges(Site site, double baseKm, double vsKm, EarthModel model, Scale sc, TargetStream source) {
        Comparison.Ranges cmp = new Comparison.Ranges(site.point(), baseKm, vsKm, model);
        stream(source, cmp::add);
        List<List<Object>> rows = rows(cmp.changed(), site);
        BandScheme delta = cmp.scheme();
        BandAreas.BandArea area = computeAreas(
                new BandAreas(model, EmbeddedData.land(sc), BuiltinTargets.regions(sc)), site, delta).get(0);
        Comparison.Totals sum = new Comparison.Totals(cmp.tally(),
                cmp.populationOf(BuiltinTargets.load("cities", sc)), Comparison.Ground.of(area));
        boolean adds = cmp.adds();
        changeLabels = Map.of("targets", adds ? "added" : "removed");
        String verb = adds ? "adds over" : "gives up against";
        String title = "What " + Threshold.formatKm(vsKm) + " km " + verb + " " + Threshold.formatKm(baseKm)
                + " km from " + site.id();
        String change = Threshold.formatKm(Math.min(baseKm, vsKm)) + " < d \u2264 "
                + Threshold.formatKm(Math.max(baseKm, vsKm)) + " km";
        List<List<Object>> totals = List.of(totalsRow(change, sum));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("site", CoverageSupport.sitesText(List.of(site)));
        params.put("range_km", Num.of(baseKm, 3));
        params.put("vs_range_km", Num.of(vsKm, 3));
        params.put("change", (adds ? "added: " : "removed: ") + change);
        params.put("targets", source.label());
        params.put("targets_read", Num.of(cmp.read()));
        params.put("earth", model.label());
        params.put("scale", sc.label());
        List<Table> tables = List.of(
                new Table("targets", (adds ? "Targets added" : "Targets removed") + " (" + change + ")",
                        DELTA_COLUMNS, rows, List.of()),
                new Table("totals", "Totals of the difference", List.of("change", "targets", "targets_population",
                        "population_cities", "population_area_share", "area_total_km2", "area_land_km2"),
                        totals, List.of()),
                countriesTable(area));
        return new Report("compare", title, params, tables, "targets", notes(sc), CoverageSupport.attribution());
    }

    /** The rows of {@code results}, nearest first as printed (then by name). */
    private static List<List<Object>> rows(List<TargetResult> results, Site site) {
        List<List<Object>> rows = new ArrayList<>();
        for (TargetResult r : results) {
            rows.add(deltaRow(r, site));
        }
        rows.sort(BY_DISTANCE);
        return rows;
    }

    private static Table countriesTable(BandAreas.BandArea area) {
        List<List<Object>> rows = new ArrayList<>();
        for (BandAreas.RegionShare s : area.regions()) {
            rows.add(CoverageSupport.row(s.region().code(), s.region().name(), Num.of(s.areaSquareMeters() / 1e6, 1),
                    Num.of(100 * s.share(), 2),
                    s.region().population() >= 0 ? Num.of(s.region().population() * s.share(), 0) : null));
        }
        return new Table("countries", "Countries in the difference", List.of("code", "name", "area_km2",
                "share_of_country_pct", "population_area_share"), rows, List.of());
    }

    private static List<String> notes(Scale sc) {
        return List.of(CoverageSupport.DISTANCE_NOTE,
                "targets_population: sum of the listed targets' own population figures.",
                "population_cities: " + CoverageSupport.POPULATION_BY_CITIES + ".",
                "population_area_share: " + BandAreas.POPULATION_BY_AREA_SHARE + " (assumes an even spread).",
                "area_total_km2: exact area on the WGS84 ellipsoid; land and country areas: Natural Earth "
                        + sc.label() + " polygons clipped in the site's azimuthal equidistant frame, areas by "
                        + "GeographicLib PolygonArea.");
    }

    // --- two sites ----------------------------------------------------------------------------

    private Report twoSites(Site a, Site b, double km, EarthModel model, Scale sc, TargetStream source) {
        Comparison.TwoSites cmp = new Comparison.TwoSites(a.point(), b.point(), km, model);
        stream(source, cmp::add);
        List<List<Object>> onlyA = rows(cmp.onlySite(), a);
        List<List<Object>> onlyB = rows(cmp.onlyVsSite(), b);
        BandScheme disc = cmp.scheme();
        Comparison.TwoSites.CitiesPopulation cities = cmp.populationOf(BuiltinTargets.load("cities", sc));
        BandAreas areas = new BandAreas(model, EmbeddedData.land(sc), BuiltinTargets.regions(sc));
        BandAreas.BandArea areaA = computeAreas(areas, a, disc).get(0);
        BandAreas.BandArea areaB = computeAreas(areas, b, disc).get(0);
        OverlapAreas.Overlap ov;
        try {
            ov = new OverlapAreas(model, EmbeddedData.land(sc), BuiltinTargets.regions(sc))
                    .overlap(a.point(), b.point(), km * 1000);
        } catch (IllegalArgumentException e) {
            throw BadInputException.of("--range", range, e.getMessage());
        }
        Comparison.Totals inA = new Comparison.Totals(cmp.site(), cities.site(), Comparison.Ground.of(areaA));
        Comparison.Totals inB = new Comparison.Totals(cmp.vsSite(), cities.vsSite(), Comparison.Ground.of(areaB));
        Comparison.Totals both = new Comparison.Totals(cmp.both(), cities.both(), Comparison.Ground.of(ov));
        List<String> cols = List.of("coverage", "targets", "targets_population", "population_cities",
                "population_area_share", "area_total_km2", "area_land_km2");
        List<List<Object>> totals = List.of(totalsRow(a.id(), inA), totalsRow(b.id(), inB), totalsRow("both", both),
                totalsRow("only " + a.id(), inA.minus(both)), totalsRow("only " + b.id(), inB.minus(both)));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("site", CoverageSupport.sitesText(List.of(a)));
        params.put("vs_site", CoverageSupport.sitesText(List.of(b)));
        params.put("range_km", Num.of(km, 3));
        params.put("targets", source.label());
        params.put("targets_read", Num.of(cmp.read()));
        params.put("earth", model.label());
        params.put("scale", sc.label());
        String kmText = Threshold.formatKm(km) + " km";
        changeLabels = new LinkedHashMap<>();
        changeLabels.put("only_site", "only_site");
        changeLabels.put("only_vs_site", "only_vs_site");
        List<Table> tables = List.of(
                new Table("only_vs_site", "Within " + kmText + " of " + b.id() + " but not of " + a.id(),
                        DELTA_COLUMNS, onlyB, List.of()),
                new Table("only_site", "Within " + kmText + " of " + a.id() + " but not of " + b.id(),
                        DELTA_COLUMNS, onlyA, List.of()),
                new Table("totals", "Totals", cols, totals, List.of()));
        List<String> notes = new ArrayList<>(notes(sc));
        notes.add("both: the overlap of the two discs; its areas clip the land and countries to the second disc's "
                + "polygon (traced to " + OverlapAreas.DISC_TOLERANCE_M + " m) and then to the first disc exactly.");
        return new Report("compare", "Within " + kmText + ": " + b.id() + " against " + a.id(), params, tables,
                "only_vs_site", notes, CoverageSupport.attribution());
    }

    private static List<Object> totalsRow(String what, Comparison.Totals t) {
        Comparison.Ground g = t.ground();
        return CoverageSupport.row(what, Num.of(t.targets().targets()), Num.of(t.targets().population()),
                Num.of(t.citiesPopulation()), Num.of(g.populationByAreaShare(), 0),
                Num.of(g.totalSquareMeters() / 1e6, 1), Num.of(g.landSquareMeters() / 1e6, 1));
    }

    // --- union of several sites ---------------------------------------------------------------

    private Report union(List<Site> sites, double km, EarthModel model, Scale sc, TargetStream source) {
        Comparison.Union cmp = new Comparison.Union(CoverageSupport.points(sites), km, model);
        stream(source, cmp::add);
        BandScheme disc = cmp.scheme();
        Comparison.Union.CitiesPopulation cities = cmp.populationOf(BuiltinTargets.load("cities", sc));
        BandAreas areas = new BandAreas(model, EmbeddedData.land(sc), BuiltinTargets.regions(sc));
        List<List<Object>> rows = new ArrayList<>();
        for (int s = 0; s < sites.size(); s++) {
            BandAreas.BandArea a = computeAreas(areas, sites.get(s), disc).get(0);
            Comparison.Tally alone = cmp.alone(s);
            Comparison.Tally only = cmp.onlyThis(s);
            rows.add(CoverageSupport.row(sites.get(s).id(), Num.of(alone.targets()), Num.of(alone.population()),
                    Num.of(only.targets()), Num.of(only.population()), Num.of(cities.alone().get(s)),
                    Num.of(a.populationByAreaShare(), 0), Num.of(a.totalSquareMeters() / 1e6, 1),
                    Num.of(a.landSquareMeters() / 1e6, 1)));
        }
        UnionAreas.Areas ua = CoverageSummary.unionAreas(
                new UnionAreas(model, EmbeddedData.land(sc), BuiltinTargets.regions(sc)), CoverageSupport.points(sites),
                km * 1000);
        Comparison.Tally union = cmp.union();
        rows.add(CoverageSupport.row("union", Num.of(union.targets()), Num.of(union.population()), null, null,
                Num.of(cities.union()), Num.of(ua.populationByAreaShare(), 0),
                Num.of(ua.totalSquareMeters() / 1e6, 1), Num.of(ua.landSquareMeters() / 1e6, 1)));
        List<String> cols = List.of("site", "targets", "targets_population", "only_this_site_targets",
                "only_this_site_population", "population_cities", "population_area_share", "area_total_km2",
                "area_land_km2");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("sites", CoverageSupport.sitesText(sites));
        params.put("range_km", Num.of(km, 3));
        params.put("targets", source.label());
        params.put("targets_read", Num.of(cmp.read()));
        params.put("earth", model.label());
        params.put("scale", sc.label());
        List<String> notes = new ArrayList<>(notes(sc));
        notes.add("union: targets within range of at least one site, each counted once; union areas from the sites' "
                + "disc polygons (traced to " + UnionAreas.DISC_TOLERANCE_M + " m) united in lon/lat.");
        notes.add("only_this_site: targets within range of this site and of no other listed site.");
        String kmText = Threshold.formatKm(km) + " km";
        return new Report("compare", "Within " + kmText + ": union of " + ReportText.names(sites)
                + " against each alone", params,
                List.of(new Table("sites", "Each site alone and the union", cols, rows, List.of())),
                "sites", notes, CoverageSupport.attribution());
    }
}

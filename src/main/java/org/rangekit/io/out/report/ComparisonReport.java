package org.rangekit.io.out.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rangekit.coverage.BandAreas;
import org.rangekit.coverage.Comparison;
import org.rangekit.coverage.ComparisonSummary;
import org.rangekit.coverage.OverlapAreas;
import org.rangekit.coverage.Target;
import org.rangekit.coverage.TargetResult;
import org.rangekit.coverage.UnionAreas;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.range.KmFormat;
import org.rangekit.range.Site;

/**
 * The comparison report as {@code rangekit compare} writes it, for each of the three
 * comparisons of {@link ComparisonSummary}.
 *
 * <p>Markdown and JSON keep every table; a CSV has room for one, chosen by {@link #forFormat}: the
 * totals with {@code --summary}, otherwise every changed target in one table whose {@code change}
 * column says which set it came from ({@code added}/{@code removed}, or
 * {@code only_site}/{@code only_vs_site}).
 *
 * @param report the report with all its tables
 * @param changeLabels the target tables and the word their rows get in the CSV {@code change} column,
 *                     in CSV order (empty: the CSV table is the report's own)
 */
public record ComparisonReport(Report report, Map<String, String> changeLabels) {

    public ComparisonReport {
        changeLabels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changeLabels));
    }

    private static final List<String> DELTA_COLUMNS = List.of("name", "country", "lat", "lon", "site",
            "distance_km", "category", "population");

    private static final List<String> TOTALS_COLUMNS = List.of("targets", "targets_population",
            "population_cities", "population_area_share", "area_total_km2", "area_land_km2");

    private static final Comparator<List<Object>> BY_DISTANCE = Comparator
            .comparing((List<Object> r) -> ((Num) r.get(5)).value())
            .thenComparing(r -> ReportWriter.text(r.get(0)));

    /**
     * The report to write in {@code format}.
     *
     * @param format the output format
     * @param summary for CSV: the totals table instead of the changed targets
     * @return the report
     */
    public Report forFormat(Format format, boolean summary) {
        if (format != Format.CSV) {
            return report;
        }
        return summary ? csvTotals(report) : csvChanges(report, changeLabels);
    }

    /**
     * The report with one CSV table holding the rows of every target table, each prefixed by its
     * change: a CSV has room for one table, and the md/json reports keep them apart.
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

    /**
     * One site, two ranges.
     *
     * @param c the comparison
     * @param earth the earth model
     * @param targetsLabel the targets' name
     * @param scaleLabel the Natural Earth scale of land and countries
     * @param attribution the data attribution line
     * @return the report
     */
    public static ComparisonReport ranges(ComparisonSummary.Ranges c, EarthModel earth, String targetsLabel,
                                          String scaleLabel, String attribution) {
        String title = rangesTitle(c, c.site().id());
        String change = deltaText(c.rangeKm(), c.vsRangeKm());
        Map<String, Object> params = new LinkedHashMap<>();
        putRangeParams(params, c, change, targetsLabel, earth);
        params.put("scale", scaleLabel);
        List<Table> tables = new ArrayList<>(deltaTables(c, change));
        tables.add(countriesTable(c.countries()));
        return new ComparisonReport(new Report("compare", title, params, tables, "targets", notes(earth, scaleLabel),
                attribution), Map.of("targets", c.adds() ? "added" : "removed"));
    }

    /** Title of a comparison of two ranges from {@code from} (a site's id or an area's name). */
    private static String rangesTitle(ComparisonSummary.Ranges c, String from) {
        return "What " + KmFormat.label(c.vsRangeKm()) + " km " + (c.adds() ? "adds over" : "gives up against") + " "
                + KmFormat.label(c.rangeKm()) + " km from " + from;
    }

    /** The parameters of a comparison of two ranges, in the order both reports write them. */
    private static void putRangeParams(Map<String, Object> params, ComparisonSummary.Ranges c, String change,
                                       String targetsLabel, EarthModel earth) {
        params.put("site", ReportText.sites(List.of(c.site())));
        params.put("range_km", Num.of(c.rangeKm(), 3));
        params.put("vs_range_km", Num.of(c.vsRangeKm(), 3));
        params.put("change", (c.adds() ? "added: " : "removed: ") + change);
        params.put("targets", targetsLabel);
        params.put("targets_read", Num.of(c.targetsRead()));
        params.put("earth", earth.label());
    }

    /** The targets added or removed and their totals, for a comparison of two ranges. */
    private static List<Table> deltaTables(ComparisonSummary.Ranges c, String change) {
        List<String> totalsCols = new ArrayList<>(List.of("change"));
        totalsCols.addAll(TOTALS_COLUMNS);
        return List.of(
                new Table("targets", (c.adds() ? "Targets added" : "Targets removed") + " (" + change + ")",
                        DELTA_COLUMNS, rows(c.changed(), c.site()), List.of()),
                new Table("totals", "Totals of the difference", totalsCols, List.of(totalsRow(change, c.totals())),
                        List.of()));
    }

    /** The band between two ranges as the reports write it, e.g. {@code 480 < d ≤ 500 km} (open below, closed above). */
    private static String deltaText(double baseKm, double vsKm) {
        return KmFormat.label(Math.min(baseKm, vsKm)) + " < d \u2264 " + KmFormat.label(Math.max(baseKm, vsKm))
                + " km";
    }

    /**
     * One area, two ranges ({@link ComparisonSummary#areaRanges}): the same tables and columns as
     * {@link #ranges} for a site, with {@code site} {@code area} in the target rows, the
     * population-share and land cells empty, and no countries table (land, per-country and
     * population-share figures are not computed from an area).
     *
     * @param c the comparison
     * @param areaName the area's name, e.g. {@code RUS (part containing 54.71, 20.51)}
     * @param toleranceMeters the tolerance (metres) of the band polygon whose area is given
     * @param earth the earth model
     * @param targetsLabel the targets' name
     * @param attribution the data attribution line
     * @return the report
     */
    public static ComparisonReport areaRanges(ComparisonSummary.Ranges c, String areaName, double toleranceMeters,
                                              EarthModel earth, String targetsLabel, String attribution) {
        String title = rangesTitle(c, areaName);
        String change = deltaText(c.rangeKm(), c.vsRangeKm());
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("area", areaName);
        putRangeParams(params, c, change, targetsLabel, earth);
        List<Table> tables = deltaTables(c, change);
        List<String> notes = List.of(
                "distance_km: distance from the area on " + ReportText.surface(earth) + " (GeographicLib): 0 inside, "
                        + "else the shortest geodesic to its boundary; site 'area' is " + areaName + ".",
                "targets_population: sum of the listed targets' own population figures.",
                "population_cities: " + ReportText.POPULATION_BY_CITIES + ".",
                "area_total_km2: geodesic area (GeographicLib PolygonArea) of the band polygon traced to "
                        + KmFormat.plain(toleranceMeters) + " m, within that tolerance times its perimeter of the "
                        + "exact area; land, per-country and population-share figures are not computed from an area.");
        return new ComparisonReport(new Report("compare", title, params, tables, "targets", notes, attribution),
                Map.of("targets", c.adds() ? "added" : "removed"));
    }

    /**
     * Two sites, one range.
     *
     * @param c the comparison
     * @param earth the earth model
     * @param targetsLabel the targets' name
     * @param scaleLabel the Natural Earth scale of land and countries
     * @param attribution the data attribution line
     * @return the report
     */
    public static ComparisonReport twoSites(ComparisonSummary.TwoSites c, EarthModel earth, String targetsLabel,
                                            String scaleLabel, String attribution) {
        Site a = c.site();
        Site b = c.vsSite();
        List<String> cols = new ArrayList<>(List.of("coverage"));
        cols.addAll(TOTALS_COLUMNS);
        List<List<Object>> totals = List.of(totalsRow(a.id(), c.inSite()), totalsRow(b.id(), c.inVsSite()),
                totalsRow("both", c.inBoth()), totalsRow("only " + a.id(), c.onlySiteTotals()),
                totalsRow("only " + b.id(), c.onlyVsSiteTotals()));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("site", ReportText.sites(List.of(a)));
        params.put("vs_site", ReportText.sites(List.of(b)));
        params.put("range_km", Num.of(c.rangeKm(), 3));
        params.put("targets", targetsLabel);
        params.put("targets_read", Num.of(c.targetsRead()));
        params.put("earth", earth.label());
        params.put("scale", scaleLabel);
        String kmText = KmFormat.label(c.rangeKm()) + " km";
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("only_site", "only_site");
        labels.put("only_vs_site", "only_vs_site");
        List<Table> tables = List.of(
                new Table("only_vs_site", "Within " + kmText + " of " + b.id() + " but not of " + a.id(),
                        DELTA_COLUMNS, rows(c.onlyVsSite(), b), List.of()),
                new Table("only_site", "Within " + kmText + " of " + a.id() + " but not of " + b.id(),
                        DELTA_COLUMNS, rows(c.onlySite(), a), List.of()),
                new Table("totals", "Totals", cols, totals, List.of()));
        List<String> notes = new ArrayList<>(notes(earth, scaleLabel));
        notes.add("both: the overlap of the two discs; its areas clip the land and countries to the second disc's "
                + "polygon (traced to " + OverlapAreas.DISC_TOLERANCE_M + " m) and then to the first disc exactly.");
        return new ComparisonReport(new Report("compare", "Within " + kmText + ": " + b.id() + " against " + a.id(),
                params, tables, "only_vs_site", notes, attribution), labels);
    }

    /**
     * Several sites each alone against their union.
     *
     * @param c the comparison
     * @param earth the earth model
     * @param targetsLabel the targets' name
     * @param scaleLabel the Natural Earth scale of land and countries
     * @param attribution the data attribution line
     * @return the report
     */
    public static ComparisonReport union(ComparisonSummary.Union c, EarthModel earth, String targetsLabel,
                                         String scaleLabel, String attribution) {
        List<List<Object>> rows = new ArrayList<>();
        List<Site> sites = new ArrayList<>();
        for (ComparisonSummary.UnionSite s : c.sites()) {
            sites.add(s.site());
            Comparison.Totals t = s.alone();
            Comparison.Ground g = t.ground();
            rows.add(ReportText.row(s.site().id(), Num.of(t.targets().targets()), Num.of(t.targets().population()),
                    Num.of(s.onlyThis().targets()), Num.of(s.onlyThis().population()), Num.of(t.citiesPopulation()),
                    Num.of(g.populationByAreaShare(), 0), Num.of(g.totalSquareMeters() / 1e6, 1),
                    Num.of(g.landSquareMeters() / 1e6, 1)));
        }
        Comparison.Totals u = c.union();
        rows.add(ReportText.row("union", Num.of(u.targets().targets()), Num.of(u.targets().population()), null, null,
                Num.of(u.citiesPopulation()), Num.of(u.ground().populationByAreaShare(), 0),
                Num.of(u.ground().totalSquareMeters() / 1e6, 1), Num.of(u.ground().landSquareMeters() / 1e6, 1)));
        List<String> cols = List.of("site", "targets", "targets_population", "only_this_site_targets",
                "only_this_site_population", "population_cities", "population_area_share", "area_total_km2",
                "area_land_km2");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("sites", ReportText.sites(sites));
        params.put("range_km", Num.of(c.rangeKm(), 3));
        params.put("targets", targetsLabel);
        params.put("targets_read", Num.of(c.targetsRead()));
        params.put("earth", earth.label());
        params.put("scale", scaleLabel);
        List<String> notes = new ArrayList<>(notes(earth, scaleLabel));
        notes.add("union: targets within range of at least one site, each counted once; union areas from the sites' "
                + "disc polygons (traced to " + UnionAreas.DISC_TOLERANCE_M + " m) united in lon/lat.");
        notes.add("only_this_site: targets within range of this site and of no other listed site.");
        String kmText = KmFormat.label(c.rangeKm()) + " km";
        return new ComparisonReport(new Report("compare", "Within " + kmText + ": union of " + ReportText.names(sites)
                + " against each alone", params,
                List.of(new Table("sites", "Each site alone and the union", cols, rows, List.of())),
                "sites", notes, attribution), Map.of());
    }

    private static List<Object> deltaRow(TargetResult r, Site site) {
        Target t = r.target();
        return ReportText.row(t.name(), t.country(), Num.of(t.latDeg(), 6), Num.of(t.lonDeg(), 6), site.id(),
                Num.of(r.distanceMeters() / 1000, 3), r.category(),
                t.population() >= 0 ? Num.of(t.population()) : null);
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

    private static List<Object> totalsRow(String what, Comparison.Totals t) {
        List<Object> row = ReportText.row(what);
        row.addAll(ReportText.totals(t));
        return row;
    }

    private static Table countriesTable(List<BandAreas.RegionShare> shares) {
        List<List<Object>> rows = new ArrayList<>();
        for (BandAreas.RegionShare s : shares) {
            rows.add(ReportText.row(s.region().code(), s.region().name(), Num.of(s.areaSquareMeters() / 1e6, 1),
                    Num.of(100 * s.share(), 2),
                    s.region().population() >= 0 ? Num.of(s.region().population() * s.share(), 0) : null));
        }
        return new Table("countries", "Countries in the difference", List.of("code", "name", "area_km2",
                "share_of_country_pct", "population_area_share"), rows, List.of());
    }

    private static List<String> notes(EarthModel earth, String scaleLabel) {
        return List.of(ReportText.distanceNote(earth),
                "targets_population: sum of the listed targets' own population figures.",
                "population_cities: " + ReportText.POPULATION_BY_CITIES + ".",
                "population_area_share: " + BandAreas.POPULATION_BY_AREA_SHARE + " (assumes an even spread).",
                "area_total_km2: exact area on " + ReportText.surface(earth) + "; land and country areas: Natural "
                        + "Earth " + scaleLabel + " polygons clipped in the site's azimuthal equidistant frame, areas "
                        + "by GeographicLib PolygonArea.");
    }
}

package org.rangekit.io.out.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rangekit.coverage.BandAreas;
import org.rangekit.coverage.BandRule;
import org.rangekit.coverage.BandScheme;
import org.rangekit.coverage.EarthComparison;
import org.rangekit.coverage.CoverageSummary;
import org.rangekit.coverage.TargetResult;
import org.rangekit.coverage.UnionAreas;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.range.Interval;
import org.rangekit.range.RangeEstimate;
import org.rangekit.range.Site;

/**
 * The coverage report as {@code rangekit coverage} writes it: one row per target
 * ({@link TargetRows}, streamed), or with {@code --summary} one row per site and band
 * ({@link #summary}).
 */
public final class CoverageReport {

    private CoverageReport() {
    }

    /**
     * The summary report: one row per site and band (and per union band for several sites), with
     * the notes that say which method each figure uses.
     *
     * @param sites the sites, in the order of {@code summary}
     * @param rangesName the name of the threshold set ({@code inf}, {@code custom})
     * @param scheme the bands
     * @param earth the earth model (named in the parameters and the notes)
     * @param targetsLabel the targets' name ({@code capitals}, a file name)
     * @param scaleLabel the Natural Earth scale of land and countries ({@code 110m})
     * @param summary the computed figures
     * @param beyondCategory the category of the ranges beyond the outermost band (its row's category cell)
     * @param attribution the data attribution line
     * @return the report
     */
    public static Report summary(List<Site> sites, String rangesName, BandScheme scheme, EarthModel earth,
                                 String targetsLabel, String scaleLabel, CoverageSummary summary,
                                 String beyondCategory, String attribution) {
        List<String> cols = List.of("site", "band", "interval", "category", "targets", "targets_population",
                "population_cities", "population_area_share", "area_total_km2", "area_land_km2", "countries");
        List<List<Object>> rows = new ArrayList<>();
        BandRule last = scheme.band(scheme.size() - 1);
        String beyondInterval = Interval.atLeast(last.outerMeters() / 1000, !last.outerInclusive()).toBracketText();
        for (int s = 0; s < summary.sites().size(); s++) {
            for (CoverageSummary.Row r : summary.sites().get(s)) {
                rows.add(row(r, ReportText.countries(r.countries())));
            }
            rows.add(beyond(summary.beyond().get(s), scheme, beyondInterval, beyondCategory));
        }
        for (CoverageSummary.Row r : summary.union()) {
            rows.add(row(r, null));
        }
        if (!summary.union().isEmpty()) {
            rows.add(beyond(summary.beyond().get(summary.sites().size()), scheme, beyondInterval, beyondCategory));
        }
        List<String> notes = new ArrayList<>();
        notes.add("targets: targets whose distance from the site lies in the band (countries: by their nearest point).");
        notes.add("targets_population: sum of the targets' own population figures.");
        notes.add("population_cities: " + ReportText.POPULATION_BY_CITIES + ".");
        notes.add("population_area_share: " + BandAreas.POPULATION_BY_AREA_SHARE + " (assumes an even spread).");
        notes.add("area_total_km2: exact area of the band on " + ReportText.surface(earth) + "; area_land_km2 and "
                + "country areas: Natural Earth " + scaleLabel + " polygons clipped in the site's azimuthal "
                + "equidistant frame, areas by GeographicLib PolygonArea.");
        notes.add(ReportText.noneLabel(scheme) + " rows: the targets farther than the outermost range, so that "
                + "each site's rows count every target read; area_total_km2 is the area of " + ReportText.surface(earth)
                + " minus the outer disc's; land, country and area-share cells are left empty.");
        if (sites.size() > 1) {
            notes.add("union rows: each target counted once, in the band of its nearest site; union areas are the "
                    + "sites' disc polygons (traced to " + UnionAreas.DISC_TOLERANCE_M + " m) united in lon/lat: the "
                    + "union of the outer discs minus the union of the inner discs.");
        }
        Table table = new Table("summary", "Summary per site and band", cols, rows, List.of());
        Map<String, Object> params = ReportText.parameters(sites, rangesName, scheme, targetsLabel, earth);
        params.put("scale", scaleLabel);
        params.put("targets_read", Num.of(summary.targetsRead()));
        return new Report("coverage", "Coverage summary of " + targetsLabel + " from " + ReportText.names(sites),
                params, List.of(table), "summary", notes, attribution);
    }

    /** The row of the targets beyond the outermost range: counts and populations, the total area only. */
    private static List<Object> beyond(CoverageSummary.Beyond b, BandScheme scheme, String interval, String category) {
        double km2 = b.totalSquareMeters() / 1e6;
        return ReportText.row(b.site(), ReportText.noneLabel(scheme), interval, category,
                Num.of(b.targets().targets()), Num.of(b.targets().population()), Num.of(b.citiesPopulation()), null,
                Double.isNaN(km2) ? null : Num.of(km2, 1), null, null);
    }

    private static List<Object> row(CoverageSummary.Row r, Nested countries) {
        List<Object> row = ReportText.row(r.site(), r.band().label(), ReportText.interval(r.band()), r.band().category());
        row.addAll(ReportText.totals(r.totals()));
        row.add(countries);
        return row;
    }

    /**
     * Per-target rows, streamed: every classified target is written (CSV, JSON) or kept only when
     * it lies in a band (Markdown), so files of any length are written in bounded memory.
     */
    public static final class TargetRows {

        private final List<Site> sites;
        private final BandScheme scheme;
        private final EarthModel earth;
        private final String attribution;
        private final TargetRowWriter writer;
        private final RangeEstimate reachRange;

        /**
         * Starts the report (CSV header, JSON head).
         *
         * @param format output format
         * @param out where to write; not closed
         * @param sites the sites, indexed by {@link TargetResult#site()}
         * @param rangesName the name of the threshold set
         * @param scheme the bands
         * @param earth the earth model
         * @param targetsLabel the targets' name
         * @param attribution the data attribution line
         * @param reachRange the range the {@code reach} column is judged against (the set's farthest)
         * @throws IOException when writing fails
         */
        public TargetRows(Format format, OutputStream out, List<Site> sites, String rangesName, BandScheme scheme,
                          EarthModel earth, String targetsLabel, String attribution, RangeEstimate reachRange)
                throws IOException {
            this(format, out, sites, rangesName, scheme, earth, targetsLabel, attribution, reachRange, false);
        }

        /**
         * Starts the report; with {@code compareEarth}, rows carry the added column
         * {@link EarthComparisonReport#BAND_SPHERE} and are given by {@link #addCompared}.
         */
        public TargetRows(Format format, OutputStream out, List<Site> sites, String rangesName, BandScheme scheme,
                          EarthModel earth, String targetsLabel, String attribution, RangeEstimate reachRange,
                          boolean compareEarth) throws IOException {
            this.reachRange = reachRange;
            this.sites = List.copyOf(sites);
            this.scheme = scheme;
            this.earth = earth;
            this.attribution = attribution;
            List<String> titles = new ArrayList<>();
            for (int b = 0; b < scheme.size(); b++) {
                titles.add(scheme.band(b).label() + " (" + scheme.band(b).category() + ")");
            }
            String title = "Coverage of " + targetsLabel + " from " + ReportText.names(sites);
            this.writer = new TargetRowWriter(format, out, "coverage", title,
                    ReportText.parameters(sites, rangesName, scheme, targetsLabel, earth), titles,
                    ReportText.noneLabel(scheme),
                    compareEarth ? List.of(EarthComparisonReport.BAND_SPHERE) : List.of());
        }

        /**
         * Writes the targets of one chunk classified on WGS84 and on the sphere: the WGS84 cells and
         * {@code band_sphere}.
         *
         * @param results each target's results on both models
         * @throws IOException when writing fails
         */
        public void addCompared(List<EarthComparison.Difference> results) throws IOException {
            for (EarthComparison.Difference d : results) {
                List<Object> cells = ReportText.cells(d.wgs84(), sites, scheme);
                cells.add(EarthComparisonReport.bandSphere(d, scheme));
                writer.row(d.wgs84().band(), cells, d.wgs84().target().properties());
            }
        }

        /**
         * Ends the report of {@link #addCompared} rows with the targets whose band differs and the
         * ring differences.
         *
         * @param targets number of targets read
         * @param skippedRows bad rows skipped in a target file, or negative for a built-in set (not written)
         * @param differs the targets whose band differs
         * @param rings the ring difference of every site and range
         * @throws IOException when writing fails
         */
        public void finishCompared(long targets, long skippedRows, List<EarthComparison.Difference> differs,
                                   List<EarthComparison.RingDifference> rings) throws IOException {
            finish(targets, skippedRows, List.of(EarthComparisonReport.note()),
                    EarthComparisonReport.tables(sites, scheme, differs, rings));
        }

        /**
         * Writes the classified targets of one chunk.
         *
         * @param results the targets with their nearest site and band
         * @throws IOException when writing fails
         */
        public void add(List<TargetResult> results) throws IOException {
            for (TargetResult r : results) {
                writer.row(r.band(), ReportText.cells(r, sites, scheme), r.target().properties());
            }
        }

        /**
         * Ends the report with its totals and notes.
         *
         * @param targets number of targets read
         * @param skippedRows bad rows skipped in a target file, or negative for a built-in set (not written)
         * @throws IOException when writing fails
         */
        public void finish(long targets, long skippedRows) throws IOException {
            finish(targets, skippedRows, List.of(), List.of());
        }

        private void finish(long targets, long skippedRows, List<String> moreNotes, List<Table> tables)
                throws IOException {
            Map<String, Object> totals = new LinkedHashMap<>();
            totals.put("targets", Num.of(targets));
            if (skippedRows >= 0) {
                totals.put("skipped_rows", Num.of(skippedRows));
            }
            List<String> notes = new ArrayList<>(List.of(ReportText.distanceNote(earth), ReportText.reachNote(reachRange)));
            notes.addAll(moreNotes);
            writer.finish(totals, notes, attribution, tables);
        }
    }
}

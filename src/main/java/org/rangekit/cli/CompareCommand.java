package org.rangekit.cli;

import java.util.List;
import org.rangekit.api.ComparisonReports;
import org.rangekit.coverage.SiteAreaException;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.io.in.data.Scale;
import org.rangekit.io.in.targets.ReadProgress;
import org.rangekit.io.in.targets.TargetStream;
import org.rangekit.io.out.report.ComparisonReport;
import org.rangekit.io.out.report.Format;
import org.rangekit.io.out.report.Report;
import org.rangekit.io.out.report.ReportWriter;
import org.rangekit.range.Site;
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
        description = {"Compare two ranges from one site or area (--range R --vs-range R2), two sites "
                + "(--site A --vs-site B --range R), or the union of several sites against each alone "
                + "(--site A --site B ... --range R): targets, areas and population that the difference adds or removes."},
        footer = {"", "Examples:",
            "  rangekit compare --site mozdok --range 480 --vs-range 500 --targets cities",
            "  rangekit compare --site shuya --vs-site mozdok --range 800 --targets cities",
            "  rangekit compare --from-area k.wkt --range 480 --vs-range 500 --targets -"})
final class CompareCommand implements Runnable {

    @ParentCommand
    Main main;

    @Mixin
    SiteOptions sites = new SiteOptions();

    @Mixin
    AreaOptions area = new AreaOptions();

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

    @Option(names = "--features", paramLabel = "FILE",
            description = "Also write the changed targets as points with the comparison columns, and the area of "
                    + "the difference (--vs-range: the band between the ranges; several sites: the union of their "
                    + "discs; --vs-site: each site's disc less the other's) as polygons with area_km2, in the overlay format of the extension (.geojson .kml .kmz .gpkg .fgb "
                    + ".csv; single-layer formats hold the points).")
    String features;

    @Mixin
    EarthOption earth = new EarthOption();

    @Override
    public void run() {
        if (area.given() || area.partContaining != null) {
            area.checkOne(sites.given(), "--site/--sites-file");
        }
        if (area.given()) {
            runFromArea();
            return;
        }
        List<Site> sites = this.sites.sites();
        org.rangekit.scenario.OverlayFormat featureFormat = features == null ? null
                : Options.parsed("--features", features, () -> org.rangekit.scenario.DataFiles.overlayFormat(features));
        String featureTarget = features == null ? null : Options.outputTarget("--features", features);
        List<Site> featureSites = sites;
        org.rangekit.range.ThresholdSet areaSet = null;
        boolean areaBand = false;
        double rangeKm = single("--range", range);
        EarthModel model = earth.model();
        Scale sc = targets.scale();
        String out = output.target();
        Format fmt = targets.format(out);
        ComparisonReport report;
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
            report = withSource((source, progress) ->
                    ComparisonReports.ranges(sites.get(0), rangeKm, vsKm, model, source, progress, sc));
            areaSet = org.rangekit.range.ThresholdSet.custom(List.of(Math.min(rangeKm, vsKm), Math.max(rangeKm, vsKm)));
            areaBand = true;
        } else if (vsSite != null) {
            if (sites.size() != 1) {
                throw BadInputException.of("--vs-site", vsSite, "compares two sites; give exactly one --site");
            }
            Site b = SiteArgs.parse("--vs-site", vsSite, org.rangekit.io.in.SiteCatalog.builtIn());
            if (b.id().equals(sites.get(0).id())) {
                throw BadInputException.of("--vs-site", vsSite, "is the same site as --site");
            }
            RangeLimits.check("--range", range, List.of(sites.get(0), b), List.of(rangeKm * 1000), model);
            report = withSource((source, progress) ->
                    ComparisonReports.twoSites(sites.get(0), b, rangeKm, model, source, progress, sc));
            featureSites = List.of(sites.get(0), b);
        } else {
            if (sites.size() < 2) {
                throw new BadInputException("expected --vs-range KM, --vs-site SITE, or several --site options");
            }
            RangeLimits.check("--range", range, sites, List.of(rangeKm * 1000), model);
            report = withSource((source, progress) ->
                    ComparisonReports.union(sites, rangeKm, model, source, progress, sc));
            areaSet = org.rangekit.range.ThresholdSet.custom(List.of(rangeKm));
        }
        Report r = report.forFormat(fmt, summary);
        Options.write("-o", out, main.stdout(), o -> ReportWriter.write(r, fmt, o));
        if (featureFormat != null) {
            List<org.rangekit.io.out.GeoJsonWriter.Feature> f = new java.util.ArrayList<>();
            featureSites.forEach(s -> f.add(org.rangekit.io.out.RingFeatures.site(s)));
            if (areaSet != null) {
                List<org.rangekit.io.out.GeoJsonWriter.Feature> areas = org.rangekit.api.Overlays.unionAreas(sites,
                        areaSet, model, areaBand, org.rangekit.geometry.RingPolygons.DEFAULT_TOLERANCE_M,
                        featureFormat.defaultEdges());
                f.addAll(areaBand ? areas.subList(areas.size() - 1, areas.size()) : areas);
            }
            if (vsSite != null) {
                List<org.rangekit.io.out.report.Table> tables = report.forFormat(Format.JSON, false).tables();
                f.addAll(org.rangekit.api.Overlays.differenceAreas(featureSites.get(0), featureSites.get(1), rangeKm,
                        model, org.rangekit.geometry.RingPolygons.DEFAULT_TOLERANCE_M, featureFormat.defaultEdges(),
                        title(tables, "only_vs_site"), title(tables, "only_site")));
            }
            f.addAll(org.rangekit.api.Overlays.reportPoints(report.forFormat(Format.CSV, false)));
            org.rangekit.io.out.OverlayWriter writer = org.rangekit.api.Overlays.writer(featureFormat, featureSites,
                    areaSet == null ? org.rangekit.range.ThresholdSet.custom(List.of(rangeKm)) : areaSet, model, false);
            Options.write("--features", featureTarget, main.stdout(), o -> writer.write(o, f));
        }
    }

    /**
     * Two ranges from an area: the targets whose exact distance from it lies between them, and with
     * {@code --features} the band between them and those targets.
     */
    private void runFromArea() {
        if (vsSite != null) {
            throw BadInputException.of("--vs-site", vsSite, "compares two sites; an area compares two ranges "
                    + "(--range KM --vs-range KM)");
        }
        if (vsRange == null) {
            throw new BadInputException("from an area, compare takes --range KM --vs-range KM");
        }
        org.rangekit.scenario.OverlayFormat featureFormat = features == null ? null
                : Options.parsed("--features", features, () -> org.rangekit.scenario.DataFiles.overlayFormat(features));
        String featureTarget = features == null ? null : Options.outputTarget("--features", features);
        double rangeKm = single("--range", range);
        double vsKm = single("--vs-range", vsRange);
        if (vsKm == rangeKm) {
            throw BadInputException.of("--vs-range", vsRange, "equals --range; expected a different range");
        }
        RangeLimits.checkArea("--range", range, org.rangekit.range.ThresholdSet.custom(List.of(rangeKm)));
        RangeLimits.checkArea("--vs-range", vsRange, org.rangekit.range.ThresholdSet.custom(List.of(vsKm)));
        EarthModel model = earth.model();
        Scale sc = targets.scale();
        String out = output.target();
        Format fmt = targets.format(out);
        org.rangekit.api.AreaOrigin origin = area.origin(model);
        org.rangekit.api.AreaRanges.RangeComparison c;
        try (TargetStream source = targets.open(sc, main);
             Progress progress = targets.progress("compare", source, main.stderr())) {
            try {
                c = TargetOptions.reading(() -> org.rangekit.api.AreaRanges.compareRanges(origin, rangeKm, vsKm, source,
                        progress, sc));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--targets: " + e.getMessage(), e);
            }
            targets.warnSkipped(source, main);
        }
        Report r = c.report().forFormat(fmt, summary);
        Options.write("-o", out, main.stdout(), o -> ReportWriter.write(r, fmt, o));
        if (featureFormat != null) {
            List<org.rangekit.io.out.GeoJsonWriter.Feature> f = org.rangekit.api.AreaRanges.comparisonFeatures(origin,
                    c, featureFormat.defaultEdges());
            org.rangekit.io.out.OverlayWriter writer = org.rangekit.api.AreaRanges.overlayWriter(featureFormat, origin,
                    org.rangekit.range.ThresholdSet.custom(List.of(Math.min(rangeKm, vsKm), Math.max(rangeKm, vsKm))));
            Options.write("--features", featureTarget, main.stdout(), o -> writer.write(o, f));
        }
    }

    private static String title(List<org.rangekit.io.out.report.Table> tables, String key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow().title();
    }

    private static double single(String option, String text) {
        List<Double> km = Units.rangesKm(option, text);
        if (km.size() != 1) {
            throw BadInputException.of(option, text, "expected one range in km");
        }
        return km.get(0);
    }

    /** One comparison over the opened targets. */
    private interface SourceBody {
        ComparisonReport apply(TargetStream source, ReadProgress progress);
    }

    /**
     * Opens {@code --targets}, runs the comparison over them under a progress bar, and warns about
     * skipped rows. Areas that cannot be computed are bad input naming the site, or {@code --range}
     * for the overlap of two discs.
     */
    private ComparisonReport withSource(SourceBody body) {
        try (TargetStream source = targets.open(targets.scale(), main);
             Progress progress = targets.progress("compare", source, main.stderr())) {
            ComparisonReport r;
            try {
                r = TargetOptions.reading(() -> body.apply(source, progress));
            } catch (SiteAreaException e) {
                throw e.isOverlap() ? BadInputException.of("--range", range, e.getMessage())
                        : CoverageCommand.badAreas(e);
            }
            targets.warnSkipped(source, main);
            return r;
        }
    }
}

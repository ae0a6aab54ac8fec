package org.rangekit.cli;

import java.util.List;
import org.rangekit.api.AreaOrigin;
import org.rangekit.api.AreaRanges;
import org.rangekit.api.CoverageReports;
import org.rangekit.api.Overlays;
import org.rangekit.io.out.GeoJsonWriter;
import org.rangekit.io.out.OverlayWriter;
import org.rangekit.scenario.DataFiles;
import org.rangekit.scenario.OverlayFormat;
import org.rangekit.api.CoverageRequest;
import org.rangekit.coverage.SiteAreaException;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.io.in.targets.TargetFormatException;
import org.rangekit.io.in.targets.TargetStream;
import org.rangekit.io.in.data.Scale;
import org.rangekit.io.out.report.Format;
import org.rangekit.io.out.report.Report;
import org.rangekit.io.out.report.ReportWriter;
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
 * The report comes from {@link CoverageReports}; this class reads options and writes output.
 */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"Classify targets into range bands around one or more sites (exact WGS84 geodesic distance).",
            "Per target: nearest site, distance, band, INF category and the range needed to reach it. "
                + "With --summary: one row per site and band with target count, population (two methods), "
                + "total, land and per-country areas."},
        footer = {"", "Examples:",
            "  rangekit coverage --site kapustin-yar --preset inf --targets capitals",
            "  rangekit coverage --site shuya --range 500 --targets cities --summary",
            "  rangekit coverage --site shuya --range 500 --targets cities --compare-earth",
            "  rangekit coverage --from-area launch-box.geojson --targets capitals"})
final class CoverageCommand implements Runnable {

    @ParentCommand
    Main main;

    @Mixin
    SiteOptions sites = new SiteOptions();

    @Mixin
    AreaOptions area = new AreaOptions();

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    RangeOptions ranges;

    @Option(names = "--system", paramLabel = "ID",
            description = "A missile system of the catalog (data/systems.csv): its claimed and estimated ranges, "
                    + "added to --range/--preset if given: 9m729, 9m723, ss-20, ss-23, pershing-ii.")
    String system;

    @Mixin
    TargetOptions targets = new TargetOptions();

    @Option(names = "--summary", description = "One row per site and band instead of one row per target.")
    boolean summary;

    @Option(names = "--features", paramLabel = "FILE",
            description = "Also write every target as a point feature with its band columns (and the sites), "
                    + "in the overlay format of the extension: .geojson, .kml, .kmz, .gpkg, .fgb or .csv.")
    String features;

    @Option(names = "--compare-earth",
            description = "Also classify on the sphere (R = 6,371,008.8 m): a band_sphere column, and in JSON and "
                    + "Markdown the targets whose band differs and the largest ring difference (km) per site and range.")
    boolean compareEarth;

    @Mixin
    OutputOption output = new OutputOption();

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
        List<Site> siteList = sites.sites();
        ThresholdSet set = RangeOptions.thresholds(ranges, system);
        EarthModel model = earth.model();
        Scale sc = targets.scale();
        String out = output.target();
        Format fmt = targets.format(out);
        if (compareEarth && model != EarthModel.WGS84) {
            throw BadInputException.of("--earth", earth.earth, "wgs84 with --compare-earth (it sets the sphere beside WGS84)");
        }
        CoverageRequest request = new CoverageRequest(siteList, set, model, targets.checked(), summary, fmt, sc,
                compareEarth);
        OverlayFormat featureFormat = features == null ? null
                : Options.parsed("--features", features, () -> DataFiles.overlayFormat(features));
        String featureTarget = features == null ? null : Options.outputTarget("--features", features);
        if (summary) {
            RangeLimits.check(RangeOptions.option(ranges, system), RangeOptions.value(ranges, system), siteList, set, model); // areas need the rings
        }
        try (TargetStream source = targets.open(request.scale(), main);
             Progress progress = targets.progress("coverage", source, main.stderr())) {
            if (summary) {
                Report r;
                try {
                    r = TargetOptions.reading(() -> CoverageReports.summary(request, source, progress));
                } catch (SiteAreaException e) {
                    throw badAreas(e);
                }
                Options.write("-o", out, main.stdout(), o -> ReportWriter.write(r, request.format(), o));
            } else {
                Options.write("-o", out, main.stdout(), o -> {
                    try {
                        CoverageReports.write(request, source, progress, o);
                    } catch (TargetFormatException e) {
                        throw TargetOptions.badTargets(e);
                    }
                });
            }
            targets.warnSkipped(source, main);
        }
        if (featureFormat != null) {
            List<GeoJsonWriter.Feature> points = TargetOptions.reading(() -> Overlays.targetFeatures(request));
            OverlayWriter writer = Overlays.writer(featureFormat, siteList, set, model, false);
            Options.write("--features", featureTarget, main.stdout(), o -> writer.write(o, points));
        }
    }

    /** Coverage from an area: exact distance from it (0 inside) into the bands; per target, or summed per band. */
    private void runFromArea() {
        ThresholdSet set = RangeOptions.thresholds(ranges, system);
        EarthModel model = earth.model();
        Scale sc = targets.scale();
        String out = output.target();
        Format fmt = targets.format(out);
        if (compareEarth || features != null) {
            throw new BadInputException("--compare-earth and --features go with sites, not with an area");
        }
        if (summary) {
            RangeLimits.checkArea(RangeOptions.option(ranges, system), RangeOptions.value(ranges, system), set);
        }
        AreaOrigin origin = area.origin(model);
        CoverageRequest request = new CoverageRequest(List.of(AreaRanges.site(origin)), set, model,
                targets.checked(), summary, fmt, sc, false);
        try (TargetStream source = targets.open(request.scale(), main);
             Progress progress = targets.progress("coverage", source, main.stderr())) {
            if (summary) {
                Report r;
                try {
                    r = TargetOptions.reading(() -> AreaRanges.coverageSummary(origin, request, source, progress));
                } catch (IllegalArgumentException e) {
                    throw new BadInputException("--targets: " + e.getMessage(), e);
                }
                Options.write("-o", out, main.stdout(), o -> ReportWriter.write(r, request.format(), o));
            } else {
                Options.write("-o", out, main.stdout(), o -> {
                    try {
                        AreaRanges.writeCoverage(origin, request, source, progress, o);
                    } catch (TargetFormatException e) {
                        throw TargetOptions.badTargets(e);
                    } catch (IllegalArgumentException e) {
                        throw new BadInputException("--targets: " + e.getMessage(), e);
                    }
                });
            }
            targets.warnSkipped(source, main);
        }
    }

    /**
     * Band areas that cannot be computed for a site (bands reaching too near its antipode), or for
     * the sites' union, as bad input naming the site.
     */
    static BadInputException badAreas(SiteAreaException e) {
        return new BadInputException("--site" + (e.siteId() == null ? "" : " " + e.siteId()) + ": " + e.getMessage());
    }
}

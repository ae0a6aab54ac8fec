package org.rangekit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.rangekit.api.Scenarios;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.io.out.AtomicOutput;
import org.rangekit.io.out.OutputException;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import org.rangekit.scenario.MapSettings;
import org.rangekit.viewer.Viewer;
import org.rangekit.viewer.model.ViewArea;
import org.rangekit.viewer.model.ViewState;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rangekit view}: the interactive viewer ({@code org.rangekit.viewer}) on the catalog's
 * Kapustin Yar with the INF preset, a scenario file (from sites or an area), the sites and ranges
 * {@code map} takes, or an area ({@code --from-area}, {@code --from-country});
 * {@code --screenshot} renders the window without a display and exits.
 */
@Command(name = "view", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Explore sites, ranges and coverage in a window (JavaFX). Without arguments: Kapustin Yar "
                + "with the INF preset. --screenshot renders the window to a PNG without a display and exits.",
        footer = {"", "Examples:",
            "  rangekit view",
            "  rangekit view examples/9m729-sites.yaml",
            "  rangekit view --site kapustin-yar --range 480,500 --projection ortho",
            "  rangekit view --from-country RUS --part-containing 54.71,20.51",
            "  rangekit view examples/kaliningrad-inf.yaml",
            "  rangekit view --screenshot viewer.png --size 1600x1000"})
final class ViewCommand implements Runnable {

    @ParentCommand
    Main main;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE.yaml",
            description = "A scenario file: its sites, ranges, earth model and map settings.")
    String scenario;

    @Option(names = "--site", paramLabel = "SITE",
            description = "Launch site, as map takes it (catalog id, LAT,LON or DMS). Repeatable.")
    List<String> siteArgs;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    RangeOptions ranges;

    @Option(names = "--projection", paramLabel = "NAME",
            description = "aeqd (default), ortho, laea, world or mercator.")
    String projection;

    @Option(names = "--union", description = "With several sites: fill the bands of the union of their discs.")
    boolean union;

    @Option(names = "--extent", paramLabel = "KM",
            description = "Distance from the centre to the nearer map edge in km (default: fit the rings).")
    Double extent;

    @Option(names = "--centre", paramLabel = "LAT,LON",
            description = "Centre of the view, LAT,LON or DMS as --site takes them (default: the middle of the "
                    + "sites or the area; as map --centre).")
    String centre;

    @Option(names = "--targets", paramLabel = "WHAT",
            description = "What the coverage table counts: capitals (default), cities, or a target file "
                    + "as coverage --targets reads it (CSV, GeoJSON, KML/KMZ, GeoPackage, FlatGeobuf).")
    String targets;

    @Mixin
    AreaOptions area = new AreaOptions();

    @Mixin
    EarthOption earth = new EarthOption();

    @Option(names = "--screenshot", paramLabel = "FILE.png",
            description = "Render the window to this PNG without a display (Monocle headless) and exit.")
    String screenshot;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1600x1000",
            description = "Window size of --screenshot in pixels (default 1600x1000).")
    String size;

    @Override
    public void run() {
        ViewState state = state();
        if (screenshot != null) {
            String target = Options.outputTarget("--screenshot", screenshot);
            if (AtomicOutput.STDOUT.equals(target) || !target.toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
                throw BadInputException.of("--screenshot", screenshot, "expected a file name ending in .png");
            }
            int[] wh = Options.parsed("--size", size, () -> MapSettings.parseSize(size));
            try {
                Viewer.screenshot(state, Path.of(target), wh[0], wh[1]);
            } catch (OutputException e) {
                throw new WriteFailedException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            main.stderr().println("wrote " + target);
            return;
        }
        if (!Viewer.hasDisplay()) {
            throw new BadInputException("no display to open a window on (DISPLAY is not set); "
                    + "use --screenshot FILE.png to render the viewer without one");
        }
        try {
            Viewer.launch(state);
        } catch (UnsupportedOperationException e) {
            // JavaFX's desktop platform needs GTK 3: a fixable setup problem, said in one line.
            throw new BadInputException("cannot open a window: " + e.getMessage()
                    + " (install GTK 3, e.g. Debian's libgtk-3-0), or use --screenshot FILE.png");
        }
    }

    private ViewState state() {
        ViewState s;
        if (scenario != null) {
            if (siteArgs != null || ranges != null || area.given() || area.partContaining != null) {
                throw BadInputException.of("FILE.yaml", scenario,
                        "give either a scenario file or --site/--range/--from-area/--from-country, not both");
            }
            s = ViewState.of(Scenarios.load(Path.of(scenario)), Path.of(scenario));
        } else if (area.given() || area.partContaining != null) {
            area.checkOne(siteArgs != null, "--site");
            if (union) {
                throw new BadInputException("--union goes with sites, not with an area");
            }
            ThresholdSet set = ranges == null ? ThresholdSet.inf() : ranges.thresholds();
            RangeLimits.checkArea(ranges == null ? "--preset" : ranges.option(), ranges == null ? "inf" : ranges.value(),
                    set);
            EarthModel model = earth.model();
            org.rangekit.api.AreaOrigin origin = area.origin(model);
            ViewArea va = area.file != null ? ViewArea.file(origin, Path.of(area.file))
                    : ViewArea.country(origin, area.country, area.partContaining == null ? null
                            : SiteArgs.parsePoint("--part-containing", area.partContaining));
            s = ViewState.ofArea(va, set, model, ProjectionKind.AEQD, Double.NaN);
        } else {
            List<Site> sites = siteArgs == null ? ViewState.initial().sites() : SiteOptions.of(siteArgs).sites();
            ThresholdSet set = ranges == null ? ThresholdSet.inf() : ranges.thresholds();
            EarthModel model = earth.model();
            s = ViewState.of(sites, set, model, union, ProjectionKind.AEQD, Double.NaN);
            RangeLimits.check(ranges == null ? "--preset" : ranges.option(), ranges == null ? "inf" : ranges.value(),
                    sites, set, model);
        }
        if (projection != null) {
            s = s.withProjection(Options.parsed("--projection", projection, () -> MapSettings.parseProjection(projection)));
        }
        if (extent != null) {
            double km = Options.parsed("--extent", String.valueOf(extent), () -> MapSettings.extentKmOrFit(extent));
            s = s.withView(s.centre(), km);
        }
        if (centre != null) {
            s = s.withView(SiteArgs.parsePoint("--centre", centre), s.extentKm());
        }
        if (union) {
            if (s.fromArea()) {
                throw BadInputException.of("FILE.yaml", scenario, "--union goes with sites, not with an area");
            }
            s = s.withUnion(true);
        }
        if (targets != null) {
            String t = targets.strip();
            Options.parsed("--targets", targets, () -> org.rangekit.viewer.model.CoverageTable.targets(t));
            s = s.withTargets(t);
        }
        return s;
    }
}

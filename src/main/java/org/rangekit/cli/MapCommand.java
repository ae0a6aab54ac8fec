package org.rangekit.cli;

import java.util.List;
import org.rangekit.api.MapRequest;
import org.rangekit.api.AreaOrigin;
import org.rangekit.api.AreaRanges;
import org.rangekit.api.Maps;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.out.AtomicOutput;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.Fan;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import org.rangekit.scenario.MapFormat;
import org.rangekit.render.EmbeddedBasemaps;
import org.rangekit.render.MapRenderer;
import org.rangekit.render.MapWriter;
import org.rangekit.scenario.MapSettings;
import org.rangekit.scenario.Targets;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rangekit map}: a range map as PNG, SVG or PDF. Checks every option, builds a
 * {@link MapRequest} and writes the file atomically; the drawing is in {@code org.rangekit.render}.
 */
@Command(name = "map", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Draw range bands on a basemap: PNG, SVG or PDF by the output's extension. "
                + "Default projection: azimuthal equidistant centred on the site (every ring a true circle).",
        footer = {"", "Examples:",
            "  rangekit map --site kapustin-yar --preset inf -o kapustin-yar-inf.png",
            "  rangekit map --site kapustin-yar --range 480,500 --extent 700 -o 480-500.svg",
            "  rangekit map --site 53.1,158.6 --range 5500 --projection ortho -o globe.pdf",
            "  rangekit map --site mozdok --interval 1000 --count 5 --radials 12 -o f.png",
            "  rangekit map --site mozdok --max-range 900 --sector 0..900,330..30 -o s.png",
            "  rangekit map --site shuya --preset inf --compare-earth -o sphere.png",
            "  rangekit map --from-country RUS --part-containing 54.71,20.51 -o k.png"})
final class MapCommand implements Runnable {

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

    @Option(names = "--projection", paramLabel = "NAME", defaultValue = "aeqd",
            description = "aeqd (default), ortho, laea, world (Robinson) or mercator (Web Mercator).")
    String projection;

    @Option(names = "--union", description = "With several sites: fill the bands of the union of their discs.")
    boolean union;

    @Option(names = "--targets", paramLabel = "WHAT", description = "Mark places within the outermost range: capitals.")
    String targets;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "2000x1400", description = "Size in pixels (default 2000x1400).")
    String size;

    @Option(names = "--dpi", paramLabel = "DPI", defaultValue = "150",
            description = "Resolution; text and lines are sized in points (default 150).")
    String dpi;

    @Option(names = "--extent", paramLabel = "KM",
            description = "Distance from the centre to the nearer map edge in km, units allowed (700, 400mi); "
                    + "default: fit the rings (world and mercator: the whole world; with it, a window around the "
                    + "centre, measured along its meridian).")
    String extent;

    @Option(names = "--centre", paramLabel = "LAT,LON",
            description = "Centre of the map, LAT,LON or DMS as --site takes them (default: the middle of the sites "
                    + "or the area; world: on Greenwich): of aeqd, ortho and laea the projection's centre; of world "
                    + "and mercator the central meridian, and with --extent the window's middle (mercator without "
                    + "it: the middle row's latitude).")
    String centre;

    @Option(names = "--basemap", paramLabel = "SCALE", defaultValue = "auto",
            description = "Natural Earth scale: 110m, 50m, 10m or auto (by km per pixel; default).")
    String basemap;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title (default: what and from where).")
    String title;

    @Option(names = "--subtitle", paramLabel = "TEXT", description = "Subtitle.")
    String subtitle;

    @Mixin
    FanOptions fanOptions = new FanOptions();

    @Mixin
    EarthOption earth = new EarthOption();

    @Option(names = "--compare-earth",
            description = "Also draw the rings on the sphere (R = 6,371,008.8 m) in fine dashes over the WGS84 bands; "
                    + "the legend and subtitle give the largest ring difference in km.")
    boolean compareEarth;

    @Option(names = "--timings", description = "Print the time spent on basemap loading, projection and drawing to stderr.")
    boolean timings;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Output file .png, .svg or .pdf, written atomically; - writes PNG to stdout.")
    String output;

    /**
     * Starts, before the command line is parsed, the work a map of this process will need whatever its
     * options: loading fonts and the rasteriser ({@link MapWriter#warmUp}) and parsing the basemap of an
     * explicit {@code --basemap} scale ({@link EmbeddedBasemaps#prefetch}), both on background threads,
     * so that they overlap the parsing of the options, which uses one core. Only a head start: the map
     * does the same on its own thread when it needs them, and bad options are reported as usual.
     *
     * @param args the process's arguments, the first being {@code map}
     */
    static void startEarly(String[] args) {
        MapWriter.warmUp();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--basemap") && i + 1 < args.length) {
                EmbeddedBasemaps.prefetch(args[i + 1]);
            } else if (args[i].startsWith("--basemap=")) {
                EmbeddedBasemaps.prefetch(args[i].substring("--basemap=".length()));
            }
        }
    }

    @Override
    public void run() {
        if (area.given() || area.partContaining != null) {
            area.checkOne(sites.given(), "--site/--sites-file");
        }
        List<Site> centres = area.given() ? List.of() : sites.sites();
        ThresholdSet set = RangeOptions.thresholds(ranges, system);
        EarthModel model = earth.model();
        ProjectionKind kind = Options.parsed("--projection", projection, () -> MapSettings.parseProjection(projection));
        int[] wh = Options.parsed("--size", size, () -> MapSettings.parseSize(size));
        double dpiValue = Options.parsed("--dpi", dpi, () -> MapSettings.parseDpi(dpi));
        Double typedKm = extent == null ? null : Units.lengthMeters("--extent", extent, "km", false) / 1000;
        double extentKm = Options.parsed("--extent", extent, () -> MapSettings.extentKmOrFit(typedKm));
        String scale = Options.parsed("--basemap", basemap, () -> MapSettings.parseBasemap(basemap));
        GeoPoint centrePoint = centre == null ? null : SiteArgs.parsePoint("--centre", centre);
        Targets marked = Targets.NONE;
        if (targets != null) {
            if (!targets.strip().equalsIgnoreCase("capitals")) {
                throw BadInputException.of("--targets", targets, "expected capitals");
            }
            marked = Targets.CAPITALS;
        }
        String target = Options.outputTarget("-o", output);
        MapFormat format = AtomicOutput.STDOUT.equals(target) ? MapFormat.PNG
                : Options.parsed("-o", target, () -> mapFormat(target));
        Fan fan = fanOptions.fan();
        MapSettings settings = new MapSettings(kind, wh[0], wh[1], dpiValue, extentKm, scale, title, subtitle, centrePoint);
        if (area.given()) {
            if (union || compareEarth || !fan.isEmpty()) {
                throw new BadInputException("--union, --compare-earth, --radials, --bearings and --sector go with sites, not with "
                        + "an area");
            }
            RangeLimits.checkArea(RangeOptions.option(ranges, system), RangeOptions.value(ranges, system), set);
            AreaOrigin origin = area.origin(model);
            MapWriter.Output out = AreaRanges.writeMap(origin, set, marked, settings, format);
            Options.write("-o", target, main.stdout(), os -> os.write(out.bytes()));
            return;
        }
        MapRequest request = new MapRequest(centres, set, model, union, marked,
                new MapSettings(kind, wh[0], wh[1], dpiValue, extentKm, scale, title, subtitle, centrePoint), fan);
        RangeLimits.check(RangeOptions.option(ranges, system), RangeOptions.value(ranges, system), centres, set, model);
        FanOptions.check(fan, centres, set.thresholds().get(set.thresholds().size() - 1).radiusKm(), model);

        if (compareEarth && model != EarthModel.WGS84) {
            throw BadInputException.of("--earth", earth.earth, "wgs84 with --compare-earth (it sets the sphere beside WGS84)");
        }
        MapWriter.Output out = compareEarth
                ? Maps.writeComparingEarth(request, format)
                : Maps.write(request, format);
        Options.write("-o", target, main.stdout(), os -> os.write(out.bytes()));
        if (timings) {
            MapRenderer.Timings t = out.timings();
            main.stderr().printf(java.util.Locale.ROOT,
                    "map: basemap %s load %.0f ms, projection %.0f ms, drawing+encoding %.0f ms%n",
                    t.basemapScale(), t.basemapNanos() / 1e6, t.projectNanos() / 1e6, t.paintNanos() / 1e6);
        }
    }

    private static MapFormat mapFormat(String target) {
        try {
            return MapFormat.ofFileName(target);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected a file name ending in .png, .svg or .pdf", e);
        }
    }
}

package org.rangekit.cli;

import java.util.List;

import org.rangekit.api.AreaOrigin;
import org.rangekit.api.AreaRanges;
import org.rangekit.api.GeoJson;
import org.rangekit.api.Overlays;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geometry.EdgeReading;
import org.rangekit.io.out.GeoJsonWriter;
import org.rangekit.io.out.OverlayWriter;
import org.rangekit.range.Fan;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import org.rangekit.scenario.DataFiles;
import org.rangekit.scenario.OverlayFormat;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rangekit rings}: range rings (discs) or bands around sites as an overlay: RFC 7946 GeoJSON, KML,
 * KMZ, GeoPackage, FlatGeobuf or CSV with WKT, by the extension of {@code -o}.
 *
 * <p>Parses and checks every option first, then asks {@link Overlays} (the library API) for the features and
 * exact areas, then writes the file atomically; no geometry is computed here.
 */
@Command(name = "rings", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Range rings around launch sites, exact on the WGS84 ellipsoid, as an overlay whose format "
                + "follows the -o extension: .geojson/.json (RFC 7946; stdout), .kml, .kmz (Google Earth), "
                + ".gpkg (QGIS; layers sites, bands, rings), .fgb (FlatGeobuf) or .csv (WKT column). "
                + "Discs by default (one per range); with --bands the annuli between consecutive ranges, "
                + "the first band being the disc [0, r1].",
        footer = {"", "Examples:",
            "  rangekit rings --site kapustin-yar --preset inf -o kapustin-yar-inf.geojson",
            "  rangekit rings --site -77.85,166.67 --range 500,1000km --bands -o -",
            "  rangekit rings --site \"48°35′N 45°43′E\" --range 480,500 --earth sphere -o -",
            "  rangekit rings --site mozdok --range 500 --tolerance 10m -o mozdok.geojson",
            "  rangekit rings --site kapustin-yar --preset inf --bands -o ky-inf.kmz",
            "  rangekit rings --site kapustin-yar --preset inf --bands -o ky-inf.gpkg",
            "  rangekit rings --site mozdok --interval 500 --count 11 --radials 8 -o f.gpkg",
            "  rangekit rings --site mozdok --max-range 1000 --sector 0..500km,330..30 -o -",
            "  rangekit rings --site mozdok --site shuya --range 480,500 --union -o u.gpkg",
            "  rangekit rings --from-area launch-box.geojson --range 500 -o box.kml",
            "  rangekit rings --from-country RUS --part-containing 54.71,20.51 --bands -o -"})
final class RingsCommand implements Runnable {

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

    @Option(names = "--bands", description = "Write bands between consecutive ranges instead of discs.")
    boolean bands;

    @Mixin
    FanOptions fanOptions = new FanOptions();

    @Mixin
    EarthOption earth = new EarthOption();

    @Option(names = "--union", description = "The union of the sites' discs (with --bands: its bands, as map --union "
            + "fills them) as area polygons, instead of each site's discs and rings.")
    boolean union;

    @Option(names = "--tolerance", paramLabel = "LENGTH", defaultValue = "50m",
            description = "Largest gap between a polygon edge, read as --edges says, "
                    + "and the true ring; m or km (default 50m).")
    String tolerance;

    @Mixin
    OverlayOptions overlay = new OverlayOptions();

    @Mixin
    OutputOption output = new OutputOption();

    @Override
    public void run() {
        if (area.given() || area.partContaining != null) {
            area.checkOne(sites.given(), "--site/--sites-file");
        }
        if (area.given()) {
            runFromArea();
            return;
        }
        // 1. Check every input before computing anything.
        List<Site> centres = sites.sites();
        ThresholdSet set = RangeOptions.thresholds(ranges, system);
        EarthModel model = earth.model();
        double toleranceM = Options.toleranceMeters(tolerance);
        String target = output.target();
        OverlayFormat format = Options.parsed("-o", target, () -> DataFiles.overlayFormat(target));
        EdgeReading edges = overlay.edges(format);
        RangeLimits.check(RangeOptions.option(ranges, system), RangeOptions.value(ranges, system), centres, set, model);
        RangeLimits.checkGeoJson(RangeOptions.option(ranges, system), RangeOptions.value(ranges, system), set);
        Fan fan = fanOptions.fan();
        double outermostKm = set.thresholds().get(set.thresholds().size() - 1).radiusKm();
        FanOptions.check(fan, centres, outermostKm, model);

        // 2. Compute.
        List<GeoJsonWriter.Feature> features = new java.util.ArrayList<>();
        if (union) {
            centres.forEach(s -> features.add(org.rangekit.io.out.RingFeatures.site(s)));
            features.addAll(Overlays.unionAreas(centres, set, model, bands, toleranceM, edges));
        } else {
            features.addAll(Overlays.features(centres, set, model, bands, toleranceM, edges));
        }
        features.addAll(GeoJson.fanFeatures(centres, fan, outermostKm, model, toleranceM));
        OverlayWriter writer = Overlays.writer(format, centres, set, model, overlay.style);

        // 3. Write atomically.
        Options.write("-o", target, main.stdout(), out -> writer.write(out, features));
    }

    /** Rings from an area: its buffers or bands, with the area itself, in the format of {@code -o}. */
    private void runFromArea() {
        ThresholdSet set = RangeOptions.thresholds(ranges, system);
        EarthModel model = earth.model();
        double toleranceM = Options.toleranceMeters(tolerance);
        String target = output.target();
        OverlayFormat format = Options.parsed("-o", target, () -> DataFiles.overlayFormat(target));
        EdgeReading edges = overlay.edges(format);
        if (union || !fanOptions.fan().isEmpty()) {
            throw new BadInputException("--union, --radials, --bearings and --sector go with sites, not with an area");
        }
        RangeLimits.checkGeoJson(RangeOptions.option(ranges, system), RangeOptions.value(ranges, system), set);
        RangeLimits.checkArea(RangeOptions.option(ranges, system), RangeOptions.value(ranges, system), set);
        AreaOrigin origin = area.origin(model);
        List<GeoJsonWriter.Feature> features = AreaRanges.features(origin, set, bands, toleranceM, edges);
        OverlayWriter writer = AreaRanges.overlayWriter(format, origin, set);
        Options.write("-o", target, main.stdout(), out -> writer.write(out, features));
    }
}

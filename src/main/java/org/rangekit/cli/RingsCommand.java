package org.rangekit.cli;

import java.util.List;

import org.rangekit.api.GeoJson;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.io.out.AtomicOutput;
import org.rangekit.io.out.GeoJsonWriter;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import org.rangekit.scenario.DataFiles;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rangekit rings}: range rings (discs) or bands around sites as RFC 7946 GeoJSON.
 *
 * <p>Parses and checks every option first, then asks {@link GeoJson} (the library API) for the polygons and exact
 * areas, then writes the file atomically; no geometry is computed here.
 */
@Command(name = "rings", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Range rings around launch sites as GeoJSON (RFC 7946), exact on the WGS84 ellipsoid. "
                + "Discs by default (one per range); with --bands the annuli between consecutive ranges, "
                + "the first band being the disc [0, r1].",
        footer = {"", "Examples:",
            "  rangekit rings --site kapustin-yar --preset inf -o kapustin-yar-inf.geojson",
            "  rangekit rings --site -77.85,166.67 --range 500,1000km --bands -o -",
            "  rangekit rings --site \"48°35′N 45°43′E\" --range 480,500 --earth sphere -o -",
            "  rangekit rings --site mozdok --range 500 --tolerance 10m -o mozdok.geojson"})
final class RingsCommand implements Runnable {

    @ParentCommand
    Main main;

    @Mixin
    SiteOptions sites = new SiteOptions();

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    RangeOptions ranges;

    @Option(names = "--system", paramLabel = "ID",
            description = "A missile system of the catalog (data/systems.csv): its claimed and estimated ranges, "
                    + "added to --range/--preset if given: 9m729, 9m723, ss-20, ss-23, pershing-ii.")
    String system;

    @Option(names = "--bands", description = "Write bands between consecutive ranges instead of discs.")
    boolean bands;

    @Mixin
    EarthOption earth = new EarthOption();

    @Option(names = "--tolerance", paramLabel = "LENGTH", defaultValue = "50m",
            description = "Largest gap between a polygon edge, read as a straight line in lon/lat, "
                    + "and the true ring; m or km (default 50m).")
    String tolerance;

    @Mixin
    OutputOption output = new OutputOption();

    @Override
    public void run() {
        // 1. Check every input before computing anything.
        List<Site> centres = sites.sites();
        ThresholdSet set = RangeOptions.thresholds(ranges, system);
        EarthModel model = earth.model();
        double toleranceM = Options.toleranceMeters(tolerance);
        String target = output.target();
        if (!AtomicOutput.STDOUT.equals(target)) {
            Options.parsed("-o", target, () -> {
                DataFiles.checkGeoJson(target);
                return target;
            });
        }
        RangeLimits.check(RangeOptions.option(ranges, system), RangeOptions.value(ranges, system), centres, set, model);
        RangeLimits.checkGeoJson(RangeOptions.option(ranges, system), RangeOptions.value(ranges, system), set);

        // 2. Compute.
        List<GeoJsonWriter.Feature> features = GeoJson.features(centres, set, model, bands, toleranceM);

        // 3. Write atomically.
        Options.write("-o", target, main.stdout(),
                out -> GeoJsonWriter.write(out, features, EmbeddedData.attribution()));
    }
}

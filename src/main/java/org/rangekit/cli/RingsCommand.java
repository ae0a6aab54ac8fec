package org.rangekit.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geometry.RingPolygons;
import org.rangekit.io.AtomicOutput;
import org.rangekit.io.GeoJsonWriter;
import org.rangekit.io.RingFeatures;
import org.rangekit.io.SiteCatalog;
import org.rangekit.range.Band;
import org.rangekit.range.Ring;
import org.rangekit.range.Site;
import org.rangekit.range.Threshold;
import org.rangekit.range.ThresholdSet;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rangekit rings}: range rings (discs) or bands around sites as RFC 7946 GeoJSON.
 *
 * <p>Parses and checks every option first, then asks {@link RingPolygons} for the polygons and
 * exact areas, then writes the file atomically; no geometry is computed here.
 */
@Command(name = "rings", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Range rings around launch sites as GeoJSON (RFC 7946), exact on the WGS84 ellipsoid. "
                + "Discs by default (one per range); with --bands the annuli between consecutive ranges, "
                + "the first band being the disc [0, r1].",
        footer = {"", "Examples:",
            "  rangekit rings --site kapustin-yar --preset inf -o kapustin-yar-inf.geojson",
            "  rangekit rings --site -77.85,166.67 --range 500,1000km --bands -o -",
            "  rangekit rings --site \"48°35′N 45°43′E\" --range 480,500 --earth sphere --tolerance 10m -o out.geojson"})
final class RingsCommand implements Runnable {

    @ParentCommand
    Main main;

    @Option(names = "--site", required = true, paramLabel = "SITE",
            description = "Centre: catalog id (see 'rangekit sites'), LAT,LON in decimal degrees "
                    + "(north and east positive, e.g. -77.85,166.67) or DMS like \"48°35′N 45°43′E\". Repeatable.")
    List<String> sites;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Ranges ranges;

    static final class Ranges {
        @Option(names = "--range", paramLabel = "KM,KM,...",
                description = "Ranges in km, comma-separated; units allowed (500km, 480000m).")
        String range;

        @Option(names = "--preset", paramLabel = "NAME",
                description = "Built-in threshold set: inf (480, 500, 1000, 5500 km with the INF Treaty categories).")
        String preset;
    }

    @Option(names = "--bands", description = "Write bands between consecutive ranges instead of discs.")
    boolean bands;

    @Option(names = "--earth", paramLabel = "MODEL", defaultValue = "wgs84",
            description = "Figure of the Earth: wgs84 (default) or sphere (R = 6,371,008.8 m).")
    String earth;

    @Option(names = "--tolerance", paramLabel = "LENGTH", defaultValue = "50m",
            description = "Largest gap between a polygon edge, read as a straight line in lon/lat, "
                    + "and the true ring; m or km (default 50m).")
    String tolerance;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "-",
            description = "Output GeoJSON file, written atomically; - for stdout (default).")
    String output;

    @Override
    public void run() {
        // 1. Check every input before computing anything.
        SiteCatalog catalog = SiteCatalog.builtIn();
        List<Site> centres = new ArrayList<>();
        for (String s : sites) {
            centres.add(SiteArgs.parse("--site", s, catalog));
        }
        ThresholdSet set = thresholdSet();
        EarthModel model = Options.earth(earth);
        double toleranceM = Options.toleranceMeters(tolerance);
        String target = Options.outputTarget("-o", output);
        Threshold largest = set.thresholds().get(set.thresholds().size() - 1);
        for (Site s : centres) {
            double maxM = RingPolygons.maxRadiusMeters(s.point(), model);
            if (largest.radiusMeters() > maxM) {
                String option = ranges.range != null ? "--range" : "--preset";
                String value = ranges.range != null ? ranges.range : ranges.preset;
                throw BadInputException.of(option, value, "range " + Threshold.formatKm(largest.radiusKm())
                        + " km is beyond the globe: the farthest point from " + s.id() + " is "
                        + DistanceCommand.fixed(maxM / 1000.0, 3) + " km away on " + model.label());
            }
        }

        // 2. Compute.
        List<GeoJsonWriter.Feature> features = new ArrayList<>();
        for (Site s : centres) {
            double innerKm = 0;
            for (Threshold t : set.thresholds()) {
                Ring ring = new Ring(s.point(), t.radiusMeters(), model);
                if (!bands) {
                    features.add(RingFeatures.of(RingPolygons.disc(ring, toleranceM), s, 0, t.radiusKm(), t.label(),
                            set.categoryOf(t.radiusKm()), RingPolygons.discAreaSquareMeters(ring) / 1e6, model));
                } else {
                    Geometry g;
                    double areaM2;
                    if (innerKm == 0) {
                        g = RingPolygons.disc(ring, toleranceM);
                        areaM2 = RingPolygons.discAreaSquareMeters(ring);
                    } else {
                        Band band = new Band(s.point(), innerKm * 1000.0, t.radiusMeters(), model);
                        g = RingPolygons.band(band, toleranceM);
                        areaM2 = RingPolygons.bandAreaSquareMeters(band);
                    }
                    features.add(RingFeatures.of(g, s, innerKm, t.radiusKm(), bandLabel(innerKm, t.radiusKm()),
                            set.categoryOfBand(innerKm, t.radiusKm()), areaM2 / 1e6, model));
                }
                innerKm = t.radiusKm();
            }
        }

        // 3. Write atomically.
        try {
            AtomicOutput.write(target, main.stdout(), out -> GeoJsonWriter.write(out, features));
        } catch (IOException e) {
            throw Options.writeFailure("-o", target, e);
        }
    }

    private ThresholdSet thresholdSet() {
        if (ranges.preset != null) {
            ThresholdSet s = ThresholdSet.preset(ranges.preset);
            if (s == null) {
                throw BadInputException.of("--preset", ranges.preset,
                        "unknown preset; expected one of " + String.join(", ", ThresholdSet.presetNames()));
            }
            return s;
        }
        List<Double> km = Units.rangesKm("--range", ranges.range);
        try {
            return ThresholdSet.custom(km);
        } catch (IllegalArgumentException e) {
            throw BadInputException.of("--range", ranges.range, e.getMessage());
        }
    }

    static String bandLabel(double innerKm, double outerKm) {
        return Threshold.formatKm(innerKm) + "–" + Threshold.formatKm(outerKm) + " km";
    }
}

package org.rangekit.cli;

import java.io.PrintStream;
import java.util.List;

import org.rangekit.api.Overlays;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.io.out.GeoJsonWriter;
import org.rangekit.io.out.OverlayWriter;
import org.rangekit.io.out.RingFeatures;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import org.rangekit.scenario.DataFiles;
import org.rangekit.scenario.OverlayFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rangekit sites}: the site catalog (or the sites of {@code --site}/{@code --sites-file}) as
 * a table, or with {@code -o FILE} as point features in the overlay format of the file's extension,
 * which {@code --sites-file} reads back.
 */
@Command(name = "sites", mixinStandardHelpOptions = true,
        description = "List the launch-site catalog: id, name, lat, lon (degrees), uncertainty (km) and source. "
                + "Coordinates are mostly of a town, not a launch pad: the uncertainty says how far off they may be.",
        footer = {"", "Examples:", "  rangekit sites",
            "  rangekit sites -o sites.gpkg",
            "  rangekit sites --sites-file sites.kml -o sites.csv"})
final class SitesCommand implements Runnable {

    @ParentCommand
    Main main;

    @Mixin
    SiteOptions selection = new SiteOptions();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the sites as point features (properties site, site_name, lat, lon, uncertainty_km, "
                    + "source) in the format of the extension: .geojson, .kml, .kmz, .gpkg, .fgb or .csv (WKT); "
                    + "--sites-file reads every one back. Without -o: the table.")
    String output;

    @Override
    public void run() {
        boolean chosen = (selection.args != null && !selection.args.isEmpty()) || selection.file != null;
        List<Site> sites = chosen ? selection.sites() : SiteCatalog.builtIn().sites();
        if (output != null) {
            String target = Options.outputTarget("-o", output);
            OverlayFormat format = Options.parsed("-o", target, () -> DataFiles.overlayFormat(target));
            List<GeoJsonWriter.Feature> points = sites.stream().map(RingFeatures::site).toList();
            OverlayWriter writer = Overlays.writer(format, sites, ThresholdSet.inf(), EarthModel.WGS84, false);
            Options.write("-o", target, main.stdout(), out -> writer.write(out, points));
            return;
        }
        String[] head = {"id", "name", "lat", "lon", "uncertainty_km", "source"};
        String[][] rows = new String[sites.size()][];
        for (int i = 0; i < sites.size(); i++) {
            Site s = sites.get(i);
            rows[i] = new String[] {s.id(), s.name(), SiteArgs.fmt(s.point().latDeg()), SiteArgs.fmt(s.point().lonDeg()),
                SiteArgs.fmt(s.uncertaintyKm()), s.source()};
        }
        int[] width = new int[head.length];
        for (int c = 0; c < head.length; c++) {
            width[c] = head[c].length();
            for (String[] r : rows) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        PrintStream out = main.stdout();
        printRow(out, head, width);
        for (String[] r : rows) {
            printRow(out, r, width);
        }
        out.flush();
    }

    private static void printRow(PrintStream out, String[] cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            boolean numeric = c >= 2 && c <= 4;
            String cell = cells[c];
            if (c == cells.length - 1) {
                sb.append(cell);
            } else if (numeric) {
                sb.append(" ".repeat(width[c] - cell.length())).append(cell).append("  ");
            } else {
                sb.append(cell).append(" ".repeat(width[c] - cell.length())).append("  ");
            }
        }
        out.println(sb.toString().stripTrailing());
    }
}

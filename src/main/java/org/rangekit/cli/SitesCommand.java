package org.rangekit.cli;

import java.io.PrintStream;
import java.util.List;

import org.rangekit.io.in.SiteCatalog;
import org.rangekit.range.Site;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code rangekit sites}: the site catalog as a table. */
@Command(name = "sites", mixinStandardHelpOptions = true,
        description = "List the launch-site catalog: id, name, lat, lon (degrees), uncertainty (km) and source. "
                + "Coordinates are mostly of a town, not a launch pad: the uncertainty says how far off they may be.",
        footer = {"", "Example:", "  rangekit sites"})
final class SitesCommand implements Runnable {

    @ParentCommand
    Main main;

    @Override
    public void run() {
        List<Site> sites = SiteCatalog.builtIn().sites();
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

package org.rangekit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rangekit.io.in.SiteCatalog;
import org.rangekit.io.in.SiteFiles;
import org.rangekit.io.in.SiteParser;
import org.rangekit.range.Site;

import picocli.CommandLine.Option;

/** {@code --site SITE}, repeatable, and {@code --sites-file FILE}: the launch sites of {@code rings}, {@code map}, {@code coverage}, {@code compare}. */
final class SiteOptions {

    @Option(names = "--site", paramLabel = "SITE",
            description = "Launch site: catalog id (see 'rangekit sites'), LAT,LON in decimal degrees "
                    + "(north and east positive, e.g. -77.85,166.67) or DMS like \"48°35′N 45°43′E\". Repeatable.")
    List<String> args;

    @Option(names = "--sites-file", paramLabel = "FILE",
            description = "Sites from a file: CSV (the catalog's columns id,name,lat,lon,uncertainty_km,source,notes, "
                    + "or WKT first as rangekit writes it), GeoJSON, KML/KMZ, GeoPackage (layer sites, else the first point layer; FILE.gpkg:LAYER "
                    + "names one) or FlatGeobuf Point features "
                    + "(properties site, site_name, uncertainty_km, source), e.g. from 'rangekit sites -o'. "
                    + "Added after the --site sites.")
    String file;

    /** The options that give {@code args} (sites as --site takes them). */
    static SiteOptions of(List<String> args) {
        SiteOptions o = new SiteOptions();
        o.args = List.copyOf(args);
        return o;
    }

    /** Whether any site is given (--site or --sites-file). */
    boolean given() {
        return (args != null && !args.isEmpty()) || file != null;
    }

    /**
     * The sites in the order given; a site given twice (the same id, or the same point by id and by
     * coordinates) is bad input naming both as typed ({@link SiteParser#parseAll}).
     */
    List<Site> sites() {
        if ((args == null || args.isEmpty()) && file == null) {
            throw new BadInputException("Missing required option: '--site=SITE' (or --sites-file FILE)");
        }
        List<Site> out;
        try {
            out = new ArrayList<>(SiteParser.parseAll("--site", args == null ? List.of() : args, SiteCatalog.builtIn(),
                    i -> "the " + ordinal(i + 1) + " --site"));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        if (file != null) {
            List<Site> before = out;
            List<Site> fromFile = readFile(file);
            out = Options.parsed("--sites-file", file,
                    () -> SiteFiles.appended(before, fromFile, ""));
        }
        return out;
    }

    /** As {@link #sites()}: every list of sites holds each site once. */
    List<Site> distinctSites() {
        return sites();
    }

    /** 1st, 2nd, 3rd, 4th, …, 11th, 12th, 13th, 21st. */
    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    private static List<Site> readFile(String file) {
        try {
            return Options.parsed("--sites-file", file, () -> {
                try {
                    return SiteFiles.read(Path.of(""), file, "");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw BadInputException.of("--sites-file", file, "cannot read (" + e.getCause().getMessage() + ")");
        }
    }
}

package org.rangekit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rangekit.io.in.SiteCatalog;
import org.rangekit.io.in.SiteFiles;
import org.rangekit.range.Site;

import picocli.CommandLine.Option;

/** {@code --site SITE}, repeatable, and {@code --sites-file FILE}: the launch sites of {@code rings}, {@code map}, {@code coverage}, {@code compare}. */
final class SiteOptions {

    @Option(names = "--site", paramLabel = "SITE",
            description = "Launch site: catalog id (see 'rangekit sites'), LAT,LON in decimal degrees "
                    + "(north and east positive, e.g. -77.85,166.67) or DMS like \"48°35′N 45°43′E\". Repeatable.")
    List<String> args;

    @Option(names = "--sites-file", paramLabel = "FILE",
            description = "Sites from a file: CSV (the catalog's columns id,name,lat,lon,uncertainty_km,source,notes), "
                    + "GeoJSON, KML/KMZ or GeoPackage Point features (properties site, site_name, uncertainty_km, "
                    + "source). Added after the --site sites.")
    String file;

    /** The options that give {@code args} (sites as --site takes them). */
    static SiteOptions of(List<String> args) {
        SiteOptions o = new SiteOptions();
        o.args = List.copyOf(args);
        return o;
    }

    /** The sites in the order given; the same site may be given twice. */
    List<Site> sites() {
        return parse(false);
    }

    /** The sites in the order given; a site given twice is bad input (it would be counted twice). */
    List<Site> distinctSites() {
        return parse(true);
    }

    private List<Site> parse(boolean distinct) {
        if ((args == null || args.isEmpty()) && file == null) {
            throw new BadInputException("Missing required option: '--site=SITE' (or --sites-file FILE)");
        }
        SiteCatalog catalog = SiteCatalog.builtIn();
        List<Site> out = new ArrayList<>();
        for (String a : args == null ? List.<String>of() : args) {
            Site s = SiteArgs.parse("--site", a, catalog);
            if (distinct && out.stream().anyMatch(prev -> prev.id().equals(s.id()))) {
                throw BadInputException.of("--site", a, "given twice");
            }
            out.add(s);
        }
        if (file != null) {
            for (Site s : readFile(file)) {
                if (distinct && out.stream().anyMatch(prev -> prev.id().equals(s.id()))) {
                    throw BadInputException.of("--sites-file", file, "site '" + s.id() + "' is also given by --site");
                }
                out.add(s);
            }
        }
        return out;
    }

    private static List<Site> readFile(String file) {
        Path path = Options.parsed("--sites-file", file, () -> Path.of(file));
        try {
            return Options.parsed("--sites-file", file, () -> {
                try {
                    return SiteFiles.read(path, "");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw BadInputException.of("--sites-file", file, "cannot read (" + e.getCause().getMessage() + ")");
        }
    }
}

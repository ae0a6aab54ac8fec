package org.rangekit.cli;

import java.util.ArrayList;
import java.util.List;

import org.rangekit.io.in.SiteCatalog;
import org.rangekit.range.Site;

import picocli.CommandLine.Option;

/** {@code --site SITE}, repeatable: the launch sites of {@code rings}, {@code map}, {@code coverage}, {@code compare}. */
final class SiteOptions {

    @Option(names = "--site", required = true, paramLabel = "SITE",
            description = "Launch site: catalog id (see 'rangekit sites'), LAT,LON in decimal degrees "
                    + "(north and east positive, e.g. -77.85,166.67) or DMS like \"48°35′N 45°43′E\". Repeatable.")
    List<String> args;

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
        SiteCatalog catalog = SiteCatalog.builtIn();
        List<Site> out = new ArrayList<>();
        for (String a : args) {
            Site s = SiteArgs.parse("--site", a, catalog);
            if (distinct && out.stream().anyMatch(prev -> prev.id().equals(s.id()))) {
                throw BadInputException.of("--site", a, "given twice");
            }
            out.add(s);
        }
        return out;
    }
}

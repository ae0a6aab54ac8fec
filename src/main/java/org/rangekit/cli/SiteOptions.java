package org.rangekit.cli;

import java.util.List;

import org.rangekit.io.in.SiteCatalog;
import org.rangekit.io.in.SiteParser;
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

    /**
     * The sites in the order given; a site given twice (the same id, or the same point by id and by
     * coordinates) is bad input naming both as typed ({@link SiteParser#parseAll}).
     */
    List<Site> sites() {
        try {
            return SiteParser.parseAll("--site", args, SiteCatalog.builtIn(), i -> "the " + ordinal(i + 1) + " --site");
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
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
}

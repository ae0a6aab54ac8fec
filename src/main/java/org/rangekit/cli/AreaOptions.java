package org.rangekit.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.rangekit.api.AreaOrigin;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

import picocli.CommandLine.Option;

/**
 * {@code --from-area FILE}, {@code --from-country CODE} and {@code --part-containing LAT,LON}: an
 * area as the origin of ranges, for {@code distance}, {@code rings}, {@code map} and
 * {@code coverage}. One grammar for all of them.
 */
final class AreaOptions {

    @Option(names = "--from-area", paramLabel = "FILE",
            description = "Measure from an area instead of a site: a GeoJSON, WKT or KML file of polygons, lines or "
                    + "points (edges read as straight lon/lat lines); distances are 0 inside.")
    String file;

    @Option(names = "--from-country", paramLabel = "CODE",
            description = "Measure from a country of the embedded Natural Earth 50m data: ISO alpha-3 code "
                    + "(RUS), ADM0_A3 code or name.")
    String country;

    @Option(names = "--part-containing", paramLabel = "LAT,LON",
            description = "With --from-country: only the part of the country that contains this point "
                    + "(e.g. RUS and 54.7,20.5 for the Kaliningrad exclave).")
    String partContaining;

    /** Whether an area is given (either option). */
    boolean given() {
        return file != null || country != null;
    }

    /** "area FILE" or "country CODE (part containing …)": how {@code distance} names the origin. */
    String described(AreaOrigin origin) {
        return (file != null ? "area " : "country ") + origin.name();
    }

    /**
     * Checks that exactly one origin is given: the sites ({@code sitesGiven}, named {@code siteOptions}
     * in the message) or one area; and {@code --part-containing} only with a country.
     */
    void checkOne(boolean sitesGiven, String siteOptions) {
        int n = (sitesGiven ? 1 : 0) + (file != null ? 1 : 0) + (country != null ? 1 : 0);
        if (n != 1) {
            throw new BadInputException("give exactly one of " + siteOptions + ", --from-area FILE, --from-country CODE");
        }
        if (partContaining != null && country == null) {
            throw BadInputException.of("--part-containing", partContaining, "only goes with --from-country");
        }
    }

    /** The area given, or null when none is; bad input naming the option for an unreadable one. */
    AreaOrigin origin(EarthModel earth) {
        if (file != null) {
            return Options.parsed("--from-area", file, () -> {
                try {
                    return AreaOrigin.file(file, Path.of(file), earth);
                } catch (UncheckedIOException e) {
                    throw new IllegalArgumentException("cannot read the file: " + e.getCause().getMessage(), e);
                }
            });
        }
        if (country != null) {
            GeoPoint part = partContaining == null ? null : SiteArgs.parsePoint("--part-containing", partContaining);
            return Options.parsed("--from-country", country, () -> AreaOrigin.country(country, part, earth));
        }
        return null;
    }
}

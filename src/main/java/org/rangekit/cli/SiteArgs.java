package org.rangekit.cli;

import org.rangekit.geodesy.CoordinateParser;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.io.in.SiteParser;
import org.rangekit.range.Site;

/**
 * Turns a site argument into a {@link Site}: a catalog id ({@code kapustin-yar}), or coordinates
 * in the grammar of {@link CoordinateParser} — decimal degrees {@code LAT,LON} ({@code 48.58,45.80},
 * {@code -77.85,166.67}; north and east positive) or degrees-minutes-seconds
 * ({@code 48°35′N 45°43′E}, {@code 48°35’N 45°43’E}, {@code 48°35'12"N 45°43'E},
 * {@code N48°35′ E45°43′}, {@code 48.58N 45.80E}). The grammar and the range rule (latitude in
 * [−90, 90], longitude in [−180, 180] degrees) are the core's; this class adds the catalog look-up
 * and turns a parse error into a {@link BadInputException} naming the option; the look-up and the
 * id of a coordinate site are {@link SiteParser}'s, shared with scenario files.
 */
public final class SiteArgs {

    private SiteArgs() {
    }

    /**
     * Parses a site argument.
     *
     * @param option the option it came from, for error messages (e.g. {@code --site})
     * @param text the argument as typed
     * @param catalog where ids are looked up
     * @throws BadInputException with a one-line message naming the value and what was expected
     */
    public static Site parse(String option, String text, SiteCatalog catalog) {
        try {
            return SiteParser.parse(option, text, catalog);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /**
     * Parses {@code LAT,LON} or DMS into a point (no catalog look-up), with
     * {@link CoordinateParser#parsePoint(String, String)}.
     *
     * @param option the option it came from, for error messages
     * @param text the argument as typed
     * @throws BadInputException with the parser's one-line message, {@code OPTION 'VALUE': WHAT}
     */
    public static GeoPoint parsePoint(String option, String text) {
        try {
            return CoordinateParser.parsePoint(option, text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /** Degrees with at most 7 decimals, no trailing zeros: the id of a coordinate site. */
    static String fmt(double deg) {
        return SiteParser.formatDeg(deg);
    }
}

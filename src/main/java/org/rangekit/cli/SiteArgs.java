package org.rangekit.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Pattern;

import org.rangekit.geodesy.CoordinateParser;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.range.Site;

/**
 * Turns a site argument into a {@link Site}: a catalog id ({@code kapustin-yar}), or coordinates
 * in the grammar of {@link CoordinateParser} — decimal degrees {@code LAT,LON} ({@code 48.58,45.80},
 * {@code -77.85,166.67}; north and east positive) or degrees-minutes-seconds
 * ({@code 48°35′N 45°43′E}, {@code 48°35’N 45°43’E}, {@code 48°35'12"N 45°43'E},
 * {@code N48°35′ E45°43′}, {@code 48.58N 45.80E}). The grammar and the range rule (latitude in
 * [−90, 90], longitude in [−180, 180] degrees) are the core's; this class adds the catalog look-up
 * and turns a parse error into a {@link BadInputException} naming the option.
 */
public final class SiteArgs {

    private static final Pattern COORD_HINT = Pattern.compile("[0-9,°º˚′″'\"’”]");

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
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw BadInputException.of(option, text == null ? "" : text,
                    "empty; expected a catalog id (see 'rangekit sites'), LAT,LON or DMS");
        }
        if (!looksLikeCoordinates(t)) {
            return catalog.find(t).orElseThrow(() -> unknownId(option, text, catalog));
        }
        GeoPoint p = parsePoint(option, text);
        String id = fmt(p.latDeg()) + "," + fmt(p.lonDeg());
        return new Site(id, t, p, "given on the command line", 0);
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

    private static boolean looksLikeCoordinates(String t) {
        // Catalog ids are letters and dashes only; anything with a digit, comma or DMS mark is a coordinate.
        return COORD_HINT.matcher(t).find();
    }

    private static BadInputException unknownId(String option, String text, SiteCatalog catalog) {
        List<String> close = catalog.suggestions(text, 3);
        String hint = close.isEmpty()
                ? "; run 'rangekit sites' for the catalog, or give LAT,LON"
                : "; did you mean " + String.join(", ", close) + "?";
        return BadInputException.of(option, text, "unknown site id" + hint);
    }

    /** Degrees with at most 7 decimals, no trailing zeros: the id of a coordinate site. */
    static String fmt(double deg) {
        BigDecimal d = BigDecimal.valueOf(deg).setScale(7, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}

package org.rangekit.io.in;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.rangekit.geodesy.CoordinateParser;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.range.Site;
import org.rangekit.text.Quote;

/**
 * A site as people write it, the same for the command line ({@code --site}) and scenario files:
 * a catalog id ({@code kapustin-yar}), or coordinates in the grammar of {@link CoordinateParser}
 * (decimal {@code LAT,LON} or DMS like {@code 48°35′N 45°43′E}).
 *
 * <p>A text with a digit, a comma or a DMS mark is read as coordinates (catalog ids are letters
 * and dashes only); the site it gives has the id {@code LAT,LON} with at most 7 decimals and the
 * text as written as its name.
 *
 * <p>Thread-safe (stateless).
 */
public final class SiteParser {

    private static final Pattern COORD_HINT = Pattern.compile("[0-9,°º˚′″'\"’”]");

    private SiteParser() {
    }

    /**
     * Parses a site.
     *
     * @param name the field the text came from, for messages: {@code --site}, {@code sites}
     * @param text the site as written
     * @param catalog where ids are looked up
     * @throws IllegalArgumentException {@code NAME 'TEXT': what is wrong and what was expected}, one line
     */
    public static Site parse(String name, String text, SiteCatalog catalog) {
        String t = text == null ? "" : text.strip();
        String quoted = name + " " + Quote.of(text) + ": ";
        if (t.isEmpty()) {
            throw new IllegalArgumentException(quoted
                    + "empty; expected a catalog id (see 'rangekit sites'), LAT,LON or DMS");
        }
        if (!COORD_HINT.matcher(t).find()) {
            return catalog.find(t).orElseThrow(() -> {
                List<String> close = catalog.suggestions(text, 3);
                String hint = close.isEmpty()
                        ? "; run 'rangekit sites' for the catalog, or give LAT,LON"
                        : "; did you mean " + String.join(", ", close) + "?";
                return new IllegalArgumentException(quoted + "unknown site id" + hint);
            });
        }
        GeoPoint p = CoordinateParser.parsePoint(name, text);
        return new Site(formatDeg(p.latDeg()) + "," + formatDeg(p.lonDeg()), t, p, "given on the command line", 0);
    }

    /**
     * Parses sites given one after another (a repeated {@code --site}, a scenario's {@code sites}
     * list) and refuses one given twice ({@link Site#isSameSiteAs}: the same id, or the same point
     * by id and by coordinates), which would otherwise be drawn, counted and exported twice. This
     * is the one place where every command and scenario file applies that rule.
     *
     * @param name the field the texts came from, for messages: {@code --site}, {@code sites}
     * @param texts the sites as written, in order
     * @param catalog where ids are looked up
     * @param where where the text of each index was given, for messages: {@code "the 1st --site"}, {@code "line 3"}
     * @throws BadSiteException naming the index of the bad text: a site that does not parse, or
     *     {@code NAME 'TEXT': the same site as 'EARLIER' (WHERE); give each site once}
     */
    public static List<Site> parseAll(String name, List<String> texts, SiteCatalog catalog, IntFunction<String> where) {
        List<Site> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            Site s;
            try {
                s = parse(name, texts.get(i), catalog);
            } catch (IllegalArgumentException e) {
                throw new BadSiteException(i, e.getMessage());
            }
            for (int j = 0; j < out.size(); j++) {
                if (out.get(j).isSameSiteAs(s)) {
                    throw new BadSiteException(i, name + " '" + texts.get(i) + "': the same site as '" + texts.get(j)
                            + "' (" + where.apply(j) + "); give each site once, or it is drawn, counted and "
                            + "exported twice");
                }
            }
            out.add(s);
        }
        return out;
    }

    /** A site text of a list that cannot be used, with its index in the list. */
    public static final class BadSiteException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final int index;

        BadSiteException(int index, String message) {
            super(message);
            this.index = index;
        }

        /** The index of the bad text in the list given to {@link #parseAll}. */
        public int index() {
            return index;
        }
    }

    /** Degrees with at most 7 decimals, no trailing zeros, no negative zero: the id of a coordinate site. */
    public static String formatDeg(double deg) {
        BigDecimal d = BigDecimal.valueOf(deg).setScale(7, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}

package org.rangekit.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.range.Site;

/**
 * Turns a site argument into a {@link Site}: a catalog id ({@code kapustin-yar}), decimal
 * degrees {@code LAT,LON} ({@code 48.58,45.80}, {@code -77.85,166.67}; north and east
 * positive), or degrees-minutes-seconds ({@code 48°35′N 45°43′E}, {@code 48°35'12"N 45°43'E},
 * {@code 48°35.5′N 45°43.2′E}, {@code 48.58N 45.80E}).
 *
 * <p>DMS grammar, per coordinate: an optional hemisphere letter, degrees with an optional mark
 * ({@code °}, {@code º}, {@code ˚} or {@code d}), optional minutes with a mark ({@code ′},
 * {@code '} or {@code m}), optional seconds with a mark ({@code ″}, {@code "}, {@code ''} or
 * {@code s}), and a hemisphere letter if none came first. Only the last part given may have a
 * fraction; minutes and seconds must be below 60. Latitude and longitude are separated by blanks
 * or a comma; without hemisphere letters the first is the latitude and a sign gives the side.
 */
public final class SiteArgs {

    private static final String NUM = "(?:\\d+(?:\\.\\d*)?|\\.\\d+)";
    private static final Pattern DECIMAL = Pattern.compile("[+-]?" + NUM + "(?:[eE][+-]?\\d+)?");
    private static final Pattern NOT_FINITE = Pattern.compile("(?i)[+-]?(nan|inf|infinity)");
    private static final String DMS_BODY = "(?<sign>[+-])?(?<deg>" + NUM + ")\\s*(?:[°º˚]|deg|d)?\\s*"
            + "(?:(?<min>" + NUM + ")\\s*(?:[′'’]|m)\\s*)?"
            + "(?:(?<sec>" + NUM + ")\\s*(?:[″\"”]|''|′′|s)\\s*)?";
    /** A coordinate with its hemisphere letter first ({@code N48°35′}). */
    private static final Pattern DMS_PRE = Pattern.compile(
            "\\s*(?<pre>[NSEWnsew])\\s*" + DMS_BODY + "\\s*,?");
    /** A coordinate with its hemisphere letter last ({@code 48°35′N}), or none. */
    private static final Pattern DMS_POST = Pattern.compile(
            "\\s*" + DMS_BODY + "(?<post>[NSEWnsew])?\\s*,?");
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

    /** Parses {@code LAT,LON} or DMS into a point (no catalog look-up). */
    public static GeoPoint parsePoint(String option, String text) {
        String t = text == null ? "" : text.strip();
        boolean dms = t.matches(".*[°º˚′″'\"’”NSEWnsewd].*") && !isDecimalPairWithWords(t);
        double[] latLon = dms ? parseDms(option, text, t) : parseDecimal(option, text, t);
        return checked(option, text, latLon[0], latLon[1]);
    }

    private static boolean looksLikeCoordinates(String t) {
        // Catalog ids are letters and dashes only; anything with a digit, comma or DMS mark is a coordinate.
        return COORD_HINT.matcher(t).find();
    }

    /** {@code NaN,45} or {@code 45,inf} contain letters but are meant as decimal pairs. */
    private static boolean isDecimalPairWithWords(String t) {
        String[] parts = t.split(",", -1);
        if (parts.length != 2) {
            return false;
        }
        for (String p : parts) {
            String s = p.strip();
            if (!DECIMAL.matcher(s).matches() && !NOT_FINITE.matcher(s).matches()) {
                return false;
            }
        }
        return true;
    }

    private static double[] parseDecimal(String option, String text, String t) {
        String[] parts = t.split(",", -1);
        if (parts.length != 2) {
            throw BadInputException.of(option, text,
                    "expected LAT,LON in decimal degrees (e.g. 48.58,45.80), a catalog id or DMS like 48°35′N 45°43′E");
        }
        return new double[] {decimal(option, text, parts[0].strip(), "latitude"),
            decimal(option, text, parts[1].strip(), "longitude")};
    }

    private static double decimal(String option, String text, String s, String what) {
        if (NOT_FINITE.matcher(s).matches()) {
            throw BadInputException.of(option, text, what + " '" + s + "' is not a finite number");
        }
        if (!DECIMAL.matcher(s).matches()) {
            throw BadInputException.of(option, text, what + " '" + s
                    + "' is not a decimal number; expected LAT,LON in decimal degrees, e.g. 48.58,45.80");
        }
        return Double.parseDouble(s);
    }

    private static double[] parseDms(String option, String text, String t) {
        double[] values = new double[2];
        char[] hemis = new char[2];
        int pos = 0;
        for (int i = 0; i < 2; i++) {
            while (pos < t.length() && Character.isWhitespace(t.charAt(pos))) {
                pos++;
            }
            boolean letterFirst = pos < t.length() && "NSEWnsew".indexOf(t.charAt(pos)) >= 0;
            Matcher m = (letterFirst ? DMS_PRE : DMS_POST).matcher(t);
            m.region(pos, t.length());
            if (!m.lookingAt() || m.end() == pos) {
                throw malformedDms(option, text);
            }
            values[i] = dmsValue(option, text, m);
            String h = letterFirst ? m.group("pre") : m.group("post");
            hemis[i] = h == null ? 0 : Character.toUpperCase(h.charAt(0));
            if (h != null && m.group("sign") != null) {
                throw BadInputException.of(option, text, "give either a sign or a hemisphere letter, not both");
            }
            pos = m.end();
        }
        if (pos != t.length()) {
            throw malformedDms(option, text);
        }
        boolean firstIsLon = hemis[0] == 'E' || hemis[0] == 'W';
        boolean secondIsLat = hemis[1] == 'N' || hemis[1] == 'S';
        boolean firstIsLat = hemis[0] == 'N' || hemis[0] == 'S';
        boolean secondIsLon = hemis[1] == 'E' || hemis[1] == 'W';
        if ((firstIsLon && !secondIsLat && hemis[1] != 0) || (firstIsLat && !secondIsLon && hemis[1] != 0)
                || (hemis[0] == 0) != (hemis[1] == 0)) {
            throw BadInputException.of(option, text,
                    "needs one latitude (N/S) and one longitude (E/W), e.g. 48°35′N 45°43′E");
        }
        int lat = firstIsLon ? 1 : 0;
        int lon = 1 - lat;
        double latDeg = hemis[lat] == 'S' ? -values[lat] : values[lat];
        double lonDeg = hemis[lon] == 'W' ? -values[lon] : values[lon];
        return new double[] {latDeg, lonDeg};
    }

    private static double dmsValue(String option, String text, Matcher m) {
        String d = m.group("deg");
        String mi = m.group("min");
        String s = m.group("sec");
        if ((mi != null || s != null) && d.contains(".")) {
            throw BadInputException.of(option, text, "degrees with a fraction cannot be followed by minutes or seconds");
        }
        if (s != null && mi != null && mi.contains(".")) {
            throw BadInputException.of(option, text, "minutes with a fraction cannot be followed by seconds");
        }
        if (s != null && mi == null) {
            throw malformedDms(option, text);
        }
        double deg = Double.parseDouble(d);
        double min = mi == null ? 0 : Double.parseDouble(mi);
        double sec = s == null ? 0 : Double.parseDouble(s);
        if (!(min < 60) || !(sec < 60)) {
            throw BadInputException.of(option, text, "minutes and seconds must be below 60");
        }
        // Sum in decimal arithmetic so 48°35′ gives the double nearest 48.58333…, independent of order.
        BigDecimal v = new BigDecimal(d).add(new BigDecimal(mi == null ? "0" : mi).divide(BigDecimal.valueOf(60), 20,
                RoundingMode.HALF_EVEN)).add(new BigDecimal(s == null ? "0" : s).divide(BigDecimal.valueOf(3600), 20,
                RoundingMode.HALF_EVEN));
        double value = v.doubleValue();
        return "-".equals(m.group("sign")) ? -value : value;
    }

    private static GeoPoint checked(String option, String text, double latDeg, double lonDeg) {
        if (!(Math.abs(latDeg) <= 90)) {
            String hint = Math.abs(lonDeg) <= 90 ? " (latitude comes first: LAT,LON)" : "";
            throw BadInputException.of(option, text, "latitude " + plain(latDeg)
                    + " is outside [-90, 90] degrees" + hint);
        }
        if (!(Math.abs(lonDeg) <= 180)) {
            throw BadInputException.of(option, text, "longitude " + plain(lonDeg) + " is outside [-180, 180] degrees");
        }
        return new GeoPoint(latDeg, lonDeg);
    }

    private static BadInputException malformedDms(String option, String text) {
        return BadInputException.of(option, text,
                "malformed coordinates; expected DMS like 48°35′N 45°43′E (or 48°35'12\"N 45°43'E), "
                        + "decimal LAT,LON like 48.58,45.80, or a catalog id");
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

    private static String plain(double v) {
        return Double.isFinite(v) ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString()
                : String.valueOf(v).toLowerCase(Locale.ROOT);
    }
}

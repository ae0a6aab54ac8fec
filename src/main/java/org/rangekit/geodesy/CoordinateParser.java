package org.rangekit.geodesy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rangekit.text.Quote;

/**
 * The one grammar for coordinates typed by people, used by the command line ({@code --site}),
 * scenario files and target files (CSV and GeoJSON columns) alike.
 *
 * <h2>Grammar</h2>
 * A <em>coordinate</em> is either
 * <ul>
 *   <li>decimal degrees, a number with an optional exponent: {@code 48.58}, {@code -77.85},
 *       {@code 4.858e1}; or</li>
 *   <li>degrees, minutes, seconds: an optional hemisphere letter ({@code N S E W}, any case),
 *       an optional sign, degrees, optional minutes, optional seconds, and a hemisphere letter
 *       if none came first. Each part carries a mark:
 *       degrees {@code ° º ˚ d deg} (optional), minutes {@code ′ ’ ' m min}, seconds
 *       {@code ″ ” " '' ′′ ’’ s sec}; letter marks follow the number directly. Without any
 *       mark, the parts may instead be separated by blanks ({@code 48 35 12 N}). Only the last
 *       part may have a fraction; minutes and seconds must be below 60. Examples:
 *       {@code 48°35′N}, {@code 48°35’N}, {@code N48°35′12″}, {@code 48°35'12.5"N},
 *       {@code 45d43m E}, {@code 48.58N}, {@code 48 35 12 N}.</li>
 * </ul>
 * A sign and a hemisphere letter together are refused as ambiguous. S and W are negative.
 *
 * <p>A <em>point</em> ({@link #parsePoint}) is two decimal coordinates separated by a comma,
 * latitude first ({@code 48.58,45.80}), or two DMS coordinates separated by blanks or a comma
 * ({@code 48°35′N 45°43′E}, {@code 45°43′E, 48°35′N}); with hemisphere letters on both, either
 * order is accepted; without them the latitude comes first.
 *
 * <h2>Range</h2>
 * One rule everywhere: latitude in [−90, 90] degrees and longitude in [−180, 180] degrees (a
 * target file that once passed a longitude of 200 is now refused, as {@code --site} always did).
 * Values outside, NaN and infinities are refused.
 *
 * <h2>Exactness</h2>
 * Degrees, minutes and seconds are summed in decimal arithmetic, so {@code 48°35′} gives the
 * double nearest to 48.58333…, whatever the order of the parts.
 *
 * <h2>Errors</h2>
 * {@link IllegalArgumentException} with a one-line message naming the value as typed and what
 * was expected, e.g. {@code coordinates '95,10': latitude 95 is outside [-90, 90] degrees
 * (latitude comes first: LAT,LON)} or {@code latitude '48°35′E' has hemisphere E, expected N or S}.
 *
 * <p>Thread-safe (stateless).
 */
public final class CoordinateParser {

    /** The field name in point messages when the caller gives none. */
    public static final String DEFAULT_NAME = "coordinates";

    private static final String NUM = "(?:\\d+(?:\\.\\d*)?|\\.\\d+)";
    private static final Pattern DECIMAL = Pattern.compile("[+-]?" + NUM + "(?:[eE][+-]?\\d+)?");
    private static final Pattern NOT_FINITE = Pattern.compile("(?i)[+-]?(nan|inf|infinity)");
    private static final String HEMI = "[NSEWnsew]";
    private static final String DEG_MARK = "(?:\\s*[°º˚]|deg|d)";
    private static final String MIN_MARK = "(?:\\s*[′’']|min|m)";
    private static final String SEC_MARK = "(?:\\s*(?:[″”\"]|''|′′|’’)|sec|s)";
    /** Anything that shows a text is DMS rather than a decimal pair. */
    private static final Pattern DMS_HINT = Pattern.compile("[°º˚′’'″”\"NSEWnsewd]");
    /** One coordinate: hemisphere letter first, then last (or none). */
    private static final Pattern[] ONE = {
        Pattern.compile("\\s*" + coordinate("", true) + "\\s*"),
        Pattern.compile("\\s*" + coordinate("", false) + "\\s*")};
    /** Two coordinates, each with its hemisphere letter first or last, tried in this order. */
    private static final Pattern[] TWO = {pair(true, true), pair(true, false), pair(false, true), pair(false, false)};

    private static Pattern pair(boolean letterFirst1, boolean letterFirst2) {
        // Blanks, a comma, or nothing after a mark or letter: never between two digits of one number.
        return Pattern.compile("\\s*" + coordinate("1", letterFirst1) + "(?:\\s*,\\s*|\\s+|(?<=[^\\d.\\s]))"
                + coordinate("2", letterFirst2) + "\\s*");
    }

    /**
     * One DMS coordinate; group names carry {@code k} so that a pattern can hold two. Marked form:
     * degrees (mark optional), minutes and seconds each with a mark. Blank form: two or three
     * unmarked numbers separated by blanks. The hemisphere letter (group {@code hk}) comes first
     * or last, never both.
     */
    private static String coordinate(String k, boolean letterFirst) {
        // A whole number only: backtracking must never read "35" as 3 then 5.
        String num = NUM + "(?![\\d.])";
        String marked = "(?<deg" + k + ">" + num + ")" + DEG_MARK + "?\\s*"
                + "(?:(?<min" + k + ">" + num + ")" + MIN_MARK + "\\s*)?"
                + "(?:(?<sec" + k + ">" + num + ")" + SEC_MARK + "\\s*)?";
        String blank = "(?<bdeg" + k + ">" + num + ")\\s+(?<bmin" + k + ">" + num + ")(?:\\s+(?<bsec" + k + ">"
                + num + "))?(?![\\d.])(?!\\s*[°º˚′’'″”\"])(?![dms])\\s*";
        String body = "(?<sign" + k + ">[+-])?\\s*(?:" + blank + "|" + marked + ")";
        String hemi = "(?<h" + k + ">" + HEMI + ")";
        return letterFirst ? hemi + "\\s*" + body : body + hemi + "?";
    }

    private CoordinateParser() {
    }

    /**
     * A point: decimal {@code LAT,LON} or a DMS pair.
     *
     * @param text the value as typed, e.g. {@code "48.58,45.80"} or {@code "48°35′N 45°43′E"}
     * @return the point; latitude in [−90, 90], longitude in [−180, 180] (degrees)
     * @throws IllegalArgumentException naming the value and what was expected
     */
    public static GeoPoint parsePoint(String text) {
        return parsePoint(DEFAULT_NAME, text);
    }

    /**
     * A point, with the caller's field name in error messages ({@code NAME 'VALUE': WHAT}).
     *
     * @param name the field the value came from, e.g. {@code --site} or {@code /sites/0}
     * @param text the value as typed
     * @return the point; latitude in [−90, 90], longitude in [−180, 180] (degrees)
     */
    public static GeoPoint parsePoint(String name, String text) {
        String t = text == null ? "" : text.strip();
        Err err = new Err(name + " " + Quote.of(text));
        if (t.isEmpty()) {
            throw err.of("empty; expected LAT,LON in decimal degrees (e.g. 48.58,45.80) or DMS like 48°35′N 45°43′E");
        }
        double[] latLon = isDecimalPair(t) ? decimalPair(err, t)
                : DMS_HINT.matcher(t).find() ? dmsPair(err, t) : decimalPair(err, t);
        double latDeg = latLon[0];
        double lonDeg = latLon[1];
        if (!(Math.abs(latDeg) <= 90)) {
            String hint = Math.abs(lonDeg) <= 90 ? " (latitude comes first: LAT,LON)" : "";
            throw err.of("latitude " + plain(latDeg) + " is outside [-90, 90] degrees" + hint);
        }
        if (!(Math.abs(lonDeg) <= 180)) {
            throw err.of("longitude " + plain(lonDeg) + " is outside [-180, 180] degrees");
        }
        return new GeoPoint(latDeg, lonDeg);
    }

    /**
     * One latitude, as a CSV column holds it: decimal degrees or DMS with N or S.
     *
     * @param text the value as typed, e.g. {@code "48.58"}, {@code "48°35’N"}, {@code "S 33 52"}
     * @return latitude (degrees), in [−90, 90]
     * @throws IllegalArgumentException naming the value and what was expected
     */
    public static double parseLatitude(String text) {
        return single(text, true);
    }

    /**
     * One longitude, as a CSV column holds it: decimal degrees or DMS with E or W.
     *
     * @param text the value as typed, e.g. {@code "45.80"}, {@code "45°43′E"}, {@code "151.2E"}
     * @return longitude (degrees), in [−180, 180]
     * @throws IllegalArgumentException naming the value and what was expected
     */
    public static double parseLongitude(String text) {
        return single(text, false);
    }

    private static double single(String text, boolean latitude) {
        String what = latitude ? "latitude" : "longitude";
        String s = text == null ? "" : text.strip();
        Err err = new Err(what + " " + Quote.excerpt(text));
        if (s.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        double value;
        if (NOT_FINITE.matcher(s).matches()) {
            throw err.is("is not a finite number");
        } else if (DECIMAL.matcher(s).matches()) {
            value = Double.parseDouble(s);
            if (Double.isInfinite(value)) {
                throw err.is("is not a finite number");
            }
        } else {
            Matcher m = firstMatch(ONE, s);
            if (m == null) {
                throw err.is("is not decimal degrees or DMS; expected e.g. " + (latitude ? "48.58 or 48°35′N" : "45.80 or 45°43′E"));
            }
            value = dmsValue(err, m, "");
            char h = hemisphere(err, m, "");
            if (h != 0 && (h == 'N' || h == 'S') != latitude) {
                throw err.is("has hemisphere " + h + ", expected " + (latitude ? "N or S" : "E or W"));
            }
            if (h == 'S' || h == 'W') {
                value = -value;
            }
        }
        double limit = latitude ? 90 : 180;
        if (!(Math.abs(value) <= limit)) {
            throw err.is("is outside [-" + (int) limit + ", " + (int) limit + "] degrees");
        }
        return value;
    }

    /** {@code 48.58,45.80}, or {@code NaN,45} (caught later as not finite). */
    private static boolean isDecimalPair(String t) {
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

    private static double[] decimalPair(Err err, String t) {
        String[] parts = t.split(",", -1);
        if (parts.length != 2) {
            throw err.of("expected LAT,LON in decimal degrees (e.g. 48.58,45.80), a catalog id or DMS like 48°35′N 45°43′E");
        }
        return new double[] {decimal(err, parts[0].strip(), "latitude"), decimal(err, parts[1].strip(), "longitude")};
    }

    private static double decimal(Err err, String s, String what) {
        if (NOT_FINITE.matcher(s).matches()) {
            throw err.of(what + " " + Quote.of(s) + " is not a finite number");
        }
        if (!DECIMAL.matcher(s).matches()) {
            throw err.of(what + " " + Quote.of(s) + " is not a decimal number; expected LAT,LON in decimal degrees, e.g. 48.58,45.80");
        }
        double v = Double.parseDouble(s);
        if (Double.isInfinite(v)) { // 1e999: say so as typed, not as "infinity"
            throw err.of(what + " " + Quote.of(s) + " is not a finite number");
        }
        return v;
    }

    private static double[] dmsPair(Err err, String t) {
        Matcher m = firstMatch(TWO, t);
        if (m == null) {
            throw malformed(err);
        }
        double[] values = {dmsValue(err, m, "1"), dmsValue(err, m, "2")};
        char[] hemis = {hemisphere(err, m, "1"), hemisphere(err, m, "2")};
        boolean firstIsLon = hemis[0] == 'E' || hemis[0] == 'W';
        boolean firstIsLat = hemis[0] == 'N' || hemis[0] == 'S';
        boolean secondIsLat = hemis[1] == 'N' || hemis[1] == 'S';
        boolean secondIsLon = hemis[1] == 'E' || hemis[1] == 'W';
        if ((hemis[0] == 0) != (hemis[1] == 0) || firstIsLon && !secondIsLat || firstIsLat && !secondIsLon) {
            throw err.of("needs one latitude (N/S) and one longitude (E/W), e.g. 48°35′N 45°43′E");
        }
        int lat = firstIsLon ? 1 : 0;
        int lon = 1 - lat;
        return new double[] {hemis[lat] == 'S' ? -values[lat] : values[lat], hemis[lon] == 'W' ? -values[lon] : values[lon]};
    }

    private static Matcher firstMatch(Pattern[] patterns, String text) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            if (m.matches()) {
                return m;
            }
        }
        return null;
    }

    /** The hemisphere letter of coordinate {@code k} (upper case), or 0 for none. */
    private static char hemisphere(Err err, Matcher m, String k) {
        String h = m.group("h" + k);
        if (h != null && m.group("sign" + k) != null) {
            throw err.of("give either a sign or a hemisphere letter, not both");
        }
        return h == null ? 0 : h.toUpperCase(Locale.ROOT).charAt(0);
    }

    /** The unsigned-or-signed value of DMS coordinate {@code k} (degrees), before its hemisphere. */
    private static double dmsValue(Err err, Matcher m, String k) {
        boolean blank = m.group("bdeg" + k) != null;
        String d = m.group((blank ? "bdeg" : "deg") + k);
        String mi = m.group((blank ? "bmin" : "min") + k);
        String s = m.group((blank ? "bsec" : "sec") + k);
        if ((mi != null || s != null) && d.contains(".")) {
            throw err.of("degrees with a fraction cannot be followed by minutes or seconds");
        }
        if (s != null && mi == null) {
            throw malformed(err);
        }
        if (s != null && mi.contains(".")) {
            throw err.of("minutes with a fraction cannot be followed by seconds");
        }
        BigDecimal min = new BigDecimal(mi == null ? "0" : normal(mi));
        BigDecimal sec = new BigDecimal(s == null ? "0" : normal(s));
        if (min.compareTo(BigDecimal.valueOf(60)) >= 0 || sec.compareTo(BigDecimal.valueOf(60)) >= 0) {
            throw err.of("minutes and seconds must be below 60");
        }
        // Sum in decimal arithmetic so 48°35′ gives the double nearest 48.58333…, independent of order.
        BigDecimal v = new BigDecimal(normal(d))
                .add(min.divide(BigDecimal.valueOf(60), 20, RoundingMode.HALF_EVEN))
                .add(sec.divide(BigDecimal.valueOf(3600), 20, RoundingMode.HALF_EVEN));
        double value = v.doubleValue();
        return "-".equals(m.group("sign" + k)) ? -value : value;
    }

    /** {@code "48."} and {@code ".5"} as BigDecimal accepts them. */
    private static String normal(String num) {
        String n = num.endsWith(".") ? num.substring(0, num.length() - 1) : num;
        return n.startsWith(".") ? "0" + n : n;
    }

    private static IllegalArgumentException malformed(Err err) {
        return err.of("malformed coordinates; expected DMS like 48°35′N 45°43′E (or 48°35'12\"N 45°43'E), "
                + "decimal LAT,LON like 48.58,45.80, or a catalog id");
    }

    private static String plain(double v) {
        return Double.isFinite(v) ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString()
                : String.valueOf(v).toLowerCase(Locale.ROOT);
    }

    /** Builds messages that start with the field name and the value as typed. */
    private record Err(String prefix) {
        /** {@code NAME 'VALUE': WHAT}. */
        IllegalArgumentException of(String what) {
            return new IllegalArgumentException(prefix + ": " + what);
        }

        /** {@code NAME 'VALUE' is …}, for a single field. */
        IllegalArgumentException is(String predicate) {
            return new IllegalArgumentException(prefix + " " + predicate);
        }
    }
}

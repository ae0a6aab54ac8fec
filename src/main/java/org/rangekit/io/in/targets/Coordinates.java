package org.rangekit.io.in.targets;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one latitude or longitude: decimal degrees ({@code -33.87}, {@code 151.2E}) or
 * degrees-minutes-seconds ({@code 48°35′N}, {@code 48°35'12.5"N}, {@code 48 35 12 N},
 * {@code 45d43m E}). A hemisphere letter S or W makes the value negative; a sign and a
 * hemisphere letter together are refused as ambiguous.
 */
public final class Coordinates {

    private static final Pattern DMS = Pattern.compile(
            "^([+-]?)\\s*(\\d+(?:\\.\\d+)?)\\s*(?:°|º|d|deg|\\s)?\\s*"
            + "(?:(\\d+(?:\\.\\d+)?)\\s*(?:′|'|m|min|\\s)?\\s*)?"
            + "(?:(\\d+(?:\\.\\d+)?)\\s*(?:″|\"|''|s|sec)?\\s*)?"
            + "([NSEWnsew]?)$");

    private Coordinates() {
    }

    /**
     * @param text the field
     * @param latitude true for a latitude (N/S allowed, range [−90, 90]), false for a longitude
     *     (E/W allowed, range [−180, 360] accepted as given)
     * @return degrees
     * @throws IllegalArgumentException naming the value and what was expected
     */
    public static double parse(String text, boolean latitude) {
        String what = latitude ? "latitude" : "longitude";
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        double value;
        try {
            value = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            value = parseDms(s, latitude, what);
        }
        if (latitude ? !(value >= -90 && value <= 90) : !(value >= -180 && value <= 360)) {
            throw new IllegalArgumentException(what + " '" + s + "' is outside "
                    + (latitude ? "[-90, 90]" : "[-180, 360]") + " degrees");
        }
        return value;
    }

    private static double parseDms(String s, boolean latitude, String what) {
        Matcher m = DMS.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException(what + " '" + s + "' is not decimal degrees or DMS like 48°35′N");
        }
        double deg = Double.parseDouble(m.group(2));
        double min = m.group(3) == null ? 0 : Double.parseDouble(m.group(3));
        double sec = m.group(4) == null ? 0 : Double.parseDouble(m.group(4));
        if (min >= 60 || sec >= 60) {
            throw new IllegalArgumentException(what + " '" + s + "' has minutes or seconds >= 60");
        }
        double v = deg + min / 60 + sec / 3600;
        String hemi = m.group(5).toUpperCase(Locale.ROOT);
        boolean signed = !m.group(1).isEmpty();
        if (!hemi.isEmpty()) {
            if (signed) {
                throw new IllegalArgumentException(what + " '" + s + "' has both a sign and a hemisphere letter");
            }
            boolean latHemi = hemi.equals("N") || hemi.equals("S");
            if (latHemi != latitude) {
                throw new IllegalArgumentException(what + " '" + s + "' has hemisphere " + hemi
                        + ", expected " + (latitude ? "N or S" : "E or W"));
            }
            if (hemi.equals("S") || hemi.equals("W")) {
                v = -v;
            }
        } else if (m.group(1).equals("-")) {
            v = -v;
        }
        return v;
    }
}

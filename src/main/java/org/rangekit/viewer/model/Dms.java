package org.rangekit.viewer.model;

import java.util.Locale;

/**
 * Degrees, minutes and seconds for display: {@code 48°34′54.3″N 45°44′41.3″E}, in the form
 * {@code geodesy.CoordinateParser} reads back (hemisphere letter after the value).
 */
public final class Dms {

    private Dms() {
    }

    /** A latitude and longitude in DMS to a tenth of a second (about 3 m). */
    public static String format(double latDeg, double lonDeg) {
        return part(latDeg, 'N', 'S') + " " + part(lonDeg, 'E', 'W');
    }

    /** One coordinate, rounded to a tenth of a second, carrying into minutes and degrees. */
    static String part(double deg, char positive, char negative) {
        long tenths = Math.round(Math.abs(deg) * 36_000);
        long d = tenths / 36_000;
        long m = tenths % 36_000 / 600;
        double s = tenths % 600 / 10.0;
        char h = deg < 0 && tenths > 0 ? negative : positive;
        return String.format(Locale.ROOT, "%d°%02d′%04.1f″%c", d, m, s, h);
    }
}

package org.rangekit.io.in.targets;

import org.rangekit.geodesy.CoordinateParser;

/**
 * One latitude or longitude field of a target file, parsed with the core's one coordinate grammar
 * ({@link CoordinateParser#parseLatitude}, {@link CoordinateParser#parseLongitude}): decimal
 * degrees ({@code -33.87}, {@code 151.2E}) or degrees-minutes-seconds ({@code 48°35′N},
 * {@code 48°35’N}, {@code 48°35'12.5"N}, {@code 48 35 12 N}, {@code 45d43m E}). Latitude must lie
 * in [−90, 90] and longitude in [−180, 180] degrees, as for {@code --site}.
 */
public final class Coordinates {

    private Coordinates() {
    }

    /**
     * @param text the field
     * @param latitude true for a latitude (N/S allowed, range [−90, 90]), false for a longitude
     *     (E/W allowed, range [−180, 180])
     * @return degrees
     * @throws IllegalArgumentException naming the value and what was expected
     */
    public static double parse(String text, boolean latitude) {
        return latitude ? CoordinateParser.parseLatitude(text) : CoordinateParser.parseLongitude(text);
    }
}

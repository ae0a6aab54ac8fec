package org.rangekit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses lengths given on the command line: a decimal number with an optional unit {@code m} or
 * {@code km} ({@code 500}, {@code 500km}, {@code 500 km}, {@code 50m}, {@code 0.05km}).
 */
final class Units {

    private static final Pattern LENGTH = Pattern.compile(
            "([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(km|m)?", Pattern.CASE_INSENSITIVE);

    private Units() {
    }

    /**
     * A length in metres.
     *
     * @param option the option name, for the error message
     * @param text the value as typed
     * @param defaultUnit {@code "km"} or {@code "m"}, used when the value has no unit
     * @param requireUnit whether a bare number is refused
     * @throws BadInputException unless the value is a finite number &gt; 0 with an accepted unit
     */
    static double lengthMeters(String option, String text, String defaultUnit, boolean requireUnit) {
        String t = text == null ? "" : text.strip();
        Matcher m = LENGTH.matcher(t);
        String expected = requireUnit
                ? "expected a number > 0 with unit m or km, e.g. 50m or 0.05km"
                : "expected a number > 0 in km (or with unit m or km, e.g. 500km)";
        if (!m.matches()) {
            throw BadInputException.of(option, text, "not a length; " + expected);
        }
        // The value's own problem first: "0" is wrong because it is 0, whatever its unit.
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? defaultUnit : m.group(2).toLowerCase(Locale.ROOT);
        double meters = unit.equals("km") ? v * 1000.0 : v;
        if (Double.isInfinite(meters)) {
            throw BadInputException.of(option, text, "not a finite number; " + expected);
        }
        if (!(meters > 0)) {
            throw BadInputException.of(option, text, "must be > 0; " + expected);
        }
        if (requireUnit && m.group(2) == null) {
            throw BadInputException.of(option, text, "unit missing; " + expected);
        }
        return meters;
    }

    /**
     * A comma-separated list of ranges in kilometres ({@code 480,500,1000km,5500 km}); each
     * element may carry its own unit.
     */
    static List<Double> rangesKm(String option, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw BadInputException.of(option, text == null ? "" : text, "no range given; expected e.g. 480,500,1000,5500");
        }
        List<Double> out = new ArrayList<>();
        for (String part : t.split(",", -1)) {
            String p = part.strip();
            if (p.isEmpty()) {
                throw BadInputException.of(option, text, "empty element; expected ranges like 480,500,1000,5500");
            }
            Matcher m = LENGTH.matcher(p);
            if (!m.matches()) {
                throw BadInputException.of(option, p, "range is not a number; expected a number of km > 0 such as 500 or 500km");
            }
            double v = Double.parseDouble(m.group(1));
            String unit = m.group(2) == null ? "km" : m.group(2).toLowerCase(Locale.ROOT);
            double km = unit.equals("km") ? v : v / 1000.0;
            if (Double.isInfinite(km)) {
                throw BadInputException.of(option, p, "range is not a finite number; expected a number of km > 0 "
                        + "such as 500 or 500km");
            }
            if (!(km > 0)) {
                throw BadInputException.of(option, p, "range must be > 0 km");
            }
            out.add(km);
        }
        return out;
    }
}

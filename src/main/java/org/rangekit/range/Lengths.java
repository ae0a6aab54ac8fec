package org.rangekit.range;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rangekit.text.Quote;

/**
 * The one grammar for lengths typed by people, used by the command line, scenario files and the
 * API alike: a decimal number, optionally with an exponent, then optionally a unit symbol
 * ({@link LengthUnit}: {@code m}, {@code km}, {@code mi}, {@code nmi}, {@code ft}; any case),
 * with or without a blank between them. Examples: {@code 500}, {@code 500km}, {@code 500 km},
 * {@code 300mi}, {@code 270 NMI}, {@code 100ft}, {@code 0.05km}, {@code 5e2}.
 *
 * <p>A length must be a finite number &gt; 0 in its unit and after conversion. A bare number is
 * read in the caller's default unit, unless the caller requires a unit.
 *
 * <p>Errors are {@link IllegalArgumentException}s whose message has the form
 * {@code NAME 'VALUE': WHAT}, quoting the value as typed and saying what was expected, e.g.
 * {@code length '-5': must be > 0; expected a number > 0 in km (or with a unit m, km, mi, nmi or
 * ft, e.g. 500km)}. The {@code name} overloads put the caller's field name (a command-line option,
 * a YAML path) in place of {@code length}.
 *
 * <p>A range may also be an interval of estimates, {@code MIN..MAX} with the same units
 * ({@code 2000..2500km}): {@link #parseRangeKm}, {@link #parseRangeListKm}.
 *
 * <p>Thread-safe (stateless).
 */
public final class Lengths {

    private static final Pattern LENGTH = Pattern.compile(
            "([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(nmi|mi|km|ft|m)?", Pattern.CASE_INSENSITIVE);

    /** The field name in messages when the caller gives none. */
    public static final String DEFAULT_NAME = "length";

    private Lengths() {
    }

    /**
     * A length in metres.
     *
     * @param text the value as typed, e.g. {@code "500 km"}, {@code "300mi"}
     * @param defaultUnit the unit of a bare number
     * @return the length (metres), finite and &gt; 0
     * @throws IllegalArgumentException naming the value and what was expected
     */
    public static double parseMeters(String text, LengthUnit defaultUnit) {
        return parseMeters(DEFAULT_NAME, text, defaultUnit);
    }

    /**
     * A length in metres, with the caller's field name in error messages.
     *
     * @param name the field the value came from, e.g. {@code --range} or {@code /ranges/0}
     * @param text the value as typed
     * @param defaultUnit the unit of a bare number
     * @return the length (metres), finite and &gt; 0
     */
    public static double parseMeters(String name, String text, LengthUnit defaultUnit) {
        Parsed p = parse(name, text, defaultUnit, false);
        return checked(name, text, p.value * p.unit.meters(), expected(defaultUnit, false));
    }

    /**
     * A length in metres that must carry its unit ({@code 50m}, {@code 0.05km}, {@code 100ft}); a
     * bare number is refused with "unit missing", because a tolerance of {@code 10} could mean
     * metres or kilometres.
     *
     * @param name the field the value came from, e.g. {@code --tolerance}
     * @param text the value as typed
     * @return the length (metres), finite and &gt; 0
     */
    public static double parseMetersRequireUnit(String name, String text) {
        Parsed p = parse(name, text, LengthUnit.M, true);
        return checked(name, text, p.value * p.unit.meters(), expected(LengthUnit.M, true));
    }

    /**
     * A length in kilometres. A value in km is returned exactly as typed (no round trip through
     * metres); other units are converted with their exact factor.
     *
     * @param text the value as typed, e.g. {@code "500"}, {@code "270nmi"}
     * @param defaultUnit the unit of a bare number
     * @return the length (kilometres), finite and &gt; 0
     */
    public static double parseKm(String text, LengthUnit defaultUnit) {
        return parseKm(DEFAULT_NAME, text, defaultUnit);
    }

    /**
     * A length in kilometres, with the caller's field name in error messages.
     *
     * @param name the field the value came from
     * @param text the value as typed
     * @param defaultUnit the unit of a bare number
     * @return the length (kilometres), finite and &gt; 0
     */
    public static double parseKm(String name, String text, LengthUnit defaultUnit) {
        Parsed p = parse(name, text, defaultUnit, false);
        double km = p.unit == LengthUnit.KM ? p.value
                : p.unit == LengthUnit.M ? p.value / 1000.0 : p.value * p.unit.meters() / 1000.0;
        return checked(name, text, km, expected(defaultUnit, false));
    }

    /**
     * A comma-separated list of lengths in kilometres ({@code 480,500,1000km,300 mi}); each element
     * may carry its own unit. Errors about one element quote that element.
     *
     * @param commaSeparated the list as typed
     * @param defaultUnit the unit of a bare number
     * @return the lengths (kilometres) in the order given, at least one
     */
    public static List<Double> parseListKm(String commaSeparated, LengthUnit defaultUnit) {
        return parseListKm(DEFAULT_NAME, commaSeparated, defaultUnit);
    }

    /**
     * A comma-separated list of lengths in kilometres, with the caller's field name in messages.
     *
     * @param name the field the value came from, e.g. {@code --range}
     * @param commaSeparated the list as typed
     * @param defaultUnit the unit of a bare number
     * @return the lengths (kilometres) in the order given, at least one
     */
    public static List<Double> parseListKm(String name, String commaSeparated, LengthUnit defaultUnit) {
        String t = commaSeparated == null ? "" : commaSeparated.strip();
        if (t.isEmpty()) {
            throw error(name, commaSeparated == null ? "" : commaSeparated,
                    "no range given; expected e.g. 480,500,1000,5500");
        }
        List<Double> out = new ArrayList<>();
        for (String part : t.split(",", -1)) {
            String p = part.strip();
            if (p.isEmpty()) {
                throw error(name, commaSeparated, "empty element; expected ranges like 480,500,1000,5500");
            }
            out.add(parseKm(name, p, defaultUnit));
        }
        return out;
    }

    /**
     * One range as typed: a length ({@code 480}, {@code 300mi}) or an interval of estimates
     * {@code MIN..MAX} ({@code 2000..2500km}, {@code 1200mi..1500mi}). In an interval a unit written
     * only after {@code MAX} applies to {@code MIN} too ({@code 2000..2500km} is 2,000 to 2,500 km);
     * each end may carry its own unit. {@code MIN} must be &lt; {@code MAX}.
     *
     * @param name the field the value came from, e.g. {@code --range}
     * @param text the value as typed
     * @param defaultUnit the unit of a bare number
     * @return the range (kilometres), without label or source
     */
    public static RangeEstimate parseRangeKm(String name, String text, LengthUnit defaultUnit) {
        String t = text == null ? "" : text.strip();
        int dots = t.indexOf("..");
        if (dots < 0) {
            return RangeEstimate.single(parseKm(name, t, defaultUnit));
        }
        String lo = t.substring(0, dots).strip();
        String hi = t.substring(dots + 2).strip();
        String expected = "expected MIN..MAX with MIN < MAX, e.g. 2000..2500km";
        if (lo.isEmpty() || hi.isEmpty() || hi.contains("..")) {
            throw error(name, text, "not a range interval; " + expected);
        }
        Matcher hm = LENGTH.matcher(hi);
        LengthUnit hiUnit = hm.matches() && hm.group(2) != null ? LengthUnit.ofSymbol(hm.group(2)).orElseThrow()
                : defaultUnit;
        Matcher lm = LENGTH.matcher(lo);
        LengthUnit loUnit = lm.matches() && lm.group(2) == null ? hiUnit : defaultUnit;
        double min = parseKm(name, lo, loUnit);
        double max = parseKm(name, hi, defaultUnit);
        if (!(max > min)) {
            throw error(name, text, "MIN must be < MAX; " + expected + ", or a single value");
        }
        return RangeEstimate.interval(min, max);
    }

    /**
     * A comma-separated list of ranges, each a length or an interval {@code MIN..MAX}
     * ({@link #parseRangeKm}): {@code 480,2000..2500km}.
     *
     * @param name the field the value came from, e.g. {@code --range}
     * @param commaSeparated the list as typed
     * @param defaultUnit the unit of a bare number
     * @return the ranges in the order given, at least one
     */
    public static List<RangeEstimate> parseRangeListKm(String name, String commaSeparated, LengthUnit defaultUnit) {
        String t = commaSeparated == null ? "" : commaSeparated.strip();
        if (t.isEmpty()) {
            throw error(name, commaSeparated == null ? "" : commaSeparated,
                    "no range given; expected e.g. 480,500,1000,5500 or 480,2000..2500");
        }
        List<RangeEstimate> out = new ArrayList<>();
        for (String part : t.split(",", -1)) {
            String p = part.strip();
            if (p.isEmpty()) {
                throw error(name, commaSeparated, "empty element; expected ranges like 480,500,1000,5500");
            }
            out.add(parseRangeKm(name, p, defaultUnit));
        }
        return out;
    }

    /** What a value should look like, for messages. */
    static String expected(LengthUnit defaultUnit, boolean requireUnit) {
        return requireUnit
                ? "expected a number > 0 with a unit " + LengthUnit.symbolsText() + ", e.g. 50m or 0.05km"
                : "expected a number > 0 in " + defaultUnit.symbol() + " (or with a unit "
                        + LengthUnit.symbolsText() + ", e.g. 500km)";
    }

    private record Parsed(double value, LengthUnit unit) {
    }

    private static Parsed parse(String name, String text, LengthUnit defaultUnit, boolean requireUnit) {
        if (defaultUnit == null) {
            throw new IllegalArgumentException("defaultUnit is required");
        }
        String t = text == null ? "" : text.strip();
        String quoted = text == null ? "" : text;
        Matcher m = LENGTH.matcher(t);
        String expected = expected(defaultUnit, requireUnit);
        if (!m.matches()) {
            throw error(name, quoted, "not a length; " + expected);
        }
        double v = Double.parseDouble(m.group(1));
        LengthUnit unit = m.group(2) == null ? defaultUnit : LengthUnit.ofSymbol(m.group(2)).orElseThrow();
        // The value's own problem first: "0" is wrong because it is 0, whatever its unit.
        if (Double.isInfinite(v)) {
            throw error(name, quoted, "not a finite number; " + expected);
        }
        if (!(v > 0)) {
            throw error(name, quoted, "must be > 0; " + expected);
        }
        if (requireUnit && m.group(2) == null) {
            throw error(name, quoted, "unit missing; " + expected);
        }
        return new Parsed(v, unit);
    }

    /** Checks the converted value: a huge value in a large unit may overflow, a tiny one underflow. */
    private static double checked(String name, String text, double converted, String expected) {
        if (Double.isInfinite(converted)) {
            throw error(name, text == null ? "" : text, "not a finite number; " + expected);
        }
        if (!(converted > 0)) {
            throw error(name, text == null ? "" : text, "must be > 0; " + expected);
        }
        return converted;
    }

    private static IllegalArgumentException error(String name, String value, String what) {
        return new IllegalArgumentException(name + " " + Quote.of(value) + ": " + what);
    }
}

package org.rangekit.cli;

import java.util.List;

import org.rangekit.range.LengthUnit;
import org.rangekit.range.Lengths;

/**
 * Parses lengths given on the command line with the core's one grammar ({@link Lengths}): a
 * decimal number with an optional unit {@code m}, {@code km}, {@code mi}, {@code nmi} or
 * {@code ft} ({@code 500}, {@code 500km}, {@code 500 km}, {@code 300mi}, {@code 270nmi},
 * {@code 100ft}, {@code 0.05km}), and turns a parse error into a {@link BadInputException}
 * naming the option.
 */
final class Units {

    private Units() {
    }

    /**
     * A length in metres.
     *
     * @param option the option name, for the error message
     * @param text the value as typed
     * @param defaultUnit symbol of the unit of a bare number ({@code "km"}, {@code "m"}, …)
     * @param requireUnit whether a bare number is refused
     * @throws BadInputException unless the value is a finite number &gt; 0 with an accepted unit
     */
    static double lengthMeters(String option, String text, String defaultUnit, boolean requireUnit) {
        LengthUnit unit = LengthUnit.ofSymbol(defaultUnit)
                .orElseThrow(() -> new IllegalArgumentException("unknown default unit " + defaultUnit));
        try {
            return requireUnit ? Lengths.parseMetersRequireUnit(option, text)
                    : Lengths.parseMeters(option, text, unit);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /**
     * A comma-separated list of ranges in kilometres ({@code 480,500,1000km,300mi}); each element
     * may carry its own unit, a bare number is in km.
     */
    static List<Double> rangesKm(String option, String text) {
        try {
            return Lengths.parseListKm(option, text, LengthUnit.KM);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /**
     * A comma-separated list of ranges, each a length or an interval {@code MIN..MAX}
     * ({@link Lengths#parseRangeListKm}): {@code 480,2350..2500km}.
     */
    static List<org.rangekit.range.RangeEstimate> rangeListKm(String option, String text) {
        try {
            return Lengths.parseRangeListKm(option, text, LengthUnit.KM);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }
}

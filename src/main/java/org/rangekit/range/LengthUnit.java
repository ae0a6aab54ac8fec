package org.rangekit.range;

import java.util.Locale;
import java.util.Optional;

/**
 * A unit of length with its exact factor to the metre.
 *
 * <p>Factors: the international mile is 1,609.344 m and the international foot 0.3048 m
 * (International Yard and Pound Agreement, 1959; NIST SP 811, appendix B.8); the nautical mile
 * is 1,852 m (International Hydrographic Conference, 1929; NIST SP 811). All five are exact.
 *
 * <p>Immutable and thread-safe.
 */
public enum LengthUnit {
    /** Metre. */
    M(1.0, "m"),
    /** Kilometre. */
    KM(1000.0, "km"),
    /** International mile (statute mile), 1,609.344 m. */
    MI(1609.344, "mi"),
    /** International nautical mile, 1,852 m. */
    NMI(1852.0, "nmi"),
    /** International foot, 0.3048 m. */
    FT(0.3048, "ft");

    private final double meters;
    private final String symbol;

    LengthUnit(double meters, String symbol) {
        this.meters = meters;
        this.symbol = symbol;
    }

    /** Length of one unit (metres), exact. */
    public double meters() {
        return meters;
    }

    /** The symbol written after a number, e.g. {@code "km"}, {@code "nmi"}. */
    public String symbol() {
        return symbol;
    }

    /**
     * The unit of a symbol, ignoring case and surrounding blanks.
     *
     * @param symbol e.g. {@code "km"}, {@code "NMI"}
     * @return the unit, or empty if no unit has that symbol
     */
    public static Optional<LengthUnit> ofSymbol(String symbol) {
        String s = symbol == null ? "" : symbol.strip().toLowerCase(Locale.ROOT);
        for (LengthUnit u : values()) {
            if (u.symbol.equals(s)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    /** The accepted symbols for messages: {@code "m, km, mi, nmi or ft"}. */
    static String symbolsText() {
        StringBuilder b = new StringBuilder();
        LengthUnit[] all = values();
        for (int i = 0; i < all.length; i++) {
            b.append(i == 0 ? "" : i == all.length - 1 ? " or " : ", ").append(all[i].symbol);
        }
        return b.toString();
    }
}

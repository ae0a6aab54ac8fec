package org.rangekit.io.in.data;

import java.util.Locale;
import org.rangekit.text.Quote;

/**
 * Natural Earth map scales of the embedded basemap layers.
 *
 * <p>1:110 million is for world maps, 1:50 million for continents and range maps of a few
 * thousand kilometres, 1:10 million for close-ups (countries and land only).
 */
public enum Scale {
    /** 1:110,000,000. */
    S110M("110m"),
    /** 1:50,000,000. */
    S50M("50m"),
    /** 1:10,000,000 (countries and land only). */
    S10M("10m");

    private final String label;

    Scale(String label) {
        this.label = label;
    }

    /** The Natural Earth label used in file names: "110m", "50m" or "10m". */
    public String label() {
        return label;
    }

    /**
     * Parses "110m", "50m" or "10m" (case-insensitive; the enum names S110M... are accepted too).
     *
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static Scale parse(String text) {
        if (text != null) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            for (Scale s : values()) {
                if (s.label.equals(t) || s.name().toLowerCase(Locale.ROOT).equals(t)) {
                    return s;
                }
            }
        }
        throw new IllegalArgumentException("scale must be one of 110m, 50m, 10m, got " + Quote.of(text));
    }

    @Override
    public String toString() {
        return label;
    }
}

package org.rangekit.scenario;

import java.util.Locale;
import org.rangekit.text.Quote;

/**
 * Output formats of a map, chosen by the file extension: the one rule for {@code map -o}, scenario
 * map outputs and the library ({@code org.rangekit.api.Maps}). Part of the scenario model, so that
 * readers check it without depending on the renderer.
 */
public enum MapFormat {
    PNG, SVG, PDF;

    /**
     * The format of a file name by its extension (any case).
     *
     * @throws IllegalArgumentException naming the file and the accepted extensions
     */
    public static MapFormat ofFileName(String fileName) {
        String f = fileName.toLowerCase(Locale.ROOT);
        for (MapFormat m : values()) {
            if (f.endsWith("." + m.name().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("map file must end in .png, .svg or .pdf, got " + Quote.of(fileName));
    }
}

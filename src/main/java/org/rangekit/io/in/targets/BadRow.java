package org.rangekit.io.in.targets;

/**
 * A row (CSV) or feature (GeoJSON) that was skipped.
 *
 * @param source file name
 * @param line 1-based line number in the file where the row starts
 * @param reason what was wrong, naming the bad value
 */
public record BadRow(String source, long line, String reason) {

    /** One-line message: {@code cities.csv:17: latitude '95' is outside [-90, 90] degrees}. */
    public String message() {
        return source + ":" + line + ": " + reason;
    }
}

package org.rangekit.io.out.report;

import java.util.Locale;
import java.util.Optional;
import org.rangekit.scenario.DataFiles;

/** Output format of a report. */
public enum Format {
    CSV, JSON, MD;

    /** Parses {@code csv}, {@code json} or {@code md} (also {@code markdown}), any case. */
    public static Format parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "csv" -> CSV;
            case "json" -> JSON;
            case "md", "markdown" -> MD;
            default -> throw new IllegalArgumentException("unknown format; expected csv, json or md");
        };
    }

    /**
     * The format a file name asks for by its extension ({@link DataFiles}, the one rule):
     * {@code .csv}, {@code .json} or {@code .md}; empty for a name without an extension.
     *
     * @param fileName a path as typed
     * @throws IllegalArgumentException for any other extension, naming it and the accepted ones
     */
    public static Optional<Format> ofFileName(String fileName) {
        return DataFiles.reportFormat(fileName).map(Format::parse);
    }
}

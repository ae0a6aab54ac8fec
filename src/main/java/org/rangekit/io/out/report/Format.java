package org.rangekit.io.out.report;

import java.util.Locale;

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
}

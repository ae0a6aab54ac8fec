package org.rangekit.scenario;

import java.util.Set;
import org.rangekit.text.Quote;

/**
 * A coverage report to write, as {@code rangekit coverage} writes it; the format follows the file
 * extension ({@code .md}, {@code .csv} or {@code .json}).
 *
 * @param file output path, relative to the scenario's directory unless absolute
 * @param targets built-in target set: {@code capitals}, {@code cities} or {@code countries}
 * @param summary one row per site and band (true) instead of one row per target
 */
public record CoverageOutput(String file, String targets, boolean summary) {

    /** The built-in target sets a report may count. */
    public static final Set<String> TARGET_SETS = Set.of("capitals", "cities", "countries");

    public CoverageOutput {
        if (file == null || !DataFiles.isReport(file)) {
            throw new IllegalArgumentException("the coverage report needs a file ending in .md, .csv or .json, got '"
                    + file + "'");
        }
        if (targets == null || !TARGET_SETS.contains(targets)) {
            throw new IllegalArgumentException("targets " + Quote.of(targets) + ": expected capitals, cities or countries");
        }
    }

    /** The report format by the file's extension ({@link DataFiles}): {@code md}, {@code csv} or {@code json}. */
    public String format() {
        return DataFiles.reportFormat(file).orElseThrow();
    }
}

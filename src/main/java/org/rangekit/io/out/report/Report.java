package org.rangekit.io.out.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole report: a title, the parameters that produced it, tables, notes on methods and the
 * data attribution.
 *
 * @param command the subcommand, e.g. {@code "compare"}
 * @param title heading for Markdown
 * @param parameters ordered name → value (String or {@link Num}) pairs
 * @param tables the tables; CSV output writes the one named by {@code csvTable}
 * @param csvTable key of the table that CSV output writes
 * @param notes method notes (e.g. how each population figure is computed)
 * @param attribution data credit, e.g. {@code "Natural Earth; GeoNames"}
 */
public record Report(String command, String title, Map<String, Object> parameters, List<Table> tables,
                     String csvTable, List<String> notes, String attribution) {

    public Report {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }
}

package org.rangekit.io.out.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A titled table: column names and rows of cells. A cell is a {@link String}, a {@link Num},
 * a {@link Boolean}, a nested {@code List<Table>}-free {@code List<?>} of such values, or null
 * (empty).
 *
 * @param key stable machine name of the table (JSON key), e.g. {@code "added"}
 * @param title heading for Markdown
 * @param columns column names
 * @param rows rows, each as long as {@code columns}
 * @param notes lines printed under the table in Markdown and kept in JSON
 */
public record Table(String key, String title, List<String> columns, List<List<Object>> rows, List<String> notes) {

    public Table {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + r.size() + " cells, table " + key + " has "
                        + columns.size() + " columns");
            }
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = List.copyOf(copy);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}

package org.rangekit.io.out.report;

import java.util.List;
import java.util.Map;

/**
 * A cell holding a list of records (e.g. the countries inside a band): JSON writes the records
 * as objects, CSV and Markdown write {@code text}.
 *
 * @param items the records, each an ordered map of String/{@link Num}/Boolean values
 * @param text the flat rendering for CSV and Markdown
 */
public record Nested(List<Map<String, Object>> items, String text) {

    public Nested {
        items = List.copyOf(items);
    }
}

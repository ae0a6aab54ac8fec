package org.rangekit.io.out.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.rangekit.range.Reach;

/**
 * Streams per-target rows of a coverage run, so that files of any length are written in bounded
 * memory.
 *
 * <ul>
 * <li>CSV: the header {@link #COLUMNS} and one line per target, in input order.</li>
 * <li>JSON: {@code {"command", "title", "parameters", "columns", "targets": [{column: value,
 *   "properties": {…}}], "totals", "notes", "attribution"}}, one target object per input row, in
 *   input order; {@code properties} holds the target's other input attributes when it has any.</li>
 * <li>Markdown: one table per band listing its targets by distance; targets in no band are only
 *   counted (a report lists what is reached, not the rest of the world). Only in-band rows are
 *   held in memory until the end.</li>
 * </ul>
 */
public final class TargetRowWriter {

    /** Per-target columns, in output order. */
    public static final List<String> COLUMNS = List.of("name", "country", "lat", "lon", "site", "distance_km",
            "band", "category", "needed_range_km", "population", "reach", "site_uncertainty_km");

    private static final int DISTANCE = 5;
    private static final int NAME = 0;
    private static final int REACH = 10;

    private final Format format;
    private final OutputStream out;
    private final Writer csv;
    private final JsonGenerator json;
    private final String title;
    private final Map<String, Object> parameters;
    private final List<String> bandTitles;
    private final String noneTitle;
    private final List<List<List<Object>>> mdRows;
    private final long[] counts;
    private long noneCount;
    private final List<List<Object>> possiblyBeyond = new ArrayList<>();
    private final List<String> columns;

    /**
     * @param bandTitles heading of each band (index = band index)
     * @param noneTitle heading for targets in no band, e.g. {@code "beyond 5500 km"}
     */
    public TargetRowWriter(Format format, OutputStream out, String command, String title,
                           Map<String, Object> parameters, List<String> bandTitles, String noneTitle) throws IOException {
        this(format, out, command, title, parameters, bandTitles, noneTitle, List.of());
    }

    /**
     * @param bandTitles heading of each band (index = band index)
     * @param noneTitle heading for targets in no band, e.g. {@code "beyond 5500 km"}
     * @param extraColumns columns after {@link #COLUMNS} (CSV and JSON; rows carry their cells last)
     */
    public TargetRowWriter(Format format, OutputStream out, String command, String title,
                           Map<String, Object> parameters, List<String> bandTitles, String noneTitle,
                           List<String> extraColumns) throws IOException {
        List<String> cols = new ArrayList<>(COLUMNS);
        cols.addAll(extraColumns);
        this.columns = List.copyOf(cols);
        this.format = format;
        this.out = out;
        this.title = title;
        this.parameters = parameters;
        this.bandTitles = List.copyOf(bandTitles);
        this.noneTitle = noneTitle;
        this.counts = new long[bandTitles.size()];
        this.mdRows = new ArrayList<>();
        for (int i = 0; i < bandTitles.size(); i++) {
            mdRows.add(new ArrayList<>());
        }
        if (format == Format.CSV) {
            csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            json = null;
            ReportWriter.csvLine(csv, columns);
        } else if (format == Format.JSON) {
            csv = null;
            json = ReportWriter.jsonGenerator(out);
            json.writeStartObject();
            json.writeStringField("command", command);
            json.writeStringField("title", title);
            json.writeObjectFieldStart("parameters");
            for (Map.Entry<String, Object> e : parameters.entrySet()) {
                json.writeFieldName(e.getKey());
                ReportWriter.jsonValue(json, e.getValue());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("columns");
            for (String c : columns) {
                json.writeString(c);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("targets");
        } else {
            csv = null;
            json = null;
        }
    }

    /**
     * Writes one target.
     *
     * @param band band index, or negative for none
     * @param cells values for {@link #COLUMNS}
     */
    public void row(int band, List<Object> cells) throws IOException {
        row(band, cells, Map.of());
    }

    /**
     * Writes one target with the properties it carried in its input file (JSON writes them as a
     * {@code "properties"} object after the columns; CSV and Markdown keep to the fixed columns).
     */
    public void row(int band, List<Object> cells, Map<String, String> properties) throws IOException {
        if (band >= 0) {
            counts[band]++;
        } else {
            noneCount++;
        }
        switch (format) {
            case CSV -> ReportWriter.csvLine(csv, cells);
            case JSON -> {
                json.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    json.writeFieldName(columns.get(i));
                    ReportWriter.jsonValue(json, cells.get(i));
                }
                if (!properties.isEmpty()) {
                    json.writeObjectFieldStart("properties");
                    for (Map.Entry<String, String> e : properties.entrySet()) {
                        json.writeStringField(e.getKey(), e.getValue());
                    }
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            default -> {
                if (band >= 0) {
                    mdRows.get(band).add(cells);
                } else if (Reach.POSSIBLY_IN.text().equals(cells.get(REACH))) {
                    possiblyBeyond.add(cells);
                }
            }
        }
    }

    /**
     * Ends the output.
     *
     * @param totals ordered totals (e.g. targets read, rows skipped)
     * @param notes method notes
     * @param attribution data credit
     */
    public void finish(Map<String, Object> totals, List<String> notes, String attribution) throws IOException {
        finish(totals, notes, attribution, List.of());
    }

    /**
     * Ends the output with added tables (JSON: an array of row objects under each table's key;
     * Markdown: a section each before the totals; CSV: none, its rows carry the added columns).
     *
     * @param totals ordered totals (e.g. targets read, rows skipped)
     * @param notes method notes
     * @param attribution data credit
     * @param tables the added tables
     */
    public void finish(Map<String, Object> totals, List<String> notes, String attribution, List<Table> tables)
            throws IOException {
        switch (format) {
            case CSV -> csv.flush();
            case JSON -> {
                json.writeEndArray();
                for (Table t : tables) {
                    json.writeArrayFieldStart(t.key());
                    for (List<Object> r : t.rows()) {
                        json.writeStartObject();
                        for (int i = 0; i < t.columns().size(); i++) {
                            json.writeFieldName(t.columns().get(i));
                            ReportWriter.jsonValue(json, r.get(i));
                        }
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                }
                json.writeObjectFieldStart("totals");
                for (Map.Entry<String, Object> e : totals.entrySet()) {
                    json.writeFieldName(e.getKey());
                    ReportWriter.jsonValue(json, e.getValue());
                }
                json.writeEndObject();
                json.writeArrayFieldStart("notes");
                for (String n : notes) {
                    json.writeString(n);
                }
                json.writeEndArray();
                json.writeStringField("attribution", attribution);
                json.writeEndObject();
                json.writeRaw('\n');
                json.flush();
            }
            default -> writeMarkdown(totals, notes, attribution, tables);
        }
    }

    /** The rows by distance then name, each cut down to the columns {@code pick}. */
    private static List<List<Object>> sortedPicked(List<List<Object>> rows, int[] pick) {
        rows.sort(Comparator.comparing((List<Object> r) -> ((Num) r.get(DISTANCE)).value())
                .thenComparing(r -> ReportWriter.text(r.get(NAME))));
        List<List<Object>> shown = new ArrayList<>();
        for (List<Object> r : rows) {
            List<Object> s = new ArrayList<>();
            for (int p : pick) {
                s.add(r.get(p));
            }
            shown.add(s);
        }
        return shown;
    }

    private void writeMarkdown(Map<String, Object> totals, List<String> notes, String attribution, List<Table> tables)
            throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("## ").append(title).append("\n\n");
        for (Map.Entry<String, Object> e : parameters.entrySet()) {
            sb.append("- **").append(e.getKey()).append("**: ").append(ReportWriter.mdCell(e.getValue())).append('\n');
        }
        List<String> mdCols = List.of("name", "country", "distance_km", "site", "reach", "lat", "lon", "population");
        int[] pick = {NAME, 1, DISTANCE, 4, REACH, 2, 3, 9};
        for (int b = 0; b < bandTitles.size(); b++) {
            List<List<Object>> rows = mdRows.get(b);
            sb.append("\n### ").append(bandTitles.get(b)).append(" \u2014 ").append(counts[b])
                    .append(counts[b] == 1 ? " target" : " targets").append("\n\n");
            if (rows.isEmpty()) {
                sb.append("_none_\n");
                continue;
            }
            ReportWriter.mdTable(sb, mdCols, sortedPicked(rows, pick));
        }
        sb.append("\n### ").append(noneTitle).append(" \u2014 ").append(noneCount)
                .append(noneCount == 1 ? " target" : " targets").append(possiblyBeyond.isEmpty() ? " (not listed)\n"
                        : ", of which " + possiblyBeyond.size() + " possibly in range (listed; the others are not)\n");
        if (!possiblyBeyond.isEmpty()) {
            sb.append('\n');
            ReportWriter.mdTable(sb, mdCols, sortedPicked(possiblyBeyond, pick));
        }
        for (Table t : tables) {
            sb.append("\n### ").append(t.title()).append(" \u2014 ").append(t.rows().size()).append("\n\n");
            if (t.rows().isEmpty()) {
                sb.append("_none_\n");
            } else {
                ReportWriter.mdTable(sb, t.columns(), t.rows());
            }
        }
        if (!totals.isEmpty()) {
            sb.append('\n');
            for (Map.Entry<String, Object> e : totals.entrySet()) {
                sb.append("- **").append(e.getKey()).append("**: ").append(ReportWriter.mdCell(e.getValue())).append('\n');
            }
        }
        if (!notes.isEmpty()) {
            sb.append('\n');
            for (String n : notes) {
                sb.append("- ").append(n).append('\n');
            }
        }
        sb.append("\n_Data: ").append(attribution).append("._\n");
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}

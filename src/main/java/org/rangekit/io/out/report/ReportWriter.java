package org.rangekit.io.out.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Report} as CSV, JSON or Markdown.
 *
 * <ul>
 * <li>CSV (RFC 4180, UTF-8, {@code \n} line ends): the header and rows of the report's CSV table
 *   only, so that a spreadsheet opens it as one table.</li>
 * <li>JSON: {@code {"command", "title", "parameters", "tables": [{"key", "title", "columns",
 *   "rows": [{column: value}], "notes"}], "notes", "attribution"}}, keys always in this order,
 *   numbers as fixed-decimal literals, two-space indentation.</li>
 * <li>Markdown: a heading, the parameters as a list, each table with its notes, the method notes
 *   and a final attribution line.</li>
 * </ul>
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    public static void write(Report report, Format format, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> writeCsv(report, out);
            case JSON -> writeJson(report, out);
            case MD -> writeMarkdown(report, out);
            default -> throw new IllegalArgumentException("format " + format);
        }
    }

    private static void writeCsv(Report report, OutputStream out) throws IOException {
        Table t = report.tables().stream().filter(x -> x.key().equals(report.csvTable())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no table " + report.csvTable()));
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        csvLine(w, t.columns());
        for (List<Object> r : t.rows()) {
            csvLine(w, r);
        }
        w.flush();
    }

    /** Writes one CSV line (RFC 4180 quoting). */
    public static void csvLine(Writer w, List<?> cells) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(csvField(text(cells.get(i))));
        }
        sb.append('\n');
        w.write(sb.toString());
    }

    static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Plain text of a cell for CSV. */
    public static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Nested n) {
            return n.text();
        }
        return cell.toString();
    }

    /** A JSON generator with the report style (two-space indent, one array element per line). */
    public static JsonGenerator jsonGenerator(OutputStream out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter(com.fasterxml.jackson.core.util.Separators
                .createDefaultInstance()
                .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        g.setPrettyPrinter(pp);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }

    private static void writeJson(Report report, OutputStream out) throws IOException {
        JsonGenerator g = jsonGenerator(out);
        g.writeStartObject();
        g.writeStringField("command", report.command());
        g.writeStringField("title", report.title());
        g.writeObjectFieldStart("parameters");
        for (Map.Entry<String, Object> e : report.parameters().entrySet()) {
            g.writeFieldName(e.getKey());
            jsonValue(g, e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("tables");
        for (Table t : report.tables()) {
            g.writeStartObject();
            g.writeStringField("key", t.key());
            g.writeStringField("title", t.title());
            g.writeArrayFieldStart("columns");
            for (String c : t.columns()) {
                g.writeString(c);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rows");
            for (List<Object> r : t.rows()) {
                g.writeStartObject();
                for (int i = 0; i < t.columns().size(); i++) {
                    g.writeFieldName(t.columns().get(i));
                    jsonValue(g, r.get(i));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            stringArray(g, "notes", t.notes());
            g.writeEndObject();
        }
        g.writeEndArray();
        stringArray(g, "notes", report.notes());
        g.writeStringField("attribution", report.attribution());
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    private static void stringArray(JsonGenerator g, String name, List<String> items) throws IOException {
        g.writeArrayFieldStart(name);
        for (String s : items) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    /** Writes one cell value as JSON. */
    public static void jsonValue(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Num n) {
            g.writeNumber(n.value());
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Nested n) {
            g.writeStartArray();
            for (Map<String, Object> item : n.items()) {
                g.writeStartObject();
                for (Map.Entry<String, Object> e : item.entrySet()) {
                    g.writeFieldName(e.getKey());
                    jsonValue(g, e.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } else {
            g.writeString(v.toString());
        }
    }

    private static void writeMarkdown(Report report, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("## ").append(report.title()).append("\n\n");
        for (Map.Entry<String, Object> e : report.parameters().entrySet()) {
            sb.append("- **").append(e.getKey()).append("**: ").append(mdCell(e.getValue())).append('\n');
        }
        for (Table t : report.tables()) {
            sb.append("\n### ").append(t.title()).append("\n\n");
            if (t.rows().isEmpty()) {
                sb.append("_none_\n");
            } else {
                mdTableWithNested(sb, t);
            }
            for (String n : t.notes()) {
                sb.append('\n').append(n).append('\n');
            }
        }
        if (!report.notes().isEmpty()) {
            sb.append('\n');
            for (String n : report.notes()) {
                sb.append("- ").append(n).append('\n');
            }
        }
        sb.append("\n_Data: ").append(report.attribution()).append("._\n");
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * A table whose nested cells (lists of records) would swamp a row: the main table leaves
     * them out, and each non-empty one follows as its own small table, headed by the row's first
     * two cells.
     */
    private static void mdTableWithNested(StringBuilder sb, Table t) {
        List<Integer> plain = new java.util.ArrayList<>();
        List<Integer> nested = new java.util.ArrayList<>();
        for (int i = 0; i < t.columns().size(); i++) {
            boolean isNested = false;
            for (List<Object> r : t.rows()) {
                if (r.get(i) instanceof Nested) {
                    isNested = true;
                    break;
                }
            }
            (isNested ? nested : plain).add(i);
        }
        List<String> cols = plain.stream().map(t.columns()::get).toList();
        mdTableNullable(sb, cols, t.rows(), plain);
        for (int c : nested) {
            for (List<Object> r : t.rows()) {
                if (r.get(c) instanceof Nested n && !n.items().isEmpty()) {
                    sb.append("\n#### ").append(text(r.get(0))).append(" \u00b7 ").append(text(r.get(1)))
                            .append(": ").append(t.columns().get(c)).append("\n\n");
                    List<String> keys = List.copyOf(n.items().get(0).keySet());
                    List<List<Object>> sub = new java.util.ArrayList<>();
                    for (Map<String, Object> item : n.items()) {
                        List<Object> row = new java.util.ArrayList<>();
                        for (String k : keys) {
                            row.add(item.get(k));
                        }
                        sub.add(row);
                    }
                    mdTable(sb, keys, sub);
                }
            }
        }
    }

    private static void mdTableNullable(StringBuilder sb, List<String> cols, List<List<Object>> rows, List<Integer> pick) {
        List<List<Object>> picked = new java.util.ArrayList<>();
        for (List<Object> r : rows) {
            List<Object> p = new java.util.ArrayList<>();
            for (int i : pick) {
                p.add(r.get(i));
            }
            picked.add(p);
        }
        mdTable(sb, cols, picked);
    }

    /** Appends a Markdown table; numeric columns are right-aligned. */
    public static void mdTable(StringBuilder sb, List<String> columns, List<List<Object>> rows) {
        sb.append('|');
        for (String c : columns) {
            sb.append(' ').append(mdEscape(c)).append(" |");
        }
        sb.append("\n|");
        for (int i = 0; i < columns.size(); i++) {
            boolean numeric = !rows.isEmpty();
            for (List<Object> r : rows) {
                if (r.get(i) != null && !(r.get(i) instanceof Num)) {
                    numeric = false;
                    break;
                }
            }
            sb.append(numeric ? "---:|" : "---|");
        }
        sb.append('\n');
        for (List<Object> r : rows) {
            sb.append('|');
            for (Object v : r) {
                sb.append(' ').append(mdCell(v)).append(" |");
            }
            sb.append('\n');
        }
    }

    static String mdCell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Num n) {
            return n.grouped();
        }
        return mdEscape(text(v));
    }

    static String mdEscape(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}

package org.rangekit.io.in.targets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.rangekit.coverage.Target;

/**
 * Streams targets from a CSV file with a header row.
 *
 * <p>Columns (names matched without regard to case or surrounding spaces): latitude {@code lat}
 * or {@code latitude}; longitude {@code lon}, {@code lng} or {@code longitude}; optional
 * {@code name}, {@code country} and {@code population}. Other columns are kept as properties.
 * Coordinates may be decimal degrees or DMS (see {@link Coordinates}); in semicolon- or
 * tab-separated files a decimal comma is accepted. Populations may carry thousands separators.
 * The delimiter is a comma, or a tab or semicolon when the header has one of those and no comma. Fields may be quoted with
 * {@code "} (RFC 4180, doubled quotes inside); a quoted field must end on its own line. A UTF-8
 * byte-order mark is ignored; blank lines are skipped.
 *
 * <p>A row with bad coordinates, the wrong number of fields or an unparsable population is
 * passed to the bad-row handler with its line number and skipped.
 */
public final class CsvTargetReader extends FileTargetReader {

    /** A number with a decimal comma, e.g. {@code -33,87}. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");

    private final BufferedReader in;
    private final char delimiter;
    private final String[] header;
    private final int latCol;
    private final int lonCol;
    private final int nameCol;
    private final int countryCol;
    private final int popCol;
    private long line = 1;

    private CsvTargetReader(String source, BufferedReader in, CountingStream counter, Consumer<BadRow> onBadRow,
                            String headerLine) {
        super(source, counter, onBadRow);
        this.in = in;
        if (headerLine.startsWith("\uFEFF")) {
            headerLine = headerLine.substring(1);
        }
        this.delimiter = headerLine.indexOf(',') >= 0 ? ','
                : headerLine.indexOf('\t') >= 0 ? '\t' : headerLine.indexOf(';') >= 0 ? ';' : ',';
        List<String> h = split(headerLine, delimiter);
        if (h == null) {
            throw new TargetFormatException(source + ":1: header has an unterminated quote");
        }
        this.header = h.stream().map(String::strip).toArray(String[]::new);
        this.latCol = column("lat", "latitude");
        this.lonCol = column("lon", "lng", "longitude");
        this.nameCol = column("name");
        this.countryCol = column("country");
        this.popCol = column("population");
        if (latCol < 0 || lonCol < 0) {
            throw new TargetFormatException(source + ": no " + (latCol < 0 ? "latitude" : "longitude")
                    + " column in header '" + headerLine.strip() + "' (expected lat|latitude and lon|lng|longitude)");
        }
    }

    /**
     * @throws TargetFormatException when the file is empty or its header lacks lat/lon columns
     */
    public static CsvTargetReader open(Path file, Consumer<BadRow> onBadRow) throws IOException {
        CountingStream counter = new CountingStream(Files.newInputStream(file));
        BufferedReader in = new BufferedReader(new InputStreamReader(counter, StandardCharsets.UTF_8), 1 << 16);
        try {
            String first = in.readLine();
            if (first == null) {
                throw new TargetFormatException(file.getFileName() + ": empty file (expected a CSV header with lat and lon)");
            }
            return new CsvTargetReader(file.getFileName().toString(), in, counter, onBadRow, first);
        } catch (RuntimeException | IOException e) {
            in.close();
            throw e;
        }
    }

    private int column(String... names) {
        for (int i = 0; i < header.length; i++) {
            for (String n : names) {
                if (header[i].equalsIgnoreCase(n)) {
                    return i;
                }
            }
        }
        return -1;
    }

    @Override
    public Target next() throws IOException {
        String text;
        while ((text = in.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            List<String> f = split(text, delimiter);
            if (f == null) {
                skip("unterminated quote");
                continue;
            }
            if (f.size() != header.length) {
                skip("expected " + header.length + " fields, got " + f.size());
                continue;
            }
            double lat;
            double lon;
            long pop = Target.UNKNOWN_POPULATION;
            try {
                lat = Coordinates.parse(decimalPoint(f.get(latCol)), true);
                lon = Coordinates.parse(decimalPoint(f.get(lonCol)), false);
                if (popCol >= 0 && !f.get(popCol).isBlank()) {
                    pop = parsePopulation(f.get(popCol).strip());
                }
            } catch (IllegalArgumentException e) {
                skip(e.getMessage());
                continue;
            }
            Map<String, String> props = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                if (i != latCol && i != lonCol && i != nameCol && i != countryCol && i != popCol) {
                    props.put(header[i], f.get(i));
                }
            }
            return new Target(nameCol >= 0 ? f.get(nameCol).strip() : "",
                    countryCol >= 0 ? f.get(countryCol).strip() : "", lat, lon, pop, null, props);
        }
        return null;
    }

    /**
     * In a semicolon- or tab-separated file a decimal comma ({@code 48,58}) is the usual
     * spreadsheet export in many locales; read it as a decimal point.
     */
    private String decimalPoint(String field) {
        if (delimiter != ',' && DECIMAL_COMMA.matcher(field.strip()).matches()) {
            return field.strip().replace(',', '.');
        }
        return field;
    }

    private static long parsePopulation(String s) {
        try {
            // Thousands separators and blanks as spreadsheets write them: 1,234,567 or 1 234 567.
            double v = Double.parseDouble(s.replace("_", "").replace(",", "").replace(" ", "").replace("\u00a0", ""));
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return Math.round(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("population '" + s + "' is not a number >= 0");
        }
    }

    private void skip(String reason) {
        skip(line, reason);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Splits one line into fields (RFC 4180 quoting); null when a quote is left open. */
    static List<String> split(String s, char delim) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delim) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        out.add(cur.toString());
        return out;
    }
}

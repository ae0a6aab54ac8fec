package org.rangekit.io.in.targets;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.rangekit.coverage.Target;
import org.rangekit.io.in.PlainDecimal;
import org.rangekit.text.Quote;

/**
 * Streams targets from a CSV file with a header row.
 *
 * <p>Columns (names matched without regard to case or surrounding spaces): latitude {@code lat}
 * or {@code latitude}; longitude {@code lon}, {@code lng} or {@code longitude}; optional
 * {@code name}, {@code country} and {@code population}. Two columns for the same field are
 * refused. Other columns are kept as properties.
 * Coordinates may be decimal degrees or DMS (see {@link Coordinates}); in semicolon- or
 * tab-separated files a decimal comma is accepted. Populations may carry thousands separators.
 * The delimiter is a comma, or a tab or semicolon when the header has one of those and no comma.
 * Fields may be quoted with {@code "} as RFC 4180 §2 has it: doubled quotes inside, and the
 * delimiter or line breaks inside ({@code "Washington,\nD.C."}); a line break inside a quoted field
 * ({@code \n}, {@code \r\n} or {@code \r}) is read as {@code \n}. Lines end with {@code \n},
 * {@code \r\n} or {@code \r}. Messages name the physical line where the row starts. A UTF-8
 * byte-order mark is ignored; blank lines are skipped.
 *
 * <p>The file must be UTF-8 (ASCII is UTF-8), decoded strictly: a row with a byte sequence that is
 * not UTF-8 (Latin-1 {@code \u00c9vora} is the byte 0xC9 before an ASCII letter) is a bad row naming
 * the line and the byte, never read with a replacement character; a header that is not UTF-8
 * makes the file unusable.
 *
 * <p>A row with bad coordinates, the wrong number of fields, an unparsable population or a quote
 * still open at the end of the file is passed to the bad-row handler with its line number and
 * skipped.
 *
 * <h2>Limits</h2>
 * A row (a line, or the lines of a row with quoted line breaks) may hold at most
 * {@value ByteLines#MAX_LINE_BYTES} bytes (1 MiB, {@link ByteLines#MAX_LINE_BYTES}); a longer one
 * makes the file unusable ({@link TargetFormatException} naming the file, the line where the row
 * starts and the limit), since it cannot be told apart from a quote left open that swallows the
 * rest of the file. Memory stays bounded whatever the file: a 150 MB single-line file is refused
 * after reading its first MiB.
 *
 * <h2>Speed</h2>
 * The file is read in large blocks and split into lines as bytes ({@link ByteLines}). A row of
 * plain ASCII without quotes whose coordinates are plain decimals ({@code -33.87}) is read
 * straight from its bytes ({@link PlainDecimal}, the same double as {@link Double#parseDouble});
 * every other row (DMS, decimal commas, quotes, non-ASCII text, blanks, anything wrong) is decoded
 * and read by the general path below, so that the grammar and the messages stay in one place.
 */
public final class CsvTargetReader extends FileTargetReader {

    /** A number with a decimal comma, e.g. {@code -33,87}. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");

    private final ByteLines in;
    private final java.io.InputStream stream;
    private final char delimiter;
    private final String[] header;
    private final int latCol;
    private final int lonCol;
    private final int nameCol;
    private final int countryCol;
    private final int popCol;
    private final int[] fieldBounds;
    private final int extraColumns;
    private final CharsetDecoder utf8 = strictUtf8();
    private boolean plainRows = true;
    private long line = 1;
    /** The bytes of a row that spans lines (a quoted line break), gathered from its lines. */
    private final RowBuffer row = new RowBuffer();

    private CsvTargetReader(String source, ByteLines in, CountingStream counter, Consumer<BadRow> onBadRow,
                            String headerLine) {
        super(source, counter, onBadRow);
        this.in = in;
        this.stream = counter;
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
        this.latCol = column(source, "latitude", "lat", "latitude");
        this.lonCol = column(source, "longitude", "lon", "lng", "longitude");
        this.nameCol = column(source, "name", "name");
        this.countryCol = column(source, "country", "country");
        this.popCol = column(source, "population", "population");
        this.fieldBounds = new int[2 * header.length];
        int extra = 0;
        for (int i = 0; i < header.length; i++) {
            if (i != latCol && i != lonCol && i != nameCol && i != countryCol && i != popCol) {
                extra++;
            }
        }
        this.extraColumns = extra;
        if (latCol < 0 || lonCol < 0) {
            throw new TargetFormatException(source + ": no " + (latCol < 0 ? "latitude" : "longitude")
                    + " column in header " + Quote.excerpt(headerLine.strip()) + " (expected lat|latitude and lon|lng|longitude)");
        }
    }

    /**
     * @throws TargetFormatException when the file is empty or its header lacks lat/lon columns
     */
    public static CsvTargetReader open(Path file, Consumer<BadRow> onBadRow) throws IOException {
        return open(file, onBadRow, true);
    }

    /**
     * As {@link #open(Path, Consumer)}; with {@code plainRows} false every row goes the general
     * way (tests compare the two).
     */
    static CsvTargetReader open(Path file, Consumer<BadRow> onBadRow, boolean plainRows) throws IOException {
        return open(file.getFileName().toString(), Files.newInputStream(file), onBadRow, plainRows);
    }

    /**
     * As {@link #open(Path, Consumer)}, reading {@code raw} once from its start (standard input,
     * a FIFO); the reader closes it.
     *
     * @param name the file's name for messages, e.g. {@code stdin}
     */
    static CsvTargetReader open(String name, java.io.InputStream raw, Consumer<BadRow> onBadRow, boolean plainRows)
            throws IOException {
        CountingStream counter = new CountingStream(raw);
        ByteLines in = new ByteLines(counter);
        try {
            if (!in.next()) {
                throw new TargetFormatException(name + ": empty file (expected a CSV header with lat and lon)");
            }
            RowBuffer headerRow = new RowBuffer();
            long[] lineNo = {1};
            if (!gather(name, in, headerRow, lineNo)) {
                throw new TargetFormatException(name + ":1: header has an unterminated quote");
            }
            String header;
            try {
                header = text(strictUtf8(), headerRow.bytes, headerRow.from, headerRow.to, headerRow.lines);
            } catch (IllegalArgumentException e) {
                throw new TargetFormatException(name + ":1: header: " + e.getMessage());
            }
            CsvTargetReader r = new CsvTargetReader(name, in, counter, onBadRow, header);
            r.line = lineNo[0];
            r.plainRows = plainRows;
            return r;
        } catch (RuntimeException | IOException e) {
            counter.close();
            throw e;
        }
    }

    /**
     * The one column named by one of {@code names}, or -1.
     *
     * @throws TargetFormatException when two columns name it ({@code name,lat,lat,lon} or
     *     {@code latitude,longitude,lat,lon}): which one was meant cannot be known
     */
    private int column(String source, String what, String... names) {
        int found = -1;
        for (int i = 0; i < header.length; i++) {
            for (String n : names) {
                if (header[i].equalsIgnoreCase(n)) {
                    if (found >= 0) {
                        throw new TargetFormatException(source + ":1: columns " + Quote.excerpt(header[found]) + " (column "
                                + (found + 1) + ") and " + Quote.excerpt(header[i]) + " (column " + (i + 1) + ") both give the "
                                + what + "; keep one or rename the other");
                    }
                    found = i;
                }
            }
        }
        return found;
    }

    @Override
    public Target next() throws IOException {
        String text;
        long[] lineNo = new long[1];
        while (in.next()) {
            line++;
            long start = line;
            if (in.tooLong()) {
                throw tooLong(source, start);
            }
            Target plain = plainRows ? plainRow(in.bytes(), in.start(), in.end()) : null;
            if (plain != null) {
                return plain;
            }
            lineNo[0] = line;
            boolean closed = gather(source, in, row, lineNo);
            line = lineNo[0];
            if (!closed) {
                skip(start, "a quote opened on this line is never closed");
                continue;
            }
            try {
                text = text(utf8, row.bytes, row.from, row.to, row.lines);
            } catch (IllegalArgumentException e) {
                skip(start, e.getMessage());
                continue;
            }
            if (text.isBlank()) {
                continue;
            }
            List<String> f = split(text, delimiter);
            if (f == null) {
                skip(start, "unterminated quote");
                continue;
            }
            if (f.size() != header.length) {
                skip(start, "expected " + header.length + " fields, got " + f.size());
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
                skip(start, e.getMessage());
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

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * The row whose first line {@code in} stands on, with the lines that follow it while a quote
     * is open (RFC 4180 §2.6), into {@code row}; the line breaks inside are {@code \n}.
     *
     * @param lineNo in: the number of the current line; out: the number of the row's last line
     * @return false when the file ends with a quote still open
     * @throws TargetFormatException when the row holds more than {@link ByteLines#MAX_LINE_BYTES} bytes
     */
    private static boolean gather(String source, ByteLines in, RowBuffer row, long[] lineNo) throws IOException {
        long start = lineNo[0];
        if (in.tooLong()) {
            throw tooLong(source, start);
        }
        row.wrap(in.bytes(), in.start(), in.end());
        boolean open = oddQuotes(in.bytes(), in.start(), in.end());
        if (open) {
            row.detach(); // the next line may overwrite ByteLines' buffer
        }
        while (open) {
            if (!in.next()) {
                return false;
            }
            lineNo[0]++;
            if (in.tooLong() || row.length() + 1 + (in.end() - in.start()) > ByteLines.MAX_LINE_BYTES) {
                throw tooLong(source, start);
            }
            row.append(in.bytes(), in.start(), in.end());
            open ^= oddQuotes(in.bytes(), in.start(), in.end());
        }
        return true;
    }

    /**
     * Whether the bytes hold an odd number of quotes: each quote opens or closes a quoted field, and
     * a doubled quote inside one ({@code ""}) does neither, so a row is complete when its count is even.
     */
    private static boolean oddQuotes(byte[] b, int from, int to) {
        boolean odd = false;
        for (int i = from; i < to; i++) {
            if (b[i] == '"') {
                odd = !odd;
            }
        }
        return odd;
    }

    private static TargetFormatException tooLong(String source, long line) {
        return new TargetFormatException(source + ":" + line + ": row longer than " + ByteLines.MAX_LINE_BYTES
                + " bytes (1 MiB), the limit for one CSV row; is a quote left open?");
    }

    /**
     * The bytes of one row: the current line's bytes where they lie in {@link ByteLines}'s buffer,
     * or, for a row that spans lines, a copy gathering them. Holds at most
     * {@link ByteLines#MAX_LINE_BYTES} bytes.
     */
    private static final class RowBuffer {
        private byte[] own = new byte[256];
        byte[] bytes;
        int from;
        int to;
        int lines;

        void wrap(byte[] b, int start, int end) {
            bytes = b;
            from = start;
            to = end;
            lines = 1;
        }

        int length() {
            return to - from;
        }

        /** Copies the row into its own buffer, before the shared one moves on. */
        void detach() {
            int n = to - from;
            ensure(n);
            System.arraycopy(bytes, from, own, 0, n);
            bytes = own;
            from = 0;
            to = n;
        }

        /** Appends a line break and the next line's bytes (after {@link #detach()}). */
        void append(byte[] b, int start, int end) {
            ensure(to + 1 + end - start);
            own[to++] = '\n';
            System.arraycopy(b, start, own, to, end - start);
            to += end - start;
            bytes = own;
            lines++;
        }

        private void ensure(int capacity) {
            if (own.length < capacity) {
                own = java.util.Arrays.copyOf(own, Math.max(capacity, Math.min(2 * own.length,
                        ByteLines.MAX_LINE_BYTES + 1)));
            }
        }
    }

    /**
     * Bytes of a row as text, decoded strictly as UTF-8.
     *
     * @param lines how many lines the row spans (the message says "of the line" for one, else "of the row")
     * @throws IllegalArgumentException naming the first byte (hex) and its position in the line or row
     *     (1-based, in bytes) when the bytes are not UTF-8
     */
    private static String text(CharsetDecoder utf8, byte[] b, int from, int to, int lines) {
        ByteBuffer bytes = ByteBuffer.wrap(b, from, to - from);
        CharBuffer chars = CharBuffer.allocate(to - from); // UTF-8 never gives more chars than bytes
        utf8.reset();
        CoderResult r = utf8.decode(bytes, chars, true);
        if (!r.isError()) {
            r = utf8.flush(chars);
        }
        if (r.isError()) {
            int at = bytes.position();
            throw new IllegalArgumentException(String.format(Locale.ROOT, "byte 0x%02X at byte %d of the %s is "
                    + "not UTF-8 (target files must be UTF-8; convert Latin-1 or Windows-1252 files first)",
                    b[at] & 0xff, at - from + 1, lines == 1 ? "line" : "row"));
        }
        return chars.flip().toString();
    }

    /**
     * The target of a plain row, read from its bytes; null when the row is not plain and must go
     * the general way. Plain: ASCII, no quote, no control byte but the delimiter, as many fields as
     * the header, latitude and longitude plain decimals inside [−90, 90] and [−180, 180] (values any
     * grammar accepts), population empty or up to 15 digits. Everything else is left to the
     * general path, which decides and words every message.
     */
    private Target plainRow(byte[] b, int from, int to) {
        int nf = header.length;
        int[] bounds = fieldBounds;
        int k = 0;
        int fieldStart = from;
        byte d = (byte) delimiter;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == d) {
                if (k == nf - 1) {
                    return null;
                }
                bounds[2 * k] = fieldStart;
                bounds[2 * k + 1] = i;
                k++;
                fieldStart = i + 1;
            } else if (c < 0x20 || c == '"' || c >= 0x7f) {
                return null;
            }
        }
        if (k != nf - 1) {
            return null;
        }
        bounds[2 * k] = fieldStart;
        bounds[2 * k + 1] = to;
        double lat = PlainDecimal.parse(b, bounds[2 * latCol], bounds[2 * latCol + 1]);
        double lon = PlainDecimal.parse(b, bounds[2 * lonCol], bounds[2 * lonCol + 1]);
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            return null;
        }
        long pop = Target.UNKNOWN_POPULATION;
        if (popCol >= 0 && bounds[2 * popCol + 1] > bounds[2 * popCol]) {
            pop = PlainDecimal.digits(b, bounds[2 * popCol], bounds[2 * popCol + 1]);
            if (pop < 0) {
                return null;
            }
        }
        Map<String, String> props = Map.of();
        if (extraColumns > 0) {
            props = new LinkedHashMap<>();
            for (int i = 0; i < nf; i++) {
                if (i != latCol && i != lonCol && i != nameCol && i != countryCol && i != popCol) {
                    props.put(header[i], ascii(b, bounds[2 * i], bounds[2 * i + 1]));
                }
            }
        }
        return new Target(nameCol >= 0 ? ascii(b, bounds[2 * nameCol], bounds[2 * nameCol + 1]).strip() : "",
                countryCol >= 0 ? ascii(b, bounds[2 * countryCol], bounds[2 * countryCol + 1]).strip() : "",
                lat, lon, pop, null, props);
    }

    private static String ascii(byte[] b, int from, int to) {
        return from == to ? "" : new String(b, from, to - from, StandardCharsets.ISO_8859_1);
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
            throw new IllegalArgumentException("population " + Quote.excerpt(s) + " is not a number >= 0");
        }
    }

    @Override
    public void close() throws IOException {
        stream.close();
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

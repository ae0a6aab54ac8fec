package org.rangekit.io.in.targets;

import java.io.Closeable;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.rangekit.coverage.Target;
import org.rangekit.text.Quote;

/**
 * A stream of targets read from a file, one at a time, so that files of any length run in
 * bounded memory.
 */
public interface TargetReader extends Closeable {

    /** The next target, or {@code null} at the end. Bad rows are passed to the handler and skipped. */
    Target next() throws IOException;

    /** Number of rows skipped so far. */
    long badRowCount();

    /** Bytes consumed so far (for progress), ≤ the file size. */
    long bytesRead();

    /**
     * Opens a CSV ({@code .csv}, {@code .tsv}, {@code .txt}), GeoJSON ({@code .geojson},
     * {@code .json}), KML ({@code .kml}, {@code .kmz}), GeoPackage ({@code .gpkg}) or FlatGeobuf
     * ({@code .fgb}) file by its extension.
     *
     * @param onBadRow called for every skipped row; may throw to stop (strict mode)
     * @throws TargetFormatException when the file is missing or unusable
     */
    static TargetReader open(Path file, Consumer<BadRow> onBadRow) throws IOException {
        return open(file, onBadRow, warning -> { });
    }

    /**
     * As {@link #open(Path, Consumer)}, with a handler for features that are read, but not as
     * written (a polygon across ±180° without the RFC 7946 cut, repaired); it may throw to stop
     * (strict mode).
     *
     * <p>A regular file's format follows its extension ({@code .geojson}, {@code .json}: GeoJSON;
     * {@code .kml}, {@code .kmz}: KML, Point placemarks; {@code .gpkg}: GeoPackage, the layer
     * {@code targets} or else the first layer of points; {@code .fgb}: FlatGeobuf points; anything else CSV). Anything else that can be read but not seeked, such as a FIFO,
     * {@code /dev/stdin} or a character device, is read once as a stream: by its extension when it
     * has one of those, otherwise by its content ({@link #open(String, InputStream, Consumer, Consumer)}).
     *
     * @throws TargetFormatException when the file is missing, a directory or unusable
     */
    static TargetReader open(Path file, Consumer<BadRow> onBadRow, Consumer<InputWarning> onWarning) throws IOException {
        return open(file, null, onBadRow, onWarning);
    }

    /**
     * As {@link #open(Path, Consumer, Consumer)}, reading the GeoPackage layer {@code layer}
     * ({@code FILE.gpkg:LAYER}) when not null.
     */
    static TargetReader open(Path file, String layer, Consumer<BadRow> onBadRow, Consumer<InputWarning> onWarning)
            throws IOException {
        if (Files.isDirectory(file)) {
            throw new TargetFormatException("--targets " + Quote.of(file) + ": is a directory; expected a CSV, "
                    + "GeoJSON, KML/KMZ, GeoPackage or FlatGeobuf file");
        }
        if (!Files.exists(file)) {
            throw new TargetFormatException("--targets " + Quote.of(file) + ": no such file (expected cities, capitals, "
                    + "countries, or a CSV, GeoJSON, KML/KMZ, GeoPackage or FlatGeobuf file)");
        }
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean geojson = n.endsWith(".geojson") || n.endsWith(".json");
        if (!Files.isRegularFile(file)) {
            // FileInputStream, not Files.newInputStream: the channel's available() asks for the
            // position, which a pipe (/dev/stdin) refuses with "Illegal seek".
            InputStream in = new java.io.FileInputStream(file.toFile());
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            if (geojson) {
                return GeoJsonTargetReader.open(name, in, onBadRow, onWarning);
            }
            if (n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".txt")) {
                return CsvTargetReader.open(name, in, onBadRow, true);
            }
            return open(name, in, onBadRow, onWarning);
        }
        if (geojson) {
            return GeoJsonTargetReader.open(file, onBadRow, onWarning);
        }
        if (n.endsWith(".kml") || n.endsWith(".kmz")) {
            return KmlTargetReader.open(file, onBadRow);
        }
        if (n.endsWith(".gpkg")) {
            return GpkgTargetReader.open(file, layer, onBadRow);
        }
        if (n.endsWith(".fgb")) {
            return GpkgTargetReader.openFgb(file, onBadRow);
        }
        return CsvTargetReader.open(file, onBadRow);
    }

    /**
     * Reads targets once from a stream that cannot be seeked (standard input, a FIFO), telling the
     * format by its content: GeoJSON when the first character other than a byte-order mark and
     * white space is <code>{</code> (a CSV header never starts so), CSV otherwise. The reader
     * closes {@code in}.
     *
     * @param name the source's name for messages, e.g. {@code stdin}
     * @param in the stream, read from where it stands
     * @throws TargetFormatException when the content is unusable
     */
    static TargetReader open(String name, InputStream in, Consumer<BadRow> onBadRow, Consumer<InputWarning> onWarning)
            throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, SNIFF_BYTES);
        try {
            boolean json = startsWithBrace(b);
            return json ? GeoJsonTargetReader.open(name, b, onBadRow, onWarning)
                    : CsvTargetReader.open(name, b, onBadRow, true);
        } catch (RuntimeException | IOException e) {
            b.close();
            throw e;
        }
    }

    /** Bytes looked at to tell GeoJSON from CSV: leading white space beyond it means CSV. */
    int SNIFF_BYTES = 1 << 16;

    private static boolean startsWithBrace(BufferedInputStream b) throws IOException {
        b.mark(SNIFF_BYTES);
        try {
            int c = b.read();
            if (c == 0xEF) { // UTF-8 byte-order mark EF BB BF
                if (b.read() != 0xBB || b.read() != 0xBF) {
                    return false;
                }
                c = b.read();
            }
            for (int i = 0; i < SNIFF_BYTES - 4 && (c == ' ' || c == '\t' || c == '\r' || c == '\n'); i++) {
                c = b.read();
            }
            return c == '{';
        } finally {
            b.reset();
        }
    }
}

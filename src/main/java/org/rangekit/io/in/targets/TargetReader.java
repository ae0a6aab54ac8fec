package org.rangekit.io.in.targets;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.rangekit.coverage.Target;

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
     * Opens a CSV ({@code .csv}, {@code .tsv}, {@code .txt}) or GeoJSON ({@code .geojson},
     * {@code .json}) file by its extension.
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
     */
    static TargetReader open(Path file, Consumer<BadRow> onBadRow, Consumer<InputWarning> onWarning) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new TargetFormatException("--targets '" + file + "': no such file (expected cities, capitals, "
                    + "countries, or a CSV/GeoJSON file)");
        }
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".geojson") || n.endsWith(".json")) {
            return GeoJsonTargetReader.open(file, onBadRow, onWarning);
        }
        return CsvTargetReader.open(file, onBadRow);
    }
}

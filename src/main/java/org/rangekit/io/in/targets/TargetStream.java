package org.rangekit.io.in.targets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.rangekit.coverage.Target;
import org.rangekit.coverage.TargetFeed;
import org.rangekit.io.in.GpkgPoints;
import org.rangekit.io.in.data.Scale;
import org.rangekit.text.Quote;

/**
 * Targets named the way the command line and scenario files name them: a built-in set
 * ({@code cities}, {@code capitals}, {@code countries}) or a CSV, GeoJSON, KML/KMZ, GeoPackage or FlatGeobuf file
 * ({@code FILE.gpkg:LAYER} for one layer, {@link GpkgPoints.LayerPath}), read one at a time
 * or chunk by chunk in bounded memory.
 *
 * <p>Example:
 * <pre>{@code
 * try (TargetStream targets = TargetStream.open("capitals", Scale.S110M, TargetStream.skipBadRows(), w -> { })) {
 *     long n = targets.forEachChunk(chunk -> System.out.println(chunk.size() + " targets"), ReadProgress.NONE);
 * }
 * }</pre>
 *
 * <p>Bad rows of a file go to the handler given to {@link #open}: {@link #skipBadRows()} skips them
 * silently, {@link #warnBadRows(Consumer)} writes the first {@value #MAX_WARNINGS} as warnings, and
 * a handler that throws stops the reading (strict mode). Not thread safe.
 */
public final class TargetStream implements AutoCloseable, TargetFeed {

    /** Targets per chunk: bounded memory for files of any length. */
    public static final int CHUNK = 8192;

    /** Warnings written one by one by {@link #warnBadRows} before the rest are only counted. */
    public static final int MAX_WARNINGS = 20;

    /** What is wrong with a targets text that is neither a built-in set nor a file. */
    public static final String UNKNOWN_TARGETS =
            "unknown target set and no such file; expected cities, capitals, countries, or a CSV, GeoJSON, KML/KMZ, "
            + "GeoPackage or FlatGeobuf file";

    private final String label;
    private final Iterator<Target> builtin;
    private final TargetReader reader;
    private final long sizeBytes;

    private TargetStream(String label, Iterator<Target> builtin, TargetReader reader, long sizeBytes) {
        this.label = label;
        this.builtin = builtin;
        this.reader = reader;
        this.sizeBytes = sizeBytes;
    }

    /** The targets text that means standard input ({@link #open(String, java.io.InputStream, Scale, Consumer, Consumer)}). */
    public static final String STDIN = "-";

    /**
     * What is wrong with {@code spec} as a targets text, or empty when it names a built-in set,
     * standard input ({@value #STDIN}), or an existing file that is not a directory (a regular
     * file, or a FIFO or device read once as a stream).
     *
     * @param spec a built-in set name or a file path
     * @return the problem, e.g. {@link #UNKNOWN_TARGETS}, or empty
     */
    public static Optional<String> problem(String spec) {
        String s = spec == null ? "" : spec.strip();
        if (BuiltinTargets.isBuiltin(s) || s.equals(STDIN)) {
            return Optional.empty();
        }
        if (s.isEmpty()) {
            return Optional.of("empty; expected cities, capitals, countries, a CSV, GeoJSON, KML/KMZ, GeoPackage or "
                    + "FlatGeobuf file, or - for stdin");
        }
        try {
            Path p = Path.of(GpkgPoints.LayerPath.parse(s).file());
            if (Files.isDirectory(p)) {
                return Optional.of("is a directory; expected a CSV, GeoJSON, KML/KMZ, GeoPackage or FlatGeobuf file");
            }
            return Files.exists(p) ? Optional.empty() : Optional.of(UNKNOWN_TARGETS);
        } catch (InvalidPathException e) {
            return Optional.of("not cities, capitals, countries or a file path");
        }
    }

    /**
     * Opens a built-in set at {@code scale} or a target file (the format follows the extension).
     *
     * @param spec a built-in set name or a file path
     * @param scale Natural Earth scale of the {@code countries} set
     * @param onBadRow told about every bad row of a file; may throw to stop reading
     * @param onWarning told about features read, but not as written (repaired); may throw to stop
     * @throws TargetFormatException when {@code spec} names no set and no usable file
     * @throws UncheckedIOException when the file cannot be read
     */
    public static TargetStream open(String spec, Scale scale, Consumer<BadRow> onBadRow, Consumer<InputWarning> onWarning) {
        return open(spec, null, scale, onBadRow, onWarning);
    }

    /**
     * As {@link #open(String, Scale, Consumer, Consumer)}, where {@value #STDIN} reads {@code stdin}
     * once, CSV or GeoJSON told by its content (see {@link TargetReader#open(String, java.io.InputStream,
     * Consumer, Consumer)}).
     *
     * @param stdin standard input, or null when {@value #STDIN} is not allowed (then it is no file)
     */
    public static TargetStream open(String spec, java.io.InputStream stdin, Scale scale, Consumer<BadRow> onBadRow,
                                    Consumer<InputWarning> onWarning) {
        if (spec != null && spec.strip().equals(STDIN)) {
            if (stdin == null) {
                throw new TargetFormatException("targets " + Quote.of(spec) + ": standard input is not available here");
            }
            try {
                return new TargetStream("stdin", null, TargetReader.open("stdin", stdin, onBadRow, onWarning), 0);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read standard input: " + e.getMessage(), e);
            }
        }
        Optional<String> problem = problem(spec);
        if (problem.isPresent()) {
            throw new TargetFormatException("targets " + Quote.of(spec) + ": " + problem.get());
        }
        String s = spec.strip();
        if (BuiltinTargets.isBuiltin(s)) {
            return new TargetStream(s.toLowerCase(Locale.ROOT), BuiltinTargets.load(s, scale).iterator(), null, 0);
        }
        GpkgPoints.LayerPath lp = GpkgPoints.LayerPath.parse(s);
        Path p = Path.of(lp.file());
        try {
            TargetReader r = TargetReader.open(p, lp.layer(), onBadRow, onWarning);
            return new TargetStream(p.getFileName().toString(), null, r, Files.isRegularFile(p) ? Files.size(p) : 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    /** A bad-row handler that skips bad rows silently (they are still counted by {@link #skipped()}). */
    public static Consumer<BadRow> skipBadRows() {
        return bad -> { };
    }

    /**
     * A bad-row handler that writes {@code warning: skipped FILE:LINE: REASON} for the first
     * {@value #MAX_WARNINGS} bad rows, then one line saying the rest are only counted.
     *
     * @param warnings receives each warning line
     */
    public static Consumer<BadRow> warnBadRows(Consumer<String> warnings) {
        long[] warned = new long[1];
        return bad -> {
            warned[0]++;
            if (warned[0] <= MAX_WARNINGS) {
                warnings.accept("warning: skipped " + bad.message());
            } else if (warned[0] == MAX_WARNINGS + 1) {
                warnings.accept("warning: further bad rows are only counted");
            }
        };
    }

    /** Display name: the set name or the file name. */
    public String label() {
        return label;
    }

    /** True for a file, false for a built-in set. */
    public boolean isFile() {
        return reader != null;
    }

    /** Size of the file (bytes), 0 for a built-in set. */
    public long sizeBytes() {
        return sizeBytes;
    }

    /** Bytes of the file consumed so far, 0 for a built-in set. */
    public long bytesRead() {
        return reader == null ? 0 : reader.bytesRead();
    }

    /**
     * The next target, or null at the end.
     *
     * @throws TargetFormatException when the file turns out unusable, or from a strict bad-row handler
     * @throws UncheckedIOException when the file cannot be read
     */
    public Target next() {
        if (builtin != null) {
            return builtin.hasNext() ? builtin.next() : null;
        }
        try {
            return reader.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of the file skipped so far. */
    public long skipped() {
        return reader == null ? 0 : reader.badRowCount();
    }

    /**
     * Reads every remaining target in chunks of {@value #CHUNK}, passing each on, and tells
     * {@code progress} the bytes read after each chunk.
     *
     * @param sink receives the chunks
     * @param progress told the bytes read so far after every chunk
     * @return the number of targets read
     */
    public long forEachChunk(Consumer<List<Target>> sink, ReadProgress progress) {
        long n = 0;
        List<Target> chunk = new ArrayList<>(CHUNK);
        Target t;
        do {
            t = next();
            if (t != null) {
                chunk.add(t);
            }
            if (chunk.size() == CHUNK || (t == null && !chunk.isEmpty())) {
                sink.accept(chunk);
                n += chunk.size();
                chunk = new ArrayList<>(CHUNK);
                progress.readTo(bytesRead());
            }
        } while (t != null);
        return n;
    }

    /** {@link #forEachChunk(Consumer, ReadProgress)} without progress. */
    @Override
    public void forEachChunk(Consumer<List<Target>> sink) {
        forEachChunk(sink, ReadProgress.NONE);
    }

    @Override
    public void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
